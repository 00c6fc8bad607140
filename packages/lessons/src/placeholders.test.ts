import { describe, expect, it } from 'vitest';
import { captureValues, fillPlaceholders } from './placeholders.ts';
import { exchangeOf } from './test-exchange.ts';

describe('fillPlaceholders', () => {
  it('fills the values it has and leaves the rest as written', () => {
    const raw =
      'PUT {{location}} HTTP/1.1\nIf-Match: {{etag}}\nAuthorization: Bearer {{token}}\nX: {{other}}\n';
    expect(fillPlaceholders(raw, { token: 'abc', location: '/users/3' })).toBe(
      'PUT /users/3 HTTP/1.1\nIf-Match: {{etag}}\nAuthorization: Bearer abc\nX: {{other}}\n',
    );
  });
});

describe('captureValues', () => {
  it('takes Location, ETag and a token from a response', () => {
    const tokens = exchangeOf({
      method: 'POST',
      target: '/tokens',
      status: 201,
      responseHeaders: { Location: 'http://localhost:8081/tokens/x1', ETag: '"v1"' },
      content: '{"token":"secret-1"}',
    });
    expect(captureValues(tokens, { token: 'mine' })).toEqual({
      token: 'mine',
      location: '/tokens/x1',
      etag: '"v1"',
      newToken: 'secret-1',
    });
  });

  it('keeps earlier values when a response has none', () => {
    const plain = exchangeOf({ method: 'GET', target: '/users', status: 200, content: '[1,2]' });
    expect(captureValues(plain, { etag: '"v2"' })).toEqual({ etag: '"v2"' });
  });
});
