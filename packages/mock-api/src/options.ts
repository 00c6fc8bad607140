/** Options of `createMockApi`, and their defaults. */
import type { ExchangeInfo } from './flow/trace.ts';
import { DEFAULT_LIMITS } from './sandbox/limits.ts';
import type { SandboxLimits } from './sandbox/limits.ts';

export interface MockApiOptions {
  /**
   * Called exactly once for every response (handlers, 404s, 405s, errors), with its trace.
   * `env` is the server adapter's env; with @hono/node-server it holds `incoming`.
   */
  onExchange?: (info: ExchangeInfo) => void;
  /** The clock, in epoch ms (default `Date.now`). */
  now?: () => number;
  /** Sandbox bounds; unset fields take the defaults. */
  limits?: Partial<SandboxLimits>;
  /** Absolute base URL of the mock API (e.g. `http://localhost:8081`), for the OpenAPI servers list. */
  baseUrl?: string;
  /** How long an accepted report job runs before it is done (default 10 s). */
  jobDurationMs?: number;
  /** A token that may read `/sandboxes` (the teacher's view). Unset: nobody may. */
  teacherToken?: string;
  /** Answer repeated reads from the read memo when nothing they depend on changed (default true). */
  memo?: boolean;
}

export const DEFAULT_JOB_DURATION_MS = 10_000;

export function resolveLimits(limits: Partial<SandboxLimits> | undefined): SandboxLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}
