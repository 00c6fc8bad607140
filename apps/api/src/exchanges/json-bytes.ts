/**
 * A value as UTF-8 JSON bytes. `Buffer.from(string)` walks a string twice (once for the
 * length, once to write), and an exchange's JSON carries Korean, so each walk is a slow one.
 * Encoding once into a scratch buffer that fits any string of that length, then copying the
 * bytes out, walks it once. Documents too big for the scratch buffer take the plain way.
 * @see https://www.rfc-editor.org/rfc/rfc8259#section-8.1
 */
const encoder = new TextEncoder();
const scratch = new Uint8Array(256 * 1024);

export function jsonBytes(value: unknown): Buffer<ArrayBuffer> {
  const text = JSON.stringify(value);
  // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
  if (text.length * 3 > scratch.length) return Buffer.from(text);
  const { written } = encoder.encodeInto(text, scratch);
  const bytes = Buffer.allocUnsafeSlow(written);
  bytes.set(scratch.subarray(0, written));
  return bytes;
}
