/**
 * Entity-tags and the lists in If-Match / If-None-Match.
 *
 * ```
 * entity-tag = [ weak ] opaque-tag
 * weak       = %s"W/"
 * opaque-tag = DQUOTE *etagc DQUOTE
 * etagc      = %x21 / %x23-7E / obs-text
 * If-Match   = "*" / #entity-tag
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3
 */

export interface EntityTag {
  weak: boolean;
  /** The opaque-tag without its quotes. */
  opaque: string;
}

export type EntityTagList = { kind: 'any' } | { kind: 'tags'; tags: EntityTag[] } | { kind: 'invalid' };

// One list member: optional W/, a quoted opaque-tag, then a comma or the end.
const MEMBER = /^\s*(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"\s*(?:,|$)/;

/**
 * Parses the value of If-Match or If-None-Match.
 * @example parseEntityTagList('"a", W/"b"') // { kind: 'tags', tags: [{ weak: false, opaque: 'a' }, { weak: true, opaque: 'b' }] }
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-13.1.1
 */
export function parseEntityTagList(value: string): EntityTagList {
  if (value.trim() === '*') return { kind: 'any' };
  const tags: EntityTag[] = [];
  let rest = value;
  while (rest.trim() !== '') {
    if (/^\s*,/.test(rest)) {
      rest = rest.replace(/^\s*,/, '');
      continue;
    }
    const m = MEMBER.exec(rest);
    if (!m) return { kind: 'invalid' };
    tags.push({ weak: m[1] !== undefined, opaque: m[2] ?? '' });
    rest = rest.slice(m[0].length);
  }
  return tags.length > 0 ? { kind: 'tags', tags } : { kind: 'invalid' };
}

/**
 * Parses one entity-tag as sent in ETag, e.g. `"abc"` or `W/"abc"`.
 * @example parseEntityTag('"v4"') // { weak: false, opaque: 'v4' }
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3
 */
export function parseEntityTag(value: string): EntityTag | undefined {
  const list = parseEntityTagList(value);
  return list.kind === 'tags' && list.tags.length === 1 ? list.tags[0] : undefined;
}

/**
 * Strong comparison: both strong and the same opaque-tag.
 * @example strongMatch({ weak: false, opaque: 'a' }, { weak: false, opaque: 'a' }) // true
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3.2
 */
export function strongMatch(a: EntityTag, b: EntityTag): boolean {
  return !a.weak && !b.weak && a.opaque === b.opaque;
}

/**
 * Weak comparison: the same opaque-tag, weakness ignored.
 * @example weakMatch({ weak: true, opaque: 'a' }, { weak: false, opaque: 'a' }) // true
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3.2
 */
export function weakMatch(a: EntityTag, b: EntityTag): boolean {
  return a.opaque === b.opaque;
}

/**
 * Formats an entity-tag for the ETag header.
 * @example formatEntityTag({ weak: false, opaque: 'v4' }) // '"v4"'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3
 */
export function formatEntityTag(tag: EntityTag): string {
  return `${tag.weak ? 'W/' : ''}"${tag.opaque}"`;
}
