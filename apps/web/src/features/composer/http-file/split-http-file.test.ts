import { describe, expect, it } from 'vitest';
import { blockAt, isHttpFile, splitHttpFile } from './split-http-file.ts';

const FILE = [
  '# @name first',
  'GET /users/1 HTTP/1.1',
  'Host: localhost:8081',
  '',
  '###',
  '',
  '// create one',
  'POST /users HTTP/1.1',
  'Host: localhost:8081',
  'Content-Type: application/json',
  '',
  '{"name":"Kim"}',
  '',
  '### third',
  'DELETE /users/1 HTTP/1.1',
  'Host: localhost:8081',
].join('\n');

describe('splitHttpFile', () => {
  it('keeps a document without separators as one request, byte for byte', () => {
    const doc = 'GET / HTTP/1.1\nHost: a\n\n  \n';
    expect(isHttpFile(doc)).toBe(false);
    expect(splitHttpFile(doc)).toEqual([{ text: doc, from: 0, to: doc.length, requestFrom: 0 }]);
  });

  it('splits on ### lines and drops comment lines before the request line', () => {
    const blocks = splitHttpFile(FILE);
    expect(blocks.map((b) => b.text)).toEqual([
      'GET /users/1 HTTP/1.1\nHost: localhost:8081\n\n',
      'POST /users HTTP/1.1\nHost: localhost:8081\nContent-Type: application/json\n\n{"name":"Kim"}',
      'DELETE /users/1 HTTP/1.1\nHost: localhost:8081\n\n',
    ]);
  });

  it('reads # @name', () => {
    expect(splitHttpFile(FILE).map((b) => b.name)).toEqual(['first', undefined, undefined]);
  });

  it('ends a head that has no blank line before the separator', () => {
    const [first] = splitHttpFile('GET /a HTTP/1.1\nHost: x\n###\nGET /b HTTP/1.1\nHost: x');
    expect(first?.text).toBe('GET /a HTTP/1.1\nHost: x\n\n');
  });

  it('skips blocks that hold only comments', () => {
    expect(splitHttpFile('### nothing\n# just a comment\n###\nGET / HTTP/1.1\nHost: x\n')).toHaveLength(1);
  });

  it('points requestFrom at the request line', () => {
    const blocks = splitHttpFile(FILE);
    expect(FILE.slice(blocks[1]?.requestFrom).startsWith('POST /users')).toBe(true);
  });
});

describe('blockAt', () => {
  const blocks = splitHttpFile(FILE);
  it('finds the block under the cursor', () => {
    expect(blockAt(blocks, FILE.indexOf('{"name"'))?.text).toContain('POST /users');
    expect(blockAt(blocks, 0)?.name).toBe('first');
    expect(blockAt(blocks, FILE.length)?.text).toContain('DELETE');
  });
  it('takes the block before a separator line the cursor sits on', () => {
    expect(blockAt(blocks, FILE.indexOf('### third') + 2)?.text).toContain('POST /users');
  });
});
