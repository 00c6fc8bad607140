import { describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api.ts';
import { decidingStep, newToken, sendRaw } from '../testing/send-raw.ts';
import type { Trace } from '../trace-types.ts';
import { STATUS_EXAMPLES } from './status-examples.ts';

const REQUIRED = [200, 201, 202, 204, 301, 303, 304, 307, 400, 401, 403, 404, 405, 406, 409, 412, 415, 500];

describe('STATUS_EXAMPLES', () => {
  it('covers every status the articles teach, once each', () => {
    const statuses = STATUS_EXAMPLES.map((e) => e.status);
    for (const s of REQUIRED) expect(statuses).toContain(s);
    expect(new Set(statuses).size).toBe(statuses.length);
  });

  it.each(STATUS_EXAMPLES.map((e) => [e.status, e] as const))(
    '%i: the raw request is well-formed HTTP/1.1',
    (_, example) => {
      const head = example.request.slice(0, example.request.indexOf('\r\n\r\n'));
      expect(head).toMatch(/^[A-Z]+ \/\S* HTTP\/1\.1\r\nHost: localhost:8081(\r\n[\w-]+: [^\r\n]+)*$/);
      expect(example.request.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const body = example.request.slice(head.length + 4);
      const declared = /\r\nContent-Length: (\d+)/.exec(head)?.[1];
      if (body !== '') expect(Number(declared)).toBe(new TextEncoder().encode(body).byteLength);
      expect(example.why.en.length).toBeGreaterThan(40);
      expect(example.why.ko).toMatch(/[가-힣]/);
    },
  );

  it.each(STATUS_EXAMPLES.map((e) => [e.status, e] as const))(
    '%i: the example produces exactly this status on a fresh sandbox',
    async (status, example) => {
      const traces: Trace[] = [];
      const app = createMockApi({ onExchange: ({ trace }) => traces.push(trace) });
      const token = await newToken(app);
      for (const setup of example.setup ?? []) await sendRaw(app, setup, token);
      const { res, text } = await sendRaw(app, example.request, token);

      expect(res.status).toBe(status);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(decidingStep(traces.at(-1))?.status).toBe(status);
      if ([201, 202, 301, 303, 307, 308].includes(status))
        expect(res.headers.get('location')).toMatch(/^\/[a-z0-9/-]*$/);
      if (status === 204 || status === 304) expect(text).toBe('');
      if (status === 304) expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/);
      if (status === 401) expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="teapot"/);
      if (status === 405) expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      if (status === 406) expect(res.headers.get('vary')).toContain('Accept');
      if (status === 415) expect(res.headers.get('accept-post')).toBe('application/json');
      if (status >= 400) {
        expect(res.headers.get('content-type')).toBe('application/problem+json');
        const problem = JSON.parse(text) as Record<string, unknown>;
        expect(problem).toMatchObject({
          status,
          instance: expect.stringMatching(/^\//),
          type: expect.stringMatching(/^https:\/\//),
        });
        expect(typeof problem.title).toBe('string');
        expect(typeof problem.detail).toBe('string');
      }
    },
  );

  it('500 leaks nothing of the failure behind it', async () => {
    const example = STATUS_EXAMPLES.find((e) => e.status === 500);
    const { text } = await sendRaw(createMockApi(), example?.request ?? '');
    expect(text).not.toMatch(/ECONNREFUSED|weather-station|Error:|\bat \w+ \(/);
  });
});
