import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

async function noViolations(page: Page) {
  // Every rule, best practices included (landmarks, one h1, focusable scroll areas).
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${theme} theme`, () => {
    test('the playground with an exchange, the history and the dialogs pass axe', async ({ playground }) => {
      test.setTimeout(120_000);
      const { page } = playground;
      await playground.goto();
      await page.getByLabel('Theme').selectOption(theme);
      await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
      await playground.setRequest('GET /users/1 HTTP/1.1\nAccept: application/json\n\n');
      await expect(playground.problems).toContainText('Host');
      await noViolations(page);
      await playground.problems.getByRole('button', { name: 'Add Host' }).click();
      await playground.send.click();
      await expect(playground.status).toHaveText(/^200/);
      await noViolations(page);
      await playground.pane('History').click();
      await noViolations(page);
      await page.getByRole('tab', { name: 'Structured' }).click();
      await noViolations(page);
      await page.getByRole('button', { name: 'Templates' }).click();
      await expect(page.getByRole('dialog', { name: 'Templates' })).toContainText('404');
      await noViolations(page);
    });
  });
}

test.describe('keyboard', () => {
  test('? opens the shortcut sheet, Escape closes it and focus comes back', async ({ playground }) => {
    const { page } = playground;
    await playground.goto();
    const button = page.getByRole('button', { name: /Shortcuts/ });
    await button.focus();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('Send the request');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('Alt+3 goes to the history filter, Alt+2 back to the response', async ({ playground }) => {
    const { page } = playground;
    await playground.goto();
    await page.keyboard.press('Alt+3');
    await expect(page.getByPlaceholder('Filter by method, path or status')).toBeFocused();
    await page.keyboard.press('Alt+2');
    await expect(playground.pane('Response')).toHaveAttribute('aria-selected', 'true');
  });

  test('presenter mode from the URL and from the toggle', async ({ playground }) => {
    const { page } = playground;
    await playground.goto('/?present=1');
    await expect(page.locator('html')).toHaveClass(/presenter/);
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await expect(page.locator('html')).not.toHaveClass(/presenter/);
  });

  test('works at 640 pixels wide', async ({ playground }) => {
    const { page } = playground;
    await page.setViewportSize({ width: 640, height: 900 });
    await playground.goto();
    await playground.send.click();
    await expect(playground.status).toHaveText(/^200/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
