import { describe, expect, it } from 'vitest';
import { decodeChunked, scanChunked } from './chunked.ts';
import { ProblemList } from './problem-list.ts';

describe('decodeChunked', () => {
  it('joins the chunk data', () => {
    expect(decodeChunked('4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n')).toEqual({
      content: 'Wikipedia',
      complete: true,
      problems: [],
      end: 24,
    });
  });

  it('accepts uppercase hex, leading zeros and extensions', () => {
    const result = decodeChunked('0A;name="x y"\r\n0123456789\r\n000\r\n\r\n');
    expect(result.content).toBe('0123456789');
    expect(result.complete).toBe(true);
  });

  it('counts chunk-size in bytes', () => {
    expect(decodeChunked('6\r\n한글\r\n0\r\n\r\n').content).toBe('한글');
  });

  it('ends after the trailer section and leaves what follows', () => {
    const body = '1\r\na\r\n0\r\nX: 1\r\n\r\nNEXT';
    const result = decodeChunked(body);
    expect(body.slice(result.end)).toBe('NEXT');
    expect(result.problems.map((p) => p.key)).toEqual(['chunked-trailer-fields']);
  });

  it('is incomplete while data is still to come', () => {
    for (const body of [
      '',
      '5',
      '5\r\nhel',
      '5\r\nhello',
      '5\r\nhello\r',
      '5\r\nhello\r\n0\r\n',
      '0\r\nX: 1\r\n',
    ]) {
      const result = decodeChunked(body);
      expect(result.complete, JSON.stringify(body)).toBe(false);
      expect(
        result.problems.map((p) => p.key),
        JSON.stringify(body),
      ).toEqual(['incomplete-chunked-body']);
      expect(result.end).toBe(body.length);
    }
  });

  it('reports a size line that is not hex, with its span', () => {
    const result = decodeChunked('xyz\r\n');
    expect(result.problems).toEqual([
      { level: 'bad', key: 'bad-chunk-size', span: { start: 0, end: 3 }, params: { line: 'xyz' } },
    ]);
  });

  it('reports garbage after the size', () => {
    expect(decodeChunked('5 x\r\nhello\r\n0\r\n\r\n').problems.map((p) => p.key)).toEqual(['bad-chunk-size']);
  });

  it('reports data that does not end where the size says', () => {
    expect(decodeChunked('2\r\nhello\r\n0\r\n\r\n').problems.map((p) => p.key)).toEqual([
      'chunk-size-mismatch',
    ]);
    expect(decodeChunked('1\r\n한\r\n0\r\n\r\n').problems.map((p) => p.key)).toEqual(['chunk-size-mismatch']);
  });

  it('reports LF-only framing as bad, counting each', () => {
    const result = decodeChunked('2\nhi\n0\n\n');
    expect(result.complete).toBe(true);
    expect(result.problems).toEqual([
      { level: 'bad', key: 'bare-lf', span: { start: 1, end: 2 }, params: { count: 4 } },
    ]);
  });
});

describe('scanChunked', () => {
  it('lists the framing LFs without a CR, leaving LFs inside chunk data alone', () => {
    const text = 'HEAD\n\n3\na\nb\n0\n\n';
    const scan = scanChunked(text, 6, new ProblemList());
    expect(scan.content).toBe('a\nb');
    expect(scan.bareLf).toEqual([7, 11, 13, 14]);
  });
});

describe('trailer field lines', () => {
  it('reports a trailer line without a colon, pointing at that line', () => {
    const body = '0\r\nno colon here\r\n\r\n';
    const result = decodeChunked(body);
    const problem = result.problems.find((p) => p.key === 'header-missing-colon');
    expect(problem).toBeDefined();
    expect(body.slice(problem!.span.start, problem!.span.end)).toBe('no colon here');
    expect(result.complete).toBe(true);
  });

  it('reports an invalid trailer field name and accepts a good one', () => {
    expect(decodeChunked('0\r\nBad Name: x\r\n\r\n').problems.map((p) => p.key)).toContain('invalid-field-name');
    expect(decodeChunked('0\r\nDigest: sha-256=abc\r\n\r\n').problems.map((p) => p.key)).not.toContain('invalid-field-name');
  });
});
