/**
 * Between an exchange from the playground API and a history entry in the browser: the
 * parsed messages are dropped when storing (they are re-derived from the raw text when an
 * entry is reopened), which keeps 200 entries well inside the browser's storage.
 */
import { parseRequest, parseResponse } from '@teapot/http-message';
import type { Exchange } from '../features/exchange/types.ts';
import type { HistoryEntry } from '../features/history/history-entry.ts';

type StoredExchange = Omit<Exchange, 'request' | 'response'> & {
  request: Omit<Exchange['request'], 'message'>;
  response: Omit<Exchange['response'], 'message'>;
};

export function toHistoryEntry(
  exchange: Exchange,
  draft: string,
  source: HistoryEntry['source'],
): HistoryEntry {
  const { message: _req, ...request } = exchange.request;
  const { message: _res, ...response } = exchange.response;
  const line = exchange.request.message.requestLine;
  const detail: StoredExchange = { ...exchange, request, response };
  return {
    id: exchange.id,
    createdAt: exchange.createdAt,
    method: line?.method ?? '',
    target: line?.target ?? '',
    status: exchange.response.status,
    reason: exchange.response.reason,
    totalMs: exchange.timings.totalMs,
    draft,
    requestRaw: exchange.request.raw,
    responseRaw: exchange.response.raw,
    source,
    detail,
  };
}

function isStored(value: unknown): value is StoredExchange {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.request === 'object' &&
    v.request !== null &&
    typeof v.response === 'object' &&
    v.response !== null &&
    Array.isArray(v.notes) &&
    Array.isArray(v.trace)
  );
}

/** The exchange again, for the exchange view; notes and trace only when they were kept. */
export function fromHistoryEntry(entry: HistoryEntry): Exchange {
  const request = parseRequest(entry.requestRaw);
  const method = request.requestLine?.method;
  const response = entry.responseRaw
    ? parseResponse(entry.responseRaw, { requestMethod: method, closed: true })
    : null;
  if (isStored(entry.detail)) {
    const d = entry.detail;
    return {
      ...d,
      request: { ...d.request, message: request },
      response: { ...d.response, message: response },
    };
  }
  const bytes = (s: string) => new TextEncoder().encode(s).length;
  return {
    id: entry.id,
    createdAt: entry.createdAt,
    request: {
      raw: entry.requestRaw,
      notSent: '',
      bytes: bytes(entry.requestRaw),
      lineEndingsNormalized: 0,
      message: request,
    },
    response: {
      raw: entry.responseRaw,
      status: entry.status,
      reason: entry.reason,
      bytes: bytes(entry.responseRaw),
      end: 'complete',
      truncated: false,
      message: response,
    },
    trace: [],
    traceInfo: null,
    notes: [],
    timings: { totalMs: entry.totalMs },
  };
}
