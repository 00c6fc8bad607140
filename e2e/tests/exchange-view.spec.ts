import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import type { PlaygroundPage } from './fixtures.ts';

/** Sends the default request (GET /users/1) and waits for its annotated 200. */
async function sendDefault(playground: PlaygroundPage): Promise<void> {
  await playground.goto();
  await playground.send.click();
  await expect(playground.status).toHaveText(/^200 OK/);
}

test.describe('the annotated exchange', () => {
  test('focusing a note lights exactly the bytes it is about', async ({ playground, page }) => {
    await sendDefault(playground);
    const note = playground.note('status-200');
    await note.focus();
    await expect(playground.rawResponse.locator('[data-highlighted]')).toHaveText('200');
    // Leaving the note takes the light away again.
    await page.getByRole('heading', { level: 2 }).first().click();
    await expect(playground.rawResponse.locator('[data-highlighted]')).toHaveCount(0);
  });

  test('hovering a note also lights its bytes', async ({ playground }) => {
    await sendDefault(playground);
    await playground.note('status-200').hover();
    await expect(playground.rawResponse.locator('[data-highlighted]')).toHaveText('200');
  });

  test('status explanation comes first: what it means, then why you got it', async ({
    playground,
    page,
    request,
  }) => {
    await sendDefault(playground);
    const groups = page.locator('[data-exchange-id]').getByRole('heading', { level: 4 });
    await expect(groups.nth(0)).toContainText('What it means');
    await expect(groups.nth(1)).toContainText('Why you got it');
    // The status note starts opened, with its longer text and a spec link with a section anchor.
    const status = playground.note('status-200');
    await expect(status.getByRole('button').first()).toHaveAttribute('aria-expanded', 'true');
    await expect(status.getByRole('link')).toHaveAttribute('href', /rfc9110#section-15\.3\.1$/);
    // The exchange names the knowledge-base entry; the longer text is the entry's own.
    const entry = (await (await request.get('/api/status-codes/200')).json()) as { text: { en: string } };
    await expect(status).toContainText(entry.text.en);
  });

  test('a note opens and closes from the keyboard', async ({ playground, page, request }) => {
    await sendDefault(playground);
    const method = playground.note('method-get').getByRole('button').first();
    await expect(method).toHaveAttribute('aria-expanded', 'false');
    await method.focus();
    await page.keyboard.press('Enter');
    await expect(method).toHaveAttribute('aria-expanded', 'true');
    await expect(playground.note('method-get').getByRole('link')).toBeVisible();
    const entry = (await (await request.get('/api/methods/GET')).json()) as { text: { en: string } };
    await expect(playground.note('method-get')).toContainText(entry.text.en);
  });

  test('switching to Korean explains the status in Korean', async ({ playground, page, request }) => {
    await sendDefault(playground);
    await page.getByLabel('Language').selectOption('ko');
    await expect(page.locator('[data-exchange-id]').getByRole('heading', { level: 4 }).first()).toHaveText(
      /무슨 뜻인가/,
    );
    await expect(playground.note('status-200')).toContainText(/[가-힣]/);
    const entry = (await (await request.get('/api/status-codes/200')).json()) as { text: { ko: string } };
    await expect(playground.note('status-200')).toContainText(entry.text.ko);
    await expect(page.getByRole('list', { name: '결정 과정(decision trace)' })).toContainText(/[가-힣]/);
  });

  test('the trace and the why note give a worded fact in Korean, and the English one in English', async ({
    playground,
    page,
  }) => {
    await playground.goto();
    await playground.setRequest('DELETE /users/1 HTTP/1.1\nHost: localhost:8081\n\n');
    await playground.send.click();
    await expect(playground.status).toHaveText(/^401 /);
    const trace = page.locator('li[data-decisive]');
    await expect(trace).toContainText('needs a token');
    await page.getByLabel('Language').selectOption('ko');
    // The Korean fact keeps the method and the path, and says the rest in Korean.
    await expect(trace).toContainText('DELETE /users/{id}에는 토큰 필요');
    await expect(trace).not.toContainText('needs a token');
    await expect(playground.note('why-status')).toContainText('토큰 필요');
  });

  test('a header name explains the field, by keyboard, and Escape closes it', async ({
    playground,
    page,
  }) => {
    await sendDefault(playground);
    const name = playground.rawResponse.getByRole('button', { name: 'Content-Type', exact: true });
    const index = Number(await name.getAttribute('data-header-index'));
    await name.focus();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Content-Type');
    await expect(tip).not.toContainText('Looking it up');
    await expect(name).toHaveAttribute('aria-describedby', (await tip.getAttribute('id')) ?? 'missing');
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    // Arrow keys move to the next header name.
    await page.keyboard.press('ArrowDown');
    await expect(playground.rawResponse.locator(`button[data-header-index="${index + 1}"]`)).toBeFocused();
  });

  test('line endings are marked, and the raw text stays exact', async ({ playground, page }) => {
    await sendDefault(playground);
    const marks = playground.rawResponse.locator('[data-mark]');
    expect(await marks.count()).toBeGreaterThan(3);
    await expect(marks.first()).toHaveAttribute('data-mark', '\\r\\n');
    // The marks are drawn by CSS, so the text (and a copy of it) has only the real bytes.
    const text = await playground.rawResponse.textContent();
    expect(text).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(text).not.toContain('\\r');
    await page.getByLabel('Show line endings').uncheck();
    await expect(marks).toHaveCount(0);
  });

  test('a JSON body can be read pretty-printed in a second tab', async ({ playground, page }) => {
    await sendDefault(playground);
    const view = page.getByRole('tablist', { name: 'How to show the response' });
    await view.getByRole('tab', { name: 'Pretty JSON' }).click();
    const pretty = page.getByLabel('Response body, pretty-printed JSON');
    await expect(pretty).toBeVisible();
    expect(await pretty.textContent()).toMatch(/^\{\n {2}"/);
    await view.getByRole('tab', { name: 'Raw' }).click();
    await expect(playground.rawResponse).toBeVisible();
  });

  test('a 405 lists the allowed methods in its notes, and the trace shows the deciding step', async ({
    playground,
    page,
    request,
  }) => {
    const entry = await (await request.get('/api/status-codes/405')).json();
    expect(entry.example, 'the knowledge base has an example for 405').toBeTruthy();
    await playground.goto();
    await playground.setRequest(String(entry.example).replace(/\r\n/g, '\n'));
    await playground.send.click();
    await expect(playground.status).toHaveText(/^405 Method Not Allowed/);
    const allow = /\r\nAllow: ([^\r\n]+)\r\n/i.exec((await playground.rawResponse.textContent()) ?? '')?.[1];
    expect(allow, 'the 405 carries Allow').toBeTruthy();
    const note = playground.note('response-405-allow');
    for (const method of (allow ?? '').split(',').map((m) => m.trim()))
      await expect(note).toContainText(method);
    const decisive = page.locator('li[data-decisive]');
    await expect(decisive).toHaveAttribute('data-decision', 'method-allowed');
    await expect(decisive).toContainText('→ 405');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations in the ${theme} theme`, async ({ playground, page }) => {
      await sendDefault(playground);
      await page.getByLabel('Theme').selectOption(theme);
      await playground.note('status-200').hover();
      const results = await new AxeBuilder({ page }).include('[data-exchange-id]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
});
