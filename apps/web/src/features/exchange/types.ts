import type { Span } from '@teapot/http-message';
import type { ExchangeDocument, TraceStepLike } from '@teapot/http-notes';

/** One step of the mock API's decision trace, as the playground API sends it. */
export type TraceStepView = TraceStepLike;

/** The exchange resource of POST /api/exchanges (shape shared with the server). */
export type Exchange = ExchangeDocument;

/** The bytes a note is about, lit in the raw request or response. */
export interface Highlight {
  target: 'request' | 'response';
  span: Span;
  /** Scroll them into view (a note was focused from the keyboard, not just hovered). */
  reveal?: boolean;
}
