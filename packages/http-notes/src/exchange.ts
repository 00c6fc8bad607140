/**
 * The annotated exchange as the playground API sends it (`POST /api/exchanges`, live traffic):
 * the server builds it and the UI reads it, so its shape is written once, here.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */
import type { RequestMessage, ResponseMessage } from '@teapot/http-message';
import type { TraceLike, TraceStepLike } from './lint/types.ts';
import type { Note } from './types.ts';

export interface ExchangeDocument {
  id: string;
  createdAt: string;
  request: {
    /** The bytes written to the socket, as text (CRLF-normalized head). */
    raw: string;
    /** What the learner typed, when normalization changed it. */
    original?: string;
    /** Bytes after the first message, which were not sent. */
    notSent: string;
    bytes: number;
    lineEndingsNormalized: number;
    message: RequestMessage;
  };
  response: {
    raw: string;
    status: number | null;
    reason: string | null;
    bytes: number;
    /** How the relay's read ended: 'closed', 'complete', 'truncated', 'timeout', ... */
    end: string;
    truncated: boolean;
    errorCode?: string;
    message: ResponseMessage | null;
  };
  trace: TraceStepLike[];
  traceInfo: Omit<TraceLike, 'steps'> | null;
  notes: Note[];
  timings: { connectMs?: number; totalMs: number };
}
