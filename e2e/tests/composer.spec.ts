import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { MOCK_PORT } from '../playwright.config.ts';
import { expect, test } from './fixtures.ts';

const run = promisify(execFile);
const HOST = `127.0.0.1:${MOCK_PORT}`;

test.describe('the composer', () => {
  test('shows a problem as you type, and a quick fix repairs it', async ({ playground }) => {
    const { page } = playground;
    await playground.goto();
    await playground.setRequest('GET /users/1 HTTP/1.1\nAccept: application/json\n\n');
    await expect(page.locator('.cm-lintRange-error').first()).toBeVisible();
    const problem = playground.problems.locator('[data-problem="missing-host"]');
    await expect(problem).toContainText('Host');
    await problem.getByRole('button', { name: 'Add Host' }).click();
    await expect(playground.editor).toContainText('Host: localhost:8081');
    await expect(playground.problems).toContainText('No problems found');
  });

  test('fixes a wrong Content-Length to the body length in UTF-8 bytes', async ({ playground }) => {
    await playground.goto();
    await playground.setRequest(
      'POST /users HTTP/1.1\nHost: localhost:8081\nContent-Type: application/json\nContent-Length: 3\n\n{"name":"김민지"}',
    );
    await playground.problems.getByRole('button', { name: 'Fix Content-Length' }).first().click();
    await expect(playground.editor).toContainText('Content-Length: 20');
  });

  test('sends from the keyboard: Alt+1 to the editor, then Ctrl+Enter', async ({ playground }) => {
    const { page } = playground;
    await playground.goto();
    await page.getByRole('button', { name: 'Templates' }).focus();
    await page.keyboard.press('Alt+1');
    await expect(playground.editor).toBeFocused();
    await page.keyboard.press('Control+Enter');
    await expect(playground.status).toHaveText(/^200 OK/);
    await expect(page.getByRole('status').filter({ hasText: 'Response: 200 OK' })).toBeAttached();
  });

  test('the structured view and the raw text stay in sync', async ({ playground }) => {
    const { page } = playground;
    await playground.goto();
    await page.getByRole('tab', { name: 'Structured' }).click();
    await page.getByLabel('Method', { exact: true }).fill('HEAD');
    await page.getByRole('button', { name: '+ Add a header' }).click();
    await page.getByLabel('Name of header 3').fill('X-Lesson');
    await page.getByLabel('Value of X-Lesson').fill('one');
    await page.getByRole('button', { name: 'Remove Accept' }).click();
    await page.getByRole('tab', { name: 'Raw' }).click();
    expect(await playground.editorText()).toBe(
      'HEAD /users/1 HTTP/1.1\nHost: localhost:8081\nX-Lesson: one\n\n',
    );
  });

  test('a template loads into the editor', async ({ playground }) => {
    const { page } = playground;
    await playground.goto();
    await page.getByRole('button', { name: 'Templates' }).click();
    const dialog = page.getByRole('dialog', { name: 'Templates' });
    await dialog.getByRole('button', { name: /^OPTIONS/ }).click();
    await expect(dialog).toBeHidden();
    await expect(playground.editor).toContainText('OPTIONS /users HTTP/1.1');
  });

  test('Get a token: a visible POST /tokens, then an Authorization line in the editor', async ({
    playground,
  }) => {
    const { page } = playground;
    await playground.goto();
    await page.getByRole('button', { name: 'Get a token' }).first().click();
    await expect(playground.status).toHaveText(/^201 Created/);
    await expect(playground.editor).toContainText(/Authorization: Bearer \S+/);
    await expect(page.getByTestId('token-state')).toContainText('Your sandbox token');
    await playground.pane('History').click();
    await expect(page.getByRole('list', { name: 'Exchanges, newest first' })).toContainText('/tokens');
  });

  test('an .http file runs all its requests in order, each into the history', async ({ playground }) => {
    const { page } = playground;
    await playground.goto();
    await playground.setRequest(
      `GET /users/1 HTTP/1.1\nHost: ${HOST}\n\n###\nGET /users/2 HTTP/1.1\nHost: ${HOST}\n\n###\nGET /nope HTTP/1.1\nHost: ${HOST}\n`,
    );
    await page.getByRole('button', { name: 'Run all (3)' }).click();
    await expect(playground.status).toHaveText(/^404/);
    await playground.pane('History').click();
    const list = page.getByRole('list', { name: 'Exchanges, newest first' });
    await expect(list.getByRole('listitem')).toHaveCount(3);
    await expect(list.getByRole('listitem').first()).toContainText('/nope');
  });

  test('imports a curl command', async ({ playground }) => {
    const { page } = playground;
    await playground.goto();
    await page.getByRole('button', { name: 'Import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog
      .getByRole('textbox', { name: 'curl command' })
      .fill(`curl -X DELETE http://${HOST}/users/3 -H 'Accept: application/json'`);
    await expect(dialog.getByTestId('import-preview')).toContainText('DELETE /users/3 HTTP/1.1');
    await dialog.getByRole('button', { name: 'Put in the editor' }).click();
    await expect(playground.editor).toContainText('DELETE /users/3 HTTP/1.1');
    await expect(page.getByTestId('draft-notice')).toContainText('Imported into the editor.');
  });

  test('exports to curl, and the exported command gets the same status from the mock API', async ({
    playground,
  }) => {
    const { page } = playground;
    await playground.goto();
    await playground.setRequest(`GET /users/2 HTTP/1.1\nHost: ${HOST}\nAccept: application/json\n\n`);
    await playground.send.click();
    await expect(playground.status).toHaveText(/^200 OK/);
    await page.getByRole('button', { name: 'Export' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const output = dialog.getByTestId('export-output');
    await expect(output).toContainText('curl --request GET');
    const command = await output.innerText();
    const { stdout } = await run('bash', [
      '-c',
      `${command.trim()} --silent --output /dev/null --write-out '%{http_code}'`,
    ]);
    expect(stdout.trim()).toBe('200');
  });
});
