import { describe, expect, it } from 'vitest';
import { PROBLEMS, PROBLEM_KEYS, getProblemInfo, isProblemKey } from './problems.ts';

describe('problem table', () => {
  it('has unique kebab-case keys', () => {
    expect(new Set(PROBLEM_KEYS).size).toBe(PROBLEM_KEYS.length);
    for (const key of PROBLEM_KEYS) expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('links every problem to an RFC section', () => {
    for (const problem of PROBLEMS) {
      expect(problem.see, problem.key).toMatch(
        /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#(?:section|appendix)-[0-9A-Z.]+$/,
      );
    }
  });

  it('looks keys up without blind indexing', () => {
    expect(getProblemInfo('obs-fold')).toEqual({
      key: 'obs-fold',
      level: 'bad',
      see: 'https://www.rfc-editor.org/rfc/rfc9112#section-5.2',
      params: ['name'],
    });
    expect(getProblemInfo('no-such-problem')).toBeUndefined();
    expect(isProblemKey('missing-host')).toBe(true);
    expect(isProblemKey('toString')).toBe(false);
  });
});
