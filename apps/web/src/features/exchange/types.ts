import type { RequestMessage, ResponseMessage, Span } from '@teapot/http-message';
import type { Note } from '@teapot/http-notes';

/** One step of the mock API's decision trace, as the playground API sends it. */
export interface TraceStepView {
  decision: string;
  passed: boolean;
  fact: string;
  params?: Record<string, string | number>;
  status?: number;
}

/** The exchange resource of POST /api/exchanges. */
export interface Exchange {
  id: string;
  createdAt: string;
  request: {
    raw: string;
    original?: string;
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
    end: string;
    truncated: boolean;
    errorCode?: string;
    message: ResponseMessage | null;
  };
  trace: TraceStepView[];
  traceInfo: { status: number; route?: string; sandbox?: string } | null;
  notes: Note[];
  timings: { connectMs?: number; totalMs: number };
}

/** The bytes a note is about, lit in the raw request or response. */
export interface Highlight {
  target: 'request' | 'response';
  span: Span;
  /** Scroll them into view (a note was focused from the keyboard, not just hovered). */
  reveal?: boolean;
}
