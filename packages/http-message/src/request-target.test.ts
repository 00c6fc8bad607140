import { describe, expect, it } from 'vitest';
import { ProblemList } from './problem-list.ts';
import { checkRequestTarget } from './request-target.ts';

function check(target: string, method = 'GET') {
  const problems = new ProblemList();
  const form = checkRequestTarget(target, 10, method, problems);
  return { form, problems: problems.items.map((p) => [p.key, p.span.start - 10, p.span.end - 10]) };
}

describe('checkRequestTarget', () => {
  it.each([
    ['/users/1', 'GET', 'origin'],
    ['*', 'OPTIONS', 'asterisk'],
    ['localhost:443', 'CONNECT', 'authority'],
  ] as const)('%s with %s is %s-form without problems', (target, method, form) => {
    expect(check(target, method)).toEqual({ form, problems: [] });
  });

  it('reports an absolute-form target as notable', () => {
    expect(check('http://localhost/users')).toEqual({
      form: 'absolute',
      problems: [['absolute-form-target', 0, 22]],
    });
  });

  it('points at the first non-ASCII character and still finds the form', () => {
    expect(check('/a/한글')).toEqual({ form: 'origin', problems: [['non-ascii-request-target', 3, 4]] });
  });

  it('points at an invalid character and gives up on the form', () => {
    expect(check('/a"b')).toEqual({ form: null, problems: [['invalid-request-target', 2, 3]] });
    expect(check('/a[b]')).toEqual({ form: null, problems: [['invalid-request-target', 2, 3]] });
  });

  it('reports the fragment and judges the rest', () => {
    expect(check('/a?b#c')).toEqual({ form: 'origin', problems: [['fragment-in-request-target', 4, 6]] });
  });

  it('reports a relative path', () => {
    expect(check('users')).toEqual({ form: null, problems: [['target-missing-leading-slash', 0, 5]] });
  });

  it('reports forms the method may not use', () => {
    expect(check('*', 'GET').problems).toEqual([['target-form-not-allowed', 0, 1]]);
    expect(check('/', 'CONNECT').problems).toEqual([['target-form-not-allowed', 0, 1]]);
    expect(check('a.com:80', 'POST').problems).toEqual([['target-form-not-allowed', 0, 8]]);
  });
});
