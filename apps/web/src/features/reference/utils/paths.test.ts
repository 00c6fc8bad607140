import { describe, expect, it } from 'vitest';
import { parseReferencePath, referencePath } from './paths.ts';

describe('reference paths', () => {
  it.each([
    ['/reference', { kind: 'status-codes' }],
    ['/reference/methods', { kind: 'methods' }],
    ['/reference/status-codes/404', { kind: 'status-codes', key: '404' }],
    ['/reference/headers/Content-Type', { kind: 'headers', key: 'Content-Type' }],
    ['/reference/headers/X%20Odd', { kind: 'headers', key: 'X Odd' }],
    ['/reference/headers/%E0%A4%A', { kind: 'headers' }],
    ['/reference/rules/uri-lowercase', { kind: 'rules', key: 'uri-lowercase' }],
    ['/reference/nonsense/1', { kind: 'status-codes' }],
    ['/lessons', { kind: 'status-codes' }],
  ])('%s', (path, expected) => {
    expect(parseReferencePath(path)).toEqual(expected);
  });

  it('builds paths that read back the same', () => {
    expect(referencePath('status-codes', 405)).toBe('/reference/status-codes/405');
    expect(referencePath('headers')).toBe('/reference/headers');
    expect(parseReferencePath(referencePath('headers', 'WWW-Authenticate'))).toEqual({
      kind: 'headers',
      key: 'WWW-Authenticate',
    });
  });
});
