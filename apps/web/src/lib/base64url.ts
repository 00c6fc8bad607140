/**
 * base64url (RFC 4648 §5) of UTF-8 text, for links. No padding.
 * @example encodeBase64Url('요청') // '7JqU7LKt'
 * @see https://www.rfc-editor.org/rfc/rfc4648#section-5
 */
export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The text back, or undefined when the input is not base64url of valid UTF-8.
 * @example decodeBase64Url('7JqU7LKt') // '요청'
 * @see https://www.rfc-editor.org/rfc/rfc4648#section-5
 */
export function decodeBase64Url(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return undefined;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
