/**
 * Reason phrases of the status codes this API can send.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
export const STATUS_TEXT = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  301: 'Moved Permanently',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  507: 'Insufficient Storage',
} as const satisfies Record<number, string>;

/**
 * The reason phrase of a status, or `undefined` for one this API never sends.
 * @example statusText(412) // 'Precondition Failed'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
export function statusText(status: number): string | undefined {
  return Object.hasOwn(STATUS_TEXT, status) ? STATUS_TEXT[status as keyof typeof STATUS_TEXT] : undefined;
}
