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
 * What a rule is about: the status code or method its id names (`status-405-allow`,
 * `method-get-no-body`), and those it lists in `statuses` and `methods`.
 * @example subjectsOf({ id: 'put-created-201', statuses: [201, 200, 204], methods: ['PUT'] }) // { statuses: [201, 200, 204], methods: ['PUT'] }
 */
export function subjectsOf(rule: Pick<RuleDoc, 'id' | 'statuses' | 'methods'>): {
  statuses: number[];
  methods: string[];
} {
  const status = /^status-(\d{3})-/.exec(rule.id)?.[1];
  const method = /^method-([a-z]+)-/.exec(rule.id)?.[1];
  return {
    statuses: [...new Set([...(status ? [Number(status)] : []), ...(rule.statuses ?? [])])],
    methods: [...new Set([...(method ? [method.toUpperCase()] : []), ...(rule.methods ?? [])])],
  };
}

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
    const about = subjectsOf(r);
    return kind === 'status'
      ? about.statuses.includes(Number(key))
      : about.methods.includes(String(key).toUpperCase());
  });
}
