/**
 * How long the body is: the message body length rules, from the header fields.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-6.3
 */
import { excerpt } from './chars.ts';
import { contentLength, transferCodings } from './grammar.ts';
import { getHeaders } from './headers.ts';
import type { ProblemList } from './problem-list.ts';
import type { HeaderField, Span } from './types.ts';

export type Framing =
  | { kind: 'none' }
  | { kind: 'length'; length: number; field: HeaderField }
  | { kind: 'chunked'; field: HeaderField }
  /** Read until the server closes the connection (responses only). */
  | { kind: 'close' }
  /** The framing is broken; the whole remaining text is taken as the body. */
  | { kind: 'invalid' };

type Fields = readonly HeaderField[];

/** The length Content-Length declares, null without one, or 'invalid' (reported). */
export function contentLengthOf(
  headers: Fields,
  problems: ProblemList,
): { length: number; field: HeaderField } | 'invalid' | null {
  let first: { length: number; field: HeaderField } | undefined;
  let repeat: HeaderField | undefined;
  const values: string[] = [];
  for (const field of getHeaders({ headers }, 'content-length')) {
    for (const item of field.value.split(',')) {
      const value = item.replace(/^[ \t]+|[ \t]+$/g, '');
      values.push(value);
      const length = Number(value);
      if (!contentLength.test(value) || !Number.isSafeInteger(length)) {
        problems.add('content-length-invalid', field.span, { value: excerpt(field.value) });
        return 'invalid';
      }
      if (first === undefined) first = { length, field };
      else if (length !== first.length) {
        problems.add('content-length-duplicate-differs', field.span, { values: excerpt(values.join(', ')) });
        return 'invalid';
      } else repeat ??= field;
    }
  }
  if (first && repeat) problems.add('content-length-duplicate', repeat.span, { value: first.length });
  return first ?? null;
}

/** The Transfer-Encoding fields and whether chunked is the final coding, or null without any. */
function transferEncodingOf(
  headers: Fields,
): { field: HeaderField; codings: string[]; chunked: boolean } | null {
  const fields = getHeaders({ headers }, 'transfer-encoding');
  const field = fields[0];
  if (!field) return null;
  const codings = fields.flatMap((f) => transferCodings(f.value));
  return { field, codings, chunked: codings.at(-1) === 'chunked' };
}

function reportBoth(headers: Fields, problems: ProblemList): void {
  const cl = getHeaders({ headers }, 'content-length')[0];
  if (cl) problems.add('content-length-and-transfer-encoding', cl.span);
}

/**
 * A request's framing: chunked when Transfer-Encoding ends in chunked, else Content-Length,
 * else no body at all.
 */
export function requestFraming(headers: Fields, problems: ProblemList): Framing {
  const te = transferEncodingOf(headers);
  if (te) {
    reportBoth(headers, problems);
    // "A sender MUST NOT apply the chunked transfer coding more than once" (RFC 9112 §6.1).
    if (te.codings.filter((c) => c === 'chunked').length > 1) {
      problems.add('chunked-more-than-once', te.field.span, { codings: excerpt(te.codings.join(', ')) });
      return { kind: 'invalid' };
    }
    if (te.chunked) return { kind: 'chunked', field: te.field };
    problems.add('chunked-not-final', te.field.span, { codings: excerpt(te.codings.join(', ')) });
    return { kind: 'invalid' };
  }
  const cl = contentLengthOf(headers, problems);
  if (cl === 'invalid') return { kind: 'invalid' };
  return cl ? { kind: 'length', ...cl } : { kind: 'none' };
}

export interface ResponseContext {
  status: number | null;
  requestMethod: string | undefined;
  /** Where to point `read-until-close` (the status line). */
  anchor: Span;
}

/**
 * A response's framing: no body after HEAD, for 1xx, 204 and 304, and for a 2xx to CONNECT;
 * else chunked, Content-Length, or everything until the server closes the connection.
 */
export function responseFraming(headers: Fields, context: ResponseContext, problems: ProblemList): Framing {
  const { status, requestMethod } = context;
  if (status !== null && ((status >= 100 && status < 200) || status === 204)) {
    for (const field of headers) {
      const name = field.name.toLowerCase();
      if (name === 'content-length' || name === 'transfer-encoding') {
        problems.add('framing-header-on-1xx-or-204', field.span, { name: field.name, status });
      }
    }
    return { kind: 'none' };
  }
  if (requestMethod?.toUpperCase() === 'HEAD' || status === 304) return { kind: 'none' };
  if (requestMethod?.toUpperCase() === 'CONNECT' && status !== null && status >= 200 && status < 300)
    return { kind: 'none' };
  const te = transferEncodingOf(headers);
  if (te) {
    reportBoth(headers, problems);
    // "A sender MUST NOT apply the chunked transfer coding more than once" (RFC 9112 §6.1).
    if (te.codings.filter((c) => c === 'chunked').length > 1) {
      problems.add('chunked-more-than-once', te.field.span, { codings: excerpt(te.codings.join(', ')) });
      return { kind: 'invalid' };
    }
    if (te.chunked) return { kind: 'chunked', field: te.field };
    problems.add('read-until-close', te.field.span);
    return { kind: 'close' };
  }
  const cl = contentLengthOf(headers, problems);
  if (cl === 'invalid') return { kind: 'close' };
  if (cl) return { kind: 'length', ...cl };
  // Without a status line the framing is the least of the problems: say nothing more.
  if (status !== null) problems.add('read-until-close', context.anchor);
  return { kind: 'close' };
}
