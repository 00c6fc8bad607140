// The memory soak: a fresh server under a steady, realistic classroom mix for `minutes`, with its
// RSS (and V8's heap, through the inspector) sampled every 5 s. The question it answers (issue 7):
// once the sandbox caps are reached, does memory stay flat? So the server is first filled to its
// caps with the same mix (the LRU holds `maxSandboxes` sandboxes, and as many evicted tokens are
// remembered), then the clock starts and every new learner's sandbox evicts the least recently used.
// Not a test: nothing here asserts on time. Run alone (after `npm run build`):
//   npx node tooling/bench/soak.mjs [minutes | --quick] [--heap-snapshots=DIR]
// DIR gets heap snapshots at minute 1 and at the end, to compare in Chrome DevTools.
import { createWriteStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { rssOf, startServer, stop } from './util.mjs';

const SAMPLE_MS = 5_000;
const ROW_MS = 30_000;
/** The verdict's noise threshold: a slope below 1% of the RSS at minute 1, per minute, is no growth. */
const THRESHOLD = 0.01;

/** The sandbox caps, read from the mock API's source so the soak follows them. */
function sandboxLimits(root) {
  const text = readFileSync(`${root}packages/mock-api/src/sandbox/limits.ts`, 'utf8');
  const num = (name, fallback) => {
    const m = new RegExp(`${name}:\\s*([\\d_]+(?:\\s*\\*\\s*[\\d_]+)*)`).exec(text);
    return m ? m[1].split('*').reduce((p, f) => p * Number(f.trim().replaceAll('_', '')), 1) : fallback;
  };
  return { maxSandboxes: num('maxSandboxes', 10_000), idleMs: num('idleMs', 2 * 3600_000) };
}

/** A small seeded PRNG (mulberry32), so two runs drive the same mix. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A minimal Chrome DevTools Protocol client over the server's inspector, for V8 heap numbers. */
async function inspector(port, pid) {
  if (typeof WebSocket !== 'function') return null;
  let url;
  for (let i = 0; i < 30 && !url; i++) {
    try {
      url = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json())[0]?.webSocketDebuggerUrl;
    } catch {
      await sleep(100);
    }
  }
  if (!url) return null;
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = () => reject(new Error('inspector connection failed'));
  });
  let next = 0;
  const pending = new Map();
  let onChunk = null;
  ws.onmessage = (event) => {
    const msg = JSON.parse(event.data);
    if (msg.method === 'HeapProfiler.addHeapSnapshotChunk') onChunk?.(msg.params.chunk);
    const done = pending.get(msg.id);
    if (!done) return;
    pending.delete(msg.id);
    if (msg.error) done.reject(new Error(msg.error.message));
    else done.resolve(msg.result);
  };
  ws.onclose = () => {
    for (const done of pending.values()) done.reject(new Error('inspector closed'));
    pending.clear();
  };
  // A server stopped from outside waits for the debugger to disconnect, and answers nothing:
  // every call has a deadline, so the soak carries on with RSS alone.
  const call = (method, params = {}, timeoutMs = 10_000) =>
    new Promise((resolve, reject) => {
      if (ws.readyState !== WebSocket.OPEN) return reject(new Error('inspector closed'));
      const id = ++next;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`inspector: ${method} timed out`));
      }, timeoutMs);
      const settle = (fn) => (value) => {
        clearTimeout(timer);
        fn(value);
      };
      pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
      ws.send(JSON.stringify({ id, method, params }));
    });
  // Another process may own the port: make sure this is our server.
  const { result } = await call('Runtime.evaluate', { expression: 'process.pid', returnByValue: true });
  if (result?.value !== pid) {
    ws.close();
    return null;
  }
  return {
    /** The server's process.memoryUsage(): V8's heap (garbage included) and memory outside it. Collects nothing. */
    memory: async () => {
      const expression = 'JSON.stringify(process.memoryUsage())';
      const { result } = await call('Runtime.evaluate', { expression, returnByValue: true });
      const m = JSON.parse(result.value);
      return { used: m.heapUsed, committed: m.heapTotal, external: m.external };
    },
    /**
     * A full GC, then the live heap: the number a leak cannot hide from. The GC is V8's
     * memory-reducing one (it shrinks the young generation), so it runs only outside the window.
     */
    liveHeap: async () => {
      await call('HeapProfiler.collectGarbage');
      return (await call('Runtime.getHeapUsage')).usedSize;
    },
    /** Writes a heap snapshot (for Chrome DevTools' Comparison view) to `path`. */
    snapshot: async (path) => {
      const out = createWriteStream(path);
      onChunk = (chunk) => out.write(chunk);
      try {
        await call('HeapProfiler.takeHeapSnapshot', { reportProgress: false }, 300_000);
      } finally {
        onChunk = null;
        await new Promise((resolve) => out.end(resolve));
      }
    },
    close: () => ws.close(),
  };
}

/** Least-squares slope of y over x, and its standard error. */
function fit(points) {
  const n = points.length;
  if (n < 3) return { slope: NaN, se: NaN };
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  const slope = sxy / sxx;
  const sse = points.reduce((s, p) => s + (p.y - my - slope * (p.x - mx)) ** 2, 0);
  return { slope, se: Math.sqrt(sse / (n - 2) / sxx) };
}

const PLAYERS = [21, 22, 23, 24].map((n) => `/leagues/seattle/teams/trebuchet/players/${n}`);
const SAMPLE_USERS = 12;
const NOTE = 'Left foot, quick turn, reads the game well; always arrives late in the box. '
  .repeat(2)
  .slice(0, 140);

/**
 * The traffic. Each learner runs sessions: mint a token (a fresh sandbox), a few reads, writes and
 * playground exchanges, then sometimes share a viewer token or revoke the token, and leave. A few
 * come back with a token long evicted (401), and one session in a hundred writes until its sandbox
 * is full (507), so the per-sandbox caps are reached too.
 */
function traffic({ mock, play, maxSandboxes }) {
  const stats = {
    requests: 0,
    errors: 0,
    mints: 0,
    full507: 0,
    gone401: 0,
    revoked: 0,
    viewers: 0,
    exchanges: 0,
  };
  const unexpected = new Map();
  const recentTokens = [];
  const evictedTokens = [];
  let emails = 0;
  let sessions = 0;

  async function call(kind, method, url, { token, body, type = 'application/json', expect, headers = {} }) {
    const h = { accept: 'application/json', ...headers };
    if (token) h.authorization = `Bearer ${token}`;
    if (body !== undefined) h['content-type'] = type;
    stats.requests += 1;
    try {
      const res = await fetch(url, { method, headers: h, body });
      const text = await res.text();
      if (!expect.includes(res.status)) miss(`${kind}: HTTP ${res.status}`);
      return { status: res.status, text, location: res.headers.get('location') };
    } catch (err) {
      miss(`${kind}: ${err.cause?.code ?? err.message}`);
      return { status: 0, text: '', location: null };
    }
  }
  function miss(what) {
    stats.errors += 1;
    unexpected.set(what, (unexpected.get(what) ?? 0) + 1);
  }

  async function exchange(raw, learner, expect) {
    stats.exchanges += 1;
    const r = await call('POST /api/exchanges', 'POST', `${play}/api/exchanges`, {
      body: raw,
      type: 'message/http',
      headers: { 'x-teapot-learner': learner },
      expect: [201],
    });
    if (r.status !== 201) return;
    try {
      const response = JSON.parse(r.text).response ?? {};
      if (!expect.includes(response.status)) {
        const why = response.errorCode ? `${response.end}, ${response.errorCode}` : response.end;
        miss(`exchange relayed: ${response.status ? `HTTP ${response.status}` : `no response (${why})`}`);
      }
    } catch {
      miss('exchange: unreadable body');
    }
  }

  function remember(token) {
    recentTokens.push(token);
    // A token more than 1.2 × maxSandboxes mints old is long evicted (LRU, sessions last seconds).
    if (recentTokens.length > maxSandboxes * 1.2) {
      evictedTokens.push(recentTokens.shift());
      if (evictedTokens.length > 200) evictedTokens.shift();
    }
  }

  /** One learner's session; yields after each request. */
  async function* session(rand, learner) {
    const pick = (list) => list[Math.floor(rand() * list.length)];
    const sampleUser = () => 1 + Math.floor(rand() * SAMPLE_USERS);
    if (evictedTokens.length && rand() < 0.02) {
      const r = await call('returning learner, evicted token', 'GET', `${mock}/users/1`, {
        token: pick(evictedTokens),
        expect: [401],
      });
      if (r.status === 401) stats.gone401 += 1;
      yield;
    }
    const minted = await call('POST /tokens', 'POST', `${mock}/tokens`, { body: '{}', expect: [201] });
    yield;
    if (minted.status !== 201) {
      await sleep(200);
      return;
    }
    const { token, id: tokenId } = JSON.parse(minted.text);
    stats.mints += 1;
    remember(token);

    // Exactly one session in a hundred, not a random 1%: the live sandboxes then hold the same
    // share of full ones before and during the soak, and the live heap does not drift with it.
    if (++sessions % 100 === 0) {
      // Fills the sandbox: 140-character notes until 507 Insufficient Storage.
      for (let i = 0; i < 300; i++) {
        const r = await call(
          'PUT favorite (filling)',
          'PUT',
          `${mock}/users/${sampleUser()}/favorites/full-${i}`,
          {
            token,
            body: JSON.stringify({ player: pick(PLAYERS), note: NOTE }),
            expect: [201, 204, 507],
          },
        );
        yield;
        if (r.status === 507) {
          stats.full507 += 1;
          break;
        }
        if (r.status === 0) break;
      }
      return;
    }

    const mine = [];
    const steps = 3 + Math.floor(rand() * 10);
    for (let s = 0; s < steps; s++) {
      const x = rand();
      if (x < 0.35) {
        const path = pick([
          '/users',
          `/users/${sampleUser()}`,
          `/users/${sampleUser()}/favorites`,
          '/leagues/seattle/teams/trebuchet/players',
          mine.length ? `/users/${mine.at(-1)}` : '/users?page=2',
        ]);
        await call('GET (read)', 'GET', `${mock}${path}`, { token, expect: [200] });
      } else if (x < 0.55) {
        const kind = rand();
        if (kind < 0.6) {
          await exchange(
            `GET /users/${sampleUser()} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${token}\r\nAccept: application/json\r\n\r\n`,
            learner,
            [200],
          );
        } else if (kind < 0.9) {
          const body = JSON.stringify({ name: 'Relay Learner', email: `relay${emails++}@example.com` });
          await exchange(
            `POST /users HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
            learner,
            [201],
          );
        } else {
          // Learners break requests on purpose: no Host header is a 400 from the mock API.
          await exchange('GET /users/1 HTTP/1.1\r\nAccept: application/json\r\n\r\n', learner, [400]);
        }
      } else if (x < 0.7) {
        const r = await call('POST /users', 'POST', `${mock}/users`, {
          token,
          body: JSON.stringify({ name: 'Soak Learner', email: `soak${emails++}@example.com` }),
          expect: [201],
        });
        const created = /\/users\/(\d+)$/.exec(r.location ?? '')?.[1];
        if (created) mine.push(created);
      } else if (x < 0.8) {
        await call('PATCH /users/{id}', 'PATCH', `${mock}/users/${mine.at(-1) ?? sampleUser()}`, {
          token,
          body: JSON.stringify({ name: `Renamed ${s}` }),
          type: 'application/merge-patch+json',
          expect: [200],
        });
      } else if (x < 0.92) {
        await call('PUT favorite', 'PUT', `${mock}/users/${sampleUser()}/favorites/pick-${s % 4}`, {
          token,
          body: JSON.stringify({ player: pick(PLAYERS), note: 'good first touch' }),
          expect: [201, 204],
        });
      } else if (x < 0.97 && mine.length) {
        await call('DELETE /users/{id}', 'DELETE', `${mock}/users/${mine.pop()}`, { token, expect: [204] });
      } else {
        await call('DELETE favorite', 'DELETE', `${mock}/users/${sampleUser()}/favorites/pick-${s % 4}`, {
          token,
          expect: [204, 404],
        });
      }
      yield;
    }

    const end = rand();
    if (end < 0.05) {
      // Shares the sandbox read-only with a classmate, who looks once.
      const r = await call('POST /tokens (viewer)', 'POST', `${mock}/tokens`, {
        token,
        body: '{"role":"viewer"}',
        expect: [201],
      });
      yield;
      if (r.status === 201) {
        stats.viewers += 1;
        await call('GET (viewer)', 'GET', `${mock}/users/1`, {
          token: JSON.parse(r.text).token,
          expect: [200],
        });
        yield;
      }
    } else if (end < 0.15) {
      // "Start over": revoking the editor token ends the sandbox.
      const r = await call('DELETE /tokens/{id}', 'DELETE', `${mock}/tokens/${tokenId}`, {
        token,
        expect: [204],
      });
      if (r.status === 204) stats.revoked += 1;
      yield;
    }
  }

  /** Runs one learner: sessions back to back; `pace` is awaited between requests. */
  async function learner(i, pace, running) {
    const rand = prng(0x7ea907 + i);
    while (running()) {
      for await (const _ of session(rand, `learner-${i}`)) {
        if (!running()) return;
        await pace();
      }
    }
  }

  return { stats, unexpected, learner };
}

/**
 * Soaks a fresh server and returns the report section as markdown lines.
 * @param {{ root: string, ports?: { port: number, mock: number, inspect?: number }, minutes?: number,
 *   rate?: number, learners?: number, quick?: boolean, progress?: (line: string) => void }} options
 */
export async function soak({
  root,
  ports = { port: 19380, mock: 19381, inspect: 19382 },
  minutes = 5,
  rate = 400,
  learners = 200,
  quick = false,
  heapSnapshots,
  progress = (line) => console.error(`soak: ${line}`),
}) {
  const { maxSandboxes, idleMs } = sandboxLimits(root);
  const env = {
    PORT: String(ports.port),
    MOCK_PORT: String(ports.mock),
    HOST: '127.0.0.1',
    EXCHANGE_RATE: '0',
    // The inspector only answers the soak's heap questions; the server exposes nothing new.
    ...(ports.inspect
      ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --inspect=127.0.0.1:${ports.inspect}`.trim() }
      : {}),
  };
  const server = await startServer(
    `${root}apps/api/dist/main.mjs`,
    env,
    `http://127.0.0.1:${ports.port}/api/health`,
  );
  const v8 = ports.inspect ? await inspector(ports.inspect, server.pid).catch(() => null) : null;
  const alive = () => server.exitCode === null && server.signalCode === null;
  const t = traffic({
    mock: `http://127.0.0.1:${ports.mock}`,
    play: `http://127.0.0.1:${ports.port}`,
    maxSandboxes,
  });
  try {
    // 1. Fill to the caps with the same mix, as fast as the server goes: maxSandboxes live
    // sandboxes and maxSandboxes remembered evictions.
    const fillStarted = performance.now();
    let filling = true;
    const fillers = Array.from({ length: 32 }, (_, i) =>
      t.learner(
        10_000 + i,
        async () => {},
        () => filling && alive() && t.stats.mints < 2 * maxSandboxes,
      ),
    );
    const fillLog = setInterval(
      () => progress(`filling: ${t.stats.mints} / ${2 * maxSandboxes} sandboxes minted`),
      10_000,
    );
    await Promise.all(fillers);
    clearInterval(fillLog);
    filling = false;
    if (!alive())
      throw new Error(`soak: the server exited while filling (${server.exitCode ?? server.signalCode})`);
    const fill = { ...t.stats, seconds: (performance.now() - fillStarted) / 1000 };
    const rssFilled = await rssOf(server.pid);
    // No forced GC here: after one, V8 takes minutes at this rate to grow its heap back, and that
    // regrowth would land in the window and read as growth. The fill is the warm-up.
    progress(
      `filled in ${fill.seconds.toFixed(0)} s (${fill.requests} requests); RSS ${(rssFilled / 2 ** 20).toFixed(1)} MiB; soaking ${minutes} min`,
    );

    // 2. The soak: `learners` learners, each one request every learners/rate s.
    const before = { ...t.stats };
    const period = (learners / rate) * 1000;
    const started = performance.now();
    const endAt = started + minutes * 60_000;
    const running = () => performance.now() < endAt && alive();
    // The first minute is warm-up and left out of the slope (half the run when it is shorter).
    const warmMs = Math.min(60_000, Math.floor((minutes * 30_000) / ROW_MS) * ROW_MS);
    const warm = warmMs / 60_000;
    const warmText = warmMs >= 60_000 ? '1 min' : warmMs ? `${warmMs / 1000} s` : 'the start';
    const paced = Array.from({ length: learners }, (_, i) => {
      let next = started + (i * period) / learners;
      return t.learner(
        i,
        async () => {
          next = Math.max(next + period, performance.now());
          await sleep(next - performance.now());
        },
        running,
      );
    });

    const samples = [];
    const rows = [];
    const snapshot = async (name) => {
      if (!heapSnapshots || !v8) return;
      const path = `${heapSnapshots}/soak-${name}.heapsnapshot`;
      await v8.snapshot(path).then(
        () => progress(`heap snapshot: ${path}`),
        (err) => progress(`no heap snapshot: ${err.message}`),
      );
    };
    const sampler = (async () => {
      // `due`, the scheduled time, picks the window and the rows: a timer may fire a hair early.
      for (let due = 0; started + due <= endAt + 1; due += SAMPLE_MS) {
        await sleep(Math.max(0, started + due - performance.now()));
        const x = (performance.now() - started) / 60_000;
        const rss = await rssOf(server.pid);
        const heap = v8 ? await v8.memory().catch(() => null) : null;
        samples.push({ due, x, rss });
        if (due % ROW_MS === 0) {
          const row = {
            due,
            x,
            rss,
            heap,
            requests: t.stats.requests - before.requests,
            mints: t.stats.mints - before.mints,
            errors: t.stats.errors - before.errors,
          };
          rows.push(row);
          progress(
            `${(x * 60).toFixed(0)} s: RSS ${(rss / 2 ** 20).toFixed(1)} MiB, V8 heap ${heap ? (heap.committed / 2 ** 20).toFixed(1) : '?'} MiB, ${row.requests} requests, ${row.errors} errors`,
          );
          if (due === warmMs) await snapshot('start');
        }
      }
    })();
    await Promise.all([...paced, sampler]);
    const seconds = (performance.now() - started) / 1000;
    await snapshot('end');
    const liveAfter = v8 ? await v8.liveHeap().catch(() => NaN) : NaN;

    // 3. The numbers.
    const after = t.stats;
    const delta = (key) => after[key] - before[key];
    const window = samples.filter((s) => s.due >= warmMs);
    const atWarm = window[0] ?? samples[0];
    const last = samples.at(-1);
    const rssFit = fit(window.map((s) => ({ x: s.x, y: s.rss / 1024 })));
    const maxRss = Math.max(...window.map((s) => s.rss));
    const limitKb = (THRESHOLD * atWarm.rss) / 1024;
    const grows = !(rssFit.slope < limitKb);
    // Under two minutes of samples, a slope is mostly the allocator settling, not a trend.
    const judged = minutes - warm >= 2;
    const mib = (b) => (b / 2 ** 20).toFixed(1);
    const kb = (v) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : 'n/a');
    const verdict = !judged
      ? `**No verdict:** ${Math.round((minutes - warm) * 60)} s after the warm-up is too short to tell growth from noise; the full run judges.`
      : `**Verdict: ${grows ? `growth (${kb(rssFit.slope)} KB/min)` : 'no growth'}.**`;

    const lines = [
      `## Memory soak (${minutes} minute${minutes === 1 ? '' : 's'}${quick ? ', --quick' : ''})`,
      '',
      `A fresh server, first filled to its caps with the same mix (${fill.mints.toLocaleString('en-US')} sandboxes minted in ${fill.seconds.toFixed(0)} s, so ${maxSandboxes.toLocaleString('en-US')} live and as many evicted tokens remembered; RSS ${mib(rssFilled)} MiB at its end), then ${learners} learners at a steady ${rate} requests/s for ${minutes} min: each session mints a token (a new sandbox, which evicts the least recently used), then reads, writes (POST/PATCH/DELETE users, PUT/DELETE favorites) and playground exchanges; 10% revoke their token, 5% share a viewer token, 2% come back with an evicted token (401), and one in a hundred writes until its sandbox is full (507).`,
      `${delta('requests').toLocaleString('en-US')} requests in ${seconds.toFixed(0)} s (${Math.round(delta('requests') / seconds)}/s), ${delta('exchanges').toLocaleString('en-US')} of them exchanges; ${delta('mints').toLocaleString('en-US')} sandboxes minted (each one evicting another), ${delta('revoked')} revoked, ${delta('viewers')} viewer tokens, ${delta('full507')} sandboxes filled to 507, ${delta('gone401')} evicted tokens told 401. **${delta('errors')} errors** (unexpected statuses or failed requests)${fill.errors ? `; ${fill.errors} while filling` : ''}.`,
      `The idle cap (${idleMs / 3_600_000} h; \`SANDBOX_IDLE_MINUTES\` changes it) is longer than the soak, so here only the LRU and per-sandbox caps evict.`,
      '',
      '| t | RSS MiB | V8 heap committed, MiB | V8 heap in use (garbage too), MiB | external (buffers), MiB | requests | sandboxes minted | errors |',
      '|---|---|---|---|---|---|---|---|',
      ...rows.map(
        (r) =>
          `| ${(r.x * 60).toFixed(0)} s | ${mib(r.rss)} | ${r.heap ? mib(r.heap.committed) : 'n/a'} | ${r.heap ? mib(r.heap.used) : 'n/a'} | ${r.heap ? mib(r.heap.external) : 'n/a'} | ${r.requests.toLocaleString('en-US')} | ${r.mints.toLocaleString('en-US')} | ${r.errors} |`,
      ),
      '',
      `RSS every ${SAMPLE_MS / 1000} s: ${mib(atWarm.rss)} MiB at ${warmText}, ${mib(last.rss)} MiB at the end, ${mib(maxRss)} MiB at most from ${warmText} on. Least-squares slope from ${warmText} to the end: **${kb(rssFit.slope)} KB/min** (± ${kb(rssFit.se)}, one standard error).`,
      ...(Number.isFinite(liveAfter)
        ? [
            `Live V8 heap after a full GC at the end (through the inspector; only after the last sample, since that GC shrinks the heap): ${mib(liveAfter)} MiB, for ${maxSandboxes.toLocaleString('en-US')} live sandboxes and as many remembered evictions.`,
          ]
        : []),
      `Threshold: growth below ${THRESHOLD * 100}% of the RSS at ${warmText} per minute (${kb(limitKb)} KB/min) is noise. ${verdict}`,
    ];
    if (heapSnapshots) {
      lines.push(
        '',
        `Heap snapshots were taken at ${warmText} and at the end (${heapSnapshots}): taking one grows the RSS by about the heap's size, so this run's RSS slope and verdict say nothing; the live heap does.`,
      );
    }
    if (t.unexpected.size) {
      lines.push('', `Unexpected: ${[...t.unexpected].map(([what, n]) => `${what} ×${n}`).join('; ')}.`);
    }
    return lines;
  } finally {
    v8?.close();
    await stop(server);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const minutes = quick ? 1 : Number(args.find((a) => !a.startsWith('--'))) || 5;
  const heapSnapshots = args.find((a) => a.startsWith('--heap-snapshots='))?.split('=')[1];
  console.log((await soak({ root, minutes, quick, heapSnapshots })).join('\n'));
}
