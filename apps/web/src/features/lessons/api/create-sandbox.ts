/**
 * Gets the learner a sandbox of their own: `POST /tokens` on the mock API, sent as an
 * ordinary, visible exchange through `POST /api/exchanges`.
 */
import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { ExchangeLike } from '@teapot/lessons';

/** The raw request a learner would type to get a token (LF; the playground sends CRLF). */
export const TOKEN_REQUEST =
  'POST /tokens HTTP/1.1\nHost: localhost:8081\nContent-Type: application/json\nContent-Length: 2\n\n{}';

export interface SandboxExchange extends ExchangeLike {
  id: string;
  request: ExchangeLike['request'] & { raw: string };
  response: ExchangeLike['response'] & { raw: string };
}

export interface CreatedSandbox {
  exchange: SandboxExchange;
  token: string | null;
}

function tokenOf(exchange: SandboxExchange): string | null {
  if (exchange.response.status !== 201) return null;
  try {
    const body: unknown = JSON.parse(exchange.response.message?.content ?? '');
    return body && typeof body === 'object' && 'token' in body && typeof body.token === 'string'
      ? body.token
      : null;
  } catch {
    return null;
  }
}

export async function createSandbox(): Promise<CreatedSandbox> {
  const exchange = await apiFetch<SandboxExchange>('/api/exchanges', {
    method: 'POST',
    headers: { 'Content-Type': 'message/http' },
    body: TOKEN_REQUEST,
  });
  return { exchange, token: tokenOf(exchange) };
}

export function useCreateSandbox(onToken: (token: string) => void) {
  return useMutation({
    mutationFn: createSandbox,
    onSuccess: ({ token }) => {
      if (token) onToken(token);
    },
  });
}
