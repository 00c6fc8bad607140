/**
 * Search over the knowledge base in English and Korean at once: status codes, method and
 * header names, summaries and explanations. Every word of the query must match somewhere.
 */

/** What one entry offers to the search. */
export interface SearchFields {
  /** The entry's key: "404", "GET", "Content-Type". An exact match ranks first. */
  key: string;
  /** Short names: reason phrase, summaries. Matches here rank above the longer texts. */
  names: string[];
  /** Longer texts in both languages. */
  texts: string[];
}

/** Lowercase, Unicode-normalized (NFC), whitespace collapsed. */
export function normalize(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function score(fields: SearchFields, words: string[], compact: string): number {
  const key = normalize(fields.key);
  const names = fields.names.map(normalize);
  const texts = fields.texts.map(normalize);
  const all = [key, ...names, ...texts];
  // Korean is often written with or without the space: "상태 코드" / "상태코드".
  const matches = (w: string) => all.some((s) => s.includes(w) || s.replaceAll(' ', '').includes(w));
  if (!words.every(matches)) {
    if (!all.some((s) => s.replaceAll(' ', '').includes(compact))) return 0;
  }
  const query = words.join(' ');
  if (key === query) return 100;
  if (key.startsWith(query)) return 80;
  if (names.some((n) => n.includes(query))) return 60;
  if (words.every((w) => key.includes(w) || names.some((n) => n.includes(w)))) return 40;
  return 10;
}

/**
 * The items that match `query`, best first (exact key, key prefix, name, then text);
 * all items, in their order, for an empty query.
 * @example searchEntries(codes, '찾을 수', (c) => ({ key: String(c.code), names: [c.reason], texts: [] }))
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
export function searchEntries<T>(items: readonly T[], query: string, fields: (item: T) => SearchFields): T[] {
  const q = normalize(query);
  if (q === '') return [...items];
  const words = q.split(' ');
  const compact = q.replaceAll(' ', '');
  return items
    .map((item, i) => ({ item, i, s: score(fields(item), words, compact) }))
    .filter((r) => r.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((r) => r.item);
}
