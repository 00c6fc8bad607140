/** Unguessable ids from the platform's CSPRNG (Web Crypto), in base64url or hex. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** `length` random characters of the base64url alphabet (6 random bits each). */
export function randomToken(length = 32): string {
  const data = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const b of data) out += ALPHABET[b & 63];
  return out;
}

/** `bytes` random bytes as lowercase hex. */
export function randomHex(bytes = 6): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  let out = '';
  for (const b of data) out += b.toString(16).padStart(2, '0');
  return out;
}
