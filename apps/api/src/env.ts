/**
 * The one place this app reads its environment.
 * PORT: playground UI + API (8080). MOCK_PORT: the mock REST API (8081).
 * HOST: interface to bind (127.0.0.1 unless told otherwise, e.g. 0.0.0.0 for a classroom LAN).
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

function port(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : fallback;
}

export interface Env {
  host: string;
  port: number;
  mockPort: number;
  webDist: string;
  /** Extra host names allowed in Host when bound beyond loopback (comma-separated ALLOWED_HOSTS). */
  allowedHosts: string[];
  /** Exchanges per second each learner may send (EXCHANGE_RATE, default 10; 0 turns the limit off). */
  exchangeRate: number;
  /**
   * How long an unused sandbox lives (SANDBOX_IDLE_MINUTES, default 120), and how many live at
   * once before the least recently used goes (MAX_SANDBOXES, default 10,000). A teacher running
   * a day-long workshop may want a longer idle time; a small machine, fewer sandboxes.
   */
  sandboxes: { idleMs: number; maxSandboxes: number };
  /**
   * Whether the mock API answers repeated reads from its read memo (READ_MEMO, default on;
   * `off` walks the decisions for every request, e.g. to compare the two).
   */
  readMemo: boolean;
  /**
   * How many threads serve the playground (PLAYGROUND_THREADS; by default one per core, at most
   * 4). The mock API has the main thread besides. More threads relay more exchanges at once on
   * a machine with the cores for them; each costs some memory.
   */
  playgroundThreads: number;
  /** Settings that were set but unusable, each with what is used instead, to print at start. */
  warnings: string[];
}

/** A positive number from the environment, or the fallback (and a warning) when it is not one. */
function positive(
  source: Record<string, string | undefined>,
  name: string,
  fallback: number,
  warnings: string[],
  integer = false,
): number {
  const raw = source[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (Number.isFinite(n) && n > 0 && (!integer || Number.isInteger(n))) return n;
  warnings.push(`${name}="${raw}" is not a positive ${integer ? 'whole number' : 'number'}; using ${fallback}.`);
  return fallback;
}

/**
 * Whether several threads can listen on one port here: Node's `reusePort` (from 22.12 and
 * 23.1) on a system that spreads connections among such sockets. macOS and Windows refuse it.
 */
export function canSharePort(platform: string, nodeVersion: string): boolean {
  const [major = 0, minor = 0] = nodeVersion.split('.').map(Number);
  const node = major > 23 || (major === 23 && minor >= 1) || (major === 22 && minor >= 12);
  return node && (platform === 'linux' || platform === 'freebsd');
}

export function readEnv(
  source: Record<string, string | undefined> = process.env,
  platform: string = process.platform,
  nodeVersion: string = process.versions.node,
): Env {
  const warnings: string[] = [];
  const idleMinutes = positive(source, 'SANDBOX_IDLE_MINUTES', 120, warnings);
  const maxSandboxes = positive(source, 'MAX_SANDBOXES', 10_000, warnings, true);
  const memo = (source.READ_MEMO ?? '').trim().toLowerCase();
  const readMemo = !['off', '0', 'false', 'no'].includes(memo);
  if (readMemo && !['', 'on', '1', 'true', 'yes'].includes(memo))
    warnings.push(`READ_MEMO="${source.READ_MEMO}" is neither on nor off; using on.`);
  const shared = canSharePort(platform, nodeVersion);
  let threads = positive(source, 'PLAYGROUND_THREADS', shared ? Math.min(4, availableParallelism()) : 1, warnings, true);
  if (threads > 16) {
    warnings.push(`PLAYGROUND_THREADS="${source.PLAYGROUND_THREADS}" is more than 16; using 16.`);
    threads = 16;
  }
  if (threads > 1 && !shared) {
    warnings.push(
      `PLAYGROUND_THREADS="${source.PLAYGROUND_THREADS}" needs threads that share a port (SO_REUSEPORT), which Node ${nodeVersion} on ${platform} cannot do; using 1.`,
    );
    threads = 1;
  }
  return {
    playgroundThreads: threads,
    host: source.HOST?.trim() || '127.0.0.1',
    port: port(source.PORT, 8080),
    mockPort: port(source.MOCK_PORT, 8081),
    webDist: source.WEB_DIST ?? fileURLToPath(new URL('../../web/dist/', import.meta.url)),
    allowedHosts: (source.ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    exchangeRate: source.EXCHANGE_RATE === undefined ? 10 : Math.max(0, Number(source.EXCHANGE_RATE) || 0),
    sandboxes: { idleMs: Math.round(idleMinutes * 60_000), maxSandboxes },
    readMemo,
    warnings,
  };
}
