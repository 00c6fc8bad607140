/**
 * method-allowed (405 with an exact Allow) and OPTIONS (204 with Allow, plus Accept-Post and
 * Accept-Patch where the resource takes content).
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6
 */
import { BASE_HEADERS } from './base-headers.ts';
import type { Flow } from './flow.ts';
import { Reply } from './reply.ts';

/** Accept-Post / Accept-Patch for a resource, from its operations' accepted media types. */
export function acceptHeaders(f: Flow): Record<string, string> {
  const headers: Record<string, string> = {};
  const post = f.resource.operations.POST?.body;
  const patch = f.resource.operations.PATCH?.body;
  if (post) headers['Accept-Post'] = post.types.join(', ');
  if (patch) headers['Accept-Patch'] = patch.types.join(', ');
  return headers;
}

/**
 * Refuses a method the resource does not support, and answers OPTIONS.
 * @example checkMethod(flow, ['GET', 'HEAD', 'OPTIONS'], 'GET, HEAD, OPTIONS')
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9.3.7
 */
export function checkMethod(f: Flow, allow: readonly string[], allowValue = allow.join(', ')): void {
  const method = f.method;
  if (!allow.includes(method)) {
    f.refuse(
      'method-allowed',
      `${method} ∉ {${allowValue}}`,
      { method, allow: allowValue },
      {
        code: 'method-not-allowed',
        detail: `${f.path} does not support ${method}. It supports ${allowValue}.`,
        extensions: { allow: [...allow] },
        headers: { Allow: allowValue },
      },
    );
  }
  f.pass('method-allowed', `${method} ∈ {${allowValue}}`, { method, allow: allowValue });
  if (method === 'OPTIONS') {
    f.halt(
      'options',
      true,
      `OPTIONS → Allow: ${allowValue}`,
      { allow: allowValue },
      new Reply(204, null, { ...BASE_HEADERS, Allow: allowValue, ...acceptHeaders(f) }),
    );
  }
}
