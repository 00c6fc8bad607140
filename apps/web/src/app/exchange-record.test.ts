import { describe, expect, it } from 'vitest';
import { parseRequest, parseResponse } from '@teapot/http-message';
import type { Exchange } from '../features/exchange/types.ts';
import { fromHistoryEntry, toHistoryEntry } from './exchange-record.ts';

const REQ = 'GET /users/1 HTTP/1.1\r\nHost: localhost:8081\r\n\r\n';
const RES = 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 8\r\n\r\n{"id":1}';

const exchange: Exchange = {
  id: 'e1',
  createdAt: '2026-01-01T00:00:00.000Z',
  request: { raw: REQ, notSent: '', bytes: 46, lineEndingsNormalized: 3, message: parseRequest(REQ) },
  response: {
    raw: RES,
    status: 200,
    reason: 'OK',
    bytes: 81,
    end: 'complete',
    truncated: false,
    message: parseResponse(RES),
  },
  trace: [{ decision: 'exists', passed: true, fact: 'user 1' }],
  traceInfo: { status: 200 },
  notes: [],
  timings: { totalMs: 4.2 },
};

describe('exchange <-> history entry', () => {
  it('keeps the summary and drops the parsed messages', () => {
    const entry = toHistoryEntry(exchange, 'GET /users/1 HTTP/1.1\nHost: localhost:8081\n\n', 'editor');
    expect(entry).toMatchObject({
      id: 'e1',
      method: 'GET',
      target: '/users/1',
      status: 200,
      reason: 'OK',
      requestRaw: REQ,
      responseRaw: RES,
    });
    expect(JSON.stringify(entry.detail)).not.toContain('"problems"');
  });

  it('comes back as the same exchange after a trip through JSON', () => {
    const entry = JSON.parse(JSON.stringify(toHistoryEntry(exchange, REQ, 'editor')));
    expect(fromHistoryEntry(entry)).toEqual(exchange);
  });

  it('rebuilds a bare exchange when the detail was dropped', () => {
    const { detail: _d, ...entry } = toHistoryEntry(exchange, REQ, 'editor');
    const back = fromHistoryEntry(entry);
    expect(back.response.message?.statusLine?.status).toBe(200);
    expect(back.notes).toEqual([]);
    expect(back.request.raw).toBe(REQ);
  });
});
