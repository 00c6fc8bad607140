/**
 * The one place this app reads its environment.
 * PORT: playground UI + API (8080). MOCK_PORT: the mock REST API (8081).
 * HOST: interface to bind (127.0.0.1 unless told otherwise, e.g. 0.0.0.0 for a classroom LAN).
 */
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
}

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  return {
    host: source.HOST?.trim() || '127.0.0.1',
    port: port(source.PORT, 8080),
    mockPort: port(source.MOCK_PORT, 8081),
    webDist: source.WEB_DIST ?? fileURLToPath(new URL('../../web/dist/', import.meta.url)),
    allowedHosts: (source.ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    exchangeRate: source.EXCHANGE_RATE === undefined ? 10 : Math.max(0, Number(source.EXCHANGE_RATE) || 0),
  };
}
