/**
 * The ABNF rules of HTTP/1.1 that the parser checks, named after the rules, each with the rule
 * quoted above it. Whole-value rules are anchored RegExps; the `not*` RegExps find the first
 * character a rule does not allow (use them with `String.prototype.search`).
 *
 * Text is a JS string decoded from UTF-8, so a character above U+007F stands for the obs-text
 * octets (%x80-FF) that encode it.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9112#appendix-A
 */

// RFC 9110 section 5.6.2 https://www.rfc-editor.org/rfc/rfc9110#section-5.6.2
// tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
//       / DIGIT / ALPHA
export const tchar = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
export const notTchar = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;

// token = 1*tchar
export const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

// RFC 9110 section 5.1 https://www.rfc-editor.org/rfc/rfc9110#section-5.1
// field-name = token
export const fieldName = token;

// RFC 9112 section 3.1 https://www.rfc-editor.org/rfc/rfc9112#section-3.1
// method = token
export const method = token;

// RFC 9110 section 5.6.3 https://www.rfc-editor.org/rfc/rfc9110#section-5.6.3
// OWS = *( SP / HTAB )
export const OWS = /[ \t]*/;

/** True for the octets OWS is made of: SP and HTAB. */
export function isOwsChar(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

// RFC 9110 section 5.5 https://www.rfc-editor.org/rfc/rfc9110#section-5.5
// field-vchar = VCHAR / obs-text
// obs-text = %x80-FF
export const fieldVchar = /[\x21-\x7E\x80-\uFFFF]/;

// field-value = *field-content
// field-content = field-vchar [ 1*( SP / HTAB / field-vchar ) field-vchar ]
export const fieldValue =
  /^(?:[\x21-\x7E\x80-\uFFFF](?:[\t \x21-\x7E\x80-\uFFFF]*[\x21-\x7E\x80-\uFFFF])?)?$/;
export const notFieldValueChar = /[^\t \x21-\x7E\x80-\uFFFF]/;

/** Any character above US-ASCII (sent as obs-text octets). */
export const nonAscii = /[\x80-\uFFFF]/;

// RFC 9112 section 2.3 https://www.rfc-editor.org/rfc/rfc9112#section-2.3
// HTTP-version = HTTP-name "/" DIGIT "." DIGIT
// HTTP-name = %s"HTTP"
export const httpVersion = /^HTTP\/[0-9]\.[0-9]$/;

// RFC 3986 section 3.3 https://www.rfc-editor.org/rfc/rfc3986#section-3.3
// pchar = unreserved / pct-encoded / sub-delims / ":" / "@"
// unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~"
// pct-encoded = "%" HEXDIG HEXDIG
// sub-delims = "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="
const pchar = String.raw`(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})`;
// query = *( pchar / "/" / "?" )
const query = String.raw`(?:${pchar}|[/?])*`;

/** Characters that may appear anywhere in a URI reference (RFC 3986 section 2), "%" included. */
export const notUriChar = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]%]/;
/** A "%" that does not start a pct-encoded triplet. */
export const badPercent = /%(?![0-9A-Fa-f]{2})/;

// RFC 9112 section 3.2.1 https://www.rfc-editor.org/rfc/rfc9112#section-3.2.1
// origin-form = absolute-path [ "?" query ]
// absolute-path = 1*( "/" segment )
// segment = *pchar
export const originForm = new RegExp(String.raw`^(?:/${pchar}*)+(?:\?${query})?$`);

// RFC 9112 section 3.2.2 https://www.rfc-editor.org/rfc/rfc9112#section-3.2.2
// absolute-form = absolute-URI
// absolute-URI = scheme ":" hier-part [ "?" query ]
// scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
// (hier-part is checked for its characters only)
export const absoluteForm = new RegExp(String.raw`^[A-Za-z][A-Za-z0-9+\-.]*:(?:${pchar}|[/?[\]])*$`);
/** An absolute-URI that names an authority ("scheme://"), as absolute-form targets do. */
export const absoluteFormWithAuthority = /^[A-Za-z][A-Za-z0-9+\-.]*:\/\//;

// RFC 9112 section 3.2.3 https://www.rfc-editor.org/rfc/rfc9112#section-3.2.3
// authority-form = uri-host ":" port
// uri-host = IP-literal / IPv4address / reg-name
// reg-name = *( unreserved / pct-encoded / sub-delims )
// port = *DIGIT
const uriHost = String.raw`(?:\[[0-9A-Fa-f:.]+\]|(?:[A-Za-z0-9\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})*)`;
export const authorityForm = new RegExp(String.raw`^${uriHost}:[0-9]*$`);

// RFC 9112 section 3.2.4 https://www.rfc-editor.org/rfc/rfc9112#section-3.2.4
// asterisk-form = "*"
export const asteriskForm = /^\*$/;

// RFC 9110 section 7.2 https://www.rfc-editor.org/rfc/rfc9110#section-7.2
// Host = uri-host [ ":" port ]
export const host = new RegExp(String.raw`^${uriHost}(?::[0-9]*)?$`);

// RFC 9112 section 4 https://www.rfc-editor.org/rfc/rfc9112#section-4
// status-code = 3DIGIT
export const statusCode = /^[0-9]{3}$/;

// reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )
export const reasonPhrase = /^[\t \x21-\x7E\x80-\uFFFF]+$/;
export const notReasonPhraseChar = /[^\t \x21-\x7E\x80-\uFFFF]/;

// RFC 9110 section 8.6 https://www.rfc-editor.org/rfc/rfc9110#section-8.6
// Content-Length = 1*DIGIT
export const contentLength = /^[0-9]+$/;

// RFC 9112 section 7.1 https://www.rfc-editor.org/rfc/rfc9112#section-7.1
// chunk-size = 1*HEXDIG
export const chunkSize = /^[0-9A-Fa-f]+$/;

// RFC 9112 section 7.1.1 https://www.rfc-editor.org/rfc/rfc9112#section-7.1.1
// chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )
// chunk-ext-name = token
// chunk-ext-val = token / quoted-string
// quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE   (RFC 9110 section 5.6.4)
const tokenChars = String.raw`[!#$%&'*+\-.^_\`|~0-9A-Za-z]+`;
const quotedString = String.raw`"(?:[\t \x21\x23-\x5B\x5D-\x7E\x80-\uFFFF]|\\[\t \x21-\x7E\x80-\uFFFF])*"`;
export const chunkExt = new RegExp(
  String.raw`^(?:[ \t]*;[ \t]*${tokenChars}(?:[ \t]*=[ \t]*(?:${tokenChars}|${quotedString}))?)*$`,
);

// RFC 9112 section 6.1 https://www.rfc-editor.org/rfc/rfc9112#section-6.1
// Transfer-Encoding = #transfer-coding
// transfer-coding = token *( OWS ";" OWS transfer-parameter )
/** The coding names of a Transfer-Encoding value, lowercased, parameters dropped. */
export function transferCodings(value: string): string[] {
  return value
    .split(',')
    .map((item) => (item.split(';')[0] ?? '').trim().toLowerCase())
    .filter((name) => name.length > 0);
}

// RFC 9113 section 3.4 https://www.rfc-editor.org/rfc/rfc9113#section-3.4
// The HTTP/2 client connection preface starts "PRI * HTTP/2.0" CRLF CRLF "SM" CRLF CRLF.
export const http2PrefaceLine = 'PRI * HTTP/2.0';
