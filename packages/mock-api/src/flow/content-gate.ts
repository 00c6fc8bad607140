/**
 * body-size (413) and content-type-known (415): the content is read only after the request
 * is known to be allowed, and only in the media types the operation accepts. Empty content
 * is left to the body-well-formed decision.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16
 */
import { parseMediaType } from '../http/media-type.ts';
import type { Flow } from './flow.ts';
import { mapFact, words } from './trace.ts';

const encoder = new TextEncoder();

/** UTF-8 byte length of a string. */
export function byteLength(text: string): number {
  return encoder.encode(text).byteLength;
}

/**
 * Reads the request content into `flow.bodyText`, refusing it when too large or of the wrong type.
 * @example await readContent(flow)
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.3
 */
export async function readContent(f: Flow): Promise<void> {
  const spec = f.op?.body;
  if (!spec) return;
  const limit = f.rt.limits.maxBodyBytes;
  const declared = Number(f.header('content-length') ?? '0');
  const tooLarge = (bytes: number) =>
    f.refuse(
      'body-size',
      words(`${bytes} bytes > ${limit}`, `${bytes}바이트 > ${limit}`),
      { bytes, limit },
      {
        code: 'content-too-large',
        detail: `The content is ${bytes} bytes; this API takes at most ${limit} bytes per request.`,
      },
    );
  if (declared > limit) tooLarge(declared);
  const text = await f.req.text();
  const bytes = byteLength(text);
  if (bytes > limit) tooLarge(bytes);
  f.bodyText = text;
  if (text === '') return;
  f.pass('body-size', words(`${bytes} bytes ≤ ${limit}`, `${bytes}바이트 ≤ ${limit}`), { bytes, limit });

  const accepted = spec.types.join(', ');
  const header = f.header('content-type');
  const type = header === undefined ? undefined : parseMediaType(header);
  const charset = type?.params.charset?.toLowerCase();
  if (type && spec.types.includes(type.essence) && (charset === undefined || charset === 'utf-8')) {
    f.pass('content-type-known', `${type.essence} ∈ {${accepted}}`, { contentType: header ?? '', accepted });
    return;
  }
  const said =
    header === undefined ? words('no Content-Type', 'Content-Type 없음') : `Content-Type ${header}`;
  const why =
    header === undefined
      ? 'The request has content but no Content-Type, so the server will not guess what it is.'
      : type && spec.types.includes(type.essence)
        ? `The charset "${charset ?? ''}" is not supported; JSON here is UTF-8.`
        : `${f.method} ${f.resource.path} does not take ${type?.essence ?? header}.`;
  const headers: Record<string, string> = {};
  if (f.method === 'POST') headers['Accept-Post'] = accepted;
  if (f.method === 'PATCH') headers['Accept-Patch'] = accepted;
  f.refuse(
    'content-type-known',
    mapFact(said, (s) => `${s} ∉ {${accepted}}`),
    { contentType: header ?? '', accepted },
    {
      code: 'unsupported-media-type',
      detail: `${why} Send the content as ${accepted}.`,
      extensions: { accepted: [...spec.types] },
      headers,
    },
  );
}
