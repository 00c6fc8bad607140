/**
 * The goal checker: a pure function from a goal and the learner's exchanges (oldest first)
 * to "met or not". The same function runs in the browser and in the solutions test.
 */
import { headerValues, locationPath, pathOf, requestPath } from './exchange-facts.ts';
import type { ExchangeLike, ExchangeMatch, Goal, HeaderMatch, StepMatch } from './types.ts';

function oneOf<T>(wanted: T | readonly T[] | undefined, actual: T | undefined): boolean {
  if (wanted === undefined) return true;
  if (actual === undefined) return false;
  return Array.isArray(wanted) ? wanted.includes(actual) : wanted === actual;
}

/** `*` matches one path segment; a trailing `**` matches the rest (one or more segments). */
function pathMatches(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const got = path.split('/');
  for (let i = 0; i < want.length; i++) {
    const w = want[i];
    if (w === '**') return got.length > i;
    const g = got[i];
    if (g === undefined) return false;
    if (w !== '*' && w !== g) return false;
    if (w === '*' && g === '') return false;
  }
  return got.length === want.length;
}

function hasHeaders(
  headers: ExchangeLike['request']['message']['headers'],
  wanted: readonly HeaderMatch[],
): boolean {
  return wanted.every((w) => {
    const values = headerValues(headers, w.name);
    if (w.includes === undefined) return values.length > 0;
    const needle = w.includes.toLowerCase();
    return values.some((v) => v.toLowerCase().includes(needle));
  });
}

/**
 * Whether one exchange matches a predicate.
 * @example matchExchange({ status: 405, responseHeaders: [{ name: 'allow' }] }, exchange)
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6
 */
export function matchExchange(match: ExchangeMatch, exchange: ExchangeLike): boolean {
  const line = exchange.request.message.requestLine;
  const response = exchange.response.message;
  if (!oneOf(match.method, line?.method)) return false;
  if (match.path !== undefined) {
    const path = line ? pathOf(line.target) : undefined;
    if (path === undefined || !pathMatches(match.path, path)) return false;
  }
  if (!oneOf(match.status, exchange.response.status ?? undefined)) return false;
  if (match.requestHeaders && !hasHeaders(exchange.request.message.headers, match.requestHeaders))
    return false;
  if (match.responseHeaders && !hasHeaders(response?.headers ?? [], match.responseHeaders)) return false;
  if (
    match.responseHeadersAbsent &&
    !match.responseHeadersAbsent.every((n) => headerValues(response?.headers ?? [], n).length === 0)
  ) {
    return false;
  }
  if (match.emptyResponseBody !== undefined && ((response?.content ?? '') === '') !== match.emptyResponseBody)
    return false;
  if (match.responseBodyIncludes !== undefined) {
    if (!(response?.content ?? '').toLowerCase().includes(match.responseBodyIncludes.toLowerCase()))
      return false;
  }
  return true;
}

function stepMatches(step: StepMatch, exchange: ExchangeLike, previous: ExchangeLike): boolean {
  if (!matchExchange(step, exchange)) return false;
  const path = requestPath(exchange);
  if (step.pathFromLocation && (path === undefined || path !== locationPath(previous))) return false;
  if (step.samePath && (path === undefined || path !== requestPath(previous))) return false;
  return true;
}

/** Tries every later exchange for the next step, so a learner's detours never hide a solution. */
function chainFrom(steps: readonly StepMatch[], exchanges: readonly ExchangeLike[], at: number): boolean {
  const [step, ...rest] = steps;
  if (!step) return true;
  const previous = exchanges[at];
  if (!previous) return false;
  for (let i = at + 1; i < exchanges.length; i++) {
    const candidate = exchanges[i];
    if (candidate && stepMatches(step, candidate, previous) && chainFrom(rest, exchanges, i)) return true;
  }
  return false;
}

/**
 * Whether the learner's exchanges (oldest first) meet a goal.
 * @example checkGoal({ id: 'g', text, solution: [], check: { status: 201, then: [{ method: 'GET', pathFromLocation: true, status: 200 }] } }, exchanges)
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
export function checkGoal(goal: Pick<Goal, 'check'>, exchanges: readonly ExchangeLike[]): boolean {
  const { then = [], times = 1, ...first } = goal.check;
  const starts = exchanges.flatMap((e, i) => (matchExchange(first, e) ? [i] : []));
  if (starts.length < times) return false;
  return then.length === 0 || starts.some((i) => chainFrom(then, exchanges, i));
}
