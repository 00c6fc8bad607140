import type { LiveExchange } from '../types.ts';

/** How many exchanges the live view keeps; older ones drop off the end. */
export const LIVE_MAX = 50;

/**
 * Adds an exchange at the top, newest first, at most `max` kept. An exchange already in
 * the list (the server replays recent ones after a reconnect) is not added twice.
 * @example addLiveExchange([], exchange)[0] === exchange
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html#server-sent-events
 */
export function addLiveExchange<T extends LiveExchange>(list: readonly T[], item: T, max = LIVE_MAX): T[] {
  if (list.some((e) => e.id === item.id)) return [...list];
  return [item, ...list].slice(0, Math.max(0, max));
}

/**
 * Reads one `exchange` event's data; null when it is not an exchange.
 * @example parseLiveExchange('{"id":"1",...}')?.id // '1'
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html#dispatchMessage
 */
export function parseLiveExchange(data: string): LiveExchange | null {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== 'object' || value === null) return null;
    const v = value as Partial<LiveExchange>;
    if (typeof v.id !== 'string' || typeof v.request?.raw !== 'string' || typeof v.response !== 'object')
      return null;
    return value as LiveExchange;
  } catch {
    return null;
  }
}

/**
 * The request line of a raw request, for a row's title: "GET /users/1".
 * @example requestTitle('GET /users/1 HTTP/1.1\r\nHost: x\r\n\r\n') // 'GET /users/1'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-3
 */
export function requestTitle(raw: string): string {
  const line = raw.slice(0, raw.search(/\r?\n|$/));
  return line.replace(/\s+HTTP\/\d(\.\d)?$/, '').trim();
}
