import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const example = readFileSync(new URL('../../docs/embed-example.html', import.meta.url), 'utf8');

test.describe('embedding', () => {
  test('the documented example page works: a prefilled request and a lesson in iframes', async ({ page, baseURL }) => {
    await page.setContent(example.replaceAll('http://localhost:8080', baseURL ?? ''));

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
