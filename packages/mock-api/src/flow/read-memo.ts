/**
 * Answers repeated reads without walking the decisions again, when nothing they depend on has
 * changed. A classroom sends the same few reads over and over (every learner's `GET /users/1`,
 * a refresh, a script in a loop); the walk costs more than everything else the server does for
 * them (see docs/performance.md).
 *
 * Why a kept answer is the answer a fresh walk would give: the decisions are a function of
 * what they read. A walk reads the method and the target (the key), header fields (recorded by
 * name, with the values seen), the token's sandbox (recorded, with its version), and nothing
 * else, or it is not kept. So when every recorded input reads the same again, a new walk would
 * take the same path and build the same reply and the same trace. Not kept:
 * - unsafe methods, which change things;
 * - walks that read the clock (`If-Modified-Since`, jobs), the content, or a resource whose
 *   cache policy is `no-store` (tokens, the sandbox list, delays: state outside a sandbox);
 * - walks that waited (a promise), and tokens that did not lead to a sandbox (what a 401 says
 *   about an evicted sandbox depends on what the store still remembers).
 *
 * A hit first checks, touching nothing, that the token still leads to the same sandbox at the
 * same version and in use; only then does it look the token up, which marks the sandbox as used
 * exactly as a walk would. A miss touches nothing, so the walk after it does what it would have
 * done alone. Kept answers name their sandbox by id, so an evicted sandbox is not held in memory,
 * and the memo is bounded by keys and by size.
 */
import type { Grant, SandboxStore } from '../sandbox/sandbox-store.ts';
import type { Trace } from '../trace-types.ts';
import type { Reply } from './reply.ts';
import type { MockRequest } from './request.ts';

/** The request as one walk sees it, recording what the walk read. */
export class Walk implements MockRequest {
  readonly method: string;
  readonly url: string;
  readonly #request: MockRequest;
  /** Header names read, in order, and the values they had. */
  readonly names: string[] = [];
  readonly values: (string | undefined)[] = [];
  /** The token's grant, when the walk looked one up. */
  grant: Grant | undefined;
  /** Set when the walk read something a kept answer could not check again. */
  volatile = false;

  constructor(request: MockRequest) {
    this.#request = request;
    this.method = request.method;
    this.url = request.url;
  }

  header(name: string): string | undefined {
    const value = this.#request.header(name);
    this.names.push(name);
    this.values.push(value);
    return value;
  }

  text(): Promise<string> {
    this.volatile = true;
    return this.#request.text();
  }
}

interface Kept {
  names: readonly string[];
  values: readonly (string | undefined)[];
  /** The token the walk looked up, and the sandbox it led to (by id: no hold on the sandbox). */
  token: string | undefined;
  sandbox: string | undefined;
  version: number;
  reply: Reply;
  trace: Trace;
  /** About what the entry holds, in UTF-16 code units, for the byte cap. */
  size: number;
}

/** How many answers are kept per method, target and Authorization (Accept and validators vary). */
const PER_KEY = 4;
/** A rough size of the objects around an entry's strings (trace steps, arrays, the entry). */
const OVERHEAD = 1024;

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Freezes a trace that will be handed out again, so no reader can change it for the next one. */
function freezeTrace(trace: Trace): void {
  for (const step of trace.steps) {
    if (step.params) Object.freeze(step.params);
    Object.freeze(step);
  }
  Object.freeze(trace.steps);
  Object.freeze(trace);
}

export interface ReadMemoLimits {
  /** How many method + target + Authorization keys; past it, the memo starts over. */
  maxKeys: number;
  /** About how many UTF-16 code units of kept answers and recorded headers; past it, the memo starts over. */
  maxSize: number;
}

export class ReadMemo {
  readonly #kept = new Map<string, Kept[]>();
  readonly #store: SandboxStore;
  readonly #limits: ReadMemoLimits;
  #size = 0;

  constructor(store: SandboxStore, limits: ReadMemoLimits = { maxKeys: 4096, maxSize: 16 * 1024 * 1024 }) {
    this.#store = store;
    this.#limits = limits;
  }

  /** About how much the memo holds now (see `ReadMemoLimits.maxSize`). */
  get size(): number {
    return this.#size;
  }

  /** The key of a request that may be answered from the memo, or `undefined`. */
  keyOf(req: MockRequest): string | undefined {
    if (!SAFE.has(req.method)) return undefined;
    return `${req.method} ${req.url} ${req.header('authorization') ?? ''}`;
  }

  /**
   * A kept answer for this request, if one still holds. Nothing is touched until one does: then
   * the token is looked up as the walk looked it up, at the same moment it was checked, so the
   * sandbox is marked as used exactly as a walk would mark it.
   */
  find(key: string, req: MockRequest): Kept | undefined {
    const list = this.#kept.get(key);
    if (list === undefined) return undefined;
    // Read once, and only when a token must be checked: a walk without one reads no clock.
    let now: number | undefined;
    for (let i = 0; i < list.length; i++) {
      const kept = list[i] as Kept;
      if (!sameHeaders(kept, req)) continue;
      if (kept.token !== undefined) {
        now ??= this.#store.now();
        const grant = this.#store.peek(kept.token, now);
        if (grant === undefined || grant.sandbox.id !== kept.sandbox || grant.sandbox.version !== kept.version) {
          // A version only grows and a token never comes back: this entry can never hold again.
          list.splice(i, 1);
          i -= 1;
          this.#size -= kept.size;
          if (list.length === 0) this.#kept.delete(key);
          continue;
        }
        this.#store.lookup(kept.token, now);
      }
      return kept;
    }
    return undefined;
  }

  /** Keeps a finished walk's answer when nothing it read escapes the memo's checks. */
  keep(key: string, walk: Walk, reply: Reply, trace: Trace): void {
    // A 500 is a bug's answer; the next walk may not hit it.
    if (walk.volatile || reply.status >= 500) return;
    const size = sizeOf(key, walk, reply, trace);
    if (size > this.#limits.maxSize / 16) return;
    const full = !this.#kept.has(key) && this.#kept.size >= this.#limits.maxKeys;
    if (full || this.#size + size > this.#limits.maxSize) {
      this.#kept.clear();
      this.#size = 0;
    }
    let list = this.#kept.get(key);
    if (list === undefined) {
      list = [];
      this.#kept.set(key, list);
    }
    if (list.length >= PER_KEY) this.#size -= (list.shift() as Kept).size;
    freezeTrace(trace);
    Object.freeze(reply.headers);
    list.push({
      names: walk.names,
      values: walk.values,
      token: walk.grant?.token,
      sandbox: walk.grant?.sandbox.id,
      version: walk.grant?.sandbox.version ?? 0,
      reply,
      trace,
      size,
    });
    this.#size += size;
  }
}

/** About what an entry holds, in UTF-16 code units: the key, recorded values, content and trace. */
function sizeOf(key: string, walk: Walk, reply: Reply, trace: Trace): number {
  let size = OVERHEAD + key.length + (reply.body?.length ?? 0);
  for (const value of walk.values) size += value?.length ?? 0;
  for (const name in reply.headers) size += name.length + (reply.headers[name]?.length ?? 0);
  // A trace repeats what it read (a validator in its fact and its params, say).
  for (const step of trace.steps) {
    size += step.fact.length + (step.factKo?.length ?? 0);
    for (const name in step.params) {
      const value = step.params[name];
      if (typeof value === 'string') size += value.length;
    }
  }
  return size;
}

function sameHeaders(kept: Kept, req: MockRequest): boolean {
  const { names, values } = kept;
  for (let i = 0; i < names.length; i++) if (req.header(names[i] as string) !== values[i]) return false;
  return true;
}
