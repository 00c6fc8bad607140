import { describe, expect, it } from 'vitest';
import { createPlaygroundApp } from '../app.ts';
import { TraceStore } from '../relay/trace-store.ts';
import { negotiateLanguage } from './cached-json.ts';

const app = createPlaygroundApp({ traces: new TraceStore(), target: { host: '127.0.0.1', port: 9 } });
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers: { host: 'localhost', ...headers } });

describe('knowledge base resources', () => {
  it('lists every registered status code; producible ones carry an example request', async () => {
    const res = await get('/api/status-codes');
    expect(res.status).toBe(200);
    const list = (await res.json()) as { code: number; example?: string; producible: boolean }[];
    expect(list.length).toBeGreaterThanOrEqual(60);
    const c405 = list.find((e) => e.code === 405)!;
    expect(c405.producible).toBe(true);
    expect(c405.example).toMatch(/^[A-Z]+ \/\S* HTTP\/1\.1\r\n/);
    expect(list.find((e) => e.code === 418)!.producible).toBe(false);
  });

  it('negotiates the language, says so, and varies on it', async () => {
    const ko = await get('/api/status-codes/404', { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.8' });
    expect(ko.headers.get('content-language')).toBe('ko');
    expect(ko.headers.get('vary')).toContain('Accept-Language');
    expect(((await ko.json()) as { title: string }).title).toMatch(/[가-힣]/);
    const en = await get('/api/status-codes/404');
    expect(en.headers.get('content-language')).toBe('en');
    expect(en.headers.get('etag')).not.toBe(ko.headers.get('etag'));
    expect(negotiateLanguage('fr, ko;q=0.5, en;q=0.4')).toBe('ko');
    expect(negotiateLanguage('de')).toBe('en');
  });

  it('answers a conditional GET with 304 and no body', async () => {
    const first = await get('/api/methods');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f-]+"$/);
    expect(first.headers.get('cache-control')).toContain('max-age');
    const again = await get('/api/methods', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('serves one method, one header (any case) and 404s as problem details', async () => {
    expect(((await (await get('/api/methods/PATCH')).json()) as { name: string }).name).toBe('PATCH');
    expect(((await (await get('/api/headers/www-authenticate')).json()) as { name: string }).name).toBe('WWW-Authenticate');
    const missing = await get('/api/headers/x-not-a-thing');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect((await get('/api/status-codes/abc')).status).toBe(404);
  });

  it('lists the design rules and serves one by id, each with its RFC section', async () => {
    const list = (await (await get('/api/rules')).json()) as { id: string; spec: { url: string }; source: string }[];
    // The rules the linter's notes link to are among them.
    for (const id of ['uri-lowercase', 'status-405-allow', 'host-required', 'vary-on-negotiation'])
      expect(list.map((r) => r.id)).toContain(id);
    expect(list.every((r) => /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#(section|appendix)-/.test(r.spec.url))).toBe(true);
    const one = await get('/api/rules/status-405-allow', { 'accept-language': 'ko' });
    const rule = (await one.json()) as { id: string; level: string; title: string; spec: { url: string } };
    expect(rule.id).toBe('status-405-allow');
    expect(rule.level).toBe('must');
    expect(rule.spec.url).toBe('https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6');
    expect(rule.title).toMatch(/[가-힣]/);
    const missing = await get('/api/rules/no-such-rule');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
  });
});
