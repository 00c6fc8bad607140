/**
 * Copyable starters for sending requests from outside the playground with the learner's
 * token, so that they show up in the live view.
 */

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A Python string literal (JSON string syntax is valid Python for these values). */
function pyString(text: string): string {
  return JSON.stringify(text);
}

/**
 * A curl command that fetches a user with the token.
 * @example curlSnippet('http://localhost:8081', 'abc')
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export function curlSnippet(origin: string, token: string): string {
  return [
    `curl -i ${shellQuote(`${origin}/users/1`)} \\`,
    `  -H ${shellQuote(`Authorization: Bearer ${token}`)}`,
  ].join('\n');
}

/**
 * A Python `requests` script: read a user, then create one.
 * @example pythonSnippet('http://localhost:8081', 'abc')
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export function pythonSnippet(origin: string, token: string): string {
  return [
    'import requests',
    '',
    `BASE = ${pyString(origin)}`,
    `HEADERS = {"Authorization": ${pyString(`Bearer ${token}`)}}`,
    '',
    'r = requests.get(f"{BASE}/users/1", headers=HEADERS)',
    'print(r.status_code, r.headers.get("Content-Type"))',
    'print(r.json())',
    '',
    'r = requests.post(f"{BASE}/users", json={"name": "Kim"}, headers=HEADERS)',
    'print(r.status_code, r.headers.get("Location"))',
  ].join('\n');
}
