/**
 * Every problem type the mock API sends: a stable slug (the end of the `type` URI), the status,
 * and a title that never changes between occurrences.
 * @see https://www.rfc-editor.org/rfc/rfc9457#section-3.1
 */

export interface ProblemTypeInfo {
  status: number;
  title: string;
}

export const PROBLEM_TYPES = {
  'not-implemented': { status: 501, title: 'Method not implemented' },
  'uri-lowercase': { status: 404, title: 'Path is not lowercase' },
  'uri-file-extension': { status: 404, title: 'File extension in the path' },
  'uri-underscore': { status: 404, title: 'Underscore in the path' },
  'uri-crud-verb': { status: 404, title: 'CRUD verb in the path' },
  'not-found': { status: 404, title: 'Resource not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'invalid-query': { status: 400, title: 'Invalid query parameter' },
  unauthenticated: { status: 401, title: 'Authentication required' },
  'invalid-token': { status: 401, title: 'Token not recognized' },
  'sandbox-gone': { status: 401, title: 'Sandbox no longer exists' },
  'read-only-token': { status: 403, title: 'Read-only token' },
  'teacher-only': { status: 403, title: 'Teachers only' },
  'content-too-large': { status: 413, title: 'Content too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'not-acceptable': { status: 406, title: 'No acceptable representation' },
  'precondition-failed': { status: 412, title: 'Precondition failed' },
  'precondition-required': { status: 428, title: 'Precondition required' },
  'missing-content': { status: 400, title: 'Request content required' },
  'malformed-json': { status: 400, title: 'Malformed JSON' },
  'validation-failed': { status: 422, title: 'Validation failed' },
  duplicate: { status: 409, title: 'Duplicate value' },
  'transition-not-allowed': { status: 409, title: 'State transition not allowed' },
  'store-not-empty': { status: 409, title: 'Store is not empty' },
  'sandbox-full': { status: 507, title: 'Sandbox is full' },
  'internal-error': { status: 500, title: 'Internal server error' },
} as const satisfies Record<string, ProblemTypeInfo>;

export type ProblemCode = keyof typeof PROBLEM_TYPES;

/** Where problem type URIs live; the slug follows. */
export const PROBLEM_TYPE_BASE = 'https://teapot.dev/problems/';

/**
 * The table entry of a problem type, or `undefined` for an unknown slug.
 * @example getProblemType('store-not-empty')?.status // 409
 * @see https://www.rfc-editor.org/rfc/rfc9457#section-3.1.1
 */
export function getProblemType(code: string): ProblemTypeInfo | undefined {
  return Object.hasOwn(PROBLEM_TYPES, code) ? PROBLEM_TYPES[code as ProblemCode] : undefined;
}
