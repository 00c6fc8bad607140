import { describe, expect, it } from 'vitest';
import { rfc2324, rfc6585, rfc9110, spec } from './spec.ts';

describe('spec links', () => {
  it('builds a section link', () => {
    expect(rfc9110('15.5.6')).toEqual({
      rfc: 'RFC 9110',
      section: '15.5.6',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6',
    });
    expect(rfc6585('4').url).toBe('https://www.rfc-editor.org/rfc/rfc6585#section-4');
    expect(rfc2324('2.3.2').url).toBe('https://www.rfc-editor.org/rfc/rfc2324#section-2.3.2');
  });

  it('builds an appendix link', () => {
    expect(spec(9110, 'B.2').url).toBe('https://www.rfc-editor.org/rfc/rfc9110#appendix-B.2');
  });

  it('rejects malformed sections', () => {
    expect(() => rfc9110('§15.5')).toThrow();
    expect(() => rfc9110('')).toThrow();
    expect(() => rfc9110('15.')).toThrow();
    expect(() => spec(0, '1')).toThrow();
  });
});
