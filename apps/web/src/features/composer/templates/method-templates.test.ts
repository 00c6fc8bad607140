import { describe, expect, it } from 'vitest';
import { parseRequest } from '@teapot/http-message';
import { TEMPLATE_METHODS, methodTemplate } from './method-templates.ts';

describe('method templates', () => {
  it.each(TEMPLATE_METHODS)('%s is a well-formed request once the token is filled in', (method) => {
    const text = methodTemplate(method, 'localhost:8081').replace('{{token}}', 'abc123');
    const parsed = parseRequest(text);
    expect(parsed.requestLine?.method).toBe(method);
    expect(parsed.problems.filter((p) => p.level === 'bad')).toEqual([]);
    expect(parsed.complete).toBe(true);
  });

  it('counts Content-Length in bytes (Korean names are 3 bytes a character)', () => {
    expect(methodTemplate('POST', 'h')).toContain('Content-Length: 52\n');
  });

  it('asks for a token only on unsafe methods', () => {
    const withToken = TEMPLATE_METHODS.filter((m) => methodTemplate(m, 'h').includes('{{token}}'));
    expect(withToken).toEqual(['POST', 'PUT', 'PATCH', 'DELETE']);
  });
});
