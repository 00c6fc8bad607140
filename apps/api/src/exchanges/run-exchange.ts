/**
 * One exchange: the learner's raw text → normalized bytes → real socket → raw response
 * → parsed → annotated. Everything the learner sent and received is kept.
 */
import { normalizeLineEndings, parseRequest, parseResponse } from '@teapot/http-message';
import type { RequestMessage, ResponseMessage } from '@teapot/http-message';
import { lintExchange } from '@teapot/http-notes';
import type { ExchangeDocument } from '@teapot/http-notes';
import type { Trace } from '@teapot/mock-api';
import { sendRaw } from '../relay/send-raw.ts';
import type { RelayEnd, RelayLimits, RelayTarget } from '../relay/send-raw.ts';
import type { TraceStore } from '../relay/trace-store.ts';

/** The exchange document this server sends; its shape lives in @teapot/http-notes. */
export type Exchange = ExchangeDocument;

export interface DescribeInput {
  id: string;
  original: string | undefined;
  sent: string;
  bytes: number;
  normalizedCount: number;
  request: RequestMessage;
  responseBytes: Buffer;
  end: RelayEnd;
  errorCode: string | undefined;
  trace: Trace | null;
  timings: Exchange['timings'];
  annotate?: boolean;
  /** The playground added the empty line that ends the head. */
  headTerminated?: boolean;
  /** A parse of exactly these response bytes made while reading, if any. */
  parsed?: { text: string; parsed: ResponseMessage } | null;
}

/** Parses the response, lints the pair, and assembles the exchange document. */
export function describeExchange(input: DescribeInput): Exchange {
  const { request, trace } = input;
  const method = request.requestLine?.method;
  const rawResponse = input.responseBytes.toString('utf8');
  const closed = input.end === 'closed';
  const reuse = input.parsed && input.parsed.text === rawResponse ? input.parsed.parsed : null;
  const response = reuse ?? (rawResponse.length > 0 ? parseResponse(rawResponse, { requestMethod: method, closed }) : null);
  const notes = input.annotate === false ? [] : lintExchange({
    request,
    response,
    trace,
    normalizedLineEndings: input.normalizedCount,
    notSent: request.rest,
    relayEnd: input.end,
    headTerminated: input.headTerminated ?? false,
  });
  return {
    id: input.id,
    createdAt: new Date().toISOString(),
    request: {
      raw: input.sent,
      ...(input.original !== undefined ? { original: input.original } : {}),
      notSent: request.rest,
      bytes: input.bytes,
      lineEndingsNormalized: input.normalizedCount,
      message: request,
    },
    response: {
      raw: rawResponse,
      status: response?.statusLine?.status ?? null,
      reason: response?.statusLine?.reason ?? null,
      bytes: input.responseBytes.byteLength,
      end: input.end,
      truncated: input.end === 'truncated',
      ...(input.errorCode ? { errorCode: input.errorCode } : {}),
      message: response,
    },
    trace: trace?.steps ?? [],
    traceInfo: trace ? { status: trace.status, route: trace.route, sandbox: trace.sandbox } : null,
    notes,
    timings: input.timings,
  };
}

export interface RunExchangeOptions {
  id: string;
  target: RelayTarget;
  limits: RelayLimits;
  traces: TraceStore;
  /** False skips the notes (`?annotate=false`), for scripts that only want the bytes. */
  annotate?: boolean;
}

const encoder = new TextEncoder();

/** True when the bytes end inside a UTF-8 sequence (more bytes of the character are coming). */
export function endsMidCharacter(bytes: Uint8Array): boolean {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back] ?? 0;
    if ((b & 0xc0) !== 0x80) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      return need > back;
    }
  }
  return false;
}

export async function runExchange(text: string, options: RunExchangeOptions): Promise<Exchange> {
  const normalized = normalizeLineEndings(text);
  let request = parseRequest(normalized.text);
  // A head typed without its final empty line would leave the server waiting for more
  // header fields until it times out. Every real client ends the head; so does the playground.
  let headTerminated = false;
  if (request.problems.some((p) => p.key === 'missing-blank-line')) {
    normalized.text += normalized.text.endsWith('\r\n') ? '\r\n' : '\r\n\r\n';
    normalized.changed = true;
    headTerminated = true;
    request = parseRequest(normalized.text);
  }
  const sent = normalized.text.slice(0, request.messageEnd);
  const payload = encoder.encode(sent);

  const method = request.requestLine?.method;
  let port: number | undefined;
  // The parse that found the response complete is reused, not repeated.
  let early: { text: string; parsed: ResponseMessage } | null = null;
  const relay = await sendRaw(payload, {
    target: options.target,
    limits: options.limits,
    onConnect: (p) => {
      port = p;
      options.traces.expect(p);
    },
    isComplete: (received) => {
      if (endsMidCharacter(received)) return false;
      const text = received.toString('utf8');
      const parsed = parseResponse(text, { requestMethod: method });
      early = { text, parsed };
      return parsed.complete;
    },
  });
  const traces = await options.traces.take(port);
  return describeExchange({
    id: options.id,
    original: normalized.changed ? text : undefined,
    sent,
    bytes: payload.byteLength,
    normalizedCount: normalized.count,
    request,
    responseBytes: relay.bytes,
    end: relay.end,
    errorCode: relay.errorCode,
    trace: traces[0] ?? null,
    parsed: relay.end === 'complete' ? early : null,
    annotate: options.annotate,
    headTerminated,
    timings: { ...(relay.connectMs !== undefined ? { connectMs: relay.connectMs } : {}), totalMs: relay.totalMs },
  });
}
