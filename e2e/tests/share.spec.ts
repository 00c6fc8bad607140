import { expect, test } from './fixtures.ts';
import { PlaygroundPage } from './fixtures.ts';

const REQUEST = 'DELETE /users/4 HTTP/1.1\nHost: localhost:8081\nAuthorization: Bearer my-secret-token\n\n';

test.describe('share links', () => {
  test('open the same request in a new browser, without the token', async ({
    playground,
    browser,
    baseURL,
  }) => {
    const { page } = playground;
    await playground.goto();
    await playground.setRequest(REQUEST);
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this request' });
    await expect(dialog).toContainText('Your token is not in the link');
    const link = await dialog.getByTestId('share-link').inputValue();
    expect(link).not.toContain('my-secret-token');

    const other = await browser.newContext({ baseURL });
    const fresh = new PlaygroundPage(await other.newPage());
    await fresh.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(fresh.editor).toContainText('DELETE /users/4 HTTP/1.1');
    await expect(fresh.editor).toContainText('Authorization: Bearer {{token}}');
    await expect(fresh.page.getByRole('status').filter({ hasText: '{{token}} placeholder' })).toBeVisible();
    await expect(fresh.page).not.toHaveURL(/#req=/);
    await other.close();
  });

  test("keep the learner's own draft and offer it back", async ({ playground }) => {
    const { page } = playground;
    await playground.goto();
    await playground.setRequest('GET /users/7 HTTP/1.1\nHost: localhost:8081\n\n');
    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    await page.keyboard.press('Escape');
    await playground.setRequest('GET /leagues HTTP/1.1\nHost: localhost:8081\n\n');
    await page.waitForTimeout(400); // the draft is saved 250 ms after typing stops
    await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(playground.editor).toContainText('GET /users/7 HTTP/1.1');
    const notice = page.getByTestId('draft-notice');
    await expect(notice).toContainText('Your previous draft was kept.');
    await notice.getByRole('button', { name: 'Restore my draft' }).click();
    await expect(playground.editor).toContainText('GET /leagues HTTP/1.1');
  });
});
