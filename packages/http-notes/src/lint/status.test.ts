import { parseRequest, parseResponse } from '@teapot/http-message';
import { describe, expect, it } from 'vitest';
import { statusWhy } from './status.ts';
import type { TraceStepLike } from './types.ts';

const request = parseRequest('DELETE /users/2 HTTP/1.1\r\nHost: localhost:8081\r\n\r\n');

const response = parseResponse('HTTP/1.1 204 No Content\r\n\r\n', { requestMethod: 'DELETE', closed: true });

/** The why-status note for a 204 decided by `step` (passed unless it says otherwise). */
function why(step: Omit<TraceStepLike, 'passed' | 'status'> & { passed?: boolean }) {
  const notes = statusWhy({
    request,
    response,
    trace: { steps: [{ passed: true, ...step, status: 204 }], status: 204 },
  });
  const note = notes.find((n) => n.id === 'why-status');
  if (!note) throw new Error('no why-status note');
  return note;
}

describe('why this status, in each language', () => {
  it('gives the Korean summary and text the Korean fact, and the English ones the English fact', () => {
    const note = why({
      decision: 'delete-enacted',
      fact: 'user 2 deleted',
      factKo: '사용자 2 삭제됨',
    });
    expect(note.summary.en).toContain('user 2 deleted');
    expect(note.summary.en).not.toContain('사용자 2 삭제됨');
    expect(note.summary.ko).toContain('사용자 2 삭제됨');
    expect(note.summary.ko).not.toContain('user 2 deleted');
    expect(note.text?.en).toContain('user 2 deleted');
    expect(note.text?.ko).toContain('사용자 2 삭제됨');
    expect(note.text?.ko).not.toContain('user 2 deleted');
  });

  it('uses a symbolic fact, which has no Korean version, in both languages', () => {
    const note = why({
      decision: 'method-allowed',
      passed: false,
      fact: 'PATCH ∉ {GET, HEAD, OPTIONS}',
      params: { method: 'PATCH', allow: 'GET, HEAD, OPTIONS' },
    });
    expect(note.summary.en).toContain('PATCH ∉ {GET, HEAD, OPTIONS}');
    expect(note.summary.ko).toContain('PATCH ∉ {GET, HEAD, OPTIONS}');
    expect(note.text?.ko).toContain('PATCH ∉ {GET, HEAD, OPTIONS}');
  });

  it('uses the Korean fact for a decision it has no words for, too', () => {
    const note = why({
      decision: 'made-up',
      fact: 'it happened',
      factKo: '일어났음',
    });
    expect(note.text?.en).toContain('it happened');
    expect(note.text?.ko).toContain('일어났음');
    expect(note.summary.ko).toContain('일어났음');
  });
});
