import { describe, expect, it } from 'vitest';
import { requestSnippet, snippetRequest } from './snippets.ts';

const RAW =
  'POST /users HTTP/1.1\nHost: localhost:8081\nContent-Type: application/json\nAuthorization: Bearer abc\nContent-Length: 14\n\n{"name":"Kim"}';

describe('snippets', () => {
  it('leaves out the headers a client sets itself', () => {
    expect(snippetRequest(RAW).headers.map((h) => h.name)).toEqual(['Content-Type', 'Authorization']);
    expect(snippetRequest(RAW).url).toBe('http://localhost:8081/users');
  });

  it('curl', async () => {
    const code = await requestSnippet(RAW, 'curl');
    expect(code).toContain('curl --request POST');
    expect(code).toContain('--url http://localhost:8081/users');
    expect(code).toContain("--header 'Authorization: Bearer abc'");
    expect(code).toContain(`--data '{"name":"Kim"}'`);
    expect(code).not.toContain('Content-Length');
  });

  it('HTTPie, Python requests and fetch name the method and the URL', async () => {
    expect(await requestSnippet(RAW, 'httpie')).toContain('http POST http://localhost:8081/users');
    expect(await requestSnippet(RAW, 'python')).toMatch(/requests\.post\(url/);
    const fetchCode = await requestSnippet(RAW, 'fetch');
    expect(fetchCode).toContain("method: 'POST'");
    expect(fetchCode).not.toContain('Host');
  });

  it('.http is the request as written', async () => {
    expect(await requestSnippet('GET / HTTP/1.1\nHost: a\n', 'http')).toBe('GET / HTTP/1.1\nHost: a\n');
  });
});
