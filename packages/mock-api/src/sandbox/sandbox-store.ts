/**
 * Sandboxes and the bearer tokens that select them. Bounded three ways: a count (the least
 * recently used is evicted), an idle time, and a size per sandbox (checked by `World`).
 * A token whose sandbox was evicted is remembered for a while, so the learner can be told why.
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-3.1
 */
import type { Rows, TableName } from '../data/rows.ts';
import type { SandboxLimits } from './limits.ts';
import { randomHex, randomToken } from './random-id.ts';

export type Role = 'editor' | 'viewer';
export type GoneReason = 'idle' | 'capacity' | 'revoked' | 'replaced';

/** Changed rows per table; `null` marks a row deleted in this sandbox. */
export type Overlay = { [T in TableName]?: Map<string, Rows[T] | null> };

export interface Sandbox {
  id: string;
  createdAt: number;
  lastUsedAt: number;
  overlay: Overlay;
  nextIds: Partial<Record<TableName, number>>;
  records: number;
  bytes: number;
  grants: Grant[];
  /** Counts changes to the sandbox's data, so a kept answer can tell it is still current. */
  version: number;
}

export interface Grant {
  token: string;
  /** Public id of the token resource, `/tokens/{id}`. */
  id: string;
  role: Role;
  sandbox: Sandbox;
  createdAt: number;
}

export type TokenLookup =
  | { ok: true; grant: Grant }
  | { ok: false; reason: 'unknown' }
  | { ok: false; reason: GoneReason; sandbox: string; at: number };

/** How often the LRU order and the idle sweep are brought up to date. */
const TOUCH_MS = 1000;

interface Gone {
  reason: GoneReason;
  sandbox: string;
  at: number;
}

export class SandboxStore {
  /** Oldest use first: touching a sandbox moves it to the end. */
  readonly #sandboxes = new Map<string, Sandbox>();
  readonly #byToken = new Map<string, Grant>();
  readonly #byId = new Map<string, Grant>();
  readonly #gone = new Map<string, Gone>();
  #sweptAt = -Infinity;

  readonly limits: SandboxLimits;
  readonly now: () => number;

  constructor(limits: SandboxLimits, now: () => number) {
    this.limits = limits;
    this.now = now;
  }

  get size(): number {
    return this.#sandboxes.size;
  }

  /** All live sandboxes, least recently used first. */
  sandboxes(): IterableIterator<Sandbox> {
    return this.#sandboxes.values();
  }

  /** Issues a token: for a fresh sandbox, or a viewer token into an existing one. */
  issue(role: Role, into?: Sandbox): Grant {
    const now = this.now();
    this.#sweepIdle(now);
    let sandbox = into;
    if (!sandbox) {
      while (this.#sandboxes.size >= this.limits.maxSandboxes) {
        const oldest = this.#sandboxes.values().next();
        if (oldest.done) break;
        this.#evict(oldest.value, 'capacity', now);
      }
      sandbox = {
        id: `sb-${randomHex(5)}`,
        createdAt: now,
        lastUsedAt: now,
        overlay: {},
        nextIds: {},
        records: 0,
        bytes: 0,
        grants: [],
        version: 0,
      };
      this.#sandboxes.set(sandbox.id, sandbox);
    }
    if (role === 'viewer') {
      // A sandbox keeps its newest viewer tokens only, so sharing in a loop cannot grow memory.
      const viewers = sandbox.grants.filter((g) => g.role === 'viewer');
      for (const old of viewers.slice(0, Math.max(0, viewers.length - this.limits.maxViewers + 1))) {
        sandbox.grants = sandbox.grants.filter((g) => g !== old);
        this.#forget(old, { reason: 'replaced', sandbox: sandbox.id, at: now });
      }
    }
    const grant: Grant = { token: randomToken(), id: `tk-${randomHex(5)}`, role, sandbox, createdAt: now };
    sandbox.grants.push(grant);
    this.#byToken.set(grant.token, grant);
    this.#byId.set(grant.id, grant);
    return grant;
  }

  /**
   * The token's grant if `lookup` at `now` would find it in use, without touching anything:
   * no eviction, no sweep, no change to the LRU order. The read memo asks this first.
   */
  peek(token: string, now: number): Grant | undefined {
    const grant = this.#byToken.get(token);
    return grant && now - grant.sandbox.lastUsedAt <= this.limits.idleMs ? grant : undefined;
  }

  /** Finds the grant of a token and marks its sandbox as used (at `now`, by default the clock's). */
  lookup(token: string, now = this.now()): TokenLookup {
    const grant = this.#byToken.get(token);
    if (!grant) {
      this.#sweepIdle(now);
      const gone = this.#gone.get(token);
      return gone ? { ok: false, ...gone } : { ok: false, reason: 'unknown' };
    }
    const sandbox = grant.sandbox;
    if (now - sandbox.lastUsedAt > this.limits.idleMs) {
      this.#evict(sandbox, 'idle', now);
      return { ok: false, reason: 'idle', sandbox: sandbox.id, at: now };
    }
    if (now - sandbox.lastUsedAt >= TOUCH_MS) {
      // Move to the end of the LRU order; within a second the order is close enough.
      this.#sandboxes.delete(sandbox.id);
      this.#sandboxes.set(sandbox.id, sandbox);
    }
    sandbox.lastUsedAt = now;
    this.#sweepIdle(now);
    return { ok: true, grant };
  }

  /** The grant behind a token resource id. */
  grantById(id: string): Grant | undefined {
    return this.#byId.get(id);
  }

  /** Revokes a token. Revoking an editor token ends its sandbox and every token into it. */
  revoke(grant: Grant): void {
    const now = this.now();
    if (grant.role === 'editor') {
      this.#evict(grant.sandbox, 'revoked', now);
      return;
    }
    grant.sandbox.grants = grant.sandbox.grants.filter((g) => g !== grant);
    this.#forget(grant, { reason: 'revoked', sandbox: grant.sandbox.id, at: now });
  }

  #sweepIdle(now: number): void {
    if (now - this.#sweptAt < TOUCH_MS && now >= this.#sweptAt) return;
    this.#sweptAt = now;
    for (const sandbox of this.#sandboxes.values()) {
      if (now - sandbox.lastUsedAt <= this.limits.idleMs) return;
      this.#evict(sandbox, 'idle', now);
    }
  }

  #evict(sandbox: Sandbox, reason: GoneReason, at: number): void {
    this.#sandboxes.delete(sandbox.id);
    for (const grant of sandbox.grants) this.#forget(grant, { reason, sandbox: sandbox.id, at });
    sandbox.grants = [];
  }

  #forget(grant: Grant, gone: Gone): void {
    this.#byToken.delete(grant.token);
    this.#byId.delete(grant.id);
    this.#gone.set(grant.token, gone);
    while (this.#gone.size > this.limits.maxSandboxes) {
      const oldest = this.#gone.keys().next();
      if (oldest.done) break;
      this.#gone.delete(oldest.value);
    }
  }
}
