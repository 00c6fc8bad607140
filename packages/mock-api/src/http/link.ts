/**
 * Pagination links in the Link header.
 * @see https://www.rfc-editor.org/rfc/rfc8288#section-3
 */

export interface Page {
  page: number;
  limit: number;
  total: number;
}

/** The last page number (at least 1). */
export function lastPage({ limit, total }: Page): number {
  return Math.max(1, Math.ceil(total / limit));
}

/**
 * Builds a Link value with first, prev, next and last for a paged collection.
 * @example pageLinks('/users', { page: 1, limit: 10, total: 12 }) // '</users?page=1&limit=10>; rel="first", </users?page=2&limit=10>; rel="next", </users?page=2&limit=10>; rel="last"'
 * @see https://www.rfc-editor.org/rfc/rfc8288#section-3.3
 */
export function pageLinks(path: string, p: Page): string {
  const last = lastPage(p);
  const href = (n: number) => `<${path}?page=${n}&limit=${p.limit}>`;
  const links = [`${href(1)}; rel="first"`];
  if (p.page > 1) links.push(`${href(Math.min(p.page - 1, last))}; rel="prev"`);
  if (p.page < last) links.push(`${href(p.page + 1)}; rel="next"`);
  links.push(`${href(last)}; rel="last"`);
  return links.join(', ');
}
