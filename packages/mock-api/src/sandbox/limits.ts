/** How far sandboxes may grow, and how long an idle one lives. */
export interface SandboxLimits {
  /** Sandboxes alive at once; creating one more evicts the least recently used. */
  maxSandboxes: number;
  /** Changed records (including deletions) one sandbox may hold. */
  maxRecords: number;
  /** Approximate size of the changed records one sandbox may hold, in bytes of JSON. */
  maxBytes: number;
  /** The largest request content accepted, in bytes. */
  maxBodyBytes: number;
  /** A sandbox unused for this long is evicted. */
  idleMs: number;
  /** Viewer tokens into one sandbox; issuing one more replaces the oldest. */
  maxViewers: number;
}

/** Sized so that 10,000 full sandboxes stay within about 50 KB each. */
export const DEFAULT_LIMITS: SandboxLimits = {
  maxSandboxes: 10_000,
  maxRecords: 100,
  maxBytes: 16_000,
  maxBodyBytes: 4_096,
  idleMs: 2 * 60 * 60 * 1000,
  maxViewers: 20,
};
