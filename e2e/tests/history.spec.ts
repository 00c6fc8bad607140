import { MOCK_PORT } from '../playwright.config.ts';
import { expect, test } from './fixtures.ts';
import type { PlaygroundPage } from './fixtures.ts';

const HOST = `127.0.0.1:${MOCK_PORT}`;

async function sendTwo(playground: PlaygroundPage) {
  await playground.setRequest(`GET /users/1 HTTP/1.1\nHost: ${HOST}\n\n`);
  await playground.send.click();
  await expect(playground.status).toHaveText(/^200/);
  await playground.setRequest(`DELETE /users/1 HTTP/1.1\nHost: ${HOST}\n\n`);
  await playground.send.click();
  await expect(playground.status).toHaveText(/^401/);
}

test.describe('the history', () => {
  test('keeps every exchange, filters, and reopens one', async ({ playground }) => {
    const { page } = playground;
    await playground.goto();
    await sendTwo(playground);
    await playground.pane('History').click();
    const list = page.getByRole('list', { name: 'Exchanges, newest first' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await page.getByLabel('Status', { exact: true }).selectOption('2xx');
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await page.getByLabel('Status', { exact: true }).selectOption('all');
    await page.getByPlaceholder('Filter by method, path or status').fill('delete');
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await page.getByPlaceholder('Filter by method, path or status').fill('');

    await list.getByRole('button', { name: /^Reopen GET \/users\/1/ }).click();
    await expect(playground.editor).toContainText('GET /users/1 HTTP/1.1');
    await expect(playground.status).toHaveText(/^200 OK/);
  });

  test('survives a reload', async ({ playground }) => {
    const { page } = playground;
    await playground.goto();
    await sendTwo(playground);
    await page.reload();
    await playground.pane('History').click();
    await expect(
      page.getByRole('list', { name: 'Exchanges, newest first' }).getByRole('listitem'),
    ).toHaveCount(2);
  });

  test('compares two exchanges side by side', async ({ playground }) => {
    const { page } = playground;
    await playground.goto();
    await sendTwo(playground);
    await playground.pane('History').click();
    await page.getByRole('checkbox', { name: /GET \/users\/1/ }).check();
    await page.getByRole('checkbox', { name: /DELETE \/users\/1/ }).check();
    await page.getByRole('button', { name: 'Compare (2/2)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare two exchanges' });
    await expect(dialog).toContainText('HTTP/1.1 200 OK');
    await expect(dialog).toContainText('HTTP/1.1 401 Unauthorized');
    await expect(dialog.getByRole('status')).toContainText(/lines? differs?/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('clears only after confirmation', async ({ playground }) => {
    const { page } = playground;
    await playground.goto();
    await sendTwo(playground);
    await playground.pane('History').click();
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Clear the history?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(
      page.getByRole('list', { name: 'Exchanges, newest first' }).getByRole('listitem'),
    ).toHaveCount(2);
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await dialog.getByRole('button', { name: 'Clear history' }).click();
    await expect(page.getByText('Nothing sent yet.')).toBeVisible();
  });
});
