import { parseRequest, parseResponse } from '@teapot/http-message';
import { describe, expect, it } from 'vitest';
import { lintExchange } from './index.ts';
import { LINT_CASES } from './lint.case.ts';
import { NOTE_IDS } from './note-ids.ts';
import { noteText } from './note-text.ts';

function run(c: (typeof LINT_CASES)[number]) {
  const request = parseRequest(c.request);
  const response = c.response ? parseResponse(c.response, { requestMethod: request.requestLine?.method, closed: true }) : null;
  const trace = c.trace ? { steps: c.trace, status: response?.statusLine?.status ?? 0 } : null;
  return lintExchange({ request, response, trace, normalizedLineEndings: c.normalized ?? 0, headTerminated: c.headTerminated ?? false });
}

describe('lintExchange case table', () => {
  for (const c of LINT_CASES) {
    it(c.name, () => {
      const notes = run(c);
      const ids = notes.map((n) => n.id);
      for (const id of c.expect) expect(ids, `expected ${id}`).toContain(id);
      for (const id of c.absent ?? []) expect(ids, `did not expect ${id}`).not.toContain(id);
      for (const n of notes) {
        expect(n.summary.en.trim(), n.id).not.toBe('');
        expect(n.summary.ko.trim(), n.id).not.toBe('');
        expect(n.summary.en, n.id).not.toMatch(/\{\w+\}/);
        expect(n.summary.ko, n.id).not.toMatch(/\{\w+\}/);
      }
    });
  }

  it('produces every fixed note id in at least one case', () => {
    const seen = new Set(LINT_CASES.flatMap((c) => run(c).map((n) => n.id)));
    const missing = NOTE_IDS.filter((id) => !seen.has(id));
    expect(missing).toEqual([]);
  });

  it('gives every note a longer text in both languages: its own, or its knowledge-base entry\'s', () => {
    for (const c of LINT_CASES) {
      for (const n of run(c)) {
        const text = noteText(n);
        expect(text?.en.trim(), `${c.name}: ${n.id}`).toBeTruthy();
        expect(text?.ko.trim(), `${c.name}: ${n.id}`).toBeTruthy();
      }
    }
  });

  it('names the knowledge-base entry instead of copying its text', () => {
    const notes = LINT_CASES.flatMap(run);
    const explained = notes.filter((n) => /^(status|method|header)-/.test(n.id) && !n.id.endsWith('-unknown') && n.id !== 'status-unregistered');
    expect(explained.length).toBeGreaterThan(0);
    for (const n of explained) {
      expect(n.about, n.id).toBeDefined();
      expect(n.text, n.id).toBeUndefined();
    }
  });

  it('points each note at bytes that exist in its message', () => {
    for (const c of LINT_CASES) {
      for (const n of run(c)) {
        if (!n.span) continue;
        const text = n.target === 'request' ? c.request : (c.response ?? '');
        expect(n.span.start, n.id).toBeGreaterThanOrEqual(0);
        expect(n.span.end, n.id).toBeLessThanOrEqual(text.length);
      }
    }
  });

  it('names the allowed methods of a 405 in both languages', () => {
    const notes = run(LINT_CASES.find((c) => c.name === '405 with Allow')!);
    const allow = notes.find((n) => n.id === 'response-405-allow')!;
    expect(allow.summary.en).toContain('POST, OPTIONS');
    expect(allow.text?.ko).toContain('POST, OPTIONS');
  });
});
