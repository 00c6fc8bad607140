import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { MOCK_PORT } from '../playwright.config.ts';
import { expect, test } from './fixtures.ts';

/** The lesson screen: its own editor and response (the playground's stay hidden). */
class LessonScreen {
  readonly main: Locator;
  readonly editor: Locator;
  readonly send: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.editor = this.main.getByTestId('request-editor');
    this.send = this.main.getByRole('button', { name: /^(Send|보내기)$/ });
    this.status = this.main.getByTestId('response-status');
  }

  async open(path: string) {
    await this.page.addInitScript(() => {
      if (!sessionStorage.getItem('teapot.e2e')) {
        localStorage.clear();
        localStorage.setItem('teapot.lang', 'en');
        sessionStorage.setItem('teapot.e2e', '1');
      }
    });
    await this.page.goto(path);
  }

  goal(id: string): Locator {
    return this.main.locator(`[data-goal-id="${id}"]`);
  }

  async setRequest(text: string) {
    await this.editor.click();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(text);
  }
}

test.describe('lessons', () => {
  test('a learner completes a whole lesson by typing and sending, and sees each goal checked', async ({
    page,
  }) => {
    const lesson = new LessonScreen(page);
    await lesson.open('/lessons/http-message');
    await expect(
      page.getByRole('heading', { level: 1, name: 'What an HTTP message is made of' }),
    ).toBeVisible();
    await expect(lesson.editor).toContainText('GET /users/1 HTTP/1.1');
    await expect(lesson.goal('read-a-document')).toHaveAttribute('data-met', 'false');

    await lesson.send.click();
    await expect(lesson.status).toHaveText(/^200 OK/);
    await expect(lesson.goal('read-a-document')).toHaveAttribute('data-met', 'true');
    await expect(lesson.goal('read-a-document')).toContainText('Met');
    await expect(lesson.main.getByRole('heading', { name: /Goals/ })).toContainText('1 of 3 goals met');

    await lesson.editor.click();
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(lesson.goal('stateless')).toHaveAttribute('data-met', 'true');

    await lesson.setRequest('GET /users HTTP/1.1\nHost: localhost:8081\nAccept: application/json\n\n');
    await lesson.send.click();
    await expect(lesson.status).toHaveText(/^200 OK/);
    await expect(lesson.goal('read-the-collection')).toHaveAttribute('data-met', 'true');
    await expect(lesson.main.getByRole('heading', { name: /Goals/ })).toContainText('3 of 3 goals met');

    await lesson.main.getByRole('link', { name: 'Course' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Lessons/ })).toBeVisible();
    await expect(page.locator('[data-lesson-id="http-message"]')).toHaveAttribute('data-state', 'done');
    await expect(page.getByText('1 of 19 lessons done')).toBeVisible();

    await page.reload();
    await expect(page.locator('[data-lesson-id="http-message"]')).toHaveAttribute('data-state', 'done');
    await page.getByRole('button', { name: 'Reset progress' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(page.locator('[data-lesson-id="http-message"]')).toHaveAttribute('data-state', 'new');
  });

  test('creates a user, then types a GET for its Location and completes the lesson', async ({ page }) => {
    const lesson = new LessonScreen(page);
    await lesson.open('/lessons/post-create');
    const token =
      (await lesson.main
        .getByRole('region', { name: 'Your sandbox' })
        .locator('code')
        .first()
        .textContent()) ?? '';
    await lesson.send.click();
    await expect(lesson.status).toHaveText(/^201 Created/);
    await expect(lesson.goal('created-with-location')).toHaveAttribute('data-met', 'true');
    const raw = (await lesson.main.getByTestId('raw-response').textContent()) ?? '';
    const location = /Location: (\/users\/\d+)/i.exec(raw)?.[1] ?? '';
    expect(location).toMatch(/^\/users\/\d+$/);

    await lesson.setRequest(
      `GET ${location} HTTP/1.1\nHost: localhost:8081\nAuthorization: Bearer ${token}\nAccept: application/json\n\n`,
    );
    await lesson.send.click();
    await expect(lesson.status).toHaveText(/^200 OK/);
    await expect(lesson.goal('follow-location')).toHaveAttribute('data-met', 'true');
    await expect(lesson.main.getByRole('heading', { name: /Goals/ })).toContainText('2 of 2 goals met');
  });

  test('counts requests from outside the playground (Python requests) toward the goals', async ({ page }) => {
    const lesson = new LessonScreen(page);
    await lesson.open('/lessons/python-requests');
    const token =
      (await lesson.main
        .getByRole('region', { name: 'Your sandbox' })
        .locator('code')
        .first()
        .textContent()) ?? '';
    expect(token.length).toBeGreaterThan(8);
    await expect(lesson.goal('python-get')).toHaveAttribute('data-met', 'false');
    // What `requests.get(url, headers=...)` sends, straight to the mock API's own port.
    await expect(async () => {
      const res = await fetch(`http://127.0.0.1:${MOCK_PORT}/users/1`, {
        headers: {
          'User-Agent': 'python-requests/2.32.3',
          Accept: 'application/json',
          Authorization: `Bearer ${token}`,
        },
      });
      expect(res.status).toBe(200);
      await expect(lesson.goal('python-get')).toHaveAttribute('data-met', 'true', { timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
  });

  test('gets the learner a sandbox through a visible POST /tokens exchange', async ({ page }) => {
    const lesson = new LessonScreen(page);
    await lesson.open('/lessons/post-create');
    const sandbox = lesson.main.getByRole('region', { name: 'Your sandbox' });
    await expect(sandbox.getByText(/sandbox of your own/)).toBeVisible();
    await sandbox.getByText(/The exchange that got it/).click();
    await expect(sandbox).toContainText('POST /tokens HTTP/1.1');
    await expect(sandbox).toContainText('HTTP/1.1 201 Created');
    const token = (await sandbox.locator('code').first().textContent()) ?? '';
    expect(token.length).toBeGreaterThan(8);
    await expect(lesson.editor).toContainText(`Authorization: Bearer ${token}`);
  });

  test('unlocks hints one by one and reveals the spot-the-bug answer', async ({ page }) => {
    const lesson = new LessonScreen(page);
    await lesson.open('/lessons/method-properties');
    const hints = lesson.main.getByRole('region', { name: 'Hints' });
    await expect(hints.getByRole('listitem')).toHaveCount(0);
    await hints.getByRole('button', { name: 'Show hint 1 of 3' }).click();
    await expect(hints.getByRole('listitem')).toHaveCount(1);
    await hints.getByRole('button', { name: 'Show hint 2 of 3' }).click();
    await expect(hints.getByRole('listitem')).toHaveCount(2);

    const bug = lesson.main.getByRole('region', { name: 'Spot the bug' });
    await expect(bug.getByLabel('The response with the bug')).toContainText(
      'HTTP/1.1 405 Method Not Allowed',
    );
    await bug.getByRole('button', { name: 'Show the answer' }).click();
    await expect(bug.getByRole('status')).toContainText('Allow');

    await page.reload();
    await expect(hints.getByRole('listitem')).toHaveCount(2);
  });

  test('hands students a link and a QR code', async ({ page }) => {
    const lesson = new LessonScreen(page);
    await lesson.open('/lessons/delete');
    await lesson.main.getByRole('button', { name: 'Share with students' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Link')).toHaveValue(/\/lessons\/delete$/);
    await expect(dialog.getByRole('img', { name: /QR code for .*\/lessons\/delete/ })).toBeVisible();
    await expect(dialog).toContainText('HOST=0.0.0.0');
  });

  test('reads in Korean, and passes axe in light and dark', async ({ page }) => {
    const lesson = new LessonScreen(page);
    await lesson.open('/lessons/content-negotiation');
    await expect(lesson.editor).toBeVisible();
    await page.getByLabel('Language').selectOption('ko');
    await expect(page.getByRole('heading', { level: 1, name: '콘텐츠 협상: 406과 415' })).toBeVisible();
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => document.documentElement.classList.toggle('dark', t === 'dark'), theme);
      // The editor's own colours belong to the composer and are checked by its a11y spec.
      const results = await new AxeBuilder({ page }).exclude('.cm-content').analyze();
      expect(results.violations.map((v) => `${theme}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  });

  test('an unknown lesson says so and links back to the course', async ({ page }) => {
    const lesson = new LessonScreen(page);
    await lesson.open('/lessons/no-such-lesson');
    await expect(page.getByRole('heading', { name: 'No such lesson' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the course' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Lessons/ })).toBeVisible();
  });
});
