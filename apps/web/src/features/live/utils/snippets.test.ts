import { describe, expect, it } from 'vitest';
import { curlSnippet, pythonSnippet } from './snippets.ts';

describe('curlSnippet', () => {
  it('sends the token as a bearer token to the mock API', () => {
    expect(curlSnippet('http://localhost:8081', 'tok123')).toBe(
      "curl -i 'http://localhost:8081/users/1' \\\n  -H 'Authorization: Bearer tok123'",
    );
  });

  it('quotes a token with a single quote safely for the shell', () => {
    expect(curlSnippet('http://h:1', "a'b")).toContain(`-H 'Authorization: Bearer a'\\''b'`);
  });
});

describe('pythonSnippet', () => {
  it('uses requests with the base URL and the bearer token', () => {
    const code = pythonSnippet('http://192.168.0.5:8081', 'tok123');
    expect(code).toContain('import requests');
    expect(code).toContain('BASE = "http://192.168.0.5:8081"');
    expect(code).toContain('HEADERS = {"Authorization": "Bearer tok123"}');
    expect(code).toContain('requests.get(f"{BASE}/users/1", headers=HEADERS)');
  });

  it('escapes quotes in the token', () => {
    expect(pythonSnippet('http://h:1', 'a"b')).toContain('"Bearer a\\"b"');
  });
});
