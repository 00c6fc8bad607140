// Installs dependencies when they are missing or older than package-lock.json.
// Plain Node (no dependencies), so it works before anything is installed, on Node 20+.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function runOrExit(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) process.exit(status);
}

export function ensureInstalled() {
  const marker = `${root}node_modules/.package-lock.json`;
  const lock = `${root}package-lock.json`;
  const runtime = `${root}node_modules/.bin/node`;
  const stale =
    !existsSync(marker) || !existsSync(runtime) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs);
  if (!stale) return;
  console.log('teapot: installing dependencies (first run, or package-lock.json changed)...');
  runOrExit('npm', ['install', '--no-audit', '--no-fund']);
}
