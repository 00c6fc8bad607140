// Front-end numbers: the initial JavaScript the browser must load (gzip), and in headless
// Chromium the time to an interactive editor and from Send to an annotated response.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startServer, stop } from './util.mjs';

function initialAssets(root) {
  const dist = `${root}apps/web/dist`;
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  let js = 0;
  let css = 0;
  for (const ref of refs) {
    const size = gzipSync(readFileSync(`${dist}${ref}`)).length;
    if (ref.endsWith('.js')) js += size;
    else css += size;
  }
  return { js, css };
}

function findChromium() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
}

export async function frontEnd(root, ports) {
  const { js, css } = initialAssets(root);
  const lines = [
    '## Front end',
    '',
    `Initial JavaScript: **${(js / 1024).toFixed(1)} KB gzip** (budget ≤ 200 KB); CSS ${(css / 1024).toFixed(1)} KB gzip.`,
  ];
  const executablePath = findChromium();
  if (!executablePath) return [...lines, '', 'No Chromium found: browser timings skipped.'];
  const { chromium } = await import('playwright-core');
  const server = await startServer(
    `${root}apps/api/dist/main.mjs`,
    { PORT: String(ports.port), MOCK_PORT: String(ports.mock), HOST: '127.0.0.1' },
    `http://127.0.0.1:${ports.port}/api/health`,
  );
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const ready = [];
    const send = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      const t0 = Date.now();
      await page.goto(`http://127.0.0.1:${ports.port}/`);
      await page.getByTestId('request-editor').waitFor();
      ready.push(Date.now() - t0);
      const t1 = Date.now();
      await page.getByRole('button', { name: /^(Send|보내기)$/ }).click();
      await page.locator('[data-note-id]').first().waitFor();
      send.push(Date.now() - t1);
      await page.close();
    }
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    lines.push(`Time to an interactive editor: **${median(ready)} ms** (median of 5, cold page each time).`);
    lines.push(`Send to annotated response rendered: **${median(send)} ms** (median of 5).`);
  } finally {
    await browser.close();
    await stop(server);
  }
  return lines;
}
