/**
 * @teapot/http-message: an isomorphic HTTP/1.1 message parser and serializer for the
 * playground. Everything takes and returns text; offsets are JS string indices; malformed
 * input becomes `problems`, never exceptions.
 * @see https://www.rfc-editor.org/rfc/rfc9112
 */
export type * from './types.ts';
export { parseRequest } from './parse-request.ts';
export { parseResponse } from './parse-response.ts';
export { serialize } from './serialize.ts';
export type {
  SerializableMessage,
  SerializableRequest,
  SerializableResponse,
  SerializeOptions,
} from './serialize.ts';
export { normalizeLineEndings } from './normalize.ts';
export type { NormalizedText } from './normalize.ts';
export { byteLength } from './utf8.ts';
export { getHeader, getHeaders } from './headers.ts';
export { decodeChunked } from './chunked.ts';
export type { ChunkedResult } from './chunked.ts';
export { PROBLEMS, PROBLEM_KEYS, getProblemInfo, isProblemKey } from './problems.ts';
export type { ProblemInfo } from './problems.ts';
export { describeChar, percentEncodeNonAscii } from './chars.ts';
export { STANDARD_METHODS } from './request-line.ts';
export * as grammar from './grammar.ts';
