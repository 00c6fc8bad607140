import { describe, expect, it } from 'vitest';
import { CASES } from './cases.ts';
import type { MessageCase } from './cases.ts';
import { parseRequest } from './parse-request.ts';
import { parseResponse } from './parse-response.ts';
import { PROBLEM_KEYS, getProblemInfo } from './problems.ts';
import { serialize } from './serialize.ts';
import type { HttpMessage, ProblemKey } from './types.ts';

function parse(c: MessageCase): HttpMessage {
  return c.kind === 'request' ? parseRequest(c.text) : parseResponse(c.text, c.options);
}

function startOf(m: HttpMessage) {
  if (m.kind === 'request')
    return (
      m.requestLine && {
        method: m.requestLine.method,
        target: m.requestLine.target,
        version: m.requestLine.version,
      }
    );
  return (
    m.statusLine && {
      version: m.statusLine.version,
      status: m.statusLine.status,
      reason: m.statusLine.reason,
    }
  );
}

const names = CASES.map((c) => c.name);

describe('case table', () => {
  it('has unique case names', () => {
    expect(new Set(names).size).toBe(names.length);
  });

  describe.each(CASES)('$kind: $name', (c) => {
    const message = parse(c);
    const e = c.expect ?? {};

    it('reports exactly the expected problems', () => {
      expect(message.problems.map((p) => p.key).toSorted()).toEqual([...c.problems].toSorted());
    });

    it('matches the expected parts', () => {
      const start = message.kind === 'request' ? message.requestLine : message.statusLine;
      if (e.complete !== undefined) expect(message.complete).toBe(e.complete);
      if (e.messageEnd !== undefined) expect(message.messageEnd).toBe(e.messageEnd);
      if (e.rest !== undefined) expect(message.rest).toBe(e.rest);
      if (e.body !== undefined) expect(message.body).toBe(e.body);
      if (e.content !== undefined) expect(message.content).toBe(e.content);
      if (e.version !== undefined) expect(start?.version).toBe(e.version);
      if (e.method !== undefined)
        expect(message.kind === 'request' && message.requestLine?.method).toBe(e.method);
      if (e.target !== undefined)
        expect(message.kind === 'request' && message.requestLine?.target).toBe(e.target);
      if (e.status !== undefined)
        expect(message.kind === 'response' && message.statusLine?.status).toBe(e.status);
      if (e.reason !== undefined)
        expect(message.kind === 'response' && message.statusLine?.reason).toBe(e.reason);
      if (e.headers !== undefined) expect(message.headers.map((h) => [h.name, h.value])).toEqual(e.headers);
      if (e.interim !== undefined) {
        expect(message.kind === 'response' && message.interim?.map((m) => m.statusLine?.status)).toEqual(
          e.interim,
        );
      }
    });

    it('points each problem at the expected bytes, with the expected params and level', () => {
      const first = (key: string) => message.problems.find((p) => p.key === key);
      for (const [key, text] of Object.entries(e.spans ?? {})) {
        const span = first(key)?.span;
        expect(span && c.text.slice(span.start, span.end), key).toBe(text);
      }
      for (const [key, params] of Object.entries(e.params ?? {}))
        expect(first(key)?.params, key).toEqual(params);
      for (const [key, level] of Object.entries(e.levels ?? {})) expect(first(key)?.level, key).toBe(level);
    });

    it('keeps spans inside the text and params as the table lists them', () => {
      for (const p of message.problems) {
        expect(p.span.start).toBeGreaterThanOrEqual(0);
        expect(p.span.end).toBeGreaterThanOrEqual(p.span.start);
        expect(p.span.end).toBeLessThanOrEqual(c.text.length);
        expect(Object.keys(p.params ?? {}).toSorted(), p.key).toEqual(
          [...(getProblemInfo(p.key)?.params ?? [])].toSorted(),
        );
      }
      expect(message.rest).toBe(c.text.slice(message.messageEnd));
    });
  });

  // Without a start line there is nothing to write first, so the round trip needs one.
  const withStartLine = CASES.filter((c) => startOf(parse(c)) !== null);

  it.each(withStartLine)('$kind: $name survives parse, serialize, parse', (c) => {
    const message = parse(c);
    const again = parse({ ...c, text: serialize(message) });
    expect(startOf(again)).toEqual(startOf(message));
    expect(again.headers.map((h) => [h.name, h.value])).toEqual(
      message.headers.map((h) => [h.name, h.value]),
    );
    expect(again.body).toBe(message.body);
  });

  it.each(CASES.filter((c) => c.canonical === true))('$kind: $name serializes back to the same text', (c) => {
    expect(serialize(parse(c))).toBe(c.text);
  });

  it('runs the round trips on most of the table', () => {
    expect(withStartLine.length).toBeGreaterThan(CASES.length * 0.8);
    expect(CASES.filter((c) => c.canonical === true).length).toBeGreaterThanOrEqual(20);
  });

  it('produces every problem key in at least one case', () => {
    const produced = new Set<ProblemKey>(CASES.flatMap((c) => parse(c).problems.map((p) => p.key)));
    expect(PROBLEM_KEYS.filter((key) => !produced.has(key))).toEqual([]);
  });
});
