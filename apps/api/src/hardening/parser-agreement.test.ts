import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRequest } from '@teapot/http-message';
import { explain, KNOWN_DIFFERENCES } from './known-differences.ts';
import { startNodeJudge } from './node-judge.ts';
import type { NodeJudge } from './node-judge.ts';
import { mutatedRequest, VALID_REQUESTS } from './request-mutations.ts';

let node: NodeJudge;
beforeAll(async () => {
  node = await startNodeJudge();
});
afterAll(() => node.close());

const isBad = (text: string) => parseRequest(text).problems.some((p) => p.level === 'bad');

describe("parseRequest and Node's parser, on the same bytes", () => {
  it.each(VALID_REQUESTS)('both accept the valid request %j', async (text) => {
    expect(isBad(text)).toBe(false);
    expect((await node.judge(text)).verdict).toBe('accepted');
  });

  it.each([
    'GET /users/1 HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
    'GET /users/1 HTTP/1.1\r\nHost: a\r\nX: a\x00b\r\n\r\n',
    'GET /users/1 HTTP/1.1\r\nHost: a\r\nX-A: 1\r\n folded\r\n\r\n',
    'POST /users HTTP/1.1\r\nHost: a\r\nContent-Length: 9\r\n\r\nshort',
  ])('both reject %j', async (text) => {
    expect(isBad(text)).toBe(true);
    expect((await node.judge(text)).verdict).toBe('refused');
  });

  it.each(KNOWN_DIFFERENCES)(
    'known difference $id is still real, and explained by its entry',
    async (entry) => {
      const request = parseRequest(entry.example);
      const nodeAccepts = (await node.judge(entry.example)).verdict === 'accepted';
      expect({ parserBad: isBad(entry.example), nodeAccepts }).toEqual(
        entry.stricter === 'parser'
          ? { parserBad: true, nodeAccepts: true }
          : { parserBad: false, nodeAccepts: false },
      );
      expect(explain(entry.stricter, request, entry.example).map((d) => d.id)).toContain(entry.id);
    },
  );

  it('agree on accept or reject for mutated requests, apart from the known differences', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedRequest, async (mutant) => {
        // Judge the first message only: what follows it is another request, for both parsers.
        const text = mutant.slice(0, parseRequest(mutant).messageEnd);
        const request = parseRequest(text);
        const parserBad = request.problems.some((p) => p.level === 'bad');
        const { verdict, status } = await node.judge(text);
        expect(verdict, 'Node neither answered nor closed').not.toBe('hung');
        const nodeAccepts = verdict === 'accepted';
        if (parserBad !== nodeAccepts) return;
        const stricter = parserBad ? 'parser' : 'node';
        const problems = request.problems.map((p) => `${p.level} ${p.key}`).join(', ') || 'none';
        expect(
          explain(stricter, request, text),
          `${stricter} is stricter (Node: ${verdict} ${status ?? ''}; parser: ${problems}) on ${JSON.stringify(text)}`,
        ).not.toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
