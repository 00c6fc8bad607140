import { parseRequest, parseResponse } from '@teapot/http-message';
import { describe, expect, it } from 'vitest';
import { getRule } from '../data/rules.ts';
import { lintExchange } from './index.ts';
import { LINT_CASES } from './lint.case.ts';
import { isNoteId } from './note-ids.ts';
import { NOTE_RULES, withRules } from './note-rules.ts';

const CRLF = '\r\n';
const lines = (...l: string[]) => l.join(CRLF);

function lint(request: string, response?: string) {
  const req = parseRequest(request);
  const res = response
    ? parseResponse(response, { requestMethod: req.requestLine?.method, closed: true })
    : null;
  return lintExchange({ request: req, response: res, trace: null });
}

const ruleOf = (notes: ReturnType<typeof lint>, id: string) => notes.find((n) => n.id === id)?.rule;

describe('notes name the design rule they apply', () => {
  it('pairs only note ids the linter can produce with rules that exist', () => {
    // A family id is checked against its own table, so a typo in a problem key fails here.
    for (const [note, rule] of Object.entries(NOTE_RULES)) {
      expect(isNoteId(note), note).toBe(true);
      expect(getRule(rule), `${note} → ${rule}`).toBeDefined();
    }
  });

  it('links a URI that breaks the Rulebook to the rules it breaks', () => {
    const notes = lint(lines('GET /Users/ HTTP/1.1', 'Host: x', '', ''));
    expect(ruleOf(notes, 'design-uri-trailing-slash')).toBe('uri-no-trailing-slash');
    expect(ruleOf(notes, 'design-uri-uppercase')).toBe('uri-lowercase');
    // A note that explains a method applies no rule.
    expect(ruleOf(notes, 'method-get')).toBeUndefined();
  });

  it('picks the no-body rule by the status', () => {
    const request = lines('GET /users/1 HTTP/1.1', 'Host: x', '', '');
    const noContent = lint(request, lines('HTTP/1.1 204 No Content', '', ''));
    expect(ruleOf(noContent, 'response-no-body-ok')).toBe('status-204-no-body');
    const notModified = lint(request, lines('HTTP/1.1 304 Not Modified', 'ETag: "a"', '', ''));
    expect(ruleOf(notModified, 'response-no-body-ok')).toBe('status-304-no-body');
  });

  it('links a request without Host to the rule that requires it', () => {
    const notes = lint(lines('GET /users/1 HTTP/1.1', 'Accept: */*', '', ''));
    expect(ruleOf(notes, 'syntax-missing-host')).toBe('host-required');
  });

  it('leaves every other note without a rule, and every id it produces is one it knows', () => {
    for (const c of LINT_CASES) {
      for (const n of lint(c.request, c.response)) {
        expect(isNoteId(n.id), `${c.name}: ${n.id}`).toBe(true);
        if (n.rule) expect(getRule(n.rule), `${c.name}: ${n.id}`).toBeDefined();
        else expect(Object.hasOwn(n, 'rule'), `${c.name}: ${n.id}`).toBe(false);
      }
    }
  });

  it('links cacheability to the Cache-Control rule only when the response did not send Cache-Control', () => {
    const request = lines('GET /users/1 HTTP/1.1', 'Host: x', '', '');
    const silent = lint(request, lines('HTTP/1.1 200 OK', 'Content-Length: 2', '', '{}'));
    expect(ruleOf(silent, 'response-cacheability')).toBe('caching-headers');
    const said = lint(
      request,
      lines('HTTP/1.1 200 OK', 'Cache-Control: no-store', 'Content-Length: 2', '', '{}'),
    );
    expect(ruleOf(said, 'response-cacheability')).toBeUndefined();
  });

  it('says a 302 from an API breaks the Rulebook, and an Accept typo breaks no design rule', () => {
    const found = lint(
      lines('GET /old HTTP/1.1', 'Host: x', '', ''),
      lines('HTTP/1.1 302 Found', 'Location: /new', 'Content-Length: 0', '', ''),
    );
    expect(ruleOf(found, 'status-302')).toBe('status-302-avoid');
    const typo = lint(lines('GET /users/1 HTTP/1.1', 'Host: x', 'Accept: json', '', ''));
    expect(typo.some((n) => n.id === 'request-accept-invalid')).toBe(true);
    expect(ruleOf(typo, 'request-accept-invalid')).toBeUndefined();
  });

  it('copies a note to add its rule, so a note shared between exchanges is never changed', () => {
    const shared = Object.freeze({
      id: 'status-302',
      level: 'info',
      category: 'status',
      subject: { kind: 'status-line' },
      summary: { en: '302 Found', ko: '302 Found' },
    } as const);
    const [linked] = withRules([shared], 302);
    expect(linked?.rule).toBe('status-302-avoid');
    expect(linked).not.toBe(shared);
    expect(Object.hasOwn(shared, 'rule')).toBe(false);
  });
});
