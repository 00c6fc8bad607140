import { ruleSubjects } from '@teapot/http-notes';
import type { HeaderDoc, MethodDoc, RuleDoc, StatusCodeDoc } from '../types.ts';
import type { SearchFields } from './search.ts';

/** What a status code offers to the search: its code, reason and texts in both languages. */
export const statusFields = (s: StatusCodeDoc): SearchFields => ({
  key: String(s.code),
  names: [s.reason, s.summary.en, s.summary.ko],
  texts: [s.text.en, s.text.ko],
});

export const methodFields = (m: MethodDoc): SearchFields => ({
  key: m.name,
  names: [m.summary.en, m.summary.ko],
  texts: [m.text.en, m.text.ko],
});

export const headerFields = (h: HeaderDoc): SearchFields => ({
  key: h.name,
  names: [h.summary.en, h.summary.ko],
  texts: [h.text.en, h.text.ko, h.syntax ?? ''],
});

export const ruleFields = (r: RuleDoc): SearchFields => ({
  key: r.id,
  names: [r.summary.en, r.summary.ko, r.rulebook ?? ''],
  texts: [r.text.en, r.text.ko],
});

/**
 * The rules about one status code or one method.
 * @example rulesAbout(rules, 'status', 304) // status-304-no-body, if-none-match-304, ...
 */
export function rulesAbout(
  rules: readonly RuleDoc[],
  kind: 'status' | 'method',
  key: string | number,
): RuleDoc[] {
  return rules.filter((r) => {
    const about = ruleSubjects(r);
    return kind === 'status'
      ? about.statuses.includes(Number(key))
      : about.methods.includes(String(key).toUpperCase());
  });
}
