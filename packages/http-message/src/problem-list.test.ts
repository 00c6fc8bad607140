import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS, ProblemList } from './problem-list.ts';

describe('ProblemList', () => {
  it('takes the default level from the table and lets one occurrence override it', () => {
    const list = new ProblemList();
    list.add('bare-lf', { start: 3, end: 4 }, { count: 1 });
    list.add('bare-lf', { start: 1, end: 2 }, { count: 2 }, 'bad');
    expect(list.finish()).toEqual([
      { level: 'bad', key: 'bare-lf', span: { start: 1, end: 2 }, params: { count: 2 } },
      { level: 'warn', key: 'bare-lf', span: { start: 3, end: 4 }, params: { count: 1 } },
    ]);
  });

  it('leaves out empty params', () => {
    const list = new ProblemList();
    list.add('missing-host', { start: 0, end: 1 }, {});
    expect(list.finish()[0]).toEqual({ level: 'bad', key: 'missing-host', span: { start: 0, end: 1 } });
  });

  it('keeps at most MAX_PROBLEMS and counts the rest', () => {
    const list = new ProblemList();
    for (let i = 0; i < MAX_PROBLEMS + 5; i += 1) list.add('bare-cr', { start: i, end: i + 1 });
    const problems = list.finish();
    expect(problems).toHaveLength(101);
    expect(problems.at(-1)).toEqual({
      level: 'info',
      key: 'problems-truncated',
      span: { start: 0, end: 0 },
      params: { omitted: 5 },
    });
  });
});
