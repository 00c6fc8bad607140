import { describe, expect, it } from 'vitest';
import { createPlaygroundApp } from '../app.ts';
import { TraceStore } from '../relay/trace-store.ts';
import { hostName } from './host-guard.ts';

const app = createPlaygroundApp({ traces: new TraceStore(), target: { host: '127.0.0.1', port: 9 }, allowedHosts: ['teapot.lan'] });

describe('host guard', () => {
  it('parses host names with ports and IPv6 literals', () => {
    expect(hostName('LocalHost:8080')).toBe('localhost');
    expect(hostName('[::1]:8080')).toBe('[::1]');
  });

  it('answers to localhost and allowed names, and refuses a rebound foreign name', async () => {
    expect((await app.request('/api/health', { headers: { host: 'localhost:8080' } })).status).toBe(200);
    expect((await app.request('/api/health', { headers: { host: 'teapot.lan:8080' } })).status).toBe(200);
    const evil = await app.request('/api/health', { headers: { host: 'attacker.example:8080' } });
    expect(evil.status).toBe(403);
    expect(((await evil.json()) as { code: string }).code).toBe('host-not-allowed');
  });

  it('refuses cross-site writes to the API but not same-origin ones', async () => {
    const cross = await app.request('/api/exchanges', {
      method: 'POST',
      headers: { host: 'localhost:8080', origin: 'http://attacker.example', 'content-type': 'message/http' },
      body: 'GET / HTTP/1.1\r\n\r\n',
    });
    expect(cross.status).toBe(403);
    const fetchMeta = await app.request('/api/exchanges', {
      method: 'POST',
      headers: { host: 'localhost:8080', 'sec-fetch-site': 'cross-site', 'content-type': 'message/http' },
      body: 'GET / HTTP/1.1\r\n\r\n',
    });
    expect(fetchMeta.status).toBe(403);
  });

  it('serves security headers on every response', async () => {
    const res = await app.request('/api/health', { headers: { host: 'localhost' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
