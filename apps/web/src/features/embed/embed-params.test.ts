import { describe, expect, it } from 'vitest';
import { MAX_ENCODED, embedUrl, fullPageUrl, readEmbed, readLook } from './embed-params.ts';

const request = 'GET /users/1 HTTP/1.1\nHost: localhost:8081\nAccept: application/json\n\n';

describe('embed URLs', () => {
  it('round-trips a request through base64url', () => {
    const url = embedUrl('http://127.0.0.1:8080', { request });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:8080\/embed\?request=[A-Za-z0-9_-]+$/);
    expect(readEmbed(new URL(url))).toEqual({ kind: 'request', request });
  });

  it('reads a lesson, which wins over a request', () => {
    expect(readEmbed(new URL('http://a/embed?lesson=delete&request=R0VU'))).toEqual({
      kind: 'lesson',
      lessonId: 'delete',
    });
    expect(embedUrl('http://a', { lesson: 'delete' })).toBe('http://a/embed?lesson=delete');
  });

  it('says what is wrong instead of guessing', () => {
    expect(readEmbed(new URL('http://a/embed'))).toEqual({ kind: 'invalid', reason: 'missing' });
    expect(readEmbed(new URL('http://a/embed?request=%%%'))).toEqual({
      kind: 'invalid',
      reason: 'bad-request',
    });
    expect(readEmbed(new URL('http://a/embed?request='))).toEqual({ kind: 'invalid', reason: 'bad-request' });
    expect(readEmbed(new URL(`http://a/embed?request=${'A'.repeat(MAX_ENCODED + 4)}`))).toEqual({
      kind: 'invalid',
      reason: 'bad-request',
    });
  });

  it('links to the full page for the same content', () => {
    expect(fullPageUrl({ kind: 'lesson', lessonId: 'delete' })).toBe('/lessons/delete');
    expect(fullPageUrl({ kind: 'request', request: 'GET / HTTP/1.1\n\n' })).toBe(
      '/#req=R0VUIC8gSFRUUC8xLjEKCg',
    );
  });

  it('reads the language and theme a tutorial asks for, and ignores anything else', () => {
    expect(readLook(new URL('http://a/embed?lesson=x&lang=ko&theme=dark'))).toEqual({
      lang: 'ko',
      theme: 'dark',
    });
    expect(readLook(new URL('http://a/embed?lesson=x&lang=fr&theme=neon'))).toEqual({});
  });
});
