import { describe, expect, it } from 'vitest';
import { jsonBytes } from './json-bytes.ts';

describe('jsonBytes', () => {
  it('gives the UTF-8 bytes of JSON.stringify', () => {
    const values = [
      { raw: 'GET /users/1 HTTP/1.1\r\n', status: 200 },
      { name: '김민준', summary: { en: 'Host: the target', ko: 'Host: 대상 URI의 호스트' } },
      { emoji: '🫖 teapot', lone: '\ud800 and \udfff', control: '\u0000\u001f' },
      [],
      'text',
    ];
    for (const value of values)
      expect(jsonBytes(value).equals(Buffer.from(JSON.stringify(value)))).toBe(true);
  });

  it('encodes documents of any size, bigger than its scratch buffer too', () => {
    for (const size of [0, 1, 87_000, 100_000, 1_000_000]) {
      const value = { body: '가'.repeat(size) };
      const bytes = jsonBytes(value);
      expect(bytes.byteLength).toBe(Buffer.byteLength(JSON.stringify(value)));
      expect(JSON.parse(bytes.toString('utf8'))).toEqual(value);
    }
  });

  it('returns bytes of its own, not a view of a shared buffer', () => {
    const first = jsonBytes({ a: '첫째' });
    const copy = Buffer.from(first);
    jsonBytes({ a: '둘째 and much longer text that would overwrite the first' });
    expect(first.equals(copy)).toBe(true);
    expect(first.byteOffset).toBe(0);
    expect(first.buffer.byteLength).toBe(first.byteLength);
  });
});
