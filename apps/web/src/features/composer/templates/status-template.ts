/**
 * The editor text for a status code's example: the setup requests first, then the example,
 * as an .http file (one request per `###` block) when there is setup to run.
 */

/**
 * @example statusTemplate('GET /x HTTP/1.1\r\nHost: a\r\n\r\n') // 'GET /x HTTP/1.1\nHost: a\n\n'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
export function statusTemplate(example: string, setup: readonly string[] = [], label?: string): string {
  const requests = [...setup, example].map((r) => r.replace(/\r\n/g, '\n'));
  if (requests.length === 1) return requests[0] ?? '';
  return requests
    .map((r, i) => {
      const name = i === requests.length - 1 ? (label ?? 'example') : `setup-${i + 1}`;
      return `# @name ${name}\n${r.replace(/\n*$/, '\n\n')}`;
    })
    .join('###\n');
}
