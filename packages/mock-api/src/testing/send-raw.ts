/**
 * Test helpers: turn raw HTTP/1.1 request text into a `Request` for `app.request()`, and get
 * tokens the way a learner does (POST /tokens).
 */
import type { createMockApi } from '../create-mock-api.ts';
import type { Trace } from '../trace-types.ts';

type App = ReturnType<typeof createMockApi>;

/** Parses raw request text (CRLF) into a Request against http://localhost:8081. */
export function toRequest(raw: string, token = ''): Request {
  const text = raw.replaceAll('{{token}}', token);
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) throw new Error('raw request has no blank line after the head');
  const [start = '', ...lines] = text.slice(0, split).split('\r\n');
  const [method = '', target = ''] = start.split(' ');
  const headers = new Headers();
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const body = text.slice(split + 4);
  const init: RequestInit = { method, headers };
  if (body !== '' && method !== 'GET' && method !== 'HEAD') init.body = body;
  return new Request(`http://localhost:8081${target}`, init);
}

/** Sends raw text to the app and returns the response with its body text. */
export async function sendRaw(app: App, raw: string, token = ''): Promise<{ res: Response; text: string }> {
  const res = await app.request(toRequest(raw, token));
  return { res, text: await res.text() };
}

/** A fresh token (and sandbox), as a learner gets one. */
export async function newToken(
  app: App,
  role: 'editor' | 'viewer' = 'editor',
  auth?: string,
): Promise<string> {
  const res = await app.request('/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: `Bearer ${auth}` } : {}) },
    body: JSON.stringify({ role }),
  });
  if (res.status !== 201) throw new Error(`POST /tokens answered ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/** Headers for a request with a bearer token and, optionally, a JSON content type. */
export function bearer(token: string, contentType?: string): Record<string, string> {
  return { Authorization: `Bearer ${token}`, ...(contentType ? { 'Content-Type': contentType } : {}) };
}

/** The step that decided the response: the last one carrying a status. */
export function decidingStep(trace: Trace | undefined) {
  return trace ? [...trace.steps].reverse().find((s) => s.status !== undefined) : undefined;
}
