import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseResponse } from '@teapot/http-message';
import { sendRaw } from '../hardening/raw-client.ts';
import { startTestServers } from '../test-servers.ts';
import { targetUrl } from './node-adapter.ts';

let servers: Awaited<ReturnType<typeof startTestServers>>;
beforeAll(async () => {
  servers = await startTestServers();
});
afterAll(() => servers.close());

/** The first response on a fresh connection, parsed. */
async function ask(raw: string) {
  const outcome = await sendRaw(servers.port, raw);
  const response = parseResponse(outcome.raw);
  const names = response.headers.map((h) => h.name);
  const field = (name: string) => response.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;
  return { outcome, status: response.statusLine?.status, names, field, body: response.body };
}

/** Header names as sent (Node keeps their spelling in rawHeaders), without Date. */
function headNames(method: string, path: string): Promise<{ status: number; names: string[]; length: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: servers.port, method, path, agent: false }, (res) => {
      res.resume();
      const names = res.rawHeaders.filter((_, i) => i % 2 === 0 && res.rawHeaders[i] !== 'Date');
      resolve({ status: res.statusCode ?? 0, names, length: res.headers['content-length'] ?? '' });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('request targets (RFC 9112 §3.2)', () => {
  it.each([
    ['/users/1', 'http://localhost/users/1'],
    ['/users?page=2&limit=5', 'http://localhost/users?page=2&limit=5'],
    ['/users/../users/1', 'http://localhost/users/1'],
    ['/users/./1', 'http://localhost/users/1'],
    ['http://localhost:8081/users/1?x=1', 'http://localhost/users/1?x=1'],
    ['/%EA%B9%80', 'http://localhost/%EA%B9%80'],
  ])('%s routes as %s', (target, url) => {
    expect(targetUrl(target)).toEqual({ url });
  });

  it.each(['users/1', 'localhost:8081', '/users\\1', 'ftp://example.com/users'])('%s is refused', (target) => {
    expect(targetUrl(target)).toHaveProperty('refusal');
  });
});

describe('the node:http adapter over a real socket', () => {
  it('serves the absolute form like the origin form', async () => {
    const a = await ask('GET http://localhost:8081/users/1 HTTP/1.1\r\nHost: localhost:8081\r\n\r\n');
    const b = await ask('GET /users/1 HTTP/1.1\r\nHost: localhost:8081\r\n\r\n');
    expect(a.status).toBe(200);
    expect(a.body).toBe(b.body);
  });

  it('answers OPTIONS * for the server as a whole, with 204 and no content', async () => {
    const r = await ask('OPTIONS * HTTP/1.1\r\nHost: localhost:8081\r\n\r\n');
    expect(r.status).toBe(204);
    expect(r.field('Content-Length')).toBeUndefined();
    expect(r.field('Transfer-Encoding')).toBeUndefined();
    expect(r.outcome.connection).toBe('open');
  });

  it('frames a redirect without content by Content-Length: 0, not chunked', async () => {
    const r = await ask('GET /users/ HTTP/1.1\r\nHost: localhost:8081\r\n\r\n');
    expect(r.status).toBe(308);
    expect(r.field('Location')).toBe('/users');
    expect(r.field('Content-Length')).toBe('0');
    expect(r.field('Transfer-Encoding')).toBeUndefined();
  });

  it('answers HEAD with the same header fields, spelled the same, as GET', async () => {
    const get = await headNames('GET', '/users/1');
    const head = await headNames('HEAD', '/users/1');
    expect(head.status).toBe(200);
    expect(head.names).toContain('Content-Type');
    expect(head.names).toEqual(get.names);
    expect(head.length).toBe(get.length);
  });

  it('joins repeated header fields as Fetch does, so two Authorization fields are one bad token', async () => {
    const r = await ask(
      'DELETE /users/1 HTTP/1.1\r\nHost: localhost:8081\r\nAuthorization: Bearer a\r\nAuthorization: Bearer b\r\n\r\n',
    );
    expect(r.status).toBe(401);
    expect(r.field('WWW-Authenticate')).toMatch(/^Bearer realm=/);
  });

  it('answers a client that half-closed after its request, even when the answer takes its time', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port: servers.port });
      let text = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (text += chunk));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
      // The relay's way: one request, then FIN.
      socket.end('GET /delays/0.2 HTTP/1.1\r\nHost: localhost:8081\r\n\r\n');
    });
    const response = parseResponse(raw);
    expect(response.statusLine?.status).toBe(200);
    expect(response.body).toContain('"seconds": 0.2');
    // The connection ends after this answer, and the header says so.
    expect(response.headers.find((h) => h.name === 'Connection')?.value).toBe('close');
  });
});
