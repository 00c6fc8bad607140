/** The request a new learner starts with. Lines end in CRLF on the wire; the editor shows LF. */
export const DEFAULT_REQUEST = ['GET /users/1 HTTP/1.1', 'Host: localhost:8081', 'Accept: application/json', '', ''].join('\n');
