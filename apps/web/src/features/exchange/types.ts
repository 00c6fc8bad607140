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
  /** A note about them has the focus (not just the pointer): the request they are in opens. */
  focused?: boolean;
  /** Scroll them into view (the focus came from the keyboard; a click must not move the note). */
  reveal?: boolean;
}
