import { MOCK_PORT } from '../playwright.config.ts';
import { expect, test } from './fixtures.ts';

const PAYLOAD = '<img src=x onerror=alert(1)><script>alert(2)</script>';

test.describe('hostile content is shown as text', () => {
  test('script payloads in a request and an echoed response never run, and no CSP violation happens', async ({
    playground,
    request,
  }) => {
    const page = playground.page;
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });

    const tokenRes = await request.post(`http://127.0.0.1:${MOCK_PORT}/tokens`, { data: {} });
    const { token } = (await tokenRes.json()) as { token: string };
    const body = JSON.stringify({ name: PAYLOAD, email: 'xss@example.com' });
    await playground.goto();
    await playground.setRequest(
      [
        'POST /users HTTP/1.1',
        'Host: localhost:8081',
        `Authorization: Bearer ${token}`,
        'Content-Type: application/json',
        `X-Note: ${PAYLOAD}`,
        `Content-Length: ${new TextEncoder().encode(body).length}`,
        '',
        body,
      ].join('\n'),
    );
    await playground.send.click();
    await expect(playground.status).toHaveText(/^201 Created/);
    // The payload is on screen as characters, not as elements.
    await expect(playground.rawResponse).toContainText('<script>alert(2)</script>');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('script:text("alert(2)")').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
