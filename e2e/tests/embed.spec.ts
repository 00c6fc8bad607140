import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures.ts';

const example = readFileSync(new URL('../../docs/embed-example.html', import.meta.url), 'utf8');

/**
 * The tutorial: docs/embed-example.html pointed at the e2e server, served from another origin
 * (`localhost` vs the app's `127.0.0.1`) over a real socket. Chromium's Local Network Access
 * checks block a public or unknown parent from framing a loopback address, and CSP's
 * `frame-ancestors *` does not match an about:blank parent, so a real page it is.
 */
let tutorial: Server;
let tutorialUrl = '';

test.beforeAll(async ({ baseURL }) => {
  const html = example.replaceAll('http://localhost:8080', baseURL ?? '');
  // A second page frames one request that breaks a URI rule, as a tutorial on URI design would.
  const uri = Buffer.from('GET /Users/1 HTTP/1.1\r\nHost: localhost:8081\r\n\r\n').toString('base64url');
  const design = `<iframe id="design" src="${baseURL ?? ''}/embed?request=${uri}&lang=ko" width="1200" height="900"></iframe>`;
  tutorial = createServer((req, res) =>
    res
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(req.url === '/design.html' ? design : html),
  );
  await new Promise<void>((resolve) => tutorial.listen(0, '127.0.0.1', resolve));
  tutorialUrl = `http://localhost:${(tutorial.address() as AddressInfo).port}/methods.html`;
});

test.afterAll(() => {
  tutorial.closeAllConnections();
  tutorial.close();
});

test.describe('embedding', () => {
  test('the documented example page works: a prefilled request and a lesson in iframes', async ({ page }) => {
    await page.goto(tutorialUrl);

    const request = page.frameLocator('#request-embed');
    await expect(request.getByTestId('request-editor')).toContainText('OPTIONS /users HTTP/1.1');
    await request.getByRole('button', { name: /^(Send|보내기)$/ }).click();
    await expect(request.getByTestId('response-status')).toHaveText(/^20[04] /);
    await expect(request.getByTestId('raw-response')).toContainText(/Allow: /i);
    await expect(request.getByRole('link', { name: /Open in Teapot/ })).toHaveAttribute('href', /^\/#req=/);

    await page.locator('#lesson-embed').scrollIntoViewIfNeeded();
    const lesson = page.frameLocator('#lesson-embed');
    await expect(lesson.getByRole('heading', { name: /OPTIONS and 405/ })).toBeVisible();
    await lesson.getByRole('button', { name: /^(Send|보내기)$/ }).click();
    await expect(lesson.locator('[data-goal-id="options-allow"]')).toHaveAttribute('data-met', 'true');
  });

  test('a click on a note about the request opens it, and its rule opens in a new tab', async ({ page }) => {
    await page.goto(tutorialUrl.replace('/methods.html', '/design.html'));
    const frame = page.frameLocator('#design');
    await frame.getByRole('button', { name: '보내기' }).click();
    await expect(frame.getByTestId('response-status')).toHaveText(/^404 /);
    // The focus that comes with the click lights the bytes but must not scroll the note away
    // from under the pointer before the button is released.
    const note = frame.locator('[data-note-id="design-uri-uppercase"]');
    const button = note.getByRole('button').first();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const link = note.getByRole('link', { name: /^설계 규칙: / });
    await expect(link).toHaveAttribute('target', '_blank');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await expect(tab).toHaveURL(/\/reference\/rules\/uri-lowercase$/);
  });

  test('only /embed may be framed', async ({ request }) => {
    const embed = await request.get('/embed?lesson=delete');
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    const lessons = await request.get('/lessons/delete');
    expect(lessons.headers()['x-frame-options']).toBe('SAMEORIGIN');
  });

  test('a broken embed link explains itself', async ({ page }) => {
    await page.goto('/embed?request=%%%');
    await expect(page.getByRole('alert')).toContainText('not valid base64url');
  });
});
