import { describe, expect, it } from 'vitest';
import { curlToRaw } from './curl-to-raw.ts';

describe('curlToRaw', () => {
  it('a plain GET gets Host and Accept, as curl sends them', () => {
    expect(curlToRaw('curl http://localhost:8081/users/1')).toEqual({
      raw: 'GET /users/1 HTTP/1.1\nHost: localhost:8081\nAccept: */*\n\n',
      warnings: [],
    });
  });

  it('-X and -H, in any order, with quoting', () => {
    const { raw } = curlToRaw(
      `curl -H 'Authorization: Bearer abc' -X DELETE "http://localhost:8081/users/1"`,
    );
    expect(raw).toBe(
      'DELETE /users/1 HTTP/1.1\nHost: localhost:8081\nAccept: */*\nAuthorization: Bearer abc\n\n',
    );
  });

  it('-d makes a form POST with a Content-Length in bytes', () => {
    const { raw } = curlToRaw(`curl -d 'name=김' -d 'age=3' localhost:8081/users`);
    expect(raw).toBe(
      'POST /users HTTP/1.1\nHost: localhost:8081\nAccept: */*\nContent-Type: application/x-www-form-urlencoded\nContent-Length: 14\n\nname=김&age=3',
    );
  });

  it('a declared Content-Type wins over the form default', () => {
    const { raw } = curlToRaw(
      `curl -X POST http://localhost:8081/users -H "Content-Type: application/json" --data-raw '{"name":"Kim"}'`,
    );
    expect(raw).toBe(
      'POST /users HTTP/1.1\nHost: localhost:8081\nAccept: */*\nContent-Type: application/json\nContent-Length: 14\n\n{"name":"Kim"}',
    );
  });

  it('--json sets both JSON headers', () => {
    const { raw } = curlToRaw(`curl --json '{"a":1}' http://h:1/x`);
    expect(raw).toBe(
      'POST /x HTTP/1.1\nHost: h:1\nAccept: application/json\nContent-Type: application/json\nContent-Length: 7\n\n{"a":1}',
    );
  });

  it('-u becomes Basic credentials; -I is HEAD; combined short flags expand', () => {
    expect(curlToRaw('curl -sSI -u kim:pw http://a/').raw).toBe(
      'HEAD / HTTP/1.1\nHost: a\nAccept: */*\nAuthorization: Basic a2ltOnB3\n\n',
    );
    expect(curlToRaw('curl -XPATCH http://a/').raw.startsWith('PATCH / HTTP/1.1')).toBe(true);
  });

  it('-G moves the data into the query', () => {
    expect(curlToRaw('curl -G -d q=1 --data-urlencode "name=a b" http://a/s').raw).toBe(
      'GET /s?q=1&name=a%20b HTTP/1.1\nHost: a\nAccept: */*\n\n',
    );
  });

  it('--long=value, and an empty header value removes a default header', () => {
    expect(curlToRaw('curl --request=PUT -H "Accept:" --header="X-A: 1" http://a/').raw).toBe(
      'PUT / HTTP/1.1\nHost: a\nX-A: 1\n\n',
    );
  });

  it('a pasted multi-line command (backslash continuations) works', () => {
    const { raw } = curlToRaw('curl -i \\\n  -X OPTIONS \\\n  http://localhost:8081/users');
    expect(raw).toBe('OPTIONS /users HTTP/1.1\nHost: localhost:8081\nAccept: */*\n\n');
  });

  it('warns about what it cannot carry over', () => {
    expect(curlToRaw('curl --foo -d @body.json https://a/').warnings).toEqual([
      { key: 'unknown-option', params: { option: '--foo' } },
      { key: 'data-from-file', params: { file: 'body.json' } },
      { key: 'https' },
    ]);
    expect(curlToRaw('wget http://a/').warnings).toEqual([{ key: 'not-curl' }]);
    expect(curlToRaw('curl -s').warnings).toEqual([{ key: 'no-url' }]);
  });

  it('ignores output-only options and their values', () => {
    expect(curlToRaw('curl -o out.json -w "%{http_code}" -L http://a/x').raw).toBe(
      'GET /x HTTP/1.1\nHost: a\nAccept: */*\n\n',
    );
  });
});
