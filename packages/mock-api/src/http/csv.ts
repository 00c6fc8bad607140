/**
 * CSV text as RFC 4180 describes it: CRLF line breaks, a header line, and fields quoted when
 * they hold a comma, a quote or a line break.
 * @see https://www.rfc-editor.org/rfc/rfc4180#section-2
 */

type Cell = string | number | boolean | null | undefined;

function field(value: Cell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as CSV with a header line of `columns`.
 * @example toCsv(['id', 'name'], [{ id: 1, name: 'Kim, Minjun' }]) // 'id,name\r\n1,"Kim, Minjun"\r\n'
 * @see https://www.rfc-editor.org/rfc/rfc4180#section-2
 */
export function toCsv<K extends string>(
  columns: readonly K[],
  rows: readonly Partial<Record<K, Cell>>[],
): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(row[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}
