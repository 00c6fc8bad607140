/**
 * What a design rule is about, apart from the rules' data, so a screen can ask without
 * loading every rule's text.
 */
import type { RuleEntry } from './rules.ts';

/**
 * What a rule is about: the status code or method its id names (`status-405-allow`,
 * `method-get-no-body`), and those it lists in `statuses` and `methods`.
 * @example ruleSubjects(getRule('put-created-201')!) // { statuses: [201, 200, 204], methods: ['PUT'] }
 */
export function ruleSubjects(rule: Pick<RuleEntry, 'id' | 'statuses' | 'methods'>): {
  statuses: number[];
  methods: string[];
} {
  const status = /^status-(\d{3})-/.exec(rule.id)?.[1];
  // Only a method's name counts: `method-no-tunneling` names none.
  const method = /^method-(get|head|post|put|delete|connect|options|trace|patch)-/.exec(rule.id)?.[1];
  return {
    statuses: [...new Set([...(status ? [Number(status)] : []), ...(rule.statuses ?? [])])],
    methods: [...new Set([...(method ? [method.toUpperCase()] : []), ...(rule.methods ?? [])])],
  };
}
