import { expect, test } from './fixtures.ts';

test.describe('the playground', () => {
  test('sends the default request and shows the raw 200 with its annotation', async ({ playground }) => {
    await playground.goto();
    await expect(playground.editor).toContainText('GET /users/1 HTTP/1.1');
    await playground.send.click();
    await expect(playground.status).toHaveText(/^200 OK/);
    await expect(playground.rawResponse).toContainText('HTTP/1.1 200 OK');
    await expect(playground.rawResponse).toContainText(/Date: .+ GMT/);
    await expect(playground.rawResponse).toContainText(/Content-Length: \d+/i);
    await expect(playground.note('status-200')).toBeVisible();
    await expect(playground.note('method-get')).toBeVisible();
  });

  test('sends with Ctrl+Enter from the editor', async ({ playground }) => {
    await playground.goto();
    await playground.editor.click();
    await playground.page.keyboard.press('Control+Enter');
    await expect(playground.status).toHaveText(/^200 OK/);
  });

  test('a slow answer shows how long it has waited, then the response', async ({ playground }) => {
    await playground.goto();
    await playground.setRequest('GET /delays/2.5 HTTP/1.1\nHost: localhost:8081\n\n');
    await playground.send.click();
    await expect(playground.page.getByTestId('waiting')).toContainText(/Waiting for the server… [12] s/);
    // Not the empty state's "Press Send" while something is on its way.
    await expect(playground.page.getByText('Press Send to see the raw response')).toHaveCount(0);
    await expect(playground.status).toHaveText(/^200 OK/, { timeout: 10_000 });
    await expect(playground.page.getByTestId('waiting')).toHaveCount(0);
    await expect(playground.rawResponse).toContainText('"seconds": 2.5');
  });

  test('a header line without a colon shows Node\'s 400 and a note on the bad line', async ({ playground }) => {
    await playground.goto();
    await playground.setRequest('GET /users/1 HTTP/1.1\nHost: localhost:8081\nAccept application/json\n\n');
    await playground.send.click();
    await expect(playground.status).toHaveText(/^400 Bad Request/);
    const note = playground.note('syntax-header-missing-colon');
    await expect(note).toBeVisible();
    await note.focus();
    await expect(playground.page.getByTestId('raw-request').locator('[data-highlighted]')).toHaveText(
      'Accept application/json',
    );
  });

  test('switches to Korean and explains the status in Korean', async ({ playground }) => {
    await playground.goto();
    await playground.page.getByLabel('Language').selectOption('ko');
    await expect(playground.send).toHaveText('보내기');
    await playground.send.click();
    await expect(playground.note('status-200')).toContainText(/[가-힣]/);
  });

  test('a playground that cannot be reached shows a readable message and keeps the request', async ({
    playground,
  }) => {
    await playground.goto();
    await playground.page.route('**/api/exchanges', (route) => route.abort('connectionrefused'));
    await playground.send.click();
    await expect(playground.page.getByRole('alert')).toContainText('did not answer');
    await expect(playground.editor).toContainText('GET /users/1 HTTP/1.1');
  });
});
