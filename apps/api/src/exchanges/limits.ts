/** Limits of the exchange relay, from day one. Each one, when hit, becomes a clear problem. */
export const EXCHANGE_LIMITS = {
  /** Largest raw request a learner may submit. */
  maxRequestBytes: 256 * 1024,
  /** Largest response the relay captures; the rest is cut and flagged. */
  maxResponseBytes: 1024 * 1024,
  connectTimeoutMs: 2_000,
  /** Longer than the mock API's longest learner-controlled delay (10 s). */
  totalTimeoutMs: 15_000,
  /** Exchanges in flight across all learners; above it the playground answers 503. */
  maxInFlight: 128,
  /**
   * Exchanges kept server-side for GET /api/exchanges/{id}, by each playground thread (any thread
   * finds them all); history lives in the browser.
   */
  keep: 1000,
  /** Each learner's sustained rate and burst; above it the playground answers 429. */
  perLearner: { rate: 10, burst: 30, maxKeys: 10_000 },
} as const;
