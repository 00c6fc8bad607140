/**
 * Issue acceptance: every catalog example, sent through POST /api/exchanges over a real
 * socket on a fresh sandbox, produces exactly its status, carries the headers the RFC
 * requires for it, and comes back with a status note whose "why" names the trace's fact.
 */
import { getHeader } from '@teapot/http-message';
import type { ResponseMessage } from '@teapot/http-message';
import { DECISION_IDS, STATUS_EXAMPLES } from '@teapot/mock-api';
import { getDecisionText } from '@teapot/http-notes';
import type { Note } from '@teapot/http-notes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServers } from '../test-servers.ts';

let servers: Awaited<ReturnType<typeof startTestServers>>;
beforeAll(async () => {
  servers = await startTestServers();
});
afterAll(() => servers.close());

interface ExchangeJson {
  response: { raw: string; status: number; message: ResponseMessage };
  trace: { decision: string; fact: string; factKo?: string; status?: number }[];
  notes: Note[];
}

async function freshToken(): Promise<string> {
  const body = '{}';
  const { body: ex } = await servers.exchange(
    `POST /tokens HTTP/1.1\r\nHost: localhost:8081\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
  );
  expect(ex.response.status).toBe(201);
  const raw = ex.response.raw;
  return (JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as { token: string }).token;
}

/** Headers the RFC requires for a status (RFC 9110 §15.3.2, §15.4, §15.5.2, §15.5.6). */
const REQUIRED: Record<number, string[]> = {
  201: ['location'],
  301: ['location'],
  303: ['location'],
  307: ['location'],
  308: ['location'],
  401: ['www-authenticate'],
  405: ['allow'],
};

describe('the status catalog, through the real exchange endpoint', () => {
  it('covers every status code the articles list', () => {
    const have = new Set(STATUS_EXAMPLES.map((e) => e.status));
    for (const code of [200, 201, 202, 204, 301, 303, 304, 307, 400, 401, 403, 404, 405, 406, 409, 412, 415, 500]) {
      expect(have, String(code)).toContain(code);
    }
  });

  for (const example of STATUS_EXAMPLES) {
    it(`${example.status}: its example produces it, with the required headers and a why note`, async () => {
      const token = await freshToken();
      for (const setup of example.setup ?? []) await servers.exchange(setup.replaceAll('{{token}}', token));
      const { res, body } = await servers.exchange(example.request.replaceAll('{{token}}', token));
      expect(res.status).toBe(201);
      const ex = body as unknown as ExchangeJson;
      expect(ex.response.status, ex.response.raw.slice(0, 400)).toBe(example.status);

      for (const name of REQUIRED[example.status] ?? []) {
        expect(getHeader(ex.response.message, name), `${name} on ${example.status}`).toBeDefined();
      }
      if (example.status === 202) expect(getHeader(ex.response.message, 'location')).toBeDefined();
      if (example.status === 204 || example.status === 304) {
        const raw = ex.response.raw;
        expect(raw.endsWith('\r\n\r\n')).toBe(true);
        expect(raw.indexOf('\r\n\r\n')).toBe(raw.length - 4);
      }

      const deciding = ex.trace.find((s) => s.status === example.status);
      expect(deciding, JSON.stringify(ex.trace)).toBeDefined();
      const why = ex.notes.find((n) => n.id === 'why-status');
      expect(why).toBeDefined();
      expect(why!.summary.en).toContain(deciding!.fact);
      expect(why!.summary.ko).toContain(deciding!.factKo ?? deciding!.fact);
      expect(why!.summary.ko).toMatch(/[가-힣]/);
      expect(ex.notes.some((n) => n.id === `status-${example.status}`)).toBe(true);
    });
  }

  it('has en/ko words for every decision the mock API can take', () => {
    const missing = DECISION_IDS.filter((id) => !getDecisionText(id));
    expect(missing).toEqual([]);
  });
});
