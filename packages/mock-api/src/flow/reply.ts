/**
 * What the mock API answers, before any server adapter turns it into bytes or a `Response`:
 * a status, header fields in the order and spelling learners will read, and the content.
 * `null` content means none: 204, 304, HEAD, and redirects without a note.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-6
 */
export class Reply {
  readonly status: number;
  readonly body: string | null;
  readonly headers: Record<string, string>;

  constructor(status: number, body: string | null, headers: Record<string, string>) {
    this.status = status;
    this.body = body;
    this.headers = headers;
  }

  /** The same answer as a Fetch `Response` (for `app.request()` and other Fetch servers). */
  toResponse(): Response {
    return new Response(this.body, { status: this.status, headers: this.headers });
  }
}
