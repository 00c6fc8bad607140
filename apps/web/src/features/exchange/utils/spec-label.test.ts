import { describe, expect, it } from 'vitest';
import { decisionFallback, specLabel } from './spec-label.ts';

describe('specLabel', () => {
  it.each([
    ['https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6', 'RFC 9110 §15.5.6'],
    ['https://www.rfc-editor.org/rfc/rfc9457#section-3', 'RFC 9457 §3'],
    ['https://www.rfc-editor.org/rfc/rfc6585.html#section-4', 'RFC 6585 §4'],
    ['https://www.rfc-editor.org/rfc/rfc5789', 'RFC 5789'],
    ['https://fetch.spec.whatwg.org/#http-cors-protocol', 'fetch.spec.whatwg.org'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, label) => {
    expect(specLabel(url)).toBe(label);
  });
});

describe('decisionFallback', () => {
  it('turns a kebab-case id into a question', () => {
    expect(decisionFallback('method-allowed')).toBe('Method allowed?');
    expect(decisionFallback('if_none_match')).toBe('If none match?');
    expect(decisionFallback('')).toBe('');
  });
});
