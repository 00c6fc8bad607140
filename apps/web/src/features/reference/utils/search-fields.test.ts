import { describe, expect, it } from 'vitest';
import type { RuleDoc } from '../types.ts';
import { rulesAbout } from './search-fields.ts';

const rule = (id: string): RuleDoc => ({
  id,
  source: 'rfc',
  level: 'must',
  topic: 'status',
  spec: { url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15' },
  summary: { en: id, ko: id },
  text: { en: id, ko: id },
});

describe('rulesAbout', () => {
  const rules = [
    'status-405-allow',
    'status-405-method',
    'status-4050-made-up',
    'method-get-no-body',
    'method-get-retrieve',
    'method-getter-x',
    'uri-lowercase',
  ].map(rule);

  it('finds the rules about one status code, not a longer code that starts the same', () => {
    expect(rulesAbout(rules, 'status', 405).map((r) => r.id)).toEqual([
      'status-405-allow',
      'status-405-method',
    ]);
  });

  it('also finds a rule by the codes and methods it lists, not only by its id', () => {
    const listed = [
      ...rules,
      { ...rule('if-none-match-304'), statuses: [304] },
      { ...rule('head-no-body'), methods: ['HEAD'] },
    ];
    expect(rulesAbout(listed, 'status', 304).map((r) => r.id)).toEqual(['if-none-match-304']);
    expect(rulesAbout(listed, 'method', 'head').map((r) => r.id)).toEqual(['head-no-body']);
    expect(rulesAbout(listed, 'status', 405).map((r) => r.id)).toEqual([
      'status-405-allow',
      'status-405-method',
    ]);
  });

  it('finds the rules about one method, whatever case the method is written in', () => {
    expect(rulesAbout(rules, 'method', 'GET').map((r) => r.id)).toEqual([
      'method-get-no-body',
      'method-get-retrieve',
    ]);
    expect(rulesAbout(rules, 'method', 'PATCH')).toEqual([]);
  });
});
