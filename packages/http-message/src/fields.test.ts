import { describe, expect, it } from 'vitest';
import { parseFields } from './fields.ts';
import { splitHead } from './head.ts';
import { ProblemList } from './problem-list.ts';

function parse(fieldLines: string) {
  const text = `GET / HTTP/1.1\r\n${fieldLines}\r\n`;
  const problems = new ProblemList();
  const fields = parseFields(text, splitHead(text).fieldLines, problems);
  const at = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  return {
    fields: fields.map((f) => ({
      name: f.name,
      value: f.value,
      line: at(f.span),
      nameText: at(f.nameSpan),
      valueText: at(f.valueSpan),
    })),
    keys: problems.items.map((p) => p.key),
  };
}

describe('parseFields', () => {
  it('gives exact name and value spans, the value without OWS', () => {
    expect(parse('Accept: \t text/html \t\r\n')).toEqual({
      fields: [
        {
          name: 'Accept',
          value: 'text/html',
          line: 'Accept: \t text/html \t',
          nameText: 'Accept',
          valueText: 'text/html',
        },
      ],
      keys: [],
    });
  });

  it('keeps empty values and values with colons', () => {
    expect(parse('A:\r\nB: http://x:1\r\n').fields.map((f) => [f.name, f.value])).toEqual([
      ['A', ''],
      ['B', 'http://x:1'],
    ]);
  });

  it('joins obs-fold lines with SP and stretches the spans over them', () => {
    const { fields, keys } = parse('A: one\r\n two\r\n\tthree\r\n');
    expect(keys).toEqual(['obs-fold', 'obs-fold']);
    expect(fields[0]).toEqual({
      name: 'A',
      value: 'one two three',
      line: 'A: one\r\n two\r\n\tthree',
      nameText: 'A',
      valueText: 'one\r\n two\r\n\tthree',
    });
  });

  it('folds onto an empty value', () => {
    expect(parse('A:\r\n two\r\n').fields[0]?.value).toBe('two');
  });

  it('reports a fold with nothing to continue', () => {
    expect(parse('no colon\r\n more\r\n')).toEqual({
      fields: [],
      keys: ['header-missing-colon', 'obs-fold'],
    });
  });

  it('ignores whitespace lines right after the start line until a proper field', () => {
    const { fields, keys } = parse(' A: 1\r\n B: 2\r\nC: 3\r\n D: 4\r\n');
    expect(keys).toEqual(['whitespace-after-start-line', 'whitespace-after-start-line', 'obs-fold']);
    expect(fields.map((f) => [f.name, f.value])).toEqual([['C', '3 D: 4']]);
  });

  it('reports only the first bad character of a value, and non-ASCII once', () => {
    expect(parse('A: \x01\x02한\r\n').keys).toEqual(['invalid-field-value', 'non-ascii-field-value']);
  });
});
