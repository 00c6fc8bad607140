import { describe, expect, it } from 'vitest';
import { readLine } from './lines.ts';
import { ProblemList } from './problem-list.ts';
import { parseStatusLine } from './status-line.ts';

function parse(line: string) {
  const problems = new ProblemList();
  const text = `${line}\r\n`;
  const statusLine = parseStatusLine(text, readLine(text, 0), problems);
  return { statusLine, keys: problems.items.map((p) => p.key) };
}

describe('parseStatusLine', () => {
  it('gives each part with its span', () => {
    expect(parse('HTTP/1.1 404 Not Found')).toEqual({
      statusLine: {
        version: 'HTTP/1.1',
        status: 404,
        reason: 'Not Found',
        span: { start: 0, end: 22 },
        versionSpan: { start: 0, end: 8 },
        statusSpan: { start: 9, end: 12 },
        reasonSpan: { start: 13, end: 22 },
      },
      keys: [],
    });
  });

  it('keeps a reason phrase in Korean', () => {
    expect(parse('HTTP/1.1 200 성공')).toEqual(expect.objectContaining({ keys: [] }));
  });

  it('has an empty reason span at the end without a reason', () => {
    expect(parse('HTTP/1.1 200').statusLine?.reasonSpan).toEqual({ start: 12, end: 12 });
  });

  it('returns null without a usable status code', () => {
    expect(parse('HTTP/1.1 OK')).toEqual({ statusLine: null, keys: ['invalid-status-code'] });
    expect(parse('HTTP/1.1 20 OK').statusLine).toBeNull();
    expect(parse(' 200 OK')).toEqual({ statusLine: null, keys: ['invalid-status-line'] });
  });

  it('reports a status code below 100', () => {
    expect(parse('HTTP/1.1 099 Odd')).toEqual(expect.objectContaining({ keys: ['invalid-status-code'] }));
  });
});
