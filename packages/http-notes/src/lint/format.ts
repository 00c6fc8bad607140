import type { Lang, Localized } from '../types.ts';

/** True for a placeholder name: one or more of `[A-Za-z0-9_]` (a regex `\w+`). */
function isName(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!word) return false;
  }
  return true;
}

/**
 * `{name}` → its value, for names in `params`; anything else stays as written. A scan with
 * indexOf, not a regex replace with a callback: notes are filled for every exchange, and the
 * callback was most of the linter's time.
 */
function fillOne(s: string, params: Record<string, string | number>): string {
  let out = '';
  let from = 0;
  for (let open = s.indexOf('{'); open !== -1; open = s.indexOf('{', open + 1)) {
    const close = s.indexOf('}', open + 1);
    if (close === -1) break;
    const key = s.slice(open + 1, close);
    if (!isName(key) || !Object.hasOwn(params, key)) continue;
    out += s.slice(from, open) + String(params[key]);
    from = close + 1;
    open = close;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Fills `{name}` placeholders in both languages with the exchange's facts; `paramsKo` fills the
 * Korean when a fact differs by language (a trace fact with words). A text without placeholders
 * comes back as it is, not copied.
 * @example fill({ en: 'Allow lists {allow}', ko: 'Allow에 {allow}' }, { allow: 'GET, HEAD' })
 */
export function fill(
  text: Localized,
  params: Record<string, string | number> = {},
  paramsKo: Record<string, string | number> = params,
): Localized {
  const en = fillOne(text.en, params);
  const ko = fillOne(text.ko, paramsKo);
  return en === text.en && ko === text.ko ? text : { en, ko };
}

/**
 * A trace step's fact in one language: the Korean version when the fact has words, else the
 * fact itself (a symbolic fact reads the same in both).
 * @example stepFact({ fact: 'user 2 deleted', factKo: '사용자 2 삭제됨' }, 'ko') // '사용자 2 삭제됨'
 */
export function stepFact(step: { fact: string; factKo?: string }, lang: Lang): string {
  return lang === 'ko' ? (step.factKo ?? step.fact) : step.fact;
}
