import { describe, expect, it } from 'vitest';
import { LANGS } from '../types.ts';
import { RULES, getRule } from './rules.ts';
import { getMethod } from './methods.ts';
import { ruleSubjects } from './rule-subjects.ts';
import { getStatusCode } from './status-codes.ts';

const HANGUL = /[\uAC00-\uD7A3]/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Written out by hand: the rules other parts of Teapot refer to by id. */
const REQUIRED = [
  'uri-forward-slash-hierarchy',
  'uri-no-trailing-slash',
  'uri-lowercase',
  'uri-hyphens-not-underscores',
  'uri-no-file-extension',
  'uri-api-subdomain',
  'uri-singular-document',
  'uri-plural-collections',
  'uri-plural-stores',
  'uri-controller-verb',
  'uri-variable-segments',
  'uri-no-crud-verbs',
  'method-get-retrieve',
  'method-put-store',
  'method-post-create',
  'method-delete-remove',
  'method-get-no-body',
  'status-200-no-errors',
  'status-201-created',
  'status-201-location',
  'status-202-async',
  'status-204-empty',
  'status-204-no-body',
  'status-301-moved',
  'status-303-see-other',
  'status-304-no-body',
  'status-307-temporary',
  'status-3xx-location',
  'status-400-generic',
  'status-401-credentials',
  'status-401-www-authenticate',
  'status-403-forbidden',
  'status-404-not-found',
  'status-405-method',
  'status-405-allow',
  'status-406-not-acceptable',
  'status-409-conflict',
  'status-412-precondition',
  'status-415-unsupported',
  'status-500-malfunction',
  'vary-on-negotiation',
  'problem-details',
  'content-type-on-body',
  'host-required',
  'etag-strong-vs-weak',
];

/** The strength of each requirement as the RFC or the book states it, checked by hand. */
const LEVELS: [id: string, level: string][] = [
  ['host-required', 'must'],
  ['status-405-allow', 'must'],
  ['status-401-www-authenticate', 'must'],
  ['status-204-no-body', 'must'],
  ['status-201-location', 'should'],
  ['status-3xx-location', 'should'],
  ['method-get-no-body', 'should'],
  ['content-type-on-body', 'should'],
  ['vary-on-negotiation', 'should'],
  ['uri-forward-slash-hierarchy', 'must'],
  ['uri-lowercase', 'should'],
  ['uri-variable-segments', 'may'],
  ['status-400-generic', 'may'],
  ['if-none-match-304', 'must'],
];

const BACKED_BY: [id: string, url: string][] = [
  ['uri-lowercase', 'https://www.rfc-editor.org/rfc/rfc3986#section-6.2.2.1'],
  ['uri-no-trailing-slash', 'https://www.rfc-editor.org/rfc/rfc3986#section-6.2.4'],
  ['uri-forward-slash-hierarchy', 'https://www.rfc-editor.org/rfc/rfc3986#section-3.3'],
  ['uri-hyphens-not-underscores', 'https://www.rfc-editor.org/rfc/rfc3986#section-2.3'],
  ['host-required', 'https://www.rfc-editor.org/rfc/rfc9112#section-3.2'],
  ['status-405-allow', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6'],
  ['status-401-www-authenticate', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2'],
  ['status-201-location', 'https://www.rfc-editor.org/rfc/rfc9110#section-9.3.3'],
  ['method-get-no-body', 'https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1'],
  ['etag-strong-vs-weak', 'https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3.2'],
  ['problem-details', 'https://www.rfc-editor.org/rfc/rfc9457#section-3'],
  ['status-409-conflict', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10'],
];

describe('rule table', () => {
  it('has unique kebab-case ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
  });

  it.each(REQUIRED)('has %s', (id) => {
    expect(getRule(id)?.id).toBe(id);
  });

  it.each(LEVELS)('states %s as a %s', (id, level) => {
    expect(getRule(id)?.level).toBe(level);
  });

  it.each(BACKED_BY)('backs %s with %s', (id, url) => {
    expect(getRule(id)?.spec.url).toBe(url);
  });

  it('keeps the RFC facts the Rulebook is often misread on', () => {
    // The path is case-sensitive; lowercase is a convention, not case folding.
    expect(getRule('uri-lowercase')?.text.en).toMatch(/path is case-sensitive/);
    expect(getRule('uri-lowercase')?.text.ko).toMatch(/경로는 대소문자를 구분/);
    // /users and /users/ are two URIs.
    expect(getRule('uri-no-trailing-slash')?.text.en).toMatch(/two different URIs/);
    // 409 is for deleting a store that is NOT empty.
    expect(getRule('status-409-conflict')?.text.en).toMatch(/non-empty store/);
    expect(getRule('status-409-conflict')?.text.ko).toMatch(/비어 있지 않은 스토어/);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('has a summary and a text in every language', () => {
    for (const lang of LANGS) {
      expect(rule.summary[lang].trim()).not.toBe('');
      expect(rule.text[lang].trim()).not.toBe('');
      expect(rule.text[lang].length).toBeGreaterThan(rule.summary[lang].length);
    }
    expect(rule.summary.ko).toMatch(HANGUL);
    expect(rule.text.ko).toMatch(HANGUL);
    expect(rule.summary.en).not.toMatch(HANGUL);
  });

  it('shows a bad and a good example in both languages', () => {
    expect(rule.text.en).toMatch(/Bad: .+Good: |Good: .+Bad: /);
    expect(rule.text.ko).toMatch(/나쁜 예: .+좋은 예: |좋은 예: .+나쁜 예: /);
  });

  it('links an RFC section', () => {
    expect(rule.spec.url).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-[\d.]+$/);
  });

  it("names the book's rule when it comes from the Rulebook", () => {
    if (rule.source === 'rulebook') expect(rule.rulebook).toMatch(/^Rule: /);
    if ('rulebook' in rule) expect(rule.rulebook).toMatch(/^Rule: [^;]+(?:; Rule: [^;]+)*$/);
  });
});

describe('getRule', () => {
  it('returns undefined for an unknown id', () => {
    expect(getRule('uri-camel-case')).toBeUndefined();
    expect(getRule('URI-LOWERCASE')).toBeUndefined();
  });
});

describe('ruleSubjects', () => {
  it('reads the status or method from the id, and adds the ones the rule lists', () => {
    expect(ruleSubjects(getRule('status-405-allow')!)).toEqual({ statuses: [405], methods: [] });
    expect(ruleSubjects(getRule('method-get-no-body')!)).toEqual({ statuses: [], methods: ['GET', 'HEAD'] });
    expect(ruleSubjects(getRule('if-none-match-304')!)).toEqual({ statuses: [304], methods: [] });
    expect(ruleSubjects(getRule('uri-lowercase')!)).toEqual({ statuses: [], methods: [] });
  });

  it('names only status codes and methods the knowledge base has pages for', () => {
    for (const rule of RULES) {
      const about = ruleSubjects(rule);
      for (const code of about.statuses) expect(getStatusCode(code), `${rule.id}: ${code}`).toBeDefined();
      for (const name of about.methods) expect(getMethod(name), `${rule.id}: ${name}`).toBeDefined();
    }
  });
});
