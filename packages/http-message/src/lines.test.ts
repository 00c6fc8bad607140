import { describe, expect, it } from 'vitest';
import { isEmptyLine, readLine } from './lines.ts';

describe('readLine', () => {
  it('reads a CRLF line', () => {
    expect(readLine('ab\r\ncd', 0)).toEqual({ start: 0, end: 2, next: 4, ending: '\r\n' });
  });

  it('reads a bare LF line', () => {
    expect(readLine('ab\ncd', 0)).toEqual({ start: 0, end: 2, next: 3, ending: '\n' });
  });

  it('reads from an offset', () => {
    expect(readLine('ab\r\ncd\r\n', 4)).toEqual({ start: 4, end: 6, next: 8, ending: '\r\n' });
  });

  it('returns the unterminated tail', () => {
    expect(readLine('ab\r\ncd', 4)).toEqual({ start: 4, end: 6, next: 6, ending: '' });
  });

  it('treats a final CR as a line ending cut short', () => {
    expect(readLine('ab\r', 0)).toEqual({ start: 0, end: 2, next: 3, ending: '' });
  });

  it('keeps a CR that is not before the LF inside the line', () => {
    expect(readLine('a\rb\n', 0)).toEqual({ start: 0, end: 3, next: 4, ending: '\n' });
  });

  it('knows an empty line', () => {
    expect(isEmptyLine(readLine('\r\nx', 0))).toBe(true);
    expect(isEmptyLine(readLine('x\r\n', 0))).toBe(false);
  });
});
