/** What every request handler shares: the sample, the sandboxes, the clock and the options. */
import type { BaseTables } from '../data/sample.ts';
import type { SandboxLimits } from '../sandbox/limits.ts';
import type { SandboxStore } from '../sandbox/sandbox-store.ts';
import type { World } from '../sandbox/world.ts';
import type { Walk } from './read-memo.ts';

export interface Runtime {
  base: BaseTables;
  /** The read-only view of the sample that requests without a token see. */
  shared: World;
  store: SandboxStore;
  limits: SandboxLimits;
  now: () => number;
  /** How long an accepted job runs before it is done. */
  jobDurationMs: number;
  /** The token that may read `/sandboxes`; without one, nobody may. */
  teacherToken: string | undefined;
  /**
   * The walk under way, while its synchronous part runs, for the read memo: reading the clock
   * through `now` marks it, and so do the gates that read state it cannot check again.
   */
  walk: Walk | undefined;
}

/** Hono environment of the mock API's app: whatever the server adapter passes along. */
export interface MockEnv {
  Bindings: Record<string, unknown>;
}
