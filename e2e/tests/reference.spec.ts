import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

interface StatusCodeDoc {
  code: number;
  reason: string;
  summary: { en: string; ko: string };
  example?: string;
}

async function open(page: Page, path: string, lang: 'en' | 'ko' = 'en'): Promise<void> {
  await page.addInitScript((l) => {
    if (!sessionStorage.getItem('teapot.e2e')) {
      localStorage.clear();
      localStorage.setItem('teapot.lang', l);
      sessionStorage.setItem('teapot.e2e', '1');
    }
  }, lang);
  await page.goto(path);
}

test.describe('the HTTP reference', () => {
  test('browses status codes, methods and headers', async ({ page }) => {
    await open(page, '/reference');
    const nav = page.getByRole('navigation', { name: 'Kinds of entries' });
    await expect(page.getByRole('link', { name: /^404 Not Found/ })).toBeVisible();
    await nav.getByRole('link', { name: /^Methods/ }).click();
    await expect(page).toHaveURL(/\/reference\/methods$/);
    await page.getByRole('link', { name: /^GET\b/ }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'GET' })).toBeVisible();
    await expect(page.getByText('Safe', { exact: true }).first()).toBeVisible();
    await nav.getByRole('link', { name: /^Headers/ }).click();
    await page.getByRole('link', { name: /^Allow\b/ }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Allow' })).toBeVisible();
    // The status codes that need Allow link back to their pages.
    await page.getByRole('link', { name: /405 Method Not Allowed/ }).click();
    await expect(page).toHaveURL(/\/reference\/status-codes\/405$/);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 3, name: 'Allow' })).toBeVisible();
  });

  test('searches in Korean and opens the match', async ({ page, request }) => {
    const codes: StatusCodeDoc[] = await (await request.get('/api/status-codes')).json();
    const notFound = codes.find((c) => c.code === 404);
    expect(notFound).toBeTruthy();
    // A Korean word from the 404 summary, as a learner might type it.
    const word =
      notFound?.summary.ko
        .split(/\s+/)
        .find((w) => /^[가-힣]{2,}/.test(w))
        ?.replace(/[^가-힣]+$/, '') ?? '';
    expect(word.length).toBeGreaterThan(1);

    await open(page, '/reference', 'ko');
    await page.getByLabel('레퍼런스 검색').fill(word);
    await expect(page.getByRole('status').filter({ hasText: '개 찾음' })).toBeAttached();
    const link = page.getByRole('link', { name: /^404 Not Found/ });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.getByRole('heading', { level: 3, name: '404 Not Found' })).toBeVisible();
    await expect(page.getByText(notFound?.summary.ko ?? '')).toBeVisible();
    await expect(page.getByRole('link', { name: /RFC 9110 §15\.5\.5/ })).toHaveAttribute(
      'href',
      'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5',
    );
  });

  test('finds entries by code and by header name, and says when nothing matches', async ({ page }) => {
    await open(page, '/reference');
    const search = page.getByLabel('Search the reference');
    await search.fill('415');
    await expect(page.getByRole('link', { name: /^415 / }).first()).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Kinds of entries' })
      .getByRole('link', { name: /^Headers/ })
      .click();
    await search.fill('www-authenticate');
    await expect(page.getByRole('link', { name: /^WWW-Authenticate/ })).toBeVisible();
    await search.fill('zzqx no such thing');
    await expect(page.getByText(/Nothing matches/)).toBeVisible();
  });

  test('Try it loads the example request into the editor', async ({ playground, page, request }) => {
    const entry: StatusCodeDoc = await (await request.get('/api/status-codes/405')).json();
    const firstLine = String(entry.example).split('\r\n')[0] ?? '';
    await open(page, '/reference/status-codes/405');
    await page.getByRole('button', { name: 'Try it' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(playground.editor).toContainText(firstLine);
    await playground.send.click();
    await expect(playground.status).toHaveText(/^405 /);
  });

  test('a design note links to the rule it applies, and the rule links to its status code', async ({
    playground,
    page,
    request,
  }) => {
    const rule = (await (await request.get('/api/rules/uri-lowercase')).json()) as {
      summary: { en: string };
      spec: { url: string };
    };
    await playground.goto();
    await playground.setRequest('GET /Users/1 HTTP/1.1\nHost: localhost:8081\n\n');
    await playground.send.click();
    await expect(playground.status).toHaveText(/^\d{3} /);
    // Opened from the keyboard, the note shows its rule's one-line summary as a link.
    const note = playground.note('design-uri-uppercase');
    await note.getByRole('button').first().focus();
    await page.keyboard.press('Enter');
    const link = note.getByRole('link', { name: `Design rule: ${rule.summary.en}` });
    await expect(link).toHaveAttribute('href', '/reference/rules/uri-lowercase');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/reference\/rules\/uri-lowercase$/);
    await expect(page.getByRole('heading', { level: 3, name: 'uri-lowercase' })).toBeVisible();
    await expect(page.getByText(rule.summary.en)).toBeVisible();
    await expect(page.getByRole('link', { name: /^Read RFC 3986/ })).toHaveAttribute('href', rule.spec.url);
    // The playground kept the exchange while the learner read the rule.
    await page.goBack();
    await expect(playground.status).toHaveText(/^\d{3} /);

    // The list groups the rules by topic; a status code's rules link both ways.
    await page.goto('/reference/rules');
    await expect(page.getByRole('heading', { level: 3, name: 'URI design' })).toBeVisible();
    await page.getByRole('link', { name: /^status-405-allow\b/ }).click();
    await expect(page.getByText('MUST', { exact: true }).first()).toBeVisible();
    await page.getByRole('link', { name: /405 Method Not Allowed/ }).click();
    await expect(page).toHaveURL(/\/reference\/status-codes\/405$/);
    await expect(page.getByRole('heading', { level: 4, name: 'Design rules about it' })).toBeVisible();
    const allow = (await (await request.get('/api/rules/status-405-allow')).json()) as { summary: { en: string } };
    await expect(page.getByRole('link', { name: allow.summary.en })).toHaveAttribute(
      'href',
      '/reference/rules/status-405-allow',
    );
  });

  test('searches the design rules in Korean', async ({ page }) => {
    await open(page, '/reference/rules', 'ko');
    await expect(page.getByRole('heading', { level: 3, name: 'URI 설계' })).toBeVisible();
    await page.getByLabel('레퍼런스 검색').fill('밑줄');
    await expect(page.getByRole('link', { name: /^uri-hyphens-not-underscores/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /^uri-lowercase/ })).toHaveCount(0);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations in the ${theme} theme`, async ({ page }) => {
      await open(page, '/reference/status-codes/401');
      await page.getByLabel('Theme').selectOption(theme);
      await expect(page.getByRole('heading', { level: 3, name: /^401/ })).toBeVisible();
      const detail = await new AxeBuilder({ page }).analyze();
      expect(detail.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      await page.getByRole('link', { name: /Back to the list/ }).click();
      await expect(page.getByRole('link', { name: /^200 OK/ })).toBeVisible();
      const list = await new AxeBuilder({ page }).analyze();
      expect(list.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      await page.goto('/reference/rules/uri-no-trailing-slash');
      await expect(page.getByRole('heading', { level: 3, name: 'uri-no-trailing-slash' })).toBeVisible();
      const rule = await new AxeBuilder({ page }).analyze();
      expect(rule.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
});
