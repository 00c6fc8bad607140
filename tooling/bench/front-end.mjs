/* global document, window, requestAnimationFrame, MutationObserver -- used inside page.evaluate, which runs in the browser */
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
    // Timed inside the page (a MutationObserver and the next frame), not by polling from outside:
    // Playwright's waitFor polls at growing intervals and would add up to half a second.
    const editorSelector = '[data-testid="request-editor"]';
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      await page.addInitScript((selector) => {
        const seen = () => {
          if (!document.querySelector(selector)) return false;
          requestAnimationFrame(() => {
            window.__editorReadyAt = performance.now();
          });
          return true;
        };
        new MutationObserver((_, observer) => {
          if (seen()) observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      }, editorSelector);
      await page.goto(`http://127.0.0.1:${ports.port}/`);
      await page.waitForFunction(() => window.__editorReadyAt !== undefined);
      ready.push(Math.round(await page.evaluate(() => window.__editorReadyAt)));
      const elapsed = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const button = [...document.querySelectorAll('button')].find((b) => /^(Send|보내기)$/.test(b.textContent?.trim() ?? ''));
            const t0 = performance.now();
            new MutationObserver((_, observer) => {
              if (!document.querySelector('[data-note-id]')) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            }).observe(document.body, { childList: true, subtree: true });
            button?.click();
          }),
      );
      send.push(Math.round(elapsed));
      await page.close();
    }
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    lines.push(`Time to an interactive editor: **${median(ready)} ms** from navigation start (median of 5, cold page each time).`);
    lines.push(`Send to annotated response rendered: **${median(send)} ms** (median of 5, each on a fresh page).`);
  } finally {
    await browser.close();
    await stop(server);
  }
  return lines;
}
