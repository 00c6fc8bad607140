/**
 * POST /api/exchanges: the raw request in (`Content-Type: message/http`), the exchange out
 * (201 Created + Location). GET /api/exchanges/{id} reads one back.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1 (message/http: RFC 9112 §10.1)
 */
import { Hono } from 'hono';
import { PlaygroundError } from '../lib/problem.ts';
import { RateLimiter } from '../lib/rate-limit.ts';
import type { RateLimitOptions } from '../lib/rate-limit.ts';
import { ExchangeStore } from './exchange-store.ts';
import { InFlight } from './in-flight.ts';
import { jsonBytes } from './json-bytes.ts';
import { EXCHANGE_LIMITS } from './limits.ts';
import { runExchange } from './run-exchange.ts';
import type { RelayTarget } from '../relay/send-raw.ts';
import type { TraceStore } from '../relay/trace-store.ts';

export interface ExchangeRoutesOptions {
  target: RelayTarget;
  traces: TraceStore;
  /** Per-learner limit; `false` turns it off (API tests that send hundreds of exchanges). */
  rateLimit?: RateLimitOptions | false;
  /**
   * What the playground's threads share (see playground-thread.ts), so that the limits hold
   * across them and an exchange kept by one thread can be read through another.
   */
  shared?: SharedExchangeState;
  /** Where this thread keeps its recent exchanges (made here when not given). */
  store?: ExchangeStore;
}

export interface SharedExchangeState {
  /** This thread's number among the playground's threads (1, 2, ...). */
  thread: number;
  /** The rate limiter's buckets (`RateLimiter.memory`). */
  rateLimit?: SharedArrayBuffer;
  /** The exchanges in flight, a word per thread (`InFlight.memory`). */
  inFlight: Int32Array;
  /** Looks for an exchange this thread does not keep on the other threads. */
  findElsewhere: (id: string) => Promise<Uint8Array<ArrayBuffer> | undefined>;
}

/** What `crypto.randomUUID` makes: only such an id is worth asking the other threads for. */
const EXCHANGE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function exchangeRoutes(options: ExchangeRoutesOptions) {
  const store = options.store ?? new ExchangeStore(EXCHANGE_LIMITS.keep);
  const limits = options.rateLimit ?? EXCHANGE_LIMITS.perLearner;
  const shared = options.shared;
  const limiter = limits ? new RateLimiter(limits, shared?.rateLimit, shared?.thread) : null;
  const inFlight = shared ? new InFlight(shared.inFlight, shared.thread - 1) : new InFlight();
  const app = new Hono<{ Bindings: { incoming?: { socket?: { remoteAddress?: string } } } }>();

  app.post('/', async (c) => {
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'message/http' && type !== 'text/plain') {
      throw new PlaygroundError({
        status: 415,
        code: 'exchange-content-type',
        title: 'Unsupported Media Type',
        detail: 'Send the raw HTTP request as the body with Content-Type: message/http.',
        headers: { 'Accept-Post': 'message/http' },
      });
    }
    const declared = Number(c.req.header('content-length') ?? '0');
    if (declared > EXCHANGE_LIMITS.maxRequestBytes) throw tooLarge();
    const text = await c.req.text();
    // The UTF-8 length of the decoded text: the bytes received, or (for bytes that were not
    // UTF-8) the bytes the relay would send.
    if (Buffer.byteLength(text) > EXCHANGE_LIMITS.maxRequestBytes) throw tooLarge();
    if (text.trim().length === 0) {
      throw new PlaygroundError({
        status: 400,
        code: 'exchange-empty',
        title: 'Empty request',
        detail: 'The body was empty: write a request line such as "GET /users/1 HTTP/1.1" first.',
      });
    }
    const learner = `${c.env?.incoming?.socket?.remoteAddress ?? 'local'}|${c.req.header('x-teapot-learner') ?? ''}`;
    const wait = limiter?.take(learner) ?? 0;
    if (wait > 0) {
      throw new PlaygroundError({
        status: 429,
        code: 'exchange-rate-limited',
        title: 'Too many exchanges',
        detail: `You are sending faster than ${limits ? limits.rate : 0} exchanges a second. Wait ${wait} s.`,
        headers: { 'Retry-After': String(wait) },
      });
    }
    const relaying = inFlight.enter(EXCHANGE_LIMITS.maxInFlight);
    if (relaying >= 0) {
      throw new PlaygroundError({
        status: 503,
        code: 'exchange-busy',
        title: 'Too many exchanges in flight',
        detail: `The playground is relaying ${relaying} exchanges right now. Try again in a second.`,
        headers: { 'Retry-After': '1' },
      });
    }
    try {
      const exchange = await runExchange(text, {
        id: crypto.randomUUID(),
        target: options.target,
        limits: EXCHANGE_LIMITS,
        traces: options.traces,
        annotate: c.req.query('annotate') !== 'false',
      });
      // Serialized once: the same bytes answer this POST and every later GET.
      const json = jsonBytes(exchange);
      store.add(exchange.id, json);
      return c.body(json, 201, {
        'Content-Type': 'application/json',
        Location: `/api/exchanges/${exchange.id}`,
      });
    } finally {
      inFlight.leave();
    }
  });

  app.get('/:id', async (c) => {
    const id = c.req.param('id');
    const json = store.get(id) ?? (EXCHANGE_ID.test(id) ? await shared?.findElsewhere(id) : undefined);
    if (!json) {
      throw new PlaygroundError({
        status: 404,
        code: 'exchange-not-found',
        title: 'Exchange not found',
        detail: 'This exchange is not kept on the server any more; your history in the browser still has it.',
      });
    }
    return c.body(json, 200, { 'Content-Type': 'application/json' });
  });

  return app;
}

function tooLarge() {
  return new PlaygroundError({
    status: 413,
    code: 'exchange-too-large',
    title: 'Request too large',
    detail: `A raw request may be at most ${EXCHANGE_LIMITS.maxRequestBytes / 1024} KiB.`,
  });
}
