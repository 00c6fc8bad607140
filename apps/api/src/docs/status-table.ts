/**
 * The README's table of status codes: code → the request that produces it → why. Generated
 * from the mock API's catalog, so the README cannot drift from what the server does.
 */
import { getStatusCode } from '@teapot/http-notes';
import { STATUS_EXAMPLES } from '@teapot/mock-api';

export const START = '<!-- status-table:start (generated from STATUS_EXAMPLES; npm run docs -w apps/api) -->';
export const END = '<!-- status-table:end -->';

function requestCell(raw: string): string {
  const [line = '', ...rest] = raw.split('\r\n');
  const headers = rest.slice(0, rest.indexOf('')).filter((h) => !/^(host|content-length):/i.test(h));
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  const parts = [line, ...headers, ...(body ? [body] : [])].map((p) => p.replaceAll('|', '\\|'));
  return `<code>${parts.join('<br>')}</code>`;
}

export function statusTable(): string {
  const rows = STATUS_EXAMPLES.map((e) => {
    const reason = getStatusCode(e.status)?.reason ?? '';
    return `| **${e.status}** ${reason} | ${requestCell(e.request)} | ${e.why.en.replaceAll('|', '\\|')} |`;
  });
  return [START, '', '| Status | Request (`{{token}}`: yours, from `POST /tokens`) | Why |', '|---|---|---|', ...rows, '', END].join('\n');
}
