import { describe, expect, it } from 'vitest';
import { normalizeLineEndings, parseRequest, parseResponse } from '@teapot/http-message';
import { LESSONS } from './course/index.ts';
import { linksOf, parseMarkdown } from './markdown.ts';
import { PLACEHOLDERS, fillPlaceholders } from './placeholders.ts';
import { LANGS, TOPICS } from './types.ts';
import type { GoalCheck, Lesson, Localized } from './types.ts';

const lessons: readonly Lesson[] = LESSONS;
const sample = { token: 'tok-1', location: '/users/11', etag: '"v1"', newToken: 'tok-2' };

/** Status codes the source articles list; each must be the exact target of some goal. */
const ARTICLE_STATUSES = [
  200, 201, 202, 204, 301, 303, 304, 307, 400, 401, 403, 404, 405, 406, 409, 412, 415, 500,
];

function localizedOf(lesson: Lesson): [string, Localized][] {
  return [
    ['title', lesson.title],
    ['summary', lesson.summary],
    ['body', lesson.body],
    ...lesson.goals.map((g): [string, Localized] => [`goal ${g.id}`, g.text]),
    ...lesson.hints.map((h, i): [string, Localized] => [`hint ${i}`, h]),
    ...(lesson.spotTheBug
      ? ([
          ['spotTheBug.question', lesson.spotTheBug.question],
          ['spotTheBug.answer', lesson.spotTheBug.answer],
        ] as [string, Localized][])
      : []),
  ];
}

function exactStatuses(check: GoalCheck): number[] {
  const single = (s: GoalCheck['status']) => (typeof s === 'number' ? [s] : []);
  return [...single(check.status), ...(check.then ?? []).flatMap((t) => single(t.status))];
}

function badProblems(text: string) {
  return parseRequest(normalizeLineEndings(text).text).problems.filter((p) => p.level === 'bad');
}

describe('the course', () => {
  it('has at least 15 lessons with unique kebab-case ids, in order 1..n', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(15);
    const ids = lessons.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(lessons.map((l) => l.order)).toEqual(lessons.map((_, i) => i + 1));
  });

  it('covers every topic the issue lists', () => {
    const covered = new Set(lessons.flatMap((l) => l.topics));
    expect(TOPICS.filter((t) => !covered.has(t))).toEqual([]);
  });

  it('has a goal for every status code the articles list', () => {
    const reached = new Set(lessons.flatMap((l) => l.goals.flatMap((g) => exactStatuses(g.check))));
    expect(ARTICLE_STATUSES.filter((s) => !reached.has(s))).toEqual([]);
  });

  it('has spot-the-bug exercises for the three classic mock-server mistakes', () => {
    const sources = lessons.flatMap((l) => (l.spotTheBug ? [l.spotTheBug.source] : []));
    expect(sources).toEqual(expect.arrayContaining(['json-server', 'Prism', 'go-httpbin']));
  });
});

describe.each(lessons.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  it('is complete in English and Korean', () => {
    for (const [field, text] of localizedOf(lesson)) {
      for (const lang of LANGS) expect(text[lang].trim(), `${field}.${lang}`).not.toBe('');
      expect(text.ko, `${field}.ko is Korean`).toMatch(/[가-힣]/);
      expect(text.en, `${field}.en is English`).not.toMatch(/[가-힣]/);
    }
  });

  it('writes its body in the supported Markdown, with the same links in both languages', () => {
    const en = linksOf(parseMarkdown(lesson.body.en));
    const ko = linksOf(parseMarkdown(lesson.body.ko));
    expect(ko.sort()).toEqual(en.sort());
    for (const lang of LANGS) {
      expect(lesson.body[lang], 'no raw HTML').not.toMatch(
        /<\/?(a|b|i|p|br|div|span|img|script|iframe|em|strong)\b[^>]*>/i,
      );
      expect(lesson.body[lang], 'no tables').not.toMatch(/^\s*\|/m);
    }
  });

  it('links the spec with section anchors', () => {
    expect(lesson.see.length).toBeGreaterThan(0);
    const links = [
      ...lesson.see,
      ...linksOf(parseMarkdown(lesson.body.en)),
      ...(lesson.spotTheBug ? [lesson.spotTheBug.see] : []),
    ];
    for (const url of links) expect(url).toMatch(/^https:\/\/[^\s#]+#[\w.-]+$/);
  });

  it('starts with a request that parses without problems', () => {
    expect(lesson.start).not.toMatch(/\{\{(?!token\}\})/);
    expect(badProblems(fillPlaceholders(lesson.start, sample))).toEqual([]);
  });

  it('has goals with unique ids, solutions that parse, and known placeholders only', () => {
    expect(lesson.goals.length).toBeGreaterThan(0);
    const ids = lesson.goals.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const goal of lesson.goals) {
      expect(goal.solution.length, goal.id).toBeGreaterThan(0);
      for (const step of goal.solution) {
        const raw = typeof step === 'string' ? step : step.request;
        const names = [...raw.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
        for (const name of names) expect(PLACEHOLDERS as readonly (string | undefined)[]).toContain(name);
        expect(badProblems(fillPlaceholders(raw, sample)), `${goal.id}: ${raw}`).toEqual([]);
      }
    }
  });

  it('has hints to unlock', () => {
    expect(lesson.hints.length).toBeGreaterThan(0);
  });
});

const bugs = lessons.flatMap((l) => (l.spotTheBug ? [[l.id, l.spotTheBug] as const] : []));

describe.each(bugs)('spot the bug in %s', (_id, bug) => {
  it('shows a request and a response that parse cleanly and completely', () => {
    expect(badProblems(bug.request)).toEqual([]);
    const response = parseResponse(normalizeLineEndings(bug.response).text);
    expect(response.problems.filter((p) => p.level === 'bad')).toEqual([]);
    expect(response.complete).toBe(true);
    expect(response.rest).toBe('');
  });
});
