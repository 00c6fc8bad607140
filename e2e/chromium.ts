/**
 * Finds a Chromium to drive. Order: CHROMIUM_PATH, Playwright's own download
 * (`npx playwright install chromium`), then a system Chromium (Debian's `chromium`).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium(): { executablePath?: string } {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { executablePath: fromEnv };
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  try {
    if (existsSync(chromium.executablePath())) return {};
  } catch {
    // Playwright has no browser of its own here; look for the system's.
  }
  const system = SYSTEM_CANDIDATES.find((p) => existsSync(p));
  if (system) return { executablePath: system };
  throw new Error(
    [
      'No Chromium found for the end-to-end tests.',
      '  With internet access:  npx playwright install chromium',
      '  On Debian or Ubuntu:   sudo apt-get install chromium',
      '  Or point at one:       CHROMIUM_PATH=/path/to/chromium npm test',
    ].join('\n'),
  );
}

/** Flags for a quiet, headless Chromium in a closed network or a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
