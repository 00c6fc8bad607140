import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { Exchange } from '../types.ts';

/** POST /api/exchanges with the raw request text as `message/http`. */
export function createExchange(raw: string): Promise<Exchange> {
  return apiFetch<Exchange>('/api/exchanges', {
    method: 'POST',
    headers: { 'Content-Type': 'message/http' },
    body: raw,
  });
}

export function useCreateExchange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExchange,
    onSuccess: (exchange) => {
      queryClient.setQueryData(['exchanges', exchange.id], exchange);
    },
  });
}
