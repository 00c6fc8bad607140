import { describe, expect, it } from 'vitest';
import { diffLines } from './line-diff.ts';

describe('diffLines', () => {
  it('equal texts are all the same', () => {
    expect(diffLines('a\nb', 'a\nb')).toEqual([
      { kind: 'same', left: 'a', right: 'a' },
      { kind: 'same', left: 'b', right: 'b' },
    ]);
  });

  it('pairs a changed line', () => {
    const left = 'HTTP/1.1 200 OK\r\nDate: Mon\r\nContent-Length: 10\r\n\r\n';
    const right = 'HTTP/1.1 404 Not Found\r\nDate: Mon\r\nContent-Length: 10\r\n\r\n';
    expect(diffLines(left, right)[0]).toEqual({
      kind: 'changed',
      left: 'HTTP/1.1 200 OK',
      right: 'HTTP/1.1 404 Not Found',
    });
    expect(
      diffLines(left, right)
        .slice(1)
        .every((r) => r.kind === 'same'),
    ).toBe(true);
  });

  it('shows lines only on one side', () => {
    expect(diffLines('a\nc', 'a\nb\nc')).toEqual([
      { kind: 'same', left: 'a', right: 'a' },
      { kind: 'added', right: 'b' },
      { kind: 'same', left: 'c', right: 'c' },
    ]);
    expect(diffLines('a\nb\nc', 'a\nc')).toEqual([
      { kind: 'same', left: 'a', right: 'a' },
      { kind: 'removed', left: 'b' },
      { kind: 'same', left: 'c', right: 'c' },
    ]);
  });

  it('keeps more removals than additions as removals after the pairs', () => {
    expect(diffLines('x\ny\nz', 'q')).toEqual([
      { kind: 'changed', left: 'x', right: 'q' },
      { kind: 'removed', left: 'y' },
      { kind: 'removed', left: 'z' },
    ]);
  });

  it('still answers for very long texts', () => {
    const big = Array.from({ length: 3000 }, (_, i) => `line ${i}`).join('\n');
    const rows = diffLines(big, big.replace('line 7\n', 'line seven\n'));
    expect(rows.filter((r) => r.kind !== 'same')).toEqual([
      { kind: 'changed', left: 'line 7', right: 'line seven' },
    ]);
  });
});
