/** Test helper: an exchange built from a few facts, in the shape the playground sends. */
import type { ExchangeLike } from './types.ts';

const none = { start: 0, end: 0 };

export interface ExchangeFacts {
  method: string;
  target: string;
  status: number;
  requestHeaders?: Record<string, string>;
  responseHeaders?: Record<string, string>;
  content?: string;
}

function fields(headers: Record<string, string> = {}) {
  return Object.entries(headers).map(([name, value]) => ({
    name,
    value,
    span: none,
    nameSpan: none,
    valueSpan: none,
  }));
}

export function exchangeOf(facts: ExchangeFacts): ExchangeLike {
  return {
    request: {
      message: {
        requestLine: {
          method: facts.method,
          target: facts.target,
          version: 'HTTP/1.1',
          span: none,
          methodSpan: none,
          targetSpan: none,
          versionSpan: none,
        },
        headers: fields(facts.requestHeaders),
      },
    },
    response: {
      status: facts.status,
      message: { headers: fields(facts.responseHeaders), content: facts.content ?? '' },
    },
  };
}
