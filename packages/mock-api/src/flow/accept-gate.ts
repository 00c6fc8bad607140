/**
 * acceptable (406): proactive negotiation over the representations an operation can send.
 * A 406 lists what is available, and says the answer varies with Accept.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7
 */
import { negotiate } from '../http/media-type.ts';
import { MEDIA_TYPES, producesOf } from '../resources/define.ts';
import type { MediaKind } from '../resources/define.ts';
import type { Flow } from './flow.ts';
import { words } from './trace.ts';

const ANY = new Set(['*/*', '']);

/**
 * Picks the representation to send, or refuses with 406.
 * @example chooseRepresentation(flow) // flow.chosen === 'csv' for Accept: text/csv
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1
 */
export function chooseRepresentation(f: Flow): void {
  if (!f.opMethod) return;
  const offers = producesOf(f.resource, f.opMethod);
  if (offers.length === 0) return;
  const accept = f.header('accept');
  const available = offers.map((k) => MEDIA_TYPES[k].essence);
  const list = available.join(', ');
  let chosen: MediaKind | undefined;
  if (accept === undefined || ANY.has(accept.trim())) chosen = offers[0];
  else {
    const essence = negotiate(accept, available);
    chosen = offers.find((k) => MEDIA_TYPES[k].essence === essence);
  }
  if (!chosen) {
    f.refuse(
      'acceptable',
      words(
        `Accept "${accept ?? ''}" matches none of {${list}}`,
        `Accept "${accept ?? ''}": {${list}} 중 맞는 형식 없음`,
      ),
      { accept: accept ?? '', available: list },
      {
        code: 'not-acceptable',
        detail: `${f.path} can send ${list}, and the Accept header "${accept ?? ''}" allows none of them.`,
        extensions: { available },
        headers: { Vary: 'Accept' },
      },
    );
  }
  f.chosen = chosen;
  const essence = MEDIA_TYPES[chosen].essence;
  const fact =
    accept === undefined
      ? words(`Accept (none) → ${essence}`, `Accept (없음) → ${essence}`)
      : `Accept ${accept} → ${essence}`;
  f.pass('acceptable', fact, {
    accept: accept ?? '',
    available: list,
    chosen: essence,
  });
}
