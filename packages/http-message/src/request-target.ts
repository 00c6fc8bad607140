/**
 * The request-target: which of the four forms it takes, whether the method may use that form,
 * and the characters that are not allowed in it.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-3.2
 */
import { describeChar, excerpt, percentEncodeNonAscii } from './chars.ts';
import {
  absoluteForm,
  absoluteFormWithAuthority,
  asteriskForm,
  authorityForm,
  badPercent,
  nonAscii,
  originForm,
} from './grammar.ts';
import type { ProblemList } from './problem-list.ts';

export type TargetForm = 'origin' | 'absolute' | 'authority' | 'asterisk';

// URI characters (RFC 3986 section 2) plus everything above US-ASCII, which is reported apart.
const invalidAsciiChar = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]%\x80-\uFFFF]/;

/** The form of a target that has only valid characters, or null when it fits none. */
function formOf(target: string): TargetForm | null {
  if (asteriskForm.test(target)) return 'asterisk';
  if (target.startsWith('/')) return originForm.test(target) ? 'origin' : null;
  if (absoluteFormWithAuthority.test(target)) return absoluteForm.test(target) ? 'absolute' : null;
  if (authorityForm.test(target)) return 'authority';
  return absoluteForm.test(target) ? 'absolute' : null;
}

/** Whether `method` may use `form`: CONNECT only authority-form, OPTIONS alone also "*". */
function formAllowed(form: TargetForm, method: string): boolean {
  if (method === 'CONNECT') return form === 'authority';
  if (form === 'authority') return false;
  if (form === 'asterisk') return method === 'OPTIONS';
  return true;
}

/**
 * Checks the request-target found at offset `at`, reporting problems. Returns its form, or null
 * when it is not a valid target.
 */
export function checkRequestTarget(
  target: string,
  at: number,
  method: string,
  problems: ProblemList,
): TargetForm | null {
  const charSpan = (i: number) => ({ start: at + i, end: at + i + 1 });
  const whole = { start: at, end: at + target.length };
  const firstNonAscii = target.search(nonAscii);
  if (firstNonAscii >= 0) {
    const encoded = excerpt(percentEncodeNonAscii(target), 200);
    problems.add('non-ascii-request-target', charSpan(firstNonAscii), { target: excerpt(target), encoded });
  }
  const bad = target.search(invalidAsciiChar);
  if (bad >= 0) {
    problems.add('invalid-request-target', charSpan(bad), {
      target: excerpt(target),
      char: describeChar(target.charAt(bad)),
    });
    return null;
  }
  const percent = target.search(badPercent);
  if (percent >= 0) {
    problems.add('invalid-request-target', charSpan(percent), { target: excerpt(target), char: '%' });
    return null;
  }
  const hash = target.indexOf('#');
  if (hash >= 0) {
    problems.add(
      'fragment-in-request-target',
      { start: at + hash, end: whole.end },
      { fragment: excerpt(target.slice(hash)) },
    );
  }
  const form = formOf(percentEncodeNonAscii(hash >= 0 ? target.slice(0, hash) : target));
  if (form === null) {
    if (/^[A-Za-z0-9\-._~%]/.test(target)) {
      problems.add('target-missing-leading-slash', whole, { target: excerpt(target) });
    } else {
      const odd = Math.max(0, target.search(/[[\]]/));
      problems.add('invalid-request-target', charSpan(odd), {
        target: excerpt(target),
        char: describeChar(target.charAt(odd)),
      });
    }
    return null;
  }
  if (!formAllowed(form, method)) problems.add('target-form-not-allowed', whole, { form, method });
  if (form === 'absolute') problems.add('absolute-form-target', whole, { target: excerpt(target) });
  return form;
}
