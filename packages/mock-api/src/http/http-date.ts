/**
 * HTTP-date: sent as IMF-fixdate; the two obsolete forms are accepted when received.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

// IMF-fixdate  = day-name "," SP date1 SP time-of-day SP GMT     (Sun, 06 Nov 1994 08:49:37 GMT)
const IMF_FIXDATE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
// rfc850-date  = day-name-l "," SP date2 SP time-of-day SP GMT    (Sunday, 06-Nov-94 08:49:37 GMT)
const RFC850_DATE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-([A-Z][a-z]{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
// asctime-date = day-name SP date3 SP time-of-day SP year         (Sun Nov  6 08:49:37 1994)
const ASCTIME_DATE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;

function toMs(year: number, month: string, day: number, h: number, m: number, s: number): number | undefined {
  const monthIndex = MONTHS.indexOf(month as (typeof MONTHS)[number]);
  if (monthIndex < 0 || day < 1 || day > 31 || h > 23 || m > 59 || s > 60) return undefined;
  return Date.UTC(year, monthIndex, day, h, m, s);
}

/**
 * Parses an HTTP-date into epoch milliseconds, or `undefined` when it is not one. `now` is
 * asked only for the obsolete RFC 850 form, whose two-digit year is read relative to it.
 * @example parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT') // 784111777000
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7
 */
export function parseHttpDate(value: string, now: () => number = Date.now): number | undefined {
  const text = value.trim();
  let m = IMF_FIXDATE.exec(text);
  if (m) return toMs(Number(m[3]), m[2] ?? '', Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  m = RFC850_DATE.exec(text);
  if (m) {
    // A two-digit year that looks more than 50 years ahead is in the past century.
    const yy = Number(m[3]);
    const thisYear = new Date(now()).getUTCFullYear();
    let year = Math.floor(thisYear / 100) * 100 + yy;
    if (year > thisYear + 50) year -= 100;
    return toMs(year, m[2] ?? '', Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  }
  m = ASCTIME_DATE.exec(text);
  if (m)
    return toMs(
      Number(m[6]),
      m[1] ?? '',
      Number((m[2] ?? '').trim()),
      Number(m[3]),
      Number(m[4]),
      Number(m[5]),
    );
  return undefined;
}

/**
 * Formats epoch milliseconds as IMF-fixdate (whole seconds).
 * @example formatHttpDate(784111777000) // 'Sun, 06 Nov 1994 08:49:37 GMT'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7
 */
export function formatHttpDate(ms: number): string {
  let text = formatted.get(ms);
  if (text === undefined) {
    text = new Date(ms).toUTCString();
    if (formatted.size >= 1024) formatted.clear();
    formatted.set(ms, text);
  }
  return text;
}

/** Recently formatted dates: the same Last-Modified values come back on every request. */
const formatted = new Map<number, string>();

/**
 * Epoch ms of an ISO 8601 timestamp, remembered: rows keep their timestamps as strings, and the
 * same ones are read on every request.
 * @example isoToMs('2024-05-20T11:30:00.000Z') // 1716204600000
 * @see https://www.rfc-editor.org/rfc/rfc3339#section-5.6
 */
export function isoToMs(iso: string): number {
  let ms = parsedIso.get(iso);
  if (ms === undefined) {
    ms = Date.parse(iso);
    if (parsedIso.size >= 1024) parsedIso.clear();
    parsedIso.set(iso, ms);
  }
  return ms;
}

const parsedIso = new Map<string, number>();

/** Drops the milliseconds: HTTP-dates have one-second resolution. */
export function toSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}
