/**
 * The header-field knowledge base: one entry per field, with its spec link, a short ABNF-style
 * syntax, a category, how standard it is, and an explanation in English and Korean.
 * Field names follow the IANA HTTP Field Name Registry; where a field lives outside the RFC series
 * (WHATWG, W3C, Internet-Drafts) the link points at that document's own anchor.
 */
import type { Localized } from '../types.ts';
import { rfc5789, rfc8288, rfc8470, rfc9110, rfc9111, rfc9112, spec } from './spec.ts';
import type { SpecRef } from './spec.ts';

/** Which message a field is sent in. */
export type HeaderRole = 'request' | 'response' | 'both';

export type HeaderCategory =
  | 'representation'
  | 'content-negotiation'
  | 'conditional'
  | 'caching'
  | 'auth'
  | 'connection'
  | 'cors'
  | 'security'
  | 'routing'
  | 'range'
  | 'control'
  | 'other';

/** `draft`: an Internet-Draft that may still change; `non-standard`: a convention no spec defines. */
export type HeaderStandard = 'standard' | 'draft' | 'non-standard' | 'deprecated';

/** A section of a document outside the RFC series: a WHATWG or W3C standard, or an Internet-Draft. */
export interface DocRef {
  /** e.g. `Fetch Standard` */
  readonly doc: string;
  /** The fragment the link lands on, e.g. `http-access-control-allow-origin`, or `4` for a draft section */
  readonly section: string;
  /** e.g. `https://fetch.spec.whatwg.org/#http-access-control-allow-origin` */
  readonly url: string;
}

export type HeaderSpec = SpecRef | DocRef;

/** Everything a learner sees about one header field. */
export interface HeaderEntry {
  /** Canonical casing, e.g. `WWW-Authenticate` */
  readonly name: string;
  readonly role: HeaderRole;
  readonly spec: HeaderSpec;
  /** A short ABNF-ish summary of the field value */
  readonly syntax: string;
  /** One line */
  readonly summary: Localized;
  /** What it does, how clients and servers use it, a tip where apt: 2-5 sentences */
  readonly text: Localized;
  readonly category: HeaderCategory;
  readonly standard: HeaderStandard;
}

/** Builds links into one document that is not an RFC. */
const anchored =
  (doc: string, base: string) =>
  (fragment: string): DocRef => ({ doc, section: fragment, url: `${base}#${fragment}` });

const fetchStd = anchored('Fetch Standard', 'https://fetch.spec.whatwg.org/');
const htmlStd = anchored('HTML Standard', 'https://html.spec.whatwg.org/');
const fetchMetadata = anchored(
  'Fetch Metadata Request Headers',
  'https://w3c.github.io/webappsec-fetch-metadata/',
);

/** A section of one pinned revision of an Internet-Draft. */
const draft = (name: string, section: string): DocRef => ({
  doc: name,
  section,
  url: `https://datatracker.ietf.org/doc/html/${name}#section-${section}`,
});

const RATELIMIT_DRAFT = 'draft-ietf-httpapi-ratelimit-headers-10';
const IDEMPOTENCY_DRAFT = 'draft-ietf-httpapi-idempotency-key-header-07';

export const HEADERS = [
  {
    name: 'Accept',
    role: 'request',
    spec: rfc9110('12.5.1'),
    syntax:
      'Accept = #( media-range [ weight ] ); media-range = ( "*/*" / type "/*" / type "/" subtype ) parameters; weight = OWS ";" OWS "q=" qvalue',
    summary: {
      en: 'Media types the client can handle in the response, in order of preference.',
      ko: '클라이언트가 응답으로 받을 수 있는 미디어 타입과 선호 순서를 알립니다.',
    },
    text: {
      en: 'Accept drives proactive content negotiation: the server picks the representation that best matches the listed media ranges, weighted by q values (0 to 1, default 1). No Accept at all means the client takes anything. If nothing acceptable exists, the server can answer 406 Not Acceptable or ignore the header and send its default. A REST API chooses the format from Accept, never from a file extension like `.json` in the URI.',
      ko: 'Accept는 사전 콘텐츠 협상(proactive negotiation)의 출발점입니다. 서버는 나열된 미디어 범위와 q 값(0~1, 기본값 1)을 보고 가장 잘 맞는 표현(representation)을 고릅니다. Accept가 아예 없으면 어떤 형식이든 받겠다는 뜻입니다. 맞는 표현이 없으면 서버는 406 Not Acceptable로 응답하거나, 헤더를 무시하고 기본 형식을 보낼 수 있습니다. REST API에서는 URI의 `.json` 같은 확장자가 아니라 Accept로 형식을 고릅니다.',
    },
    category: 'content-negotiation',
    standard: 'standard',
  },
  {
    name: 'Accept-CH',
    role: 'response',
    spec: spec(8942, '3.1'),
    syntax: 'Accept-CH = sf-list of client hint names, e.g. Sec-CH-UA-Platform, Sec-CH-UA-Mobile',
    summary: {
      en: 'Client hints the server wants the browser to send on later requests.',
      ko: '서버가 이후 요청에서 받고 싶은 클라이언트 힌트(client hints) 목록을 브라우저에 알립니다.',
    },
    text: {
      en: 'With Accept-CH a server opts in to client hints: request headers such as Sec-CH-UA-Platform that describe the device or browser. Browsers send them only to secure origins that asked for them, which keeps passive fingerprinting down. A server whose response depends on a hint should list that hint in Vary, so caches keep the variants apart.',
      ko: 'Accept-CH로 서버는 클라이언트 힌트를 보내 달라고 요청합니다. 클라이언트 힌트는 Sec-CH-UA-Platform처럼 기기나 브라우저 정보를 담은 요청 헤더입니다. 브라우저는 이를 요청한 보안 출처(HTTPS)에만 보내므로 수동적인 핑거프린팅이 줄어듭니다. 힌트에 따라 응답이 달라진다면 캐시가 변형을 구분할 수 있도록 그 힌트 이름을 Vary에도 적어야 합니다.',
    },
    category: 'content-negotiation',
    standard: 'standard',
  },
  {
    name: 'Accept-Charset',
    role: 'request',
    spec: rfc9110('12.5.2'),
    syntax: 'Accept-Charset = #( ( token / "*" ) [ weight ] )',
    summary: {
      en: 'Character encodings the client prefers; deprecated now that UTF-8 is everywhere.',
      ko: '클라이언트가 선호하는 문자 인코딩을 알립니다. UTF-8이 사실상 표준이 된 지금은 쓰지 않는 헤더입니다.',
    },
    text: {
      en: 'Accept-Charset once let a client ask for a charset such as ISO-8859-1. RFC 9110 deprecates it: UTF-8 is nearly universal, and a detailed list wastes bytes and helps fingerprinting. Modern browsers no longer send it. JSON is UTF-8 by definition (RFC 8259), so a JSON API can ignore this header.',
      ko: 'Accept-Charset는 예전에 ISO-8859-1 같은 문자 집합을 골라 달라고 요청할 때 썼습니다. UTF-8이 거의 모든 곳에서 쓰이고, 상세한 목록은 대역폭만 쓰면서 핑거프린팅을 쉽게 만들기 때문에 RFC 9110은 이 헤더를 폐기 대상(deprecated)으로 봅니다. 최신 브라우저는 더 이상 보내지 않습니다. JSON은 정의상 UTF-8(RFC 8259)이므로 JSON API는 이 헤더를 무시해도 됩니다.',
    },
    category: 'content-negotiation',
    standard: 'deprecated',
  },
  {
    name: 'Accept-Encoding',
    role: 'request',
    spec: rfc9110('12.5.3'),
    syntax: 'Accept-Encoding = #( codings [ weight ] ); codings = content-coding / "identity" / "*"',
    summary: {
      en: 'Content codings (compression) the client can decode, such as gzip or br.',
      ko: '클라이언트가 풀 수 있는 콘텐츠 코딩(압축 방식)을 알립니다. 예: gzip, br',
    },
    text: {
      en: 'The server may compress the response with one of the listed codings and say which in Content-Encoding. `identity` means no coding; `identity;q=0` or `*;q=0` refuses an uncompressed body. When the server compresses depending on this header, it should add `Vary: Accept-Encoding` so a cache never hands a gzip body to a client that cannot read it.',
      ko: '서버는 나열된 코딩 중 하나로 응답 본문을 압축하고, 무엇을 썼는지 Content-Encoding으로 알립니다. `identity`는 압축하지 않음을 뜻하고, `identity;q=0`이나 `*;q=0`은 압축하지 않은 본문은 받지 않겠다는 뜻입니다. 이 헤더에 따라 압축 여부를 정한다면 `Vary: Accept-Encoding`을 붙여야, 캐시가 gzip을 못 푸는 클라이언트에게 압축된 본문을 주는 일이 없습니다.',
    },
    category: 'content-negotiation',
    standard: 'standard',
  },
  {
    name: 'Accept-Language',
    role: 'request',
    spec: rfc9110('12.5.4'),
    syntax: 'Accept-Language = #( language-range [ weight ] ), e.g. ko-KR, ko;q=0.9, en;q=0.8',
    summary: {
      en: 'Natural languages the client prefers in the response.',
      ko: '클라이언트가 응답에서 선호하는 언어를 알립니다.',
    },
    text: {
      en: "Browsers fill Accept-Language from the user's settings, e.g. `ko-KR, ko;q=0.9, en;q=0.8`. A server can use it to pick the language of messages or documents and report its choice in Content-Language; error messages in problem details are a typical use. Treat it as a hint: let users override it explicitly, and add `Vary: Accept-Language` when the response depends on it.",
      ko: '브라우저는 사용자 설정에 따라 `ko-KR, ko;q=0.9, en;q=0.8`처럼 Accept-Language를 채웁니다. 서버는 이를 보고 메시지나 문서의 언어를 고르고, 고른 언어를 Content-Language로 알려 줍니다. 문제 세부 정보(problem details)의 오류 메시지 언어를 고를 때 흔히 씁니다. 어디까지나 힌트이므로 사용자가 직접 언어를 바꿀 수 있게 하고, 응답이 이 헤더에 따라 달라지면 `Vary: Accept-Language`를 붙이세요.',
    },
    category: 'content-negotiation',
    standard: 'standard',
  },
  {
    name: 'Accept-Patch',
    role: 'response',
    spec: rfc5789('3.1'),
    syntax: 'Accept-Patch = 1#media-type, e.g. application/merge-patch+json, application/json-patch+json',
    summary: {
      en: 'Patch document formats the resource accepts in a PATCH request.',
      ko: '이 리소스가 PATCH 요청에서 받아들이는 패치 문서 형식을 알립니다.',
    },
    text: {
      en: 'Accept-Patch advertises that PATCH is supported and which patch formats work, typically `application/merge-patch+json` (RFC 7396) or `application/json-patch+json` (RFC 6902). Send it in responses to OPTIONS, and in a 415 response to a PATCH whose Content-Type the server cannot apply. Plain `application/json` does not say how the changes should be applied, so naming a patch format removes the guesswork.',
      ko: 'Accept-Patch는 PATCH를 지원한다는 사실과 받을 수 있는 패치 형식을 함께 알립니다. 보통 `application/merge-patch+json`(RFC 7396)이나 `application/json-patch+json`(RFC 6902)을 씁니다. OPTIONS 응답에 넣고, 적용할 수 없는 Content-Type으로 PATCH 요청이 왔을 때 보내는 415 응답에도 넣으세요. 그냥 `application/json`은 변경 사항을 어떻게 적용할지 말해 주지 않으므로, 패치 형식을 명시하면 추측할 일이 없어집니다.',
    },
    category: 'content-negotiation',
    standard: 'standard',
  },
  {
    name: 'Accept-Post',
    role: 'response',
    spec: {
      doc: 'W3C Linked Data Platform 1.0, the specification the IANA HTTP Field Name Registry cites',
      section: 'header-accept-post',
      url: 'https://www.w3.org/TR/ldp/#header-accept-post',
    },
    syntax: 'Accept-Post = #media-range (like Accept, but without q weights)',
    summary: {
      en: 'Media types the resource accepts in the body of a POST request.',
      ko: '이 리소스가 POST 요청 본문으로 받아들이는 미디어 타입을 알립니다.',
    },
    text: {
      en: 'Accept-Post is registered in the IANA field registry with the W3C Linked Data Platform as its specification. Its presence in any response implies that POST is allowed, and the listed media ranges are the body formats the server will take. Send it in OPTIONS responses for collections and in a 415 Unsupported Media Type answer to a POST, so the client learns what to send instead.',
      ko: 'Accept-Post는 IANA 필드 이름 레지스트리에 등록된 헤더로, 명세는 W3C Linked Data Platform입니다. 응답에 이 헤더가 있으면 POST가 허용된다는 뜻이고, 나열된 미디어 범위가 서버가 받는 본문 형식입니다. 컬렉션의 OPTIONS 응답과, POST에 대한 415 Unsupported Media Type 응답에 넣어 클라이언트가 무엇을 보내야 하는지 알게 하세요.',
    },
    category: 'content-negotiation',
    standard: 'standard',
  },
  {
    name: 'Accept-Ranges',
    role: 'response',
    spec: rfc9110('14.3'),
    syntax: 'Accept-Ranges = acceptable-ranges; acceptable-ranges = 1#range-unit, e.g. bytes, or none',
    summary: {
      en: 'Whether the server supports range requests for this resource, and in which unit.',
      ko: '이 리소스에 범위 요청(range request)을 지원하는지, 어떤 단위로 지원하는지 알립니다.',
    },
    text: {
      en: '`Accept-Ranges: bytes` tells the client it may ask for parts of the representation with Range, e.g. to resume a download or seek in a video. `Accept-Ranges: none` says range requests are not supported. A client may send Range without having seen this header; the server is free to ignore it and send the whole representation with 200.',
      ko: '`Accept-Ranges: bytes`는 Range 헤더로 표현의 일부만 요청해도 된다는 뜻입니다. 다운로드를 이어 받거나 동영상에서 원하는 위치로 건너뛸 때 씁니다. `Accept-Ranges: none`은 범위 요청을 지원하지 않는다는 뜻입니다. 이 헤더를 보지 않았더라도 클라이언트는 Range를 보낼 수 있고, 서버는 이를 무시하고 전체 표현을 200으로 보내도 됩니다.',
    },
    category: 'range',
    standard: 'standard',
  },
  {
    name: 'Access-Control-Allow-Credentials',
    role: 'response',
    spec: fetchStd('http-access-control-allow-credentials'),
    syntax: 'Access-Control-Allow-Credentials = %s"true" (case-sensitive; any other value counts as absent)',
    summary: {
      en: 'Lets a browser expose a credentialed cross-origin response (cookies, HTTP auth) to the page.',
      ko: '쿠키나 HTTP 인증 정보를 실은 교차 출처 요청의 응답을 페이지에 보여 줘도 된다고 브라우저에 알립니다.',
    },
    text: {
      en: 'When a page calls fetch with `credentials: "include"`, the browser sends cookies and shows the response to the script only if the server answers `Access-Control-Allow-Credentials: true`. Access-Control-Allow-Origin must then name the exact origin: the wildcard `*` is not allowed with credentials. Enable it only for origins you trust, because those pages can then act with the user\'s session.',
      ko: '페이지가 `credentials: "include"`로 fetch를 호출하면 브라우저는 쿠키를 함께 보내고, 서버가 `Access-Control-Allow-Credentials: true`로 응답한 경우에만 스크립트에 응답을 보여 줍니다. 이때 Access-Control-Allow-Origin에는 정확한 출처(origin)를 적어야 하며 와일드카드 `*`는 쓸 수 없습니다. 허용한 페이지는 사용자의 세션으로 행동할 수 있게 되므로, 신뢰하는 출처에만 허용하세요.',
    },
    category: 'cors',
    standard: 'standard',
  },
  {
    name: 'Access-Control-Allow-Headers',
    role: 'response',
    spec: fetchStd('http-access-control-allow-headers'),
    syntax: 'Access-Control-Allow-Headers = #field-name (or "*" for requests without credentials)',
    summary: {
      en: 'Request headers a cross-origin request may use, sent in the answer to a preflight.',
      ko: '교차 출처 요청에서 쓸 수 있는 요청 헤더를 사전 요청(preflight)에 대한 응답으로 알립니다.',
    },
    text: {
      en: 'Before a cross-origin request with non-safelisted headers such as `Authorization` or `Content-Type: application/json`, the browser sends an OPTIONS preflight naming them in Access-Control-Request-Headers. The server answers with the headers it allows here. `*` works only for requests without credentials, and even then it does not cover Authorization, which must be listed by name.',
      ko: '`Authorization`이나 `Content-Type: application/json`처럼 허용 목록(safelist)에 없는 헤더를 쓰는 교차 출처 요청 전에, 브라우저는 그 헤더 이름을 Access-Control-Request-Headers에 담아 OPTIONS 사전 요청을 보냅니다. 서버는 허용할 헤더를 이 헤더로 돌려줍니다. `*`는 자격 증명(credentials)이 없는 요청에서만 통하고, 그때도 Authorization은 포함되지 않으므로 이름을 직접 적어야 합니다.',
    },
    category: 'cors',
    standard: 'standard',
  },
  {
    name: 'Access-Control-Allow-Methods',
    role: 'response',
    spec: fetchStd('http-access-control-allow-methods'),
    syntax: 'Access-Control-Allow-Methods = #method (or "*" for requests without credentials)',
    summary: {
      en: 'Methods a cross-origin request may use, sent in the answer to a preflight.',
      ko: '교차 출처 요청에서 쓸 수 있는 메서드를 사전 요청에 대한 응답으로 알립니다.',
    },
    text: {
      en: 'A cross-origin request with a method other than GET, HEAD or POST (for example PUT, PATCH or DELETE) needs a preflight. The browser asks with Access-Control-Request-Method and goes ahead only if the method appears in this header. It looks like a CORS version of Allow, but it only tells the browser what it may try; the resource still decides with 405 what it supports.',
      ko: 'GET, HEAD, POST가 아닌 메서드(PUT, PATCH, DELETE 등)로 교차 출처 요청을 보내려면 사전 요청이 필요합니다. 브라우저는 Access-Control-Request-Method로 물어보고, 이 헤더에 그 메서드가 있을 때만 실제 요청을 보냅니다. Allow의 CORS 버전처럼 보이지만 브라우저에게 시도해도 된다고 알려 줄 뿐이며, 무엇을 지원하는지는 여전히 리소스가 405로 결정합니다.',
    },
    category: 'cors',
    standard: 'standard',
  },
  {
    name: 'Access-Control-Allow-Origin',
    role: 'response',
    spec: fetchStd('http-access-control-allow-origin'),
    syntax: 'Access-Control-Allow-Origin = origin-or-null / "*"',
    summary: {
      en: 'Which origin may read this response from a script: one exact origin, or * for any.',
      ko: '어느 출처의 스크립트가 이 응답을 읽을 수 있는지 알립니다. 정확한 출처 하나 또는 모든 출처(*)입니다.',
    },
    text: {
      en: "The same-origin policy stops a page on one origin from reading responses from another; this header relaxes it. The value is a single origin such as `https://app.example` or `*`, never a list: to allow several origins, check the request's Origin against an allow-list, echo it back, and add `Vary: Origin`. CORS only controls what browsers let scripts read; it is not access control, and curl ignores it entirely.",
      ko: '동일 출처 정책(same-origin policy)은 한 출처의 페이지가 다른 출처의 응답을 읽지 못하게 막는데, 이 헤더가 그 제한을 풀어 줍니다. 값은 `https://app.example` 같은 출처 하나 또는 `*`이며 목록은 쓸 수 없습니다. 여러 출처를 허용하려면 요청의 Origin을 허용 목록과 비교한 뒤 그대로 돌려주고 `Vary: Origin`을 붙이세요. CORS는 브라우저가 스크립트에 무엇을 보여 줄지 정할 뿐 접근 제어가 아닙니다. curl은 이 헤더를 전혀 신경 쓰지 않습니다.',
    },
    category: 'cors',
    standard: 'standard',
  },
  {
    name: 'Access-Control-Expose-Headers',
    role: 'response',
    spec: fetchStd('http-access-control-expose-headers'),
    syntax: 'Access-Control-Expose-Headers = #field-name (or "*" for requests without credentials)',
    summary: {
      en: 'Response headers, beyond the safelisted ones, that a cross-origin script may read.',
      ko: '기본 허용 목록 외에 교차 출처 스크립트가 읽을 수 있는 응답 헤더를 지정합니다.',
    },
    text: {
      en: 'By default a cross-origin script sees only the CORS-safelisted response headers: Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified and Pragma. Headers a client needs, such as Location after a 201, ETag for conditional updates, or Link and X-Total-Count for pagination, must be listed here, or `response.headers.get()` returns null.',
      ko: '기본적으로 교차 출처 스크립트가 볼 수 있는 응답 헤더는 CORS 허용 목록(safelist)에 있는 Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma뿐입니다. 201 응답의 Location, 조건부 수정을 위한 ETag, 페이지네이션용 Link나 X-Total-Count처럼 클라이언트에 필요한 헤더는 여기에 적어야 합니다. 그렇지 않으면 `response.headers.get()`이 null을 돌려줍니다.',
    },
    category: 'cors',
    standard: 'standard',
  },
  {
    name: 'Access-Control-Max-Age',
    role: 'response',
    spec: fetchStd('http-access-control-max-age'),
    syntax: 'Access-Control-Max-Age = delta-seconds',
    summary: {
      en: 'How many seconds the browser may cache the result of a preflight.',
      ko: '브라우저가 사전 요청 결과를 몇 초 동안 캐시해도 되는지 알립니다.',
    },
    text: {
      en: "Without it, browsers repeat the OPTIONS preflight very often (the Fetch standard's default is 5 seconds). A value such as 600 saves a round trip on every non-simple request. Browsers cap the value (Chromium at 2 hours, Firefox at 24 hours), so very large numbers do not help.",
      ko: '이 헤더가 없으면 브라우저는 OPTIONS 사전 요청을 아주 자주 반복합니다(Fetch 표준의 기본값은 5초). 600 같은 값을 주면 단순하지 않은 요청마다 왕복 한 번을 아낄 수 있습니다. 브라우저마다 상한이 있으므로(Chromium 2시간, Firefox 24시간) 아주 큰 값은 의미가 없습니다.',
    },
    category: 'cors',
    standard: 'standard',
  },
  {
    name: 'Access-Control-Request-Headers',
    role: 'request',
    spec: fetchStd('http-access-control-request-headers'),
    syntax: 'Access-Control-Request-Headers = 1#field-name (lowercase, sorted)',
    summary: {
      en: 'In a preflight: the non-safelisted headers the real request will carry.',
      ko: '사전 요청에서, 실제 요청에 실릴 허용 목록 밖의 헤더를 알립니다.',
    },
    text: {
      en: 'The browser adds this header to the OPTIONS preflight itself; page scripts cannot set it. The server compares it with its policy and answers with Access-Control-Allow-Headers. If a header is missing from the answer, the browser blocks the real request and reports a CORS error in the console, and the server never sees that request.',
      ko: '이 헤더는 브라우저가 OPTIONS 사전 요청에 직접 넣으며, 페이지 스크립트는 설정할 수 없습니다. 서버는 이를 자신의 정책과 비교해 Access-Control-Allow-Headers로 답합니다. 응답에 빠진 헤더가 있으면 브라우저는 실제 요청을 막고 콘솔에 CORS 오류를 남기며, 서버는 그 요청을 보지도 못합니다.',
    },
    category: 'cors',
    standard: 'standard',
  },
  {
    name: 'Access-Control-Request-Method',
    role: 'request',
    spec: fetchStd('http-access-control-request-method'),
    syntax: 'Access-Control-Request-Method = method',
    summary: {
      en: 'In a preflight: the method the real request will use.',
      ko: '사전 요청에서, 실제 요청이 쓸 메서드를 알립니다.',
    },
    text: {
      en: 'An OPTIONS request carrying Access-Control-Request-Method and Origin is a CORS preflight, not an ordinary OPTIONS. Browsers never send credentials on a preflight, so the server should answer it with 204 or 200 and the Access-Control-Allow-* headers without demanding authentication.',
      ko: 'Access-Control-Request-Method와 Origin을 함께 담은 OPTIONS 요청은 일반 OPTIONS가 아니라 CORS 사전 요청입니다. 브라우저는 사전 요청에 자격 증명을 절대 싣지 않으므로, 서버는 인증을 요구하지 말고 Access-Control-Allow-* 헤더와 함께 204나 200으로 답해야 합니다.',
    },
    category: 'cors',
    standard: 'standard',
  },
  {
    name: 'Age',
    role: 'response',
    spec: rfc9111('5.1'),
    syntax: 'Age = delta-seconds',
    summary: {
      en: 'Seconds since the response was generated or validated at the origin, as estimated by a cache.',
      ko: '응답이 원 서버(origin server)에서 만들어지거나 검증된 뒤 지난 시간(초)을 캐시가 추정해 알립니다.',
    },
    text: {
      en: 'A cache that serves a stored response adds Age, so `Age: 120` means the copy is about two minutes old. Together with max-age it tells the client how much freshness is left. An Age header is a sign that the response came from a cache such as a CDN rather than straight from the origin.',
      ko: '저장된 응답을 내주는 캐시는 Age를 붙입니다. `Age: 120`이면 약 2분 전에 만든 사본이라는 뜻입니다. max-age와 함께 보면 신선도(freshness)가 얼마나 남았는지 알 수 있습니다. 응답에 Age가 있다면 원 서버가 아니라 CDN 같은 캐시에서 온 응답이라는 신호입니다.',
    },
    category: 'caching',
    standard: 'standard',
  },
  {
    name: 'Allow',
    role: 'response',
    spec: rfc9110('10.2.1'),
    syntax: 'Allow = #method, e.g. GET, HEAD, POST',
    summary: {
      en: 'The methods the target resource supports.',
      ko: '대상 리소스가 지원하는 메서드 목록을 알립니다.',
    },
    text: {
      en: 'A 405 Method Not Allowed response must carry Allow with the methods the resource does support; that is what lets a client recover. Send it in OPTIONS responses too. The list describes the resource, not the user: a read-only token still sees PUT in Allow, and gets 403 when it tries. An empty Allow means the resource currently allows no methods at all.',
      ko: '405 Method Not Allowed 응답에는 리소스가 실제로 지원하는 메서드를 담은 Allow가 반드시 있어야 합니다. 그래야 클라이언트가 다음에 무엇을 할지 알 수 있습니다. OPTIONS 응답에도 넣으세요. 이 목록은 사용자가 아니라 리소스를 설명합니다. 읽기 전용 토큰이라도 Allow에는 PUT이 보이고, 실제로 시도하면 403을 받습니다. 빈 Allow는 지금 허용된 메서드가 하나도 없다는 뜻입니다.',
    },
    category: 'control',
    standard: 'standard',
  },
  {
    name: 'Alt-Svc',
    role: 'response',
    spec: spec(7838, '3'),
    syntax:
      'Alt-Svc = clear / 1#alt-value; alt-value = protocol-id "=" alt-authority *( OWS ";" OWS parameter ), e.g. h3=":443"; ma=86400',
    summary: {
      en: 'Advertises another protocol or endpoint, such as HTTP/3, that serves the same origin.',
      ko: '같은 출처를 HTTP/3 같은 다른 프로토콜이나 다른 엔드포인트로도 제공한다고 알립니다.',
    },
    text: {
      en: 'Browsers usually discover HTTP/3 this way: a response over HTTP/1.1 or HTTP/2 carries `Alt-Svc: h3=":443"; ma=86400`, and later requests move to QUIC. The alternative serves the same origin, so URLs do not change. `Alt-Svc: clear` withdraws earlier advertisements.',
      ko: '브라우저는 보통 이 헤더로 HTTP/3를 알게 됩니다. HTTP/1.1이나 HTTP/2로 받은 응답에 `Alt-Svc: h3=":443"; ma=86400`이 있으면 이후 요청은 QUIC으로 넘어갑니다. 대체 서비스는 같은 출처를 제공하므로 URL은 바뀌지 않습니다. `Alt-Svc: clear`는 앞서 알린 내용을 취소합니다.',
    },
    category: 'connection',
    standard: 'standard',
  },
  {
    name: 'Authentication-Info',
    role: 'response',
    spec: rfc9110('11.6.3'),
    syntax: 'Authentication-Info = #auth-param',
    summary: {
      en: 'Extra information from the server after a successful authentication.',
      ko: '인증에 성공한 뒤 서버가 덧붙이는 추가 정보를 담습니다.',
    },
    text: {
      en: "Some authentication schemes use it to send data once the exchange has succeeded; Digest, for example, puts the next nonce here. Its meaning depends on the scheme used in the request's Authorization header. Bearer-token APIs rarely need it.",
      ko: '일부 인증 스킴이 인증에 성공한 뒤 데이터를 보낼 때 씁니다. 예를 들어 Digest 인증은 다음 nonce를 여기에 담습니다. 의미는 요청의 Authorization에 쓴 스킴에 따라 달라집니다. 베어러 토큰을 쓰는 API에서는 거의 필요하지 않습니다.',
    },
    category: 'auth',
    standard: 'standard',
  },
  {
    name: 'Authorization',
    role: 'request',
    spec: rfc9110('11.6.2'),
    syntax:
      'Authorization = credentials; credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ], e.g. Bearer <token>',
    summary: {
      en: 'Credentials that authenticate the client to the origin server.',
      ko: '원 서버에 클라이언트를 인증(authentication)하는 자격 증명을 담습니다.',
    },
    text: {
      en: 'The value starts with a scheme: `Basic` (base64 of user:password, which is encoding, not encryption), `Bearer` for OAuth 2.0 access tokens (RFC 6750), and others. Send it only over HTTPS. A missing or invalid credential gets 401 with WWW-Authenticate; a valid one without permission gets 403. Shared caches must not reuse a response to an authorized request unless the response explicitly allows it. In this playground, `Authorization: Bearer <token>` selects your sandbox.',
      ko: '값은 스킴으로 시작합니다. `Basic`은 user:password를 base64로 바꾼 것으로 암호화가 아니라 인코딩일 뿐이고, `Bearer`는 OAuth 2.0 액세스 토큰(RFC 6750)에 씁니다. 반드시 HTTPS로만 보내세요. 자격 증명이 없거나 틀리면 WWW-Authenticate와 함께 401을, 인증은 됐지만 권한이 없으면 403을 받습니다. 공유 캐시는 응답이 명시적으로 허용하지 않는 한 인증된 요청의 응답을 재사용하면 안 됩니다. 이 플레이그라운드에서는 `Authorization: Bearer <token>`으로 내 샌드박스를 고릅니다.',
    },
    category: 'auth',
    standard: 'standard',
  },
  {
    name: 'Cache-Control',
    role: 'both',
    spec: rfc9111('5.2'),
    syntax: 'Cache-Control = #cache-directive; cache-directive = token [ "=" ( token / quoted-string ) ]',
    summary: {
      en: 'Directives that tell caches whether, where and for how long a response may be stored and reused.',
      ko: '응답을 저장하고 재사용해도 되는지, 어디에 얼마 동안 저장할지 캐시에 지시합니다.',
    },
    text: {
      en: "Common response directives: `max-age=N` (fresh for N seconds), `no-cache` (may be stored, but must be revalidated before each reuse), `no-store` (do not store at all), `private` (only the user's own cache) and `public`. Requests carry directives too, such as `no-cache` to force revalidation. A REST API should set it on every cacheable response: `public, max-age=60` for shared read-only data, `private, no-cache` for a user's own data.",
      ko: '자주 쓰는 응답 지시자는 `max-age=N`(N초 동안 신선함), `no-cache`(저장은 되지만 재사용할 때마다 검증 필요), `no-store`(아예 저장 금지), `private`(사용자 개인 캐시에만 저장), `public`입니다. 요청에도 지시자를 넣을 수 있어서, 예를 들어 `no-cache`로 재검증을 강제합니다. REST API는 캐시할 수 있는 응답마다 이 헤더를 지정하는 것이 좋습니다. 모두가 보는 읽기 전용 데이터에는 `public, max-age=60`, 사용자 개인 데이터에는 `private, no-cache`를 쓰는 식입니다.',
    },
    category: 'caching',
    standard: 'standard',
  },
  {
    name: 'Cache-Status',
    role: 'response',
    spec: spec(9211, '2'),
    syntax:
      'Cache-Status = sf-list of cache names with parameters hit, fwd, fwd-status, ttl, stored, collapsed, key, detail, e.g. ExampleCDN; hit; ttl=30',
    summary: {
      en: 'How each cache along the way handled the request: hit or miss, stored or not, time left.',
      ko: '경로에 있는 각 캐시가 요청을 어떻게 처리했는지(적중 여부, 저장 여부, 남은 시간) 알립니다.',
    },
    text: {
      en: 'Each cache appends one list member named after itself, e.g. `Cache-Status: ExampleCDN; hit; ttl=30`, so you can read the whole chain. It is meant for debugging cache behaviour, and replaces vendor-specific headers such as X-Cache.',
      ko: '각 캐시는 자기 이름으로 된 항목을 하나씩 덧붙입니다. 예: `Cache-Status: ExampleCDN; hit; ttl=30`. 그래서 전체 경로를 한눈에 볼 수 있습니다. 캐시 동작을 디버깅하기 위한 헤더로, X-Cache처럼 업체마다 달랐던 헤더를 대신합니다.',
    },
    category: 'caching',
    standard: 'standard',
  },
  {
    name: 'CDN-Cache-Control',
    role: 'response',
    spec: spec(9213, '2'),
    syntax: 'CDN-Cache-Control = sf-dictionary of cache directives, e.g. max-age=600',
    summary: {
      en: 'Cache-Control directives aimed only at CDN caches.',
      ko: 'CDN 캐시에만 적용되는 Cache-Control 지시자를 담습니다.',
    },
    text: {
      en: 'A CDN that honours this header uses it instead of Cache-Control, and usually strips it before forwarding the response. An origin can then say "the CDN may keep this for ten minutes, browsers for one" with `CDN-Cache-Control: max-age=600` and `Cache-Control: max-age=60`. Browsers ignore it.',
      ko: '이 헤더를 지원하는 CDN은 Cache-Control 대신 이 헤더를 따르고, 보통 응답을 전달하기 전에 지웁니다. 그래서 원 서버가 `CDN-Cache-Control: max-age=600`과 `Cache-Control: max-age=60`으로 CDN에는 10분, 브라우저에는 1분만 보관하라고 나눠 지시할 수 있습니다. 브라우저는 이 헤더를 무시합니다.',
    },
    category: 'caching',
    standard: 'standard',
  },
  {
    name: 'Clear-Site-Data',
    role: 'response',
    spec: anchored('W3C Clear Site Data', 'https://w3c.github.io/webappsec-clear-site-data/')('header'),
    syntax:
      'Clear-Site-Data = 1#( "cache" / "cookies" / "storage" / "executionContexts" / "*" ), each a quoted string',
    summary: {
      en: 'Asks the browser to wipe cookies, storage or cache for this origin.',
      ko: '이 출처의 쿠키, 저장소, 캐시를 지우도록 브라우저에 요청합니다.',
    },
    text: {
      en: 'A typical use is the response to logout: `Clear-Site-Data: "cookies", "storage"` removes the session together with anything the app kept in localStorage or IndexedDB. The values must be quoted strings. Browsers honour it only on responses from a secure context (HTTPS or localhost).',
      ko: '로그아웃 응답에 쓰는 것이 대표적입니다. `Clear-Site-Data: "cookies", "storage"`는 세션과 함께 앱이 localStorage나 IndexedDB에 남긴 데이터를 지웁니다. 각 값은 반드시 따옴표로 감싼 문자열이어야 합니다. 브라우저는 보안 컨텍스트(HTTPS나 localhost)의 응답에서만 이 헤더를 따릅니다.',
    },
    category: 'security',
    standard: 'standard',
  },
  {
    name: 'Connection',
    role: 'both',
    spec: rfc9110('7.6.1'),
    syntax: 'Connection = #connection-option; connection-option = token, e.g. close, keep-alive',
    summary: {
      en: 'Options for this connection only, such as close; also names the hop-by-hop headers.',
      ko: '이 연결에만 적용되는 옵션(close 등)을 지정하고, 홉 바이 홉(hop-by-hop) 헤더를 나열합니다.',
    },
    text: {
      en: 'HTTP/1.1 connections are persistent by default; `Connection: close` says this is the last exchange on the connection. Every header named in Connection applies to the immediate hop only, and a proxy removes them before forwarding. HTTP/2 and HTTP/3 forbid the header altogether. In the raw responses here you can see Node answer with `Connection: keep-alive` or `close`.',
      ko: 'HTTP/1.1에서는 연결이 기본적으로 유지(persistent)됩니다. `Connection: close`는 이번 교환이 이 연결의 마지막이라는 뜻입니다. Connection에 적힌 헤더는 바로 다음 홉에만 적용되며, 프록시는 전달하기 전에 이 헤더들을 지웁니다. HTTP/2와 HTTP/3에서는 이 헤더 자체를 쓸 수 없습니다. 여기서 원시 응답을 보면 Node가 `Connection: keep-alive`나 `close`로 답하는 것을 확인할 수 있습니다.',
    },
    category: 'connection',
    standard: 'standard',
  },
  {
    name: 'Content-Digest',
    role: 'both',
    spec: spec(9530, '2'),
    syntax:
      'Content-Digest = sf-dictionary of algorithm = :base64 digest:, e.g. sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:',
    summary: {
      en: 'A checksum of the content bytes in this message, for integrity checks.',
      ko: '이 메시지에 실린 콘텐츠 바이트의 체크섬을 담아 무결성을 확인하게 합니다.',
    },
    text: {
      en: 'Content-Digest covers exactly the content in this message, so for a 206 partial response it covers just that part. Use `sha-256` or `sha-512`. It detects accidental corruption; to detect tampering it has to be combined with a signature such as HTTP Message Signatures (RFC 9421). It replaces the older Digest header.',
      ko: 'Content-Digest는 이 메시지에 실린 콘텐츠만을 대상으로 하므로, 206 부분 응답이라면 그 조각만 계산합니다. 알고리즘은 `sha-256`이나 `sha-512`를 쓰세요. 우연한 손상은 잡아내지만, 변조까지 잡으려면 HTTP Message Signatures(RFC 9421) 같은 서명과 함께 써야 합니다. 예전 Digest 헤더를 대체합니다.',
    },
    category: 'representation',
    standard: 'standard',
  },
  {
    name: 'Content-Disposition',
    role: 'response',
    spec: spec(6266, '4'),
    syntax:
      'Content-Disposition = disposition-type *( ";" disposition-parm ); disposition-type = "inline" / "attachment" / token, e.g. attachment; filename="report.csv"',
    summary: {
      en: 'Whether the browser should display the body or save it as a download, and under what file name.',
      ko: '브라우저가 본문을 화면에 보여 줄지, 파일로 내려받게 할지와 파일 이름을 지정합니다.',
    },
    text: {
      en: '`attachment; filename="report.csv"` makes the browser offer a download; `inline`, the default, shows the body if it can. For non-ASCII names add `filename*=UTF-8\'\'` followed by the percent-encoded name, and keep a plain `filename` as a fallback. A name that came from user input must have its path separators stripped before anyone saves a file under it.',
      ko: '`attachment; filename="report.csv"`이면 브라우저가 파일을 내려받게 하고, 기본값인 `inline`이면 가능한 경우 본문을 그대로 보여 줍니다. 한글처럼 ASCII가 아닌 파일 이름은 `filename*=UTF-8\'\'` 뒤에 퍼센트 인코딩해서 넣고, 일반 `filename`도 대체용으로 함께 두세요. 사용자 입력에서 온 파일 이름은 경로 구분자를 제거한 뒤에만 써야 합니다.',
    },
    category: 'representation',
    standard: 'standard',
  },
  {
    name: 'Content-Encoding',
    role: 'both',
    spec: rfc9110('8.4'),
    syntax: 'Content-Encoding = #content-coding, e.g. gzip, br, zstd',
    summary: {
      en: 'Which codings, usually compression, were applied to the representation.',
      ko: '표현에 적용된 코딩, 보통은 압축 방식을 알립니다.',
    },
    text: {
      en: 'The recipient undoes the listed codings, in reverse order, to get the media type named in Content-Type. Content-Encoding is a property of the representation: gzipped JSON is still `Content-Type: application/json`, plus `Content-Encoding: gzip`. Do not confuse it with Transfer-Encoding, which frames the message on one hop. A server that receives a request body in a coding it does not support can answer 415.',
      ko: '받는 쪽은 나열된 코딩을 역순으로 풀어야 Content-Type에 적힌 미디어 타입을 얻습니다. Content-Encoding은 표현의 속성입니다. gzip으로 압축한 JSON도 `Content-Type: application/json`에 `Content-Encoding: gzip`이 붙은 것일 뿐입니다. 한 홉에서 메시지를 나눠 보내는 방식인 Transfer-Encoding과 헷갈리지 마세요. 지원하지 않는 코딩으로 된 요청 본문을 받은 서버는 415로 응답할 수 있습니다.',
    },
    category: 'representation',
    standard: 'standard',
  },
  {
    name: 'Content-Language',
    role: 'both',
    spec: rfc9110('8.5'),
    syntax: 'Content-Language = #language-tag, e.g. ko, en-US',
    summary: {
      en: 'The natural language(s) of the intended audience of the representation.',
      ko: '표현이 대상으로 하는 독자의 언어를 알립니다.',
    },
    text: {
      en: 'When a server picks a language from Accept-Language, it reports the choice here, e.g. `Content-Language: ko`. It describes the audience, not every word: a Korean tutorial that quotes English code is still `ko`. Leave it out when the content is meant for readers of any language.',
      ko: '서버가 Accept-Language를 보고 언어를 골랐다면 그 결과를 `Content-Language: ko`처럼 여기에 적습니다. 모든 단어의 언어가 아니라 대상 독자를 나타내므로, 영어 코드를 인용한 한국어 튜토리얼도 `ko`입니다. 특정 언어의 독자를 겨냥하지 않는 콘텐츠라면 생략하세요.',
    },
    category: 'representation',
    standard: 'standard',
  },
  {
    name: 'Content-Length',
    role: 'both',
    spec: rfc9110('8.6'),
    syntax: 'Content-Length = 1*DIGIT (a count of octets, not characters)',
    summary: {
      en: 'The size of the content in bytes; in HTTP/1.1 it also marks where the body ends.',
      ko: '콘텐츠 크기를 바이트 단위로 알립니다. HTTP/1.1에서는 본문이 어디서 끝나는지도 이 값으로 정합니다.',
    },
    text: {
      en: 'Count bytes, not characters: the Korean word for request is 2 characters but 6 bytes in UTF-8. If the value is too small, the rest of the body is read as the next request; too large, and the server waits for bytes that never come. A message must not carry both Content-Length and Transfer-Encoding, and a server must not send Content-Length in a 1xx or 204 response. In a response to HEAD it gives the size a GET would have returned.',
      ko: '문자 수가 아니라 바이트 수를 세야 합니다. "요청"은 두 글자지만 UTF-8로는 6바이트입니다. 값이 실제보다 작으면 본문의 나머지가 다음 요청으로 읽히고, 크면 서버가 오지 않을 바이트를 기다리게 됩니다. 한 메시지에 Content-Length와 Transfer-Encoding을 함께 보내면 안 되고, 1xx와 204 응답에는 Content-Length를 보내면 안 됩니다. HEAD 응답에서는 GET이었다면 돌려줬을 크기를 알려 줍니다.',
    },
    category: 'representation',
    standard: 'standard',
  },
  {
    name: 'Content-Location',
    role: 'both',
    spec: rfc9110('8.7'),
    syntax: 'Content-Location = absolute-URI / partial-URI',
    summary: {
      en: 'A URI for the specific representation carried in this message.',
      ko: '이 메시지에 담긴 특정 표현을 가리키는 URI를 알립니다.',
    },
    text: {
      en: 'If a 2xx response carries a Content-Location equal to the target URI, the body is a current representation of that resource. After a POST, a Content-Location pointing at the new resource says the body already is its representation, so the client need not GET it again. Unlike Location, it never redirects anyone. A server that negotiates can also use it to name the specific variant it chose.',
      ko: '2xx 응답의 Content-Location이 대상 URI와 같다면 본문이 그 리소스의 현재 표현이라는 뜻입니다. POST 뒤에 새 리소스를 가리키는 Content-Location을 보내면 본문이 이미 그 리소스의 표현이므로 클라이언트가 다시 GET할 필요가 없습니다. Location과 달리 클라이언트를 리다이렉트하지 않습니다. 콘텐츠 협상을 하는 서버는 고른 변형(variant)의 URI를 알리는 데도 씁니다.',
    },
    category: 'representation',
    standard: 'standard',
  },
  {
    name: 'Content-Range',
    role: 'response',
    spec: rfc9110('14.4'),
    syntax:
      'Content-Range = range-unit SP ( range-resp / unsatisfied-range ); range-resp = incl-range "/" ( complete-length / "*" ), e.g. bytes 0-499/1234',
    summary: {
      en: 'Which part of the full representation this response carries.',
      ko: '이 응답이 전체 표현 중 어느 부분을 담고 있는지 알립니다.',
    },
    text: {
      en: 'A single-part 206 Partial Content response must carry it: `bytes 0-499/1234` is the first 500 bytes of 1234. A 416 Range Not Satisfiable response should send `bytes */1234`, so the client learns the real length. Positions count from zero and include both ends.',
      ko: '부분이 하나인 206 Partial Content 응답에는 반드시 있어야 합니다. `bytes 0-499/1234`는 전체 1234바이트 중 처음 500바이트라는 뜻입니다. 416 Range Not Satisfiable 응답에는 `bytes */1234`를 보내 실제 길이를 알려 주는 것이 좋습니다. 위치는 0부터 세며 양 끝을 모두 포함합니다.',
    },
    category: 'range',
    standard: 'standard',
  },
  {
    name: 'Content-Security-Policy',
    role: 'response',
    spec: anchored(
      'W3C Content Security Policy Level 3',
      'https://w3c.github.io/webappsec-csp/',
    )('csp-header'),
    syntax:
      'Content-Security-Policy = 1#serialized-policy; serialized-policy = directive *( ";" directive ), e.g. default-src \'self\'; img-src https:',
    summary: {
      en: 'Which sources a page may load scripts, styles, images and frames from.',
      ko: '페이지가 스크립트, 스타일, 이미지, 프레임을 어디서 불러올 수 있는지 제한합니다.',
    },
    text: {
      en: "CSP is the main defence against cross-site scripting: with `script-src 'self'` an injected inline script does not run. Its `frame-ancestors` directive supersedes X-Frame-Options against clickjacking. Roll a new policy out with Content-Security-Policy-Report-Only first to see what would break. For a JSON API a strict `default-src 'none'; frame-ancestors 'none'` costs nothing. The `sandbox` directive alone makes a browser that opens the response treat it as a sandboxed document in an opaque origin, with scripts and forms off: the right policy for a response that echoes what a user sent.",
      ko: "CSP는 크로스 사이트 스크립팅(XSS)을 막는 핵심 방어선입니다. `script-src 'self'`를 지정하면 주입된 인라인 스크립트가 실행되지 않습니다. `frame-ancestors` 지시자는 클릭재킹 방어에서 X-Frame-Options를 대신합니다. 새 정책은 먼저 Content-Security-Policy-Report-Only로 배포해 무엇이 깨지는지 확인하세요. JSON API라면 `default-src 'none'; frame-ancestors 'none'`처럼 엄격하게 걸어도 잃을 것이 없습니다. `sandbox` 지시자 하나만 보내면 브라우저는 이 응답을 스크립트와 폼이 꺼진 샌드박스 문서로, 고유한 불투명 출처(opaque origin)에서 엽니다. 사용자가 보낸 내용을 그대로 돌려주는 응답에 알맞은 정책입니다.",
    },
    category: 'security',
    standard: 'standard',
  },
  {
    name: 'Content-Security-Policy-Report-Only',
    role: 'response',
    spec: anchored(
      'W3C Content Security Policy Level 3',
      'https://w3c.github.io/webappsec-csp/',
    )('cspro-header'),
    syntax: 'Content-Security-Policy-Report-Only = the same grammar as Content-Security-Policy',
    summary: {
      en: 'A CSP that only reports violations instead of blocking them.',
      ko: '위반을 차단하지 않고 보고만 하는 CSP입니다.',
    },
    text: {
      en: 'The browser evaluates the policy and reports each violation to the endpoint named by `report-to`, but loads the resource anyway. Deploy a new policy this way first, watch the reports, then switch to the enforcing Content-Security-Policy header.',
      ko: '브라우저는 정책을 평가해 위반 사항을 `report-to`로 지정한 곳에 보고하지만, 리소스는 그대로 불러옵니다. 새 정책은 먼저 이 헤더로 배포해 보고를 지켜본 뒤, 실제로 차단하는 Content-Security-Policy로 바꾸세요.',
    },
    category: 'security',
    standard: 'standard',
  },
  {
    name: 'Content-Type',
    role: 'both',
    spec: rfc9110('8.3'),
    syntax:
      'Content-Type = media-type; media-type = type "/" subtype *( OWS ";" OWS parameter ), e.g. application/json',
    summary: {
      en: 'The media type of the content: how the recipient should interpret the bytes.',
      ko: '콘텐츠의 미디어 타입, 즉 받는 쪽이 바이트를 어떻게 해석해야 하는지 알립니다.',
    },
    text: {
      en: 'A message with content should carry Content-Type; without it the recipient has to guess ("sniff"), which is a security risk. In a request it names the format of the body the client sends, and a server that cannot handle it answers 415 Unsupported Media Type. In a response it names what the server chose, often after negotiating with Accept. Errors from a REST API are best sent as `application/problem+json` (RFC 9457).',
      ko: '콘텐츠가 있는 메시지에는 Content-Type을 붙여야 합니다. 없으면 받는 쪽이 내용을 보고 추측(sniffing)해야 하고, 이는 보안 위험이 됩니다. 요청에서는 클라이언트가 보내는 본문의 형식을 나타내며, 서버가 처리할 수 없으면 415 Unsupported Media Type으로 응답합니다. 응답에서는 서버가 고른 형식을 나타내며, 보통 Accept와 협상한 결과입니다. REST API의 오류는 `application/problem+json`(RFC 9457)으로 보내는 것이 좋습니다.',
    },
    category: 'representation',
    standard: 'standard',
  },
  {
    name: 'Cookie',
    role: 'request',
    spec: spec(6265, '4.2'),
    syntax:
      'Cookie = cookie-string; cookie-string = cookie-pair *( ";" SP cookie-pair ); cookie-pair = cookie-name "=" cookie-value',
    summary: {
      en: 'Cookies the browser stored for this site, sent back with each request.',
      ko: '브라우저가 이 사이트에 대해 저장해 둔 쿠키를 요청마다 다시 보냅니다.',
    },
    text: {
      en: 'Cookies are how a browser carries state across stateless HTTP requests, most often a session id. The browser sends only name=value pairs; attributes such as Path or Expires stay on its side. Because browsers attach cookies automatically, cookie-authenticated APIs need CSRF protection (SameSite, tokens); APIs for non-browser clients usually use Authorization: Bearer instead.',
      ko: '쿠키는 상태가 없는(stateless) HTTP 요청 사이에서 브라우저가 상태를 이어 가는 방법이며, 세션 ID를 담는 경우가 가장 많습니다. 브라우저는 name=value 쌍만 보내고, Path나 Expires 같은 속성은 브라우저 쪽에만 남습니다. 브라우저가 쿠키를 자동으로 붙이기 때문에 쿠키로 인증하는 API는 SameSite나 토큰 같은 CSRF 방어가 필요합니다. 브라우저가 아닌 클라이언트를 위한 API는 보통 대신 Authorization: Bearer를 씁니다.',
    },
    category: 'auth',
    standard: 'standard',
  },
  {
    name: 'Cross-Origin-Embedder-Policy',
    role: 'response',
    spec: htmlStd('the-coep-headers'),
    syntax: 'Cross-Origin-Embedder-Policy = sf-token: "unsafe-none" / "require-corp" / "credentialless"',
    summary: {
      en: 'Requires every cross-origin resource a document loads to opt in, through CORS or CORP.',
      ko: '문서가 불러오는 모든 교차 출처 리소스가 CORS나 CORP로 허락한 것이어야 한다고 요구합니다.',
    },
    text: {
      en: 'With `require-corp`, the page can embed only those cross-origin resources that allow it explicitly. Together with `Cross-Origin-Opener-Policy: same-origin` it makes the page cross-origin isolated, which unlocks SharedArrayBuffer and precise timers. `credentialless` is a softer mode that loads no-cors resources without cookies instead.',
      ko: '`require-corp`로 설정하면 페이지는 명시적으로 허락한 교차 출처 리소스만 삽입할 수 있습니다. `Cross-Origin-Opener-Policy: same-origin`과 함께 쓰면 페이지가 교차 출처 격리(cross-origin isolated) 상태가 되어 SharedArrayBuffer와 정밀 타이머를 쓸 수 있습니다. `credentialless`는 no-cors 리소스를 쿠키 없이 불러오는 더 느슨한 방식입니다.',
    },
    category: 'security',
    standard: 'standard',
  },
  {
    name: 'Cross-Origin-Opener-Policy',
    role: 'response',
    spec: htmlStd('the-coop-headers'),
    syntax:
      'Cross-Origin-Opener-Policy = sf-token: "unsafe-none" / "same-origin-allow-popups" / "same-origin" / "noopener-allow-popups"',
    summary: {
      en: 'Puts the document in its own browsing context group, cut off from cross-origin windows.',
      ko: '문서를 별도의 브라우징 컨텍스트 그룹에 두어 교차 출처 창과의 연결을 끊습니다.',
    },
    text: {
      en: 'With `same-origin`, a cross-origin page that opened this one, or that this one opens, loses its window reference (window.opener becomes null). That blocks cross-window attacks such as tabnabbing, and side channels such as Spectre. It is one of the two headers needed for cross-origin isolation.',
      ko: '`same-origin`으로 설정하면 이 페이지를 연 교차 출처 페이지나 이 페이지가 연 교차 출처 페이지는 창 참조를 잃습니다(window.opener가 null이 됨). 탭내빙(tabnabbing) 같은 창 간 공격과 Spectre 같은 사이드 채널을 막아 줍니다. 교차 출처 격리에 필요한 두 헤더 중 하나입니다.',
    },
    category: 'security',
    standard: 'standard',
  },
  {
    name: 'Cross-Origin-Resource-Policy',
    role: 'response',
    spec: fetchStd('cross-origin-resource-policy-header'),
    syntax: 'Cross-Origin-Resource-Policy = %s"same-origin" / %s"same-site" / %s"cross-origin"',
    summary: {
      en: 'Which sites may load this resource with no-cors requests such as <img> or <script>.',
      ko: '<img>나 <script> 같은 no-cors 요청으로 이 리소스를 불러갈 수 있는 사이트를 제한합니다.',
    },
    text: {
      en: "CORP keeps a resource from being pulled into another site's process, where Spectre-style attacks could read it. `same-origin` is a good default for private API responses. A page that uses `Cross-Origin-Embedder-Policy: require-corp` can embed a cross-origin resource only if the resource sends `cross-origin` here or allows CORS.",
      ko: 'CORP는 리소스가 다른 사이트의 프로세스로 불려 들어가 Spectre 같은 공격에 읽히는 일을 막습니다. 비공개 API 응답이라면 `same-origin`이 좋은 기본값입니다. `Cross-Origin-Embedder-Policy: require-corp`를 쓰는 페이지는 이 헤더로 `cross-origin`을 보내거나 CORS를 허용한 교차 출처 리소스만 삽입할 수 있습니다.',
    },
    category: 'security',
    standard: 'standard',
  },
  {
    name: 'Date',
    role: 'both',
    spec: rfc9110('6.6.1'),
    syntax:
      'Date = HTTP-date; IMF-fixdate = day-name "," SP date1 SP time-of-day SP GMT, e.g. Sun, 06 Nov 1994 08:49:37 GMT',
    summary: {
      en: 'When the message was generated, in GMT.',
      ko: '메시지가 만들어진 시각을 GMT로 알립니다.',
    },
    text: {
      en: "An origin server with a clock must send Date in 2xx, 3xx and 4xx responses, and may send it in 1xx and 5xx ones. Caches use it to compute a response's age, so a wrong server clock makes caching behave oddly. The format is fixed: always GMT, with English day and month names. Clients rarely send Date in requests.",
      ko: '시계가 있는 원 서버는 2xx, 3xx, 4xx 응답에 Date를 반드시 넣어야 하고, 1xx와 5xx에는 넣어도 됩니다. 캐시는 이 값으로 응답의 나이를 계산하므로, 서버 시계가 틀리면 캐시가 이상하게 동작합니다. 형식은 정해져 있습니다. 항상 GMT이며 요일과 월은 영어 약어로 씁니다. 클라이언트가 요청에 Date를 보내는 일은 드뭅니다.',
    },
    category: 'other',
    standard: 'standard',
  },
  {
    name: 'Deprecation',
    role: 'response',
    spec: spec(9745, '2'),
    syntax: 'Deprecation = sf-date, e.g. @1688169599 (seconds since the Unix epoch)',
    summary: {
      en: 'Signals that the resource is, or will be, deprecated, and from when.',
      ko: '이 리소스가 폐기 예정(deprecated)이거나 그렇게 될 것임을, 그리고 그 시점을 알립니다.',
    },
    text: {
      en: 'The value is a Structured Fields date: `@` followed by Unix seconds. A date in the past means the resource is deprecated now; a date in the future, that it will be. Deprecated resources keep working. Pair the header with a Link to migration notes (rel="deprecation") and, once the shutdown date is known, with Sunset.',
      ko: '값은 구조화 필드(Structured Fields) 날짜로, `@` 뒤에 유닉스 시간(초)을 씁니다. 과거 날짜면 지금 폐기 예정 상태라는 뜻이고, 미래 날짜면 그때부터 그렇게 된다는 뜻입니다. 폐기 예정이어도 리소스는 계속 동작합니다. 마이그레이션 안내로 가는 Link(rel="deprecation")와 함께 쓰고, 종료 날짜가 정해지면 Sunset도 보내세요.',
    },
    category: 'control',
    standard: 'standard',
  },
  {
    name: 'Digest',
    role: 'both',
    spec: spec(3230, '4.3.2'),
    syntax:
      'Digest = #instance-digest; instance-digest = digest-algorithm "=" encoded-digest, e.g. SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=',
    summary: {
      en: 'The original checksum header, obsoleted by Content-Digest and Repr-Digest.',
      ko: '초기의 체크섬 헤더로, Content-Digest와 Repr-Digest로 대체되었습니다.',
    },
    text: {
      en: "Digest was ambiguous about whether it covered the whole representation or only this message's content, and implementations disagreed. RFC 9530 obsoletes it and splits the two meanings into Repr-Digest and Content-Digest. New APIs should not send Digest.",
      ko: 'Digest는 전체 표현을 대상으로 하는지, 이 메시지의 콘텐츠만 대상으로 하는지가 모호해서 구현마다 해석이 달랐습니다. RFC 9530이 이를 폐기하고 두 의미를 Repr-Digest와 Content-Digest로 나눴습니다. 새 API에서는 Digest를 보내지 마세요.',
    },
    category: 'representation',
    standard: 'deprecated',
  },
  {
    name: 'Early-Data',
    role: 'request',
    spec: rfc8470('5.1'),
    syntax: 'Early-Data = "1"',
    summary: {
      en: 'Added by an intermediary that forwards a request it received in TLS 1.3 early data (0-RTT).',
      ko: '중개자가 TLS 1.3 얼리 데이터(0-RTT)로 받은 요청을 전달할 때 붙입니다.',
    },
    text: {
      en: 'Early data can be replayed by an attacker, so a server that sees `Early-Data: 1` should only process requests that are safe to repeat. For anything else it can answer 425 Too Early, and the client retries once the handshake is complete.',
      ko: '얼리 데이터는 공격자가 재전송(replay)할 수 있으므로, `Early-Data: 1`을 본 서버는 반복해도 안전한 요청만 처리해야 합니다. 그렇지 않은 요청에는 425 Too Early로 응답하고, 클라이언트는 핸드셰이크가 끝난 뒤 다시 보냅니다.',
    },
    category: 'connection',
    standard: 'standard',
  },
  {
    name: 'ETag',
    role: 'response',
    spec: rfc9110('8.8.3'),
    syntax: 'ETag = entity-tag; entity-tag = [ W/ ] DQUOTE *etagc DQUOTE, e.g. "33a64df5" or W/"0815"',
    summary: {
      en: 'An opaque validator that identifies the current version of the representation.',
      ko: '현재 표현의 버전을 식별하는 불투명한(opaque) 검증자(validator)입니다.',
    },
    text: {
      en: 'Clients send it back in If-None-Match to revalidate a cached copy (304 if unchanged) and in If-Match to update safely (412 if someone else changed it first), which prevents lost updates. The quotes are part of the value. A strong ETag changes whenever the bytes change; a weak one (W/) only when the meaning changes, and weak tags never match in If-Match or If-Range, which use strong comparison.',
      ko: '클라이언트는 이 값을 If-None-Match에 넣어 캐시된 사본을 재검증하고(바뀌지 않았으면 304), If-Match에 넣어 안전하게 수정합니다(다른 사람이 먼저 바꿨으면 412). 덕분에 갱신 손실(lost update)을 막을 수 있습니다. 따옴표도 값의 일부입니다. 강한(strong) ETag는 바이트가 하나라도 바뀌면 바뀌고, 약한(weak, W/) ETag는 의미가 바뀔 때만 바뀝니다. 약한 ETag는 강한 비교를 쓰는 If-Match와 If-Range에서는 절대 일치하지 않습니다.',
    },
    category: 'conditional',
    standard: 'standard',
  },
  {
    name: 'Expect',
    role: 'request',
    spec: rfc9110('10.1.1'),
    syntax: 'Expect = #expectation; the only expectation defined is 100-continue',
    summary: {
      en: 'Asks the server to confirm with 100 Continue before the client sends a large body.',
      ko: '클라이언트가 큰 본문을 보내기 전에 서버가 100 Continue로 확인해 달라고 요청합니다.',
    },
    text: {
      en: 'A client uploading a large file sends the headers with `Expect: 100-continue` and waits. The server answers 100 Continue if it will take the body, or a final status such as 401 or 413 right away, which saves the upload. curl adds this header to large uploads by itself. A server that does not understand some other expectation may answer 417 Expectation Failed.',
      ko: '큰 파일을 올리는 클라이언트는 `Expect: 100-continue`와 함께 헤더만 먼저 보내고 기다립니다. 서버는 본문을 받을 생각이면 100 Continue를, 아니면 401이나 413 같은 최종 상태 코드를 바로 보내 쓸데없는 업로드를 막습니다. curl은 큰 업로드에 이 헤더를 알아서 붙입니다. 100-continue가 아닌 다른 기대(expectation)를 이해하지 못한 서버는 417 Expectation Failed로 응답할 수 있습니다.',
    },
    category: 'control',
    standard: 'standard',
  },
  {
    name: 'Expires',
    role: 'response',
    spec: rfc9111('5.3'),
    syntax: 'Expires = HTTP-date',
    summary: {
      en: 'The date after which the response is considered stale.',
      ko: '이 시각이 지나면 응답이 신선하지 않은(stale) 것으로 봅니다.',
    },
    text: {
      en: 'Expires is the HTTP/1.0 way to set freshness. If Cache-Control has max-age, caches ignore Expires, and shared caches also ignore it when s-maxage is present. An invalid date, notably "0", means already expired. Prefer max-age: it is relative, so it does not depend on the client\'s and the server\'s clocks agreeing.',
      ko: 'Expires는 HTTP/1.0 시절의 신선도 지정 방법입니다. Cache-Control에 max-age가 있으면 캐시는 Expires를 무시하고, s-maxage가 있으면 공유 캐시도 무시합니다. 잘못된 날짜, 특히 "0"은 이미 만료되었다는 뜻입니다. max-age는 상대 시간이라 클라이언트와 서버의 시계가 맞지 않아도 되므로 max-age를 쓰는 편이 낫습니다.',
    },
    category: 'caching',
    standard: 'standard',
  },
  {
    name: 'Forwarded',
    role: 'request',
    spec: spec(7239, '4'),
    syntax:
      'Forwarded = 1#forwarded-element; forwarded-element = [ forwarded-pair ] *( ";" [ forwarded-pair ] ); pairs: for, by, host, proto',
    summary: {
      en: 'The standard way for proxies to pass on the client address, the original Host and the protocol.',
      ko: '프록시가 클라이언트 주소, 원래 Host, 프로토콜을 뒤쪽 서버에 전달하는 표준 방식입니다.',
    },
    text: {
      en: 'A reverse proxy adds something like `Forwarded: for=192.0.2.60;proto=https;host=api.example`. It puts the X-Forwarded-For, X-Forwarded-Proto and X-Forwarded-Host conventions into one standard field. Anyone can send this header, so trust only the entries added by proxies you run. IPv6 addresses must be bracketed and quoted: for="[2001:db8::1]".',
      ko: '리버스 프록시는 `Forwarded: for=192.0.2.60;proto=https;host=api.example`처럼 이 헤더를 붙입니다. X-Forwarded-For, X-Forwarded-Proto, X-Forwarded-Host라는 관례를 하나의 표준 필드로 합친 것입니다. 누구나 이 헤더를 보낼 수 있으므로, 직접 운영하는 프록시가 붙인 항목만 믿으세요. IPv6 주소는 for="[2001:db8::1]"처럼 대괄호로 감싸고 따옴표를 쳐야 합니다.',
    },
    category: 'routing',
    standard: 'standard',
  },
  {
    name: 'From',
    role: 'request',
    spec: rfc9110('10.1.2'),
    syntax: 'From = mailbox, e.g. webmaster@example.org',
    summary: {
      en: "An email address for the person responsible for the requests, typically a crawler's operator.",
      ko: '요청에 책임이 있는 사람, 보통은 크롤러 운영자의 이메일 주소를 담습니다.',
    },
    text: {
      en: 'Well-behaved crawlers send From so site owners can contact them about a misbehaving bot. Browsers should not send it unless the user configured it. An API can log it but must never treat it as authentication.',
      ko: '예의 바른 크롤러는 From을 보내서, 로봇이 문제를 일으키면 사이트 운영자가 연락할 수 있게 합니다. 브라우저는 사용자가 직접 설정하지 않았다면 이 헤더를 보내지 않아야 합니다. API는 기록해 둘 수는 있지만 절대 인증 수단으로 믿으면 안 됩니다.',
    },
    category: 'other',
    standard: 'standard',
  },
  {
    name: 'Host',
    role: 'request',
    spec: rfc9110('7.2'),
    syntax: 'Host = uri-host [ ":" port ], e.g. localhost:8081',
    summary: {
      en: 'The host and port of the target URI; required in every HTTP/1.1 request.',
      ko: '대상 URI의 호스트와 포트를 알립니다. 모든 HTTP/1.1 요청에 반드시 있어야 합니다.',
    },
    text: {
      en: 'One IP address can serve many sites, so the server needs Host to know which one you mean. An HTTP/1.1 request with no Host, or with two Host lines, must be rejected with 400 Bad Request (RFC 9112 §3.2). In HTTP/2 and HTTP/3 the :authority pseudo-header plays this role. In this playground Host never decides where the bytes go: the server always connects to the mock API itself.',
      ko: '한 IP 주소에서 여러 사이트를 운영할 수 있으므로, 서버는 Host를 보고 어느 사이트에 온 요청인지 압니다. Host가 없거나 두 줄 이상인 HTTP/1.1 요청은 400 Bad Request로 거절해야 합니다(RFC 9112 §3.2). HTTP/2와 HTTP/3에서는 :authority 의사 헤더가 이 역할을 합니다. 이 플레이그라운드에서 Host는 바이트가 어디로 갈지 정하지 않습니다. 서버가 항상 직접 목(mock) API에 연결합니다.',
    },
    category: 'routing',
    standard: 'standard',
  },
  {
    name: 'Idempotency-Key',
    role: 'request',
    spec: draft(IDEMPOTENCY_DRAFT, '2'),
    syntax: 'Idempotency-Key = sf-string, e.g. "8e03978e-40d5-43e8-bc93-6894a57f9324"',
    summary: {
      en: 'A client-generated key that lets the server recognise retries of a non-idempotent request.',
      ko: '클라이언트가 만든 키로, 멱등하지 않은 요청의 재시도를 서버가 알아볼 수 있게 합니다.',
    },
    text: {
      en: 'POST is not idempotent: if a payment request times out, retrying it might charge twice. With an Idempotency-Key (usually a UUID) the server stores the first result and replays it for every retry that carries the same key. Reusing a key with a different body is an error (422 in the draft), and a retry that arrives while the first request is still running gets 409. It is still an IETF Internet-Draft, though payment APIs such as Stripe have used the header for years.',
      ko: 'POST는 멱등(idempotent)하지 않으므로, 결제 요청이 타임아웃된 뒤 다시 보내면 두 번 결제될 수 있습니다. Idempotency-Key(보통 UUID)를 보내면 서버는 첫 결과를 저장해 두었다가 같은 키로 온 재시도에 그 결과를 그대로 돌려줍니다. 같은 키를 다른 본문에 다시 쓰면 오류이고(초안에서는 422), 첫 요청이 아직 처리 중일 때 온 재시도는 409를 받습니다. 아직 IETF 인터넷 초안(draft)이지만, Stripe 같은 결제 API가 오래전부터 써 온 헤더입니다.',
    },
    category: 'control',
    standard: 'draft',
  },
  {
    name: 'If-Match',
    role: 'request',
    spec: rfc9110('13.1.1'),
    syntax: 'If-Match = "*" / #entity-tag',
    summary: {
      en: 'Perform the request only if the current ETag matches one of these (strong comparison).',
      ko: '현재 ETag가 이 중 하나와 일치할 때만 요청을 수행하라는 조건입니다(강한 비교).',
    },
    text: {
      en: 'This is optimistic locking over HTTP: GET a document, note its ETag, then PUT or PATCH with `If-Match: "<etag>"`. If someone changed the document in the meantime, the server must not apply the change and answers 412 Precondition Failed, so no update is silently lost. `If-Match: *` means "only if the resource exists". A server that insists on this answers 428 Precondition Required when the header is missing.',
      ko: 'HTTP로 하는 낙관적 잠금(optimistic locking)입니다. 도큐먼트를 GET해서 ETag를 기억해 두고, PUT이나 PATCH를 `If-Match: "<etag>"`와 함께 보냅니다. 그사이 누가 도큐먼트를 바꿨다면 서버는 변경을 적용하지 않고 412 Precondition Failed로 응답하므로, 갱신이 조용히 사라지는 일이 없습니다. `If-Match: *`는 리소스가 존재할 때만 수행하라는 뜻입니다. 이를 강제하려는 서버는 헤더가 없을 때 428 Precondition Required로 응답합니다.',
    },
    category: 'conditional',
    standard: 'standard',
  },
  {
    name: 'If-Modified-Since',
    role: 'request',
    spec: rfc9110('13.1.3'),
    syntax: 'If-Modified-Since = HTTP-date',
    summary: {
      en: 'Send the representation only if it changed after this date; otherwise 304.',
      ko: '이 시각 이후에 바뀐 경우에만 표현을 보내 달라는 조건입니다. 바뀌지 않았으면 304입니다.',
    },
    text: {
      en: 'The client copies the Last-Modified value it saw earlier. The condition applies only to GET and HEAD, and is ignored when If-None-Match is also present, because ETags are more precise than one-second timestamps. A 304 Not Modified has no body, which saves the transfer.',
      ko: '클라이언트는 전에 받은 Last-Modified 값을 그대로 넣습니다. GET과 HEAD에만 적용되며, If-None-Match가 함께 있으면 무시됩니다. 1초 단위 시각보다 ETag가 더 정확하기 때문입니다. 304 Not Modified에는 본문이 없으므로 전송량을 아낄 수 있습니다.',
    },
    category: 'conditional',
    standard: 'standard',
  },
  {
    name: 'If-None-Match',
    role: 'request',
    spec: rfc9110('13.1.2'),
    syntax: 'If-None-Match = "*" / #entity-tag',
    summary: {
      en: 'Perform the request only if no current ETag matches (weak comparison); the basis of cache revalidation.',
      ko: '현재 ETag가 하나도 일치하지 않을 때만 요청을 수행하라는 조건입니다(약한 비교). 캐시 재검증의 기본입니다.',
    },
    text: {
      en: 'On GET, a cache sends the ETag it holds; if it still matches, the server answers 304 Not Modified with no body. On PUT, `If-None-Match: *` means "create only if nothing is there yet" and gets 412 if the resource already exists, which stops two clients from creating the same document.',
      ko: 'GET에서는 캐시가 가진 ETag를 보내고, 여전히 일치하면 서버는 본문 없이 304 Not Modified로 응답합니다. PUT에서 `If-None-Match: *`는 아직 아무것도 없을 때만 만들라는 뜻이며, 리소스가 이미 있으면 412를 받습니다. 두 클라이언트가 같은 도큐먼트를 동시에 만드는 일을 막을 수 있습니다.',
    },
    category: 'conditional',
    standard: 'standard',
  },
  {
    name: 'If-Range',
    role: 'request',
    spec: rfc9110('13.1.5'),
    syntax: 'If-Range = entity-tag / HTTP-date',
    summary: {
      en: 'Send the requested range only if the representation is unchanged; otherwise send all of it.',
      ko: '표현이 바뀌지 않았을 때만 요청한 범위를 보내고, 바뀌었다면 전체를 보내 달라는 조건입니다.',
    },
    text: {
      en: 'When resuming a download, the client sends Range together with If-Range holding the strong ETag or the Last-Modified date it saw. If the file has changed, the server ignores Range and returns the whole new file with 200, so the client never stitches together pieces of two versions.',
      ko: '다운로드를 이어 받을 때 클라이언트는 Range와 함께, 전에 본 강한 ETag나 Last-Modified 값을 If-Range에 넣어 보냅니다. 파일이 바뀌었다면 서버는 Range를 무시하고 새 파일 전체를 200으로 보내므로, 서로 다른 두 버전의 조각을 이어 붙이는 일이 생기지 않습니다.',
    },
    category: 'range',
    standard: 'standard',
  },
  {
    name: 'If-Unmodified-Since',
    role: 'request',
    spec: rfc9110('13.1.4'),
    syntax: 'If-Unmodified-Since = HTTP-date',
    summary: {
      en: 'Perform the request only if the resource has not changed since this date; otherwise 412.',
      ko: '이 시각 이후 리소스가 바뀌지 않았을 때만 요청을 수행하고, 바뀌었다면 412를 받습니다.',
    },
    text: {
      en: 'The date-based sibling of If-Match, for servers that provide Last-Modified but no ETag. It is ignored when If-Match is present. Its one-second resolution cannot tell apart two edits made in the same second, so prefer ETags where you can.',
      ko: 'ETag 없이 Last-Modified만 제공하는 서버를 위한, 날짜 기반의 If-Match입니다. If-Match가 함께 있으면 무시됩니다. 1초 단위라서 같은 초에 일어난 두 수정을 구분하지 못하므로, 가능하면 ETag를 쓰세요.',
    },
    category: 'conditional',
    standard: 'standard',
  },
  {
    name: 'Keep-Alive',
    role: 'both',
    spec: spec(2068, '19.7.1.1'),
    syntax: 'Keep-Alive = #( token [ "=" ( token / quoted-string ) ] ), e.g. timeout=5, max=100',
    summary: {
      en: 'Hints about how long an idle persistent connection stays open; a leftover from HTTP/1.0.',
      ko: '유휴 상태의 지속 연결을 얼마나 오래 유지할지 알려 주는 힌트로, HTTP/1.0 시절의 유물입니다.',
    },
    text: {
      en: 'HTTP/1.0 needed `Connection: keep-alive` to reuse a connection, and Keep-Alive carried parameters like `timeout=5`. HTTP/1.1 connections persist by default, yet Node still sends `Keep-Alive: timeout=5` to tell clients when it will close an idle socket. It is hop-by-hop, and HTTP/2 and HTTP/3 forbid it.',
      ko: 'HTTP/1.0에서는 연결을 재사용하려면 `Connection: keep-alive`가 필요했고, Keep-Alive는 `timeout=5` 같은 매개변수를 담았습니다. HTTP/1.1 연결은 기본적으로 유지되지만, Node는 유휴 소켓을 언제 닫을지 알려 주려고 지금도 `Keep-Alive: timeout=5`를 보냅니다. 홉 바이 홉 헤더이며 HTTP/2와 HTTP/3에서는 쓸 수 없습니다.',
    },
    category: 'connection',
    standard: 'deprecated',
  },
  {
    name: 'Last-Modified',
    role: 'response',
    spec: rfc9110('8.8.2'),
    syntax: 'Last-Modified = HTTP-date',
    summary: {
      en: 'When the origin server believes the representation last changed.',
      ko: '원 서버가 판단하기에 표현이 마지막으로 바뀐 시각입니다.',
    },
    text: {
      en: "Clients and caches send it back in If-Modified-Since (revalidation) or If-Unmodified-Since (safe updates). It must not be later than the response's Date. Send it next to ETag whenever you know a real modification time: some caches and tools only understand dates, and caches use it to estimate a freshness lifetime when nothing else is given.",
      ko: '클라이언트와 캐시는 이 값을 If-Modified-Since(재검증)나 If-Unmodified-Since(안전한 수정)에 넣어 돌려보냅니다. 응답의 Date보다 나중 시각이면 안 됩니다. 실제 수정 시각을 알고 있다면 ETag와 함께 보내세요. 날짜만 이해하는 캐시나 도구도 있고, 다른 정보가 없을 때 캐시는 이 값으로 신선도 수명을 추정합니다.',
    },
    category: 'conditional',
    standard: 'standard',
  },
  {
    name: 'Link',
    role: 'both',
    spec: rfc8288('3'),
    syntax:
      'Link = #link-value; link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param ), e.g. </users?page=2>; rel="next"',
    summary: {
      en: 'Typed links to related resources, carried in the header instead of the body.',
      ko: '관련 리소스로 가는 링크를 관계 유형과 함께 본문이 아닌 헤더에 담습니다.',
    },
    text: {
      en: 'REST APIs often paginate with it: `Link: </users?page=3>; rel="next", </users?page=9>; rel="last"`. The client follows the relation it wants instead of building URLs itself, which is the hypermedia side of REST. Other common relations are prev, first, describedby (documentation or a schema), deprecation and preload.',
      ko: 'REST API는 흔히 이 헤더로 페이지네이션을 합니다. 예: `Link: </users?page=3>; rel="next", </users?page=9>; rel="last"`. 클라이언트는 URL을 직접 조립하지 않고 원하는 관계(rel)를 따라가면 되는데, 이것이 REST의 하이퍼미디어 측면입니다. 자주 쓰는 관계로는 prev, first, describedby(문서나 스키마), deprecation, preload가 있습니다.',
    },
    category: 'other',
    standard: 'standard',
  },
  {
    name: 'Location',
    role: 'response',
    spec: rfc9110('10.2.2'),
    syntax: 'Location = URI-reference (a relative reference is resolved against the target URI)',
    summary: {
      en: 'The URI of a newly created resource (201) or of where to go next (3xx).',
      ko: '새로 만든 리소스의 URI(201)나 다음에 갈 곳(3xx)을 알립니다.',
    },
    text: {
      en: 'After POST /users creates a user, `201 Created` with `Location: /users/42` tells the client where the new document lives. In a 3xx response it is the redirect target: 301 and 308 for moved resources, 303 to point at a result, 307 to repeat the request elsewhere. 202 Accepted often uses it to point at a status monitor. A relative value such as /users/42 is fine.',
      ko: 'POST /users로 사용자를 만들었다면 `201 Created`와 함께 `Location: /users/42`를 보내 새 도큐먼트의 위치를 알려 줍니다. 3xx 응답에서는 리다이렉트 대상입니다. 301과 308은 옮겨 간 리소스, 303은 결과를 가리킬 때, 307은 같은 요청을 다른 곳에 다시 보내라고 할 때 씁니다. 202 Accepted에서는 작업 상태를 확인할 URI를 가리키는 데 자주 씁니다. /users/42처럼 상대 경로여도 괜찮습니다.',
    },
    category: 'routing',
    standard: 'standard',
  },
  {
    name: 'Max-Forwards',
    role: 'request',
    spec: rfc9110('7.6.2'),
    syntax: 'Max-Forwards = 1*DIGIT',
    summary: {
      en: 'Limits how many more times proxies may forward a TRACE or OPTIONS request.',
      ko: 'TRACE나 OPTIONS 요청을 프록시가 앞으로 몇 번 더 전달할 수 있는지 제한합니다.',
    },
    text: {
      en: 'Each proxy decrements the value, and the one that receives 0 answers itself instead of forwarding. That lets you probe a proxy chain hop by hop or stop a request that loops. Other methods ignore it.',
      ko: '프록시는 값을 하나씩 줄이며, 0을 받은 프록시는 더 전달하지 않고 직접 응답합니다. 그래서 프록시 체인을 한 홉씩 살펴보거나 빙빙 도는 요청을 멈출 수 있습니다. 다른 메서드에서는 무시됩니다.',
    },
    category: 'routing',
    standard: 'standard',
  },
  {
    name: 'Origin',
    role: 'request',
    spec: spec(6454, '7'),
    syntax: 'Origin = "null" / serialized-origin; serialized-origin = scheme "://" host [ ":" port ]',
    summary: {
      en: 'The origin (scheme, host, port) that started the request; the input to CORS checks.',
      ko: '요청을 시작한 출처(스킴, 호스트, 포트)를 알립니다. CORS 검사의 입력값입니다.',
    },
    text: {
      en: 'Browsers send Origin on cross-origin requests and on POST, PUT, PATCH and DELETE, and page scripts cannot forge it. Unlike Referer it has no path, so it reveals less. A server decides CORS with it, and can use it against CSRF too: reject state-changing requests whose Origin is not your own site. `null` comes from sandboxed iframes, file: URLs and some redirects.',
      ko: '브라우저는 교차 출처 요청과 POST, PUT, PATCH, DELETE 요청에 Origin을 붙이며, 페이지 스크립트는 이 값을 위조할 수 없습니다. Referer와 달리 경로가 없어서 노출되는 정보가 적습니다. 서버는 이 값으로 CORS를 판단하고, CSRF 방어에도 쓸 수 있습니다. 상태를 바꾸는 요청인데 Origin이 내 사이트가 아니면 거절하면 됩니다. `null`은 샌드박스 iframe, file: URL, 일부 리다이렉트에서 옵니다.',
    },
    category: 'cors',
    standard: 'standard',
  },
  {
    name: 'Permissions-Policy',
    role: 'response',
    spec: anchored(
      'W3C Permissions Policy',
      'https://w3c.github.io/webappsec-permissions-policy/',
    )('permissions-policy-http-header-field'),
    syntax:
      'Permissions-Policy = sf-dictionary of feature = allowlist, e.g. geolocation=(), camera=(self "https://a.example")',
    summary: {
      en: 'Which powerful browser features (camera, geolocation and so on) the page and its iframes may use.',
      ko: '페이지와 그 안의 iframe이 카메라, 위치 정보 같은 강력한 브라우저 기능을 쓸 수 있는지 정합니다.',
    },
    text: {
      en: '`Permissions-Policy: geolocation=(), camera=()` turns those features off for the page and everything it embeds, so a compromised third-party script cannot even ask for them. It replaced the older Feature-Policy header. It matters for HTML pages; a JSON API gains little from it.',
      ko: '`Permissions-Policy: geolocation=(), camera=()`는 페이지와 그 안에 삽입된 모든 것에서 해당 기능을 끕니다. 그래서 서드파티 스크립트가 뚫려도 그 기능을 요청조차 할 수 없습니다. 예전 Feature-Policy 헤더를 대체했습니다. HTML 페이지에 의미가 있으며, JSON API에는 별 효과가 없습니다.',
    },
    category: 'security',
    standard: 'standard',
  },
  {
    name: 'Pragma',
    role: 'both',
    spec: rfc9111('5.4'),
    syntax: 'Pragma = 1#pragma-directive; pragma-directive = "no-cache" / extension-pragma',
    summary: {
      en: 'An HTTP/1.0 cache directive; only no-cache was ever defined. Deprecated.',
      ko: 'HTTP/1.0의 캐시 지시자로, 정의된 값은 no-cache뿐입니다. 더 이상 쓰지 않습니다.',
    },
    text: {
      en: 'RFC 9111 deprecates Pragma: caches now look only at Cache-Control. Some clients still send `Pragma: no-cache` next to `Cache-Control: no-cache` for very old proxies. In a response it has no defined meaning at all, so it does not stop caching; use Cache-Control.',
      ko: 'RFC 9111은 Pragma를 폐기 대상(deprecated)으로 정했고, 캐시는 이제 Cache-Control만 봅니다. 아주 오래된 프록시를 위해 `Cache-Control: no-cache`와 함께 `Pragma: no-cache`를 보내는 클라이언트도 아직 있습니다. 응답의 Pragma에는 정해진 의미가 아예 없으므로 캐시를 막지 못합니다. Cache-Control을 쓰세요.',
    },
    category: 'caching',
    standard: 'deprecated',
  },
  {
    name: 'Prefer',
    role: 'request',
    spec: spec(7240, '2'),
    syntax:
      'Prefer = #preference; preference = token [ BWS "=" BWS word ] *( OWS ";" [ OWS parameter ] ), e.g. return=minimal, respond-async, wait=10',
    summary: {
      en: 'Optional preferences the client would like the server to honour, such as return=minimal.',
      ko: '서버가 들어주었으면 하는 클라이언트의 선호 사항을 전달합니다. 예: return=minimal',
    },
    text: {
      en: '`Prefer: return=minimal` asks for an empty 204 after a write instead of the full representation, and `return=representation` asks for the opposite. `respond-async` asks for 202 Accepted rather than waiting for a long job. The server may ignore any preference, and reports the ones it applied in Preference-Applied. Add `Vary: Prefer` when the response depends on it.',
      ko: '`Prefer: return=minimal`은 쓰기 요청 뒤에 전체 표현 대신 빈 204를 달라는 뜻이고, `return=representation`은 그 반대입니다. `respond-async`는 오래 걸리는 작업을 기다리지 말고 202 Accepted로 답해 달라는 뜻입니다. 서버는 어떤 선호든 무시할 수 있으며, 적용한 것은 Preference-Applied로 알립니다. 이에 따라 응답이 달라진다면 `Vary: Prefer`를 붙이세요.',
    },
    category: 'control',
    standard: 'standard',
  },
  {
    name: 'Preference-Applied',
    role: 'response',
    spec: spec(7240, '3'),
    syntax:
      'Preference-Applied = #applied-pref; applied-pref = token [ BWS "=" BWS word ], e.g. return=minimal',
    summary: {
      en: "Which of the client's Prefer preferences the server actually honoured.",
      ko: '클라이언트가 Prefer로 보낸 선호 중 서버가 실제로 적용한 것을 알립니다.',
    },
    text: {
      en: 'Without it, a client cannot tell an empty 204 sent because of `return=minimal` from one the server would have sent anyway. Echo only the preferences you applied, without their parameters.',
      ko: '이 헤더가 없으면 클라이언트는 빈 204가 `return=minimal` 때문인지, 원래 그렇게 응답하는 것인지 구분할 수 없습니다. 실제로 적용한 선호만, 매개변수 없이 돌려주세요.',
    },
    category: 'control',
    standard: 'standard',
  },
  {
    name: 'Priority',
    role: 'both',
    spec: spec(9218, '5'),
    syntax: 'Priority = sf-dictionary; u = urgency 0-7 (default 3), i = incremental, e.g. u=1, i',
    summary: {
      en: 'How urgent a response is, and whether it is useful in pieces.',
      ko: '응답이 얼마나 급한지, 조금씩 받아도 쓸 수 있는지 알립니다.',
    },
    text: {
      en: "Urgency runs from 0 (most urgent) to 7, and `i` marks responses that are useful as they arrive, like progressive images. Clients send it to help HTTP/2 and HTTP/3 servers schedule responses on a shared connection, and a server may send it in a response to adjust the priority. It replaces HTTP/2's complicated priority tree.",
      ko: '긴급도는 0(가장 급함)부터 7까지이고, `i`는 점진적 이미지처럼 도착하는 대로 쓸 수 있는 응답을 뜻합니다. 클라이언트가 보내면 HTTP/2와 HTTP/3 서버가 하나의 연결에서 응답 순서를 정할 때 참고하며, 서버가 응답에 넣어 우선순위를 조정할 수도 있습니다. 복잡했던 HTTP/2 우선순위 트리를 대체합니다.',
    },
    category: 'connection',
    standard: 'standard',
  },
  {
    name: 'Proxy-Authenticate',
    role: 'response',
    spec: rfc9110('11.7.1'),
    syntax: 'Proxy-Authenticate = #challenge',
    summary: {
      en: 'The challenge a proxy sends with 407: how to authenticate to the proxy.',
      ko: '프록시가 407과 함께 보내는 챌린지로, 프록시에 인증하는 방법을 알립니다.',
    },
    text: {
      en: 'It works like WWW-Authenticate, but for a proxy between the client and the server, and a 407 Proxy Authentication Required must include it. The client answers with Proxy-Authorization. It applies only to the next client on the response chain.',
      ko: 'WWW-Authenticate와 같은 방식이지만 클라이언트와 서버 사이의 프록시를 위한 것이며, 407 Proxy Authentication Required에는 반드시 들어가야 합니다. 클라이언트는 Proxy-Authorization으로 답합니다. 응답 경로에서 바로 다음 클라이언트에만 적용됩니다.',
    },
    category: 'auth',
    standard: 'standard',
  },
  {
    name: 'Proxy-Authentication-Info',
    role: 'response',
    spec: rfc9110('11.7.3'),
    syntax: 'Proxy-Authentication-Info = #auth-param',
    summary: {
      en: 'Like Authentication-Info, but for authentication with a proxy.',
      ko: 'Authentication-Info와 같지만 프록시 인증에 쓰입니다.',
    },
    text: {
      en: 'A proxy sends it after a successful Proxy-Authorization to carry scheme-specific data, such as the next nonce. It applies only to the next hop.',
      ko: '프록시가 Proxy-Authorization 인증에 성공한 뒤 다음 nonce 같은 스킴별 데이터를 담아 보냅니다. 바로 다음 홉에만 적용됩니다.',
    },
    category: 'auth',
    standard: 'standard',
  },
  {
    name: 'Proxy-Authorization',
    role: 'request',
    spec: rfc9110('11.7.2'),
    syntax: 'Proxy-Authorization = credentials',
    summary: {
      en: 'Credentials for a proxy that demanded authentication.',
      ko: '인증을 요구한 프록시에 보내는 자격 증명을 담습니다.',
    },
    text: {
      en: 'It is sent in reply to a 407 and its Proxy-Authenticate challenge. The proxy that asked for it consumes it and normally does not forward it upstream, so it does not reach the origin server. Corporate HTTP proxies commonly use it with Basic or Negotiate.',
      ko: '407과 Proxy-Authenticate 챌린지에 대한 답으로 보냅니다. 이를 요구한 프록시가 소비하고 보통은 위쪽(upstream)으로 전달하지 않으므로 원 서버에는 닿지 않습니다. 회사의 HTTP 프록시가 Basic이나 Negotiate와 함께 흔히 씁니다.',
    },
    category: 'auth',
    standard: 'standard',
  },
  {
    name: 'Proxy-Status',
    role: 'response',
    spec: spec(9209, '2'),
    syntax:
      'Proxy-Status = sf-list of intermediaries with parameters error, next-hop, received-status, details, e.g. ExampleProxy; error=connection_timeout',
    summary: {
      en: 'How each intermediary handled the response, including errors such as a timeout towards the origin.',
      ko: '각 중개자가 응답을 어떻게 처리했는지, 원 서버 연결 시간 초과 같은 오류까지 알립니다.',
    },
    text: {
      en: 'When a gateway answers 502 or 504, Proxy-Status says why: `error=dns_timeout`, `connection_refused`, `http_response_incomplete` and so on. Each intermediary appends its own member. It turns "the proxy said Bad Gateway" into something you can debug.',
      ko: '게이트웨이가 502나 504로 응답할 때 Proxy-Status는 그 이유를 `error=dns_timeout`, `connection_refused`, `http_response_incomplete`처럼 알려 줍니다. 각 중개자는 자기 항목을 하나씩 덧붙입니다. "프록시가 Bad Gateway라고 했다"를 디버깅할 수 있는 정보로 바꿔 줍니다.',
    },
    category: 'other',
    standard: 'standard',
  },
  {
    name: 'Range',
    role: 'request',
    spec: rfc9110('14.2'),
    syntax:
      'Range = ranges-specifier; ranges-specifier = range-unit "=" range-set, e.g. bytes=0-499, bytes=-500',
    summary: {
      en: 'Asks for only part of the representation, by byte ranges.',
      ko: '표현의 일부만 바이트 범위로 요청합니다.',
    },
    text: {
      en: '`bytes=0-499` asks for the first 500 bytes, `bytes=500-` for everything from byte 500 on, `bytes=-500` for the last 500. The server answers 206 Partial Content with Content-Range, 416 if the range lies outside the representation, or simply 200 with everything if it does not support ranges. Range is only defined for GET; servers ignore it on other methods.',
      ko: '`bytes=0-499`는 처음 500바이트, `bytes=500-`는 500번째 바이트부터 끝까지, `bytes=-500`은 마지막 500바이트를 요청합니다. 서버는 Content-Range와 함께 206 Partial Content로 응답하거나, 범위가 표현을 벗어나면 416으로, 범위 요청을 지원하지 않으면 그냥 전체를 200으로 보냅니다. Range는 GET에만 정의되어 있어서 다른 메서드에서는 서버가 무시합니다.',
    },
    category: 'range',
    standard: 'standard',
  },
  {
    name: 'RateLimit',
    role: 'response',
    spec: draft(RATELIMIT_DRAFT, '4'),
    syntax:
      'RateLimit = sf-list of service limit items; parameters r (remaining), t (seconds until reset), pk, e.g. "default";r=50;t=30',
    summary: {
      en: 'How much quota the client has left under each policy, and when more becomes available.',
      ko: '정책별로 클라이언트에게 남은 할당량과, 언제 다시 채워지는지 알립니다.',
    },
    text: {
      en: '`RateLimit: "default";r=50;t=30` means 50 quota units are left and more arrive in 30 seconds, so a client can slow down before it hits 429 Too Many Requests. It is an IETF Internet-Draft that is still changing, and many APIs send the older, non-standard X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset headers instead.',
      ko: '`RateLimit: "default";r=50;t=30`은 할당량이 50 남았고 30초 뒤에 더 채워진다는 뜻이므로, 클라이언트는 429 Too Many Requests를 받기 전에 미리 속도를 줄일 수 있습니다. 아직 바뀌고 있는 IETF 인터넷 초안(draft)이며, 많은 API가 대신 비표준인 X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset 헤더를 보냅니다.',
    },
    category: 'control',
    standard: 'draft',
  },
  {
    name: 'RateLimit-Policy',
    role: 'response',
    spec: draft(RATELIMIT_DRAFT, '3'),
    syntax:
      'RateLimit-Policy = sf-list of quota policy items; parameters q (quota), w (window in seconds), qu (quota unit), pk, e.g. "burst";q=100;w=60',
    summary: {
      en: 'The quota policies that apply to the client, such as 100 requests per minute.',
      ko: '클라이언트에 적용되는 할당량 정책을 알립니다. 예: 1분에 요청 100개',
    },
    text: {
      en: '`RateLimit-Policy: "burst";q=100;w=60,"daily";q=1000;w=86400` describes two policies. The value rarely changes, while RateLimit reports the live state of each policy by its name. It belongs to the same Internet-Draft as RateLimit, so names and syntax may still change.',
      ko: '`RateLimit-Policy: "burst";q=100;w=60,"daily";q=1000;w=86400`라는 값에는 정책이 두 개 들어 있습니다. 이 값은 거의 바뀌지 않고, 각 정책의 현재 상태는 RateLimit이 정책 이름으로 짝지어 알려 줍니다. RateLimit과 같은 인터넷 초안에 속하므로 이름과 문법이 아직 바뀔 수 있습니다.',
    },
    category: 'control',
    standard: 'draft',
  },
  {
    name: 'Referer',
    role: 'request',
    spec: rfc9110('10.1.3'),
    syntax: 'Referer = absolute-URI / partial-URI (the misspelling is historical)',
    summary: {
      en: 'The URI of the page or resource from which the request was made.',
      ko: '요청을 보낸 페이지나 리소스의 URI를 알립니다.',
    },
    text: {
      en: 'The name has been misspelled since HTTP/1.0 and stays that way on the wire, while the Referrer-Policy header is spelled correctly. Browsers strip fragments and credentials, and by default send other sites only the origin (strict-origin-when-cross-origin). Do not base security decisions on it: it can be missing, and clients other than browsers can forge it.',
      ko: 'HTTP/1.0 때부터 철자가 틀린 채로 굳어져 지금도 Referer라고 씁니다. 반면 Referrer-Policy 헤더는 철자가 맞습니다. 브라우저는 프래그먼트와 자격 증명을 빼고 보내며, 기본값(strict-origin-when-cross-origin)에서는 다른 사이트에 출처만 보냅니다. 없을 수도 있고 브라우저가 아닌 클라이언트는 위조할 수도 있으므로 보안 판단의 근거로 삼지 마세요.',
    },
    category: 'other',
    standard: 'standard',
  },
  {
    name: 'Referrer-Policy',
    role: 'response',
    spec: anchored(
      'W3C Referrer Policy',
      'https://w3c.github.io/webappsec-referrer-policy/',
    )('referrer-policy-header'),
    syntax:
      'Referrer-Policy = 1#policy-token, e.g. no-referrer, same-origin, strict-origin-when-cross-origin',
    summary: {
      en: 'How much of the current URL the browser may put in Referer on outgoing requests.',
      ko: '브라우저가 이후 요청의 Referer에 현재 URL을 얼마나 담을지 정합니다.',
    },
    text: {
      en: 'URLs can hold secrets such as password-reset tokens or search terms. `no-referrer` sends nothing. `strict-origin-when-cross-origin`, the browser default, sends the full URL within the same origin, only the origin to other sites, and nothing when going from HTTPS to HTTP. The Teapot playground itself sends `no-referrer`.',
      ko: 'URL에는 비밀번호 재설정 토큰이나 검색어 같은 민감한 정보가 들어 있을 수 있습니다. `no-referrer`는 아무것도 보내지 않습니다. 브라우저 기본값인 `strict-origin-when-cross-origin`은 같은 출처 안에서는 전체 URL을, 다른 사이트에는 출처만 보내고, HTTPS에서 HTTP로 갈 때는 아무것도 보내지 않습니다. Teapot 플레이그라운드 자체는 `no-referrer`를 보냅니다.',
    },
    category: 'security',
    standard: 'standard',
  },
  {
    name: 'Repr-Digest',
    role: 'both',
    spec: spec(9530, '3'),
    syntax:
      'Repr-Digest = sf-dictionary of algorithm = :base64 digest:, e.g. sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:',
    summary: {
      en: 'A checksum of the whole selected representation, even when only part of it is sent.',
      ko: '일부만 보내더라도 선택된 표현 전체를 대상으로 한 체크섬을 담습니다.',
    },
    text: {
      en: 'Repr-Digest covers the complete representation, content coding included, so it is the same on a 206 partial response, on a HEAD and on the full 200. A client that resumed a download can check the reassembled file against it. Compare Content-Digest, which covers only the bytes in this message.',
      ko: 'Repr-Digest는 콘텐츠 코딩까지 포함한 표현 전체를 대상으로 하므로, 206 부분 응답이든 HEAD든 전체 200 응답이든 값이 같습니다. 다운로드를 이어 받은 클라이언트는 다시 합친 파일을 이 값으로 검증할 수 있습니다. 이 메시지의 바이트만 다루는 Content-Digest와 비교해 보세요.',
    },
    category: 'representation',
    standard: 'standard',
  },
  {
    name: 'Retry-After',
    role: 'response',
    spec: rfc9110('10.2.3'),
    syntax: 'Retry-After = HTTP-date / delay-seconds, e.g. 120',
    summary: {
      en: 'How long the client should wait before trying again.',
      ko: '클라이언트가 다시 시도하기 전에 얼마나 기다려야 하는지 알립니다.',
    },
    text: {
      en: 'With 503 Service Unavailable it says when the service is expected back; with 429 Too Many Requests, when the client may send again; with a 3xx, how long to wait before following the redirect. Seconds (`Retry-After: 120`) are safer than a date because they do not depend on clocks agreeing. Good clients add some random jitter so they do not all retry at the same moment.',
      ko: '503 Service Unavailable에서는 서비스가 언제 돌아올지, 429 Too Many Requests에서는 언제 다시 보내도 되는지, 3xx에서는 리다이렉트를 따라가기 전에 얼마나 기다릴지를 알립니다. 초 단위(`Retry-After: 120`)가 시계 차이에 영향을 받지 않아 날짜보다 안전합니다. 잘 만든 클라이언트는 무작위 지연(jitter)을 더해 모두가 한꺼번에 재시도하지 않게 합니다.',
    },
    category: 'control',
    standard: 'standard',
  },
  {
    name: 'Sec-Fetch-Dest',
    role: 'request',
    spec: fetchMetadata('sec-fetch-dest-header'),
    syntax: 'Sec-Fetch-Dest = sf-token, e.g. document, empty, image, script, iframe',
    summary: {
      en: 'What the browser will use the response for: a document, an image, a script, or fetch() data (empty).',
      ko: '브라우저가 응답을 어디에 쓸지 알립니다. 문서, 이미지, 스크립트, 또는 fetch() 데이터(empty) 등입니다.',
    },
    text: {
      en: 'Fetch metadata headers are set by the browser and page scripts cannot change them, so a server can rely on them for requests that come from browsers. An API endpoint expects `empty` (fetch or XHR); if a JSON endpoint receives `image` or `document`, something is embedding it in a way you did not intend.',
      ko: 'Fetch 메타데이터 헤더는 브라우저가 직접 설정하고 페이지 스크립트는 바꿀 수 없으므로, 브라우저에서 온 요청이라면 서버가 믿어도 됩니다. API 엔드포인트라면 `empty`(fetch나 XHR)가 정상입니다. JSON 엔드포인트에 `image`나 `document`가 온다면 누군가 의도하지 않은 방식으로 이를 삽입하고 있다는 뜻입니다.',
    },
    category: 'security',
    standard: 'standard',
  },
  {
    name: 'Sec-Fetch-Mode',
    role: 'request',
    spec: fetchMetadata('sec-fetch-mode-header'),
    syntax: 'Sec-Fetch-Mode = sf-token: cors / navigate / no-cors / same-origin / websocket',
    summary: {
      en: "The request's mode: a page navigation, a CORS fetch, a no-cors embed, and so on.",
      ko: '요청의 모드를 알립니다. 페이지 이동, CORS fetch, no-cors 삽입 등입니다.',
    },
    text: {
      en: '`navigate` means the user is loading a page, `cors` a cross-origin fetch, `no-cors` an embed such as <img>. A resource isolation policy that rejects `no-cors` and cross-site `navigate` requests to API endpoints blocks many CSRF and cross-site leak attacks without any tokens.',
      ko: '`navigate`는 사용자가 페이지를 여는 것, `cors`는 교차 출처 fetch, `no-cors`는 <img> 같은 삽입입니다. API 엔드포인트에 오는 `no-cors` 요청과 교차 사이트 `navigate` 요청을 거절하는 리소스 격리 정책(resource isolation policy)을 두면, 토큰 없이도 많은 CSRF와 교차 사이트 정보 유출 공격을 막을 수 있습니다.',
    },
    category: 'security',
    standard: 'standard',
  },
  {
    name: 'Sec-Fetch-Site',
    role: 'request',
    spec: fetchMetadata('sec-fetch-site-header'),
    syntax: 'Sec-Fetch-Site = sf-token: cross-site / same-origin / same-site / none',
    summary: {
      en: "How the request's initiator relates to the target: same-origin, same-site, cross-site, or none (typed by the user).",
      ko: '요청을 시작한 쪽과 대상의 관계를 알립니다. same-origin, same-site, cross-site, 또는 사용자가 직접 입력한 경우 none입니다.',
    },
    text: {
      en: 'It is the most useful fetch metadata header: a server can reject `cross-site` requests to state-changing endpoints outright. `none` means a user action such as typing the URL or opening a bookmark. Old browsers and non-browser clients (curl, Python requests) do not send it, so treat a missing header as "unknown", not as an attack.',
      ko: '가장 쓸모 있는 Fetch 메타데이터 헤더입니다. 서버는 상태를 바꾸는 엔드포인트에 온 `cross-site` 요청을 바로 거절할 수 있습니다. `none`은 URL을 직접 입력하거나 북마크를 여는 것 같은 사용자 행동을 뜻합니다. 오래된 브라우저나 브라우저가 아닌 클라이언트(curl, Python requests)는 이 헤더를 보내지 않으므로, 헤더가 없으면 공격이 아니라 "알 수 없음"으로 처리하세요.',
    },
    category: 'security',
    standard: 'standard',
  },
  {
    name: 'Sec-Fetch-User',
    role: 'request',
    spec: fetchMetadata('sec-fetch-user-header'),
    syntax: 'Sec-Fetch-User = sf-boolean; always ?1 when present',
    summary: {
      en: 'Present (?1) when a navigation was triggered by a user gesture such as a click.',
      ko: '클릭 같은 사용자 동작으로 페이지 이동이 일어났을 때 ?1로 붙습니다.',
    },
    text: {
      en: 'Browsers send it only on navigation requests, and only when the user activated them. A server can use it to tell a real click from a navigation started by script. The header is left out rather than sent as ?0.',
      ko: '브라우저는 페이지 이동 요청에만, 그것도 사용자가 직접 일으킨 경우에만 이 헤더를 보냅니다. 서버는 이 값으로 실제 클릭과 스크립트가 시작한 이동을 구분할 수 있습니다. ?0을 보내는 대신 헤더 자체를 생략합니다.',
    },
    category: 'security',
    standard: 'standard',
  },
  {
    name: 'Sec-WebSocket-Accept',
    role: 'response',
    spec: spec(6455, '11.3.3'),
    syntax:
      'Sec-WebSocket-Accept = base64( SHA-1( Sec-WebSocket-Key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11" ) )',
    summary: {
      en: "The server's proof, in its 101 Switching Protocols response, that it understood the WebSocket handshake.",
      ko: '101 Switching Protocols 응답에서, 서버가 웹소켓 핸드셰이크를 이해했다는 증거입니다.',
    },
    text: {
      en: "The server derives it from the client's Sec-WebSocket-Key and a fixed GUID. It is not a security feature: it only proves the server speaks WebSocket, so a plain HTTP server cannot accept an upgrade by accident. The client fails the connection if the value is wrong.",
      ko: '서버는 클라이언트의 Sec-WebSocket-Key와 고정된 GUID로 이 값을 계산합니다. 보안 장치가 아니라 서버가 웹소켓을 안다는 증명일 뿐이어서, 일반 HTTP 서버가 업그레이드를 실수로 받아들이는 일을 막아 줍니다. 값이 틀리면 클라이언트는 연결을 실패로 처리합니다.',
    },
    category: 'connection',
    standard: 'standard',
  },
  {
    name: 'Sec-WebSocket-Key',
    role: 'request',
    spec: spec(6455, '11.3.1'),
    syntax: 'Sec-WebSocket-Key = base64 of 16 random bytes',
    summary: {
      en: 'A random nonce the client sends in the WebSocket opening handshake.',
      ko: '웹소켓 여는 핸드셰이크(opening handshake)에서 클라이언트가 보내는 무작위 nonce입니다.',
    },
    text: {
      en: 'It travels in a GET request together with `Upgrade: websocket` and `Connection: Upgrade`, and the server answers 101 with the matching Sec-WebSocket-Accept. Page scripts cannot set headers that start with Sec-, so a page cannot fake a WebSocket handshake with an ordinary fetch.',
      ko: 'GET 요청에 `Upgrade: websocket`, `Connection: Upgrade`와 함께 실려 가고, 서버는 이에 맞는 Sec-WebSocket-Accept와 함께 101로 응답합니다. 페이지 스크립트는 Sec-로 시작하는 헤더를 설정할 수 없으므로, 페이지가 일반 fetch로 웹소켓 핸드셰이크를 흉내 낼 수 없습니다.',
    },
    category: 'connection',
    standard: 'standard',
  },
  {
    name: 'Sec-WebSocket-Protocol',
    role: 'both',
    spec: spec(6455, '11.3.4'),
    syntax: 'Sec-WebSocket-Protocol = 1#token (the client offers several, the server picks one)',
    summary: {
      en: 'Subprotocols the client offers for a WebSocket, and the one the server picks.',
      ko: '웹소켓에서 클라이언트가 제안하는 서브프로토콜과, 그중 서버가 고른 하나를 알립니다.',
    },
    text: {
      en: 'The client lists application protocols such as `graphql-ws, chat.v2`; the server echoes exactly one of them in its 101 response, or leaves the header out to accept none. If the server picks one the client did not offer, the client must fail the connection.',
      ko: '클라이언트는 `graphql-ws, chat.v2`처럼 애플리케이션 프로토콜을 나열하고, 서버는 101 응답에 그중 정확히 하나를 돌려주거나, 아무것도 받지 않으려면 헤더를 생략합니다. 클라이언트가 제안하지 않은 프로토콜을 서버가 고르면 클라이언트는 연결을 실패로 처리해야 합니다.',
    },
    category: 'connection',
    standard: 'standard',
  },
  {
    name: 'Sec-WebSocket-Version',
    role: 'both',
    spec: spec(6455, '11.3.5'),
    syntax: 'Sec-WebSocket-Version = version; 13 is the version in use',
    summary: {
      en: 'The WebSocket protocol version; 13 today.',
      ko: '웹소켓 프로토콜 버전으로, 지금은 13입니다.',
    },
    text: {
      en: 'Clients send 13, the version defined by RFC 6455. A server that does not support the requested version answers with an error such as 426 Upgrade Required and lists the versions it does support in this same header.',
      ko: '클라이언트는 RFC 6455가 정의한 버전인 13을 보냅니다. 요청한 버전을 지원하지 않는 서버는 426 Upgrade Required 같은 오류로 응답하면서, 지원하는 버전을 같은 헤더에 나열합니다.',
    },
    category: 'connection',
    standard: 'standard',
  },
  {
    name: 'Server',
    role: 'response',
    spec: rfc9110('10.2.4'),
    syntax: 'Server = product *( RWS ( product / comment ) ), e.g. nginx/1.25.3',
    summary: {
      en: 'The software the origin server uses to handle the request.',
      ko: '원 서버가 요청을 처리하는 데 쓰는 소프트웨어를 알립니다.',
    },
    text: {
      en: "Detailed version numbers help attackers look up known vulnerabilities, so RFC 9110 advises against needlessly fine-grained detail. Many production servers send a bare product name or nothing at all. Node's http module does not add Server by itself.",
      ko: '상세한 버전 번호는 공격자가 알려진 취약점을 찾는 데 도움이 되므로, RFC 9110은 쓸데없이 자세히 적지 말라고 권합니다. 많은 운영 서버가 제품 이름만 보내거나 아예 보내지 않습니다. Node의 http 모듈은 Server를 스스로 붙이지 않습니다.',
    },
    category: 'other',
    standard: 'standard',
  },
  {
    name: 'Server-Timing',
    role: 'response',
    spec: anchored(
      'W3C Server Timing',
      'https://w3c.github.io/server-timing/',
    )('the-server-timing-header-field'),
    syntax:
      'Server-Timing = #server-timing-metric; server-timing-metric = metric-name *( OWS ";" OWS server-timing-param ), e.g. db;dur=53, cache;desc="hit"',
    summary: {
      en: "Server-side timing metrics, shown in the browser's developer tools.",
      ko: '서버 쪽에서 잰 시간 지표를 담아 브라우저 개발자 도구에 보여 줍니다.',
    },
    text: {
      en: '`Server-Timing: db;dur=53, render;dur=12` shows up in the Network panel, so you can see where a slow response spent its time. Pages on other origins can read the values only if Timing-Allow-Origin allows it. Do not expose internal details you would not want users to see.',
      ko: '`Server-Timing: db;dur=53, render;dur=12`는 네트워크 패널에 표시되므로, 느린 응답이 어디서 시간을 썼는지 볼 수 있습니다. 다른 출처의 페이지는 Timing-Allow-Origin이 허락해야만 이 값을 읽을 수 있습니다. 사용자에게 보여 주고 싶지 않은 내부 정보는 넣지 마세요.',
    },
    category: 'other',
    standard: 'standard',
  },
  {
    name: 'Set-Cookie',
    role: 'response',
    spec: spec(6265, '4.1'),
    syntax:
      'Set-Cookie = cookie-pair *( ";" SP cookie-av ); cookie-av = Expires / Max-Age / Domain / Path / Secure / HttpOnly / SameSite / extension-av',
    summary: {
      en: 'Asks the browser to store a cookie and send it back on later requests.',
      ko: '브라우저에 쿠키를 저장했다가 이후 요청에 다시 보내 달라고 요청합니다.',
    },
    text: {
      en: 'Each cookie needs its own Set-Cookie line: it is the one header that cannot be combined into a comma-separated list. Give session cookies `HttpOnly` (no JavaScript access), `Secure` (HTTPS only) and `SameSite=Lax` or `Strict` (CSRF protection). A cookie without Expires or Max-Age lasts until the browser session ends. Page scripts can never read this header from a fetch() response.',
      ko: '쿠키마다 Set-Cookie 줄이 하나씩 필요합니다. 쉼표로 이어 하나로 합칠 수 없는 유일한 헤더입니다. 세션 쿠키에는 `HttpOnly`(자바스크립트 접근 금지), `Secure`(HTTPS 전용), `SameSite=Lax`나 `Strict`(CSRF 방어)를 붙이세요. Expires나 Max-Age가 없는 쿠키는 브라우저 세션이 끝날 때까지만 유지됩니다. 페이지 스크립트는 fetch() 응답에서 이 헤더를 절대 읽을 수 없습니다.',
    },
    category: 'auth',
    standard: 'standard',
  },
  {
    name: 'Strict-Transport-Security',
    role: 'response',
    spec: spec(6797, '6.1'),
    syntax:
      'Strict-Transport-Security = directive *( ";" [ directive ] ); max-age=<seconds> [; includeSubDomains]',
    summary: {
      en: 'Tells the browser to use only HTTPS for this host for a period of time (HSTS).',
      ko: '일정 기간 이 호스트에는 HTTPS로만 접속하라고 브라우저에 알립니다(HSTS).',
    },
    text: {
      en: "After `Strict-Transport-Security: max-age=31536000; includeSubDomains`, the browser turns http:// into https:// for this host for a year and will not let the user click through certificate errors, which defeats SSL-stripping attacks. Browsers ignore the header when it arrives over plain HTTP. Start with a short max-age, because a mistake is hard to undo once browsers remember it. `preload` is not in the RFC; it signals consent to be put on the browsers' built-in preload lists.",
      ko: '`Strict-Transport-Security: max-age=31536000; includeSubDomains`를 받은 브라우저는 1년 동안 이 호스트의 http://를 https://로 바꿔 접속하고, 인증서 오류가 나도 사용자가 무시하고 들어가지 못하게 합니다. SSL 스트리핑 공격을 막는 장치입니다. 평문 HTTP로 받은 이 헤더는 무시됩니다. 브라우저가 한번 기억하면 되돌리기 어려우므로 처음에는 max-age를 짧게 잡으세요. `preload`는 RFC에 없는 지시자로, 브라우저에 내장된 preload 목록에 올려도 된다는 표시입니다.',
    },
    category: 'security',
    standard: 'standard',
  },
  {
    name: 'Sunset',
    role: 'response',
    spec: spec(8594, '3'),
    syntax: 'Sunset = HTTP-date',
    summary: {
      en: 'When the resource is expected to stop responding.',
      ko: '리소스가 언제 응답하지 않게 될지 알립니다.',
    },
    text: {
      en: 'An API that plans to retire an endpoint sends, for example, `Sunset: Sat, 31 Jan 2026 23:59:59 GMT`, usually with Deprecation and a Link to migration notes. After that date clients should expect 404 or 410 Gone. It is a hint, not a promise: the resource may stay around longer.',
      ko: '엔드포인트를 없앨 계획인 API는 `Sunset: Sat, 31 Jan 2026 23:59:59 GMT`처럼 이 헤더를 보내며, 보통 Deprecation과 마이그레이션 안내로 가는 Link를 함께 붙입니다. 그 날짜 뒤에는 404나 410 Gone을 받을 수 있다고 보면 됩니다. 약속이 아니라 힌트이므로 리소스가 더 오래 남아 있을 수도 있습니다.',
    },
    category: 'control',
    standard: 'standard',
  },
  {
    name: 'TE',
    role: 'request',
    spec: rfc9110('10.1.4'),
    syntax: 'TE = #t-codings; t-codings = "trailers" / ( transfer-coding [ weight ] )',
    summary: {
      en: 'Transfer codings the client accepts, and whether it accepts trailer fields.',
      ko: '클라이언트가 받아들이는 전송 코딩과, 트레일러 필드를 받을 수 있는지 알립니다.',
    },
    text: {
      en: 'In practice the only common value is `TE: trailers`, which gRPC requires. Chunked is always acceptable to an HTTP/1.1 client and is never listed. TE is hop-by-hop, so a sender must also name it in Connection.',
      ko: '실제로 흔히 쓰는 값은 gRPC가 요구하는 `TE: trailers` 정도입니다. chunked는 HTTP/1.1 클라이언트라면 언제나 받을 수 있으므로 적지 않습니다. TE는 홉 바이 홉 헤더이므로 보내는 쪽은 Connection에도 이 이름을 적어야 합니다.',
    },
    category: 'connection',
    standard: 'standard',
  },
  {
    name: 'Timing-Allow-Origin',
    role: 'response',
    spec: anchored(
      'W3C Resource Timing',
      'https://w3c.github.io/resource-timing/',
    )('sec-timing-allow-origin'),
    syntax: 'Timing-Allow-Origin = 1#( origin-or-null / "*" )',
    summary: {
      en: 'Which origins may see detailed timing data for this resource.',
      ko: '이 리소스의 상세 시간 정보를 볼 수 있는 출처를 지정합니다.',
    },
    text: {
      en: 'Without it, the Resource Timing API hides DNS, connection and transfer times of cross-origin resources, and Server-Timing values stay invisible to other origins. CDNs and analytics endpoints often send `Timing-Allow-Origin: *` so that sites can measure them.',
      ko: '이 헤더가 없으면 Resource Timing API는 교차 출처 리소스의 DNS, 연결, 전송 시간을 감추고, Server-Timing 값도 다른 출처에는 보이지 않습니다. 사이트가 성능을 잴 수 있도록 CDN이나 분석 엔드포인트는 흔히 `Timing-Allow-Origin: *`을 보냅니다.',
    },
    category: 'cors',
    standard: 'standard',
  },
  {
    name: 'traceparent',
    role: 'request',
    spec: anchored('W3C Trace Context', 'https://www.w3.org/TR/trace-context/')('traceparent-header'),
    syntax:
      'traceparent = version "-" trace-id "-" parent-id "-" trace-flags, e.g. 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    summary: {
      en: 'Carries a distributed trace id from service to service.',
      ko: '분산 추적(distributed tracing) ID를 서비스에서 서비스로 전달합니다.',
    },
    text: {
      en: 'Every service that handles the request logs the same 32-hex-digit trace id and passes the header on with its own parent id, so a tracing tool can stitch the whole call graph together. It is the standard replacement for ad-hoc ids like X-Request-Id, and OpenTelemetry uses it by default. The specification spells the name in lowercase.',
      ko: '요청을 처리하는 모든 서비스가 같은 32자리 16진수 추적 ID를 로그에 남기고, 자신의 parent-id로 바꿔 다음 서비스에 넘깁니다. 그래서 추적 도구가 전체 호출 그래프를 이어 붙일 수 있습니다. X-Request-Id 같은 제각각의 ID를 대신하는 표준이며, OpenTelemetry가 기본으로 씁니다. 명세에서는 이름을 소문자로 씁니다.',
    },
    category: 'other',
    standard: 'standard',
  },
  {
    name: 'Trailer',
    role: 'both',
    spec: rfc9110('6.6.2'),
    syntax: 'Trailer = #field-name',
    summary: {
      en: 'Announces which fields will come in the trailer section after a chunked body.',
      ko: 'chunked 본문 뒤의 트레일러(trailer) 영역에 어떤 필드가 올지 미리 알립니다.',
    },
    text: {
      en: 'Trailers carry data that is known only after the body has been generated, such as a checksum or a final status (gRPC puts grpc-status there). Announcing them lets the recipient prepare. Many HTTP/1.1 clients and proxies drop trailers, so do not put anything essential in them.',
      ko: '트레일러에는 체크섬이나 최종 상태(gRPC의 grpc-status)처럼 본문을 다 만든 뒤에야 알 수 있는 데이터를 담습니다. 미리 알려 주면 받는 쪽이 준비할 수 있습니다. 많은 HTTP/1.1 클라이언트와 프록시가 트레일러를 버리므로, 꼭 필요한 정보는 넣지 마세요.',
    },
    category: 'connection',
    standard: 'standard',
  },
  {
    name: 'Transfer-Encoding',
    role: 'both',
    spec: rfc9112('6.1'),
    syntax: 'Transfer-Encoding = #transfer-coding; in practice chunked',
    summary: {
      en: 'How the HTTP/1.1 message body is framed on this hop, usually chunked.',
      ko: '이 홉에서 HTTP/1.1 메시지 본문을 어떻게 나눠 보내는지, 보통은 chunked임을 알립니다.',
    },
    text: {
      en: 'With `Transfer-Encoding: chunked` the sender streams the body in size-prefixed chunks and ends with a zero-size chunk, so it need not know the length up front; Node does this when a response has no Content-Length. A message must not carry both Transfer-Encoding and Content-Length: hops that disagree about which one wins are the root of request smuggling. HTTP/2 and HTTP/3 have their own framing and forbid this header.',
      ko: '`Transfer-Encoding: chunked`이면 보내는 쪽은 크기를 앞에 붙인 청크(chunk)로 본문을 흘려보내고 크기 0인 청크로 끝내므로, 길이를 미리 알 필요가 없습니다. Node는 응답에 Content-Length가 없으면 이렇게 보냅니다. 한 메시지에 Transfer-Encoding과 Content-Length를 함께 보내면 안 됩니다. 둘 중 어느 쪽을 따를지 홉마다 해석이 다른 것이 요청 스머글링(request smuggling)의 근원입니다. HTTP/2와 HTTP/3는 자체 프레이밍이 있어 이 헤더를 쓸 수 없습니다.',
    },
    category: 'connection',
    standard: 'standard',
  },
  {
    name: 'Upgrade',
    role: 'both',
    spec: rfc9110('7.8'),
    syntax: 'Upgrade = #protocol; protocol = protocol-name [ "/" protocol-version ], e.g. websocket',
    summary: {
      en: 'Asks to switch this connection to another protocol, such as WebSocket.',
      ko: '이 연결을 웹소켓 같은 다른 프로토콜로 바꾸자고 요청합니다.',
    },
    text: {
      en: 'The client sends `Upgrade: websocket` with `Connection: Upgrade`; a server that agrees answers 101 Switching Protocols, and from then on the connection speaks the new protocol. A server that insists on an upgrade answers 426 Upgrade Required and must name the protocol in Upgrade. HTTP/2 does not support this mechanism.',
      ko: '클라이언트가 `Connection: Upgrade`와 함께 `Upgrade: websocket`을 보내고, 서버가 동의하면 101 Switching Protocols로 응답한 뒤 그 연결은 새 프로토콜로 통신합니다. 업그레이드를 꼭 요구하는 서버는 426 Upgrade Required로 응답하면서 Upgrade에 필요한 프로토콜을 적어야 합니다. HTTP/2에서는 이 방식을 쓸 수 없습니다.',
    },
    category: 'connection',
    standard: 'standard',
  },
  {
    name: 'User-Agent',
    role: 'request',
    spec: rfc9110('10.1.5'),
    syntax: 'User-Agent = product *( RWS ( product / comment ) ), e.g. curl/8.5.0',
    summary: {
      en: 'Identifies the client software making the request.',
      ko: '요청을 보내는 클라이언트 소프트웨어를 알립니다.',
    },
    text: {
      en: 'curl sends `curl/8.5.0`, Python requests `python-requests/2.31.0`, and browsers a long string full of tokens kept for historical compatibility. Servers use it for statistics and to work around known client bugs. Do not use it for security or feature detection: it is trivial to fake, and browsers are freezing it in favour of client hints.',
      ko: 'curl은 `curl/8.5.0`, Python requests는 `python-requests/2.31.0`을 보내고, 브라우저는 옛 호환성 때문에 붙은 토큰이 가득한 긴 문자열을 보냅니다. 서버는 통계를 내거나 알려진 클라이언트 버그를 우회할 때 씁니다. 쉽게 위조할 수 있고, 브라우저는 클라이언트 힌트 쪽으로 옮겨 가며 이 값을 고정하고 있으므로 보안이나 기능 판별에는 쓰지 마세요.',
    },
    category: 'other',
    standard: 'standard',
  },
  {
    name: 'Vary',
    role: 'response',
    spec: rfc9110('12.5.5'),
    syntax: 'Vary = #( "*" / field-name ), e.g. Accept, Accept-Encoding',
    summary: {
      en: 'Which request headers the server used to choose this response; caches use them as part of the key.',
      ko: '서버가 이 응답을 고를 때 참고한 요청 헤더를 알립니다. 캐시는 이 헤더들을 키의 일부로 씁니다.',
    },
    text: {
      en: 'If /users/1 returns JSON or CSV depending on Accept, the response should say `Vary: Accept`, or a cache may hand the CSV to the next client that asked for JSON. List every header that influenced the choice: Accept-Encoding for compression, Accept-Language, and Origin for per-origin CORS answers. `Vary: *` makes the response practically uncacheable.',
      ko: '/users/1이 Accept에 따라 JSON이나 CSV를 돌려준다면 응답에 `Vary: Accept`가 있어야 합니다. 없으면 캐시가 다음에 JSON을 요청한 클라이언트에게 CSV를 줄 수 있습니다. 선택에 영향을 준 헤더를 모두 적으세요. 압축이면 Accept-Encoding, 언어면 Accept-Language, 출처별 CORS 응답이면 Origin입니다. `Vary: *`이면 사실상 캐시할 수 없는 응답이 됩니다.',
    },
    category: 'content-negotiation',
    standard: 'standard',
  },
  {
    name: 'Via',
    role: 'both',
    spec: rfc9110('7.6.3'),
    syntax: 'Via = #( received-protocol RWS received-by [ RWS comment ] ), e.g. 1.1 proxy.example',
    summary: {
      en: 'The intermediaries a message passed through, with the protocol version each received.',
      ko: '메시지가 거쳐 온 중개자와, 각 중개자가 받은 프로토콜 버전을 기록합니다.',
    },
    text: {
      en: 'Each proxy appends an entry such as `1.1 varnish`, so the path is visible for requests and responses alike. A proxy must add it to every message it forwards. It helps detect forwarding loops and shows whether a response came through a CDN.',
      ko: '프록시는 `1.1 varnish` 같은 항목을 하나씩 덧붙이므로, 요청이든 응답이든 거쳐 온 경로가 보입니다. 프록시는 전달하는 모든 메시지에 이 헤더를 붙여야 합니다. 전달 루프를 찾아내거나, 응답이 CDN을 거쳤는지 확인하는 데 도움이 됩니다.',
    },
    category: 'routing',
    standard: 'standard',
  },
  {
    name: 'Want-Content-Digest',
    role: 'both',
    spec: spec(9530, '4'),
    syntax:
      'Want-Content-Digest = sf-dictionary of algorithm = preference (0 = not acceptable, 1-10 = least to most preferred), e.g. sha-512=10, sha-256=3',
    summary: {
      en: 'Asks the other side to send Content-Digest, naming the algorithms it prefers.',
      ko: '상대에게 Content-Digest를 보내 달라고 요청하며, 선호하는 알고리즘을 함께 알립니다.',
    },
    text: {
      en: 'A client can send it in a request to ask for a digest on the response, and a server can send it in a response to say what it wants on future requests. Preferences run from 1 to 10, and 0 means "do not use this algorithm".',
      ko: '클라이언트는 요청에 넣어 응답에 다이제스트를 붙여 달라고 할 수 있고, 서버는 응답에 넣어 이후 요청에 무엇을 원하는지 알릴 수 있습니다. 선호도는 1부터 10까지이며, 0은 그 알고리즘을 쓰지 말라는 뜻입니다.',
    },
    category: 'representation',
    standard: 'standard',
  },
  {
    name: 'Want-Repr-Digest',
    role: 'both',
    spec: spec(9530, '4'),
    syntax:
      'Want-Repr-Digest = sf-dictionary of algorithm = preference (0 = not acceptable, 1-10 = least to most preferred), e.g. sha-256=10',
    summary: {
      en: 'Asks the other side to send Repr-Digest, naming the algorithms it prefers.',
      ko: '상대에게 Repr-Digest를 보내 달라고 요청하며, 선호하는 알고리즘을 함께 알립니다.',
    },
    text: {
      en: 'It works like Want-Content-Digest but asks for a digest of the whole representation, which is what a client that resumed a download with Range wants to check at the end. 0 means "do not use this algorithm" and 10 is most preferred.',
      ko: 'Want-Content-Digest와 같은 방식이지만 표현 전체의 다이제스트를 요청합니다. Range로 다운로드를 이어 받은 클라이언트가 마지막에 검증하고 싶은 것이 바로 이 값입니다. 0은 그 알고리즘을 쓰지 말라는 뜻이고 10이 가장 선호하는 값입니다.',
    },
    category: 'representation',
    standard: 'standard',
  },
  {
    name: 'Warning',
    role: 'response',
    spec: rfc9111('5.5'),
    syntax: 'Warning = #warning-value (obsolete), e.g. 110 - "Response is Stale"',
    summary: {
      en: 'Obsolete: carried cache warnings such as "Response is Stale".',
      ko: '폐기됨: "Response is Stale" 같은 캐시 경고를 담던 헤더입니다.',
    },
    text: {
      en: 'RFC 9111 obsoletes Warning: it was rarely generated and rarely shown to users, and Age together with the freshness information already tells a client whether a response is stale. Do not generate it; clients can ignore it.',
      ko: '거의 생성되지도, 사용자에게 보여지지도 않았고, Age와 신선도 정보만으로도 오래된 응답인지 알 수 있기 때문에 RFC 9111에서 폐기되었습니다. 새로 만들지 말고, 받더라도 무시해도 됩니다.',
    },
    category: 'caching',
    standard: 'deprecated',
  },
  {
    name: 'WWW-Authenticate',
    role: 'response',
    spec: rfc9110('11.6.1'),
    syntax:
      'WWW-Authenticate = #challenge; challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ], e.g. Bearer realm="teapot"',
    summary: {
      en: 'The authentication challenge: which scheme and parameters the client should use.',
      ko: '인증 챌린지로, 클라이언트가 어떤 스킴과 매개변수로 인증해야 하는지 알립니다.',
    },
    text: {
      en: 'A 401 Unauthorized response must carry at least one challenge, for example `WWW-Authenticate: Bearer realm="teapot"`. With bearer tokens (RFC 6750), an expired or revoked token gets `error="invalid_token"`, and `error="insufficient_scope"` goes with 403. A `Basic` challenge makes browsers pop up a login dialog, which APIs usually avoid.',
      ko: '401 Unauthorized 응답에는 `WWW-Authenticate: Bearer realm="teapot"`처럼 챌린지가 최소 하나 있어야 합니다. 베어러 토큰(RFC 6750)에서 만료되거나 폐기된 토큰에는 `error="invalid_token"`을, 403에는 `error="insufficient_scope"`를 붙입니다. `Basic` 챌린지를 보내면 브라우저가 로그인 대화 상자를 띄우므로 API에서는 보통 피합니다.',
    },
    category: 'auth',
    standard: 'standard',
  },
  {
    name: 'X-Content-Type-Options',
    role: 'response',
    spec: fetchStd('x-content-type-options-header'),
    syntax: 'X-Content-Type-Options = "nosniff"',
    summary: {
      en: 'nosniff: the browser must trust Content-Type instead of guessing from the bytes.',
      ko: 'nosniff: 브라우저가 바이트를 보고 추측하지 말고 Content-Type을 그대로 따르게 합니다.',
    },
    text: {
      en: 'Without it, a browser may sniff an uploaded text/plain file, decide it looks like HTML or script, and run it. With nosniff, scripts and stylesheets served with the wrong Content-Type are blocked. nosniff is the only value and it costs nothing, so send it on every response. Despite the X- prefix, it is defined in the Fetch standard.',
      ko: '이 헤더가 없으면 브라우저는 text/plain으로 올라온 파일을 들여다보고(sniffing) HTML이나 스크립트처럼 보이면 실행할 수도 있습니다. nosniff가 있으면 Content-Type이 맞지 않는 스크립트와 스타일시트는 차단됩니다. 값은 nosniff 하나뿐이고 비용도 없으므로 모든 응답에 붙이세요. X- 접두사가 붙어 있지만 Fetch 표준에 정의된 헤더입니다.',
    },
    category: 'security',
    standard: 'standard',
  },
  {
    name: 'X-Forwarded-For',
    role: 'request',
    spec: spec(7239, '1'),
    syntax: 'X-Forwarded-For = client-address *( "," OWS proxy-address ), e.g. 203.0.113.7, 198.51.100.2',
    summary: {
      en: 'Non-standard: the de facto header listing the client IP and the proxies a request passed through.',
      ko: '비표준: 클라이언트 IP와 요청이 거쳐 온 프록시 목록을 담는, 관례로 굳어진(de facto) 헤더입니다.',
    },
    text: {
      en: 'Each proxy appends the address it received the request from, so the leftmost entry is the address the client claims. Anyone can send this header, so only the entries added by your own proxies are trustworthy; read it from the right. No specification defines it; Forwarded (RFC 7239) is the standard replacement.',
      ko: '각 프록시는 요청을 보낸 상대의 주소를 뒤에 덧붙이므로, 가장 왼쪽 값이 클라이언트가 주장하는 주소입니다. 누구나 이 헤더를 보낼 수 있으므로 내가 운영하는 프록시가 붙인 항목만 믿을 수 있습니다. 오른쪽부터 읽으세요. 이 헤더를 정의한 명세는 없으며, 표준 대체 헤더는 Forwarded(RFC 7239)입니다.',
    },
    category: 'routing',
    standard: 'non-standard',
  },
  {
    name: 'X-Forwarded-Proto',
    role: 'request',
    spec: spec(7239, '1'),
    syntax: 'X-Forwarded-Proto = "http" / "https"',
    summary: {
      en: 'Non-standard: tells the back end which protocol the client used to reach the proxy.',
      ko: '비표준: 클라이언트가 프록시에 어떤 프로토콜로 접속했는지 뒤쪽 서버에 알려 줍니다.',
    },
    text: {
      en: 'When TLS ends at a load balancer, the application only sees plain HTTP; this header tells it the client really used HTTPS, so it builds https:// links and sets Secure cookies. Trust it only when your own proxy set it. The standard equivalent is the proto parameter of Forwarded.',
      ko: 'TLS가 로드 밸런서에서 끝나면 애플리케이션에는 평문 HTTP로만 보입니다. 이 헤더로 클라이언트가 실제로는 HTTPS를 썼다는 것을 알 수 있어, https:// 링크를 만들고 Secure 쿠키를 설정할 수 있습니다. 내가 운영하는 프록시가 넣은 경우에만 믿으세요. 표준에서는 Forwarded의 proto 매개변수가 같은 역할을 합니다.',
    },
    category: 'routing',
    standard: 'non-standard',
  },
  {
    name: 'X-Frame-Options',
    role: 'response',
    spec: spec(7034, '2'),
    syntax: 'X-Frame-Options = "DENY" / "SAMEORIGIN" (ALLOW-FROM is obsolete)',
    summary: {
      en: 'Whether the page may be shown inside a frame on another site; an anti-clickjacking header.',
      ko: '다른 사이트의 프레임 안에 이 페이지를 보여 줄 수 있는지 정하는, 클릭재킹 방지 헤더입니다.',
    },
    text: {
      en: "`DENY` forbids framing entirely, and `SAMEORIGIN` allows it only within your own origin. CSP's frame-ancestors directive is the modern, more flexible replacement and wins when both are present, so send both for the sake of older browsers. ALLOW-FROM was never widely supported and browsers now ignore it.",
      ko: '`DENY`는 프레임 안에 넣는 것을 전부 막고, `SAMEORIGIN`은 같은 출처 안에서만 허용합니다. CSP의 frame-ancestors 지시자가 더 유연한 최신 대체 수단이며 둘 다 있으면 frame-ancestors가 우선하므로, 오래된 브라우저를 위해 둘 다 보내세요. ALLOW-FROM은 제대로 지원된 적이 없고 지금은 브라우저가 무시합니다.',
    },
    category: 'security',
    standard: 'standard',
  },
  {
    name: 'X-Request-Id',
    role: 'both',
    spec: spec(6648, '3'),
    syntax: 'X-Request-Id = an opaque token, usually a UUID',
    summary: {
      en: 'Non-standard: a unique id for one request, used to correlate logs across services.',
      ko: '비표준: 요청 하나를 식별하는 고유 ID로, 여러 서비스의 로그를 이어 보는 데 씁니다.',
    },
    text: {
      en: 'A gateway or the client generates the id, every service logs it and passes it on, and the server echoes it in the response so a user can quote it in a bug report. It is a widespread convention, not a standard: names and formats vary, and RFC 6648 advises against minting new X- names. W3C Trace Context (traceparent) is the standard way to propagate trace ids.',
      ko: '게이트웨이나 클라이언트가 ID를 만들면 모든 서비스가 이를 로그에 남기고 다음 서비스로 넘기며, 서버는 응답에도 그대로 돌려줍니다. 그래서 사용자가 버그를 신고할 때 이 값을 알려 줄 수 있습니다. 널리 쓰이는 관례일 뿐 표준이 아니어서 이름과 형식이 제각각이며, RFC 6648은 새로운 X- 이름을 만들지 말라고 권합니다. 추적 ID를 전파하는 표준 방법은 W3C Trace Context(traceparent)입니다.',
    },
    category: 'other',
    standard: 'non-standard',
  },
  {
    name: 'X-Total-Count',
    role: 'response',
    spec: spec(6648, '3'),
    syntax: 'X-Total-Count = 1*DIGIT',
    summary: {
      en: 'Non-standard: the total number of items in a paginated collection.',
      ko: '비표준: 페이지네이션된 컬렉션의 전체 항목 수를 알립니다.',
    },
    text: {
      en: 'json-server and many admin frameworks send it so that a client can show "page 3 of 12" without loading everything. It is only a convention that no RFC defines. Standard-friendly alternatives are a Link header with rel="last" or a total field in the body. Cross-origin browser clients can read it only if Access-Control-Expose-Headers lists it.',
      ko: 'json-server와 여러 관리 화면 프레임워크가 이 헤더를 보내서, 클라이언트가 전체를 불러오지 않고도 "12쪽 중 3쪽"을 보여 줄 수 있게 합니다. 어떤 RFC도 정의하지 않은 관례일 뿐입니다. 표준에 맞는 대안으로는 rel="last"를 쓴 Link 헤더나 본문의 total 필드가 있습니다. 교차 출처 브라우저 클라이언트는 Access-Control-Expose-Headers에 이 이름이 있어야 읽을 수 있습니다.',
    },
    category: 'other',
    standard: 'non-standard',
  },
] as const satisfies readonly HeaderEntry[];

/** The field names in the table, as a union: `'Accept' | 'Accept-CH' | ...` */
export type HeaderName = (typeof HEADERS)[number]['name'];

const BY_LOWERCASE_NAME: ReadonlyMap<string, HeaderEntry> = new Map(
  HEADERS.map((entry): [string, HeaderEntry] => [entry.name.toLowerCase(), entry]),
);

/** Names as the table spells them, which is how servers and most requests send them. */
const BY_NAME: ReadonlyMap<string, HeaderEntry> = new Map(
  HEADERS.map((entry): [string, HeaderEntry] => [entry.name, entry]),
);

/**
 * Looks a header field up by name, ignoring case, as field names are case-insensitive.
 * Returns `undefined` for a field the knowledge base does not know.
 * @example getHeaderInfo('content-type')?.spec.url // 'https://www.rfc-editor.org/rfc/rfc9110#section-8.3'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.1
 */
export function getHeaderInfo(name: string): HeaderEntry | undefined {
  return BY_NAME.get(name) ?? BY_LOWERCASE_NAME.get(name.trim().toLowerCase());
}
