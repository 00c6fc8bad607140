import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';

describe('base64url', () => {
  it('encodes UTF-8 without padding and with the URL-safe alphabet', () => {
    expect(encodeBase64Url('요청')).toBe('7JqU7LKt');
    expect(encodeBase64Url('??>')).toBe('Pz8-');
    expect(encodeBase64Url('a')).toBe('YQ');
  });
  it('round-trips', () => {
    const text = 'POST /users HTTP/1.1\nHost: x\n\n{"name":"김철수"}';
    expect(decodeBase64Url(encodeBase64Url(text))).toBe(text);
  });
  it('refuses input that is not base64url of UTF-8', () => {
    expect(decodeBase64Url('a+b/')).toBeUndefined();
    expect(decodeBase64Url('abcde')).toBeUndefined();
    expect(decodeBase64Url('_w')).toBeUndefined(); // 0xFF is not UTF-8
  });
});
