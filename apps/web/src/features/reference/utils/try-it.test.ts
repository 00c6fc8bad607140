import { describe, expect, it } from 'vitest';
import { needsToken, tryItText } from './try-it.ts';

const GET = 'GET /users/1 HTTP/1.1\r\nHost: localhost:8081\r\n\r\n';
const POST =
  'POST /users HTTP/1.1\r\nHost: localhost:8081\r\nAuthorization: Bearer {{token}}\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n{"name":"Li"}';

describe('tryItText', () => {
  it("turns CRLF into the editor's LF and keeps the request otherwise", () => {
    expect(tryItText(GET)).toBe('GET /users/1 HTTP/1.1\nHost: localhost:8081\n\n');
  });

  it('puts setup requests first, each in its own ### block', () => {
    expect(tryItText(GET, [POST])).toBe(
      'POST /users HTTP/1.1\nHost: localhost:8081\nAuthorization: Bearer {{token}}\nContent-Type: application/json\nContent-Length: 13\n\n{"name":"Li"}\n\n' +
        '###\nGET /users/1 HTTP/1.1\nHost: localhost:8081\n\n',
    );
  });

  it("fills in the learner's token everywhere, or leaves the placeholder", () => {
    expect(tryItText(POST, [POST], 'abc')).not.toContain('{{token}}');
    expect(tryItText(POST, [], 'abc')).toContain('Authorization: Bearer abc\n');
    expect(needsToken(tryItText(POST))).toBe(true);
    expect(needsToken(tryItText(GET))).toBe(false);
  });
});
