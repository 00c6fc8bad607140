/**
 * One starter request per method, against the mock API's users collection. Unsafe methods
 * carry `Authorization: Bearer {{token}}` (the shared sample data is read-only without one).
 */
import { byteLength } from '@teapot/http-message';

export const TEMPLATE_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type TemplateMethod = (typeof TEMPLATE_METHODS)[number];

interface MethodTemplate {
  target: string;
  auth: boolean;
  headers: readonly string[];
  body?: string;
  /** Spec section of the method. */
  see: string;
}

const RFC9110 = 'https://www.rfc-editor.org/rfc/rfc9110';

const TEMPLATES = {
  GET: {
    target: '/users/1',
    auth: false,
    headers: ['Accept: application/json'],
    see: `${RFC9110}#section-9.3.1`,
  },
  HEAD: {
    target: '/users/1',
    auth: false,
    headers: ['Accept: application/json'],
    see: `${RFC9110}#section-9.3.2`,
  },
  POST: {
    target: '/users',
    auth: true,
    headers: ['Accept: application/json', 'Content-Type: application/json'],
    body: '{"name":"김민지","email":"minji.kim@example.com"}',
    see: `${RFC9110}#section-9.3.3`,
  },
  PUT: {
    target: '/users/1',
    auth: true,
    headers: ['Accept: application/json', 'Content-Type: application/json'],
    body: '{"name":"김민준","email":"minjun@example.com"}',
    see: `${RFC9110}#section-9.3.4`,
  },
  PATCH: {
    target: '/users/1',
    auth: true,
    headers: ['Accept: application/json', 'Content-Type: application/merge-patch+json'],
    body: '{"email":"minjun@example.com"}',
    see: 'https://www.rfc-editor.org/rfc/rfc5789#section-2',
  },
  DELETE: { target: '/users/2', auth: true, headers: [], see: `${RFC9110}#section-9.3.5` },
  OPTIONS: { target: '/users', auth: false, headers: [], see: `${RFC9110}#section-9.3.7` },
} as const satisfies Record<TemplateMethod, MethodTemplate>;

/** The spec link of a template's method. */
export function methodTemplateSee(method: TemplateMethod): string {
  return TEMPLATES[method].see;
}

/**
 * The editor text of a method's template (LF line endings, Content-Length in bytes).
 * @example methodTemplate('DELETE', 'localhost:8081') // 'DELETE /users/2 HTTP/1.1\nHost: localhost:8081\nAuthorization: Bearer {{token}}\n\n'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9.3
 */
export function methodTemplate(method: TemplateMethod, host: string): string {
  const t: MethodTemplate = TEMPLATES[method];
  const lines = [`${method} ${t.target} HTTP/1.1`, `Host: ${host}`, ...t.headers];
  if (t.auth) lines.push('Authorization: Bearer {{token}}');
  if (t.body !== undefined) lines.push(`Content-Length: ${byteLength(t.body)}`);
  return `${lines.join('\n')}\n\n${t.body ?? ''}`;
}
