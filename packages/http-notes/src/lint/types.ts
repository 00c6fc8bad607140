import type { RequestMessage, ResponseMessage } from '@teapot/http-message';
import type { Note } from '../types.ts';

/** One decision of the mock API's trace (kept structural: notes never import the mock API). */
export interface TraceStepLike {
  decision: string;
  passed: boolean;
  fact: string;
  /** The fact in Korean, when the fact has words (a symbolic fact serves both languages). */
  factKo?: string;
  params?: Record<string, string | number>;
  status?: number;
}

/** A decision trace as the mock API records it. */
export interface TraceLike {
  steps: TraceStepLike[];
  status: number;
  route?: string;
  sandbox?: string;
}

export interface LintInput {
  request: RequestMessage;
  response: ResponseMessage | null;
  trace: TraceLike | null;
  /** How many lone LFs the playground turned into CRLF before sending. */
  normalizedLineEndings?: number;
  /** Bytes after the first message, which the playground did not send. */
  notSent?: string;
  /** The playground added the empty line that ends the head. */
  headTerminated?: boolean;
  /** How the relay's read ended ('closed', 'complete', 'timeout', ...). */
  relayEnd?: string;
}

/** One check: looks at the exchange and returns the notes it has to say. */
export type Check = (input: LintInput) => Note[];
