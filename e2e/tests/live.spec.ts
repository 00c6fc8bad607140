import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const run = promisify(execFile);
const MOCK = `http://127.0.0.1:${process.env.E2E_MOCK_PORT ?? 18081}`;

/** Sends a request with Python `requests`, as a learner would from a terminal. */
const PYTHON = `
import sys, requests
base, token = sys.argv[1], sys.argv[2]
r = requests.get(base + "/users/1", headers={"Authorization": "Bearer " + token}, timeout=10)
print(r.status_code)
`;

async function newToken(): Promise<string> {
  const res = await fetch(`${MOCK}/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

async function openLive(page: Page, token: string): Promise<void> {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('teapot.e2e')) {
      localStorage.clear();
      localStorage.setItem('teapot.lang', 'en');
      sessionStorage.setItem('teapot.e2e', '1');
    }
  });
  await page.goto('/live');
  await page.getByLabel('Your token').fill(token);
  await expect(page.getByRole('status').filter({ hasText: /^Connected/ })).toBeVisible();
}

test.describe('live traffic', () => {
  test('shows a request sent with Python requests, annotated', async ({ page }) => {
    const token = await newToken();
    await openLive(page, token);
    await expect(page.getByText(/^Nothing yet/)).toBeVisible();

    const { stdout } = await run('python3', ['-c', PYTHON, MOCK, token]);
    expect(stdout.trim()).toBe('200');

    const row = page.getByRole('button', { name: /GET \/users\/1\s+200 OK/ });
    await expect(row).toBeVisible();
    await expect(row).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('response-status')).toHaveText(/^200 OK/);
    await expect(page.locator('[data-note-id="status-200"]')).toBeVisible();
    await expect(page.getByTestId('raw-request')).toContainText(/User-Agent: python-requests\//);
    await expect(page.getByRole('heading', { name: /^Received \(1\)/ })).toBeVisible();
  });

  test('shows only the traffic of its own token, newest first', async ({ page }) => {
    const mine = await newToken();
    const theirs = await newToken();
    await openLive(page, mine);
    await fetch(`${MOCK}/users/2`, { headers: { Authorization: `Bearer ${theirs}` } });
    await fetch(`${MOCK}/users/1`, { headers: { Authorization: `Bearer ${mine}` } });
    await fetch(`${MOCK}/users/999999`, { headers: { Authorization: `Bearer ${mine}` } });
    const rows = page.locator('li[data-live-id] > button');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('GET /users/999999');
    await expect(rows.nth(0)).toContainText('404');
    await expect(rows.nth(1)).toContainText('GET /users/1');
  });

  test('offers curl and Python starters with the learner token', async ({ page }) => {
    const token = await newToken();
    await openLive(page, token);
    const python = page.getByRole('figure', { name: /Python/ });
    await expect(python).toContainText(`"Authorization": "Bearer ${token}"`);
    await expect(page.getByRole('figure', { name: /curl/ })).toContainText(`Authorization: Bearer ${token}`);
    await expect(python.getByRole('button', { name: 'Copy the Python (requests) example' })).toBeEnabled();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
});
