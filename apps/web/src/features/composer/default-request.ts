/** Where the mock API listens by default; a new Host line uses it. The relay ignores Host for routing. */
export const DEFAULT_HOST = 'localhost:8081';

/** The request a new learner starts with. Lines end in CRLF on the wire; the editor shows LF. */
export const DEFAULT_REQUEST = [
  'GET /users/1 HTTP/1.1',
  `Host: ${DEFAULT_HOST}`,
  'Accept: application/json',
  '',
  '',
].join('\n');
