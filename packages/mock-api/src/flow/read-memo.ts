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
 * A hit still looks the token up, which keeps the sandbox in use exactly as a walk would, and
 * checks that the token still leads to the same sandbox at the same version.
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
  grant: Grant | undefined;
  version: number;
  reply: Reply;
  trace: Trace;
}

/** How many answers are kept per method, target and Authorization (Accept and validators vary). */
const PER_KEY = 4;

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

export class ReadMemo {
  readonly #kept = new Map<string, Kept[]>();
  readonly #maxKeys: number;
  readonly #store: SandboxStore;
  hits = 0;

  constructor(store: SandboxStore, maxKeys = 4096) {
    this.#store = store;
    this.#maxKeys = maxKeys;
  }

  /** The key of a request that may be answered from the memo, or `undefined`. */
  keyOf(req: MockRequest): string | undefined {
    if (!SAFE.has(req.method)) return undefined;
    return `${req.method} ${req.url} ${req.header('authorization') ?? ''}`;
  }

  /** A kept answer for this request, if one still holds, with the trace it had. */
  find(key: string, req: MockRequest): Kept | undefined {
    const list = this.#kept.get(key);
    if (list === undefined) return undefined;
    for (const kept of list) {
      if (!sameHeaders(kept, req)) continue;
      if (kept.grant !== undefined) {
        // The same Authorization value, so the same token: look it up as the walk did.
        const lookup = this.#store.lookup(kept.grant.token);
        if (!lookup.ok || lookup.grant !== kept.grant || kept.grant.sandbox.version !== kept.version) return undefined;
      }
      this.hits += 1;
      return kept;
    }
    return undefined;
  }

  /** Keeps a finished walk's answer when nothing it read escapes the memo's checks. */
  keep(key: string, walk: Walk, reply: Reply, trace: Trace): void {
    // A 500 is a bug's answer; the next walk may not hit it.
    if (walk.volatile || reply.status >= 500) return;
    let list = this.#kept.get(key);
    if (list === undefined) {
      if (this.#kept.size >= this.#maxKeys) this.#kept.clear();
      list = [];
      this.#kept.set(key, list);
    }
    if (list.length >= PER_KEY) list.shift();
    freezeTrace(trace);
    Object.freeze(reply.headers);
    list.push({
      names: walk.names,
      values: walk.values,
      grant: walk.grant,
      version: walk.grant?.sandbox.version ?? 0,
      reply,
      trace,
    });
  }
}

function sameHeaders(kept: Kept, req: MockRequest): boolean {
  const { names, values } = kept;
  for (let i = 0; i < names.length; i++) if (req.header(names[i] as string) !== values[i]) return false;
  return true;
}
