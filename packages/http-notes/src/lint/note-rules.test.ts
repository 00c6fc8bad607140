import { parseRequest, parseResponse } from '@teapot/http-message';
import { describe, expect, it } from 'vitest';
import { getRule } from '../data/rules.ts';
import { lintExchange } from './index.ts';
import { LINT_CASES } from './lint.case.ts';
import { NOTE_ID_FAMILIES, NOTE_IDS } from './note-ids.ts';
import { NOTE_RULES } from './note-rules.ts';

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
    const known = new Set<string>(NOTE_IDS);
    for (const [note, rule] of Object.entries(NOTE_RULES)) {
      const family = NOTE_ID_FAMILIES.some((f) => note.startsWith(f));
      expect(known.has(note) || family, note).toBe(true);
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

  it('leaves every other note without a rule, and changes no shared note', () => {
    for (const c of LINT_CASES) {
      const first = lint(c.request, c.response);
      for (const n of first) {
        if (n.rule) expect(getRule(n.rule), `${c.name}: ${n.id}`).toBeDefined();
        else expect(Object.hasOwn(n, 'rule'), n.id).toBe(false);
      }
    }
    // Notes shared between exchanges (memo.ts) stay as they were.
    const again = lint(lines('GET /Users/ HTTP/1.1', 'Host: x', '', ''));
    expect(again.filter((n) => n.id.startsWith('method-')).every((n) => n.rule === undefined)).toBe(true);
  });
});
