/**
 * The part of an exchange the live list needs for its rows. The full exchange (the same
 * JSON as POST /api/exchanges returns) is handed on, as received, to whoever renders it.
 */
export interface LiveExchange {
  id: string;
  createdAt: string;
  request: { raw: string };
  response: { status: number | null; reason: string | null };
}

export type LiveState = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'full' | 'error';
