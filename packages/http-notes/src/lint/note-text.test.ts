import { describe, expect, it } from 'vitest';
import { HEADERS, getHeaderInfo } from '../data/headers.ts';
import { METHODS } from '../data/methods.ts';
import { STATUS_CODES } from '../data/status-codes.ts';
import { knowledgeText, noteText } from './note-text.ts';

describe('knowledgeText', () => {
  it('reads the text of every status code, method and header field', () => {
    for (const e of STATUS_CODES)
      expect(knowledgeText({ kind: 'status', code: e.code }), String(e.code)).toBe(e.text);
    for (const e of METHODS) expect(knowledgeText({ kind: 'method', name: e.name }), e.name).toBe(e.text);
    for (const e of HEADERS) expect(knowledgeText({ kind: 'header', name: e.name }), e.name).toBe(e.text);
  });

  it('finds header fields in any case, and nothing for entries it does not have', () => {
    expect(knowledgeText({ kind: 'header', name: 'content-TYPE' })).toBe(getHeaderInfo('Content-Type')?.text);
    expect(knowledgeText({ kind: 'status', code: 299 })).toBeUndefined();
    expect(knowledgeText({ kind: 'method', name: 'BREW' })).toBeUndefined();
    expect(knowledgeText({ kind: 'header', name: 'X-Not-A-Field' })).toBeUndefined();
  });
});

describe('noteText', () => {
  it("prefers the note's own text, then its knowledge-base entry's", () => {
    const own = { en: 'own', ko: '자체' };
    expect(noteText({ text: own, about: { kind: 'status', code: 200 } })).toBe(own);
    expect(noteText({ about: { kind: 'status', code: 200 } })?.ko).toMatch(/[가-힣]/);
    expect(noteText({})).toBeUndefined();
  });
});
