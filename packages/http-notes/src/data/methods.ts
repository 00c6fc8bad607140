/**
 * The request methods: the eight of RFC 9110 and PATCH from RFC 5789, with their properties
 * and what they do to a resource in a REST API.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9
 */
import type { Localized } from '../types.ts';
import type { SpecRef } from './spec.ts';
import { rfc5789, rfc9110 } from './spec.ts';

export interface MethodEntry {
  /** Method names are case-sensitive: `GET`, never `get`. */
  readonly name: string;
  readonly spec: SpecRef;
  /** Read-only by definition (RFC 9110 §9.2.1). */
  readonly safe: boolean;
  /** Repeating it has the same intended effect as sending it once (RFC 9110 §9.2.2). */
  readonly idempotent: boolean;
  /** Whether a response to it can be stored by a cache (RFC 9110 §9.2.3). */
  readonly cacheable: 'yes' | 'no' | 'rarely';
  /** What a body in the request means. */
  readonly requestBody: 'no-defined-meaning' | 'expected' | 'optional';
  readonly summary: Localized;
  readonly text: Localized;
  /** Status codes a client usually meets with this method, in numeric order. */
  readonly commonStatuses: readonly number[];
}

export const METHODS = [
  {
    name: 'GET',
    spec: rfc9110('9.3.1'),
    safe: true,
    idempotent: true,
    cacheable: 'yes',
    requestBody: 'no-defined-meaning',
    summary: { en: 'Retrieve a representation of the resource', ko: '리소스의 표현을 가져옵니다' },
    text: {
      en: 'GET asks for the current representation of the target resource and changes nothing on the server, so browsers, crawlers and caches may send or repeat it freely. In a REST API it reads a document, lists a collection or store, and is the only way to read. A body in a GET has no defined meaning and some servers and proxies reject it; put the query in the URI instead. Responses are cacheable, and conditional headers such as If-None-Match turn a repeat into a cheap 304.',
      ko: 'GET은 대상 리소스의 현재 표현을 요청하며 서버의 상태를 바꾸지 않습니다. 그래서 브라우저, 크롤러, 캐시가 마음대로 보내거나 반복해도 됩니다. REST API에서는 도큐먼트를 읽거나 컬렉션과 스토어의 목록을 조회할 때 쓰며, 읽기는 오직 GET으로 합니다. GET 요청의 본문에는 정해진 의미가 없고 거부하는 서버나 프록시도 있으니, 조회 조건은 URI의 쿼리로 보내세요. 응답은 캐시할 수 있고, If-None-Match 같은 조건부 요청 헤더를 쓰면 같은 요청을 반복할 때 가벼운 304로 끝낼 수 있습니다.',
    },
    commonStatuses: [200, 206, 301, 304, 401, 403, 404, 406],
  },
  {
    name: 'HEAD',
    spec: rfc9110('9.3.2'),
    safe: true,
    idempotent: true,
    cacheable: 'yes',
    requestBody: 'no-defined-meaning',
    summary: { en: 'Like GET, but only the headers come back', ko: 'GET과 같지만 헤더만 돌아옵니다' },
    text: {
      en: 'HEAD is GET without the response content: the server should send the same header fields it would send for a GET, such as Content-Type, Content-Length and ETag, and then stop. It lets a client check whether a resource exists, how large it is, or whether it changed, without downloading it. A response to HEAD never has a body, whatever Content-Length says. Every general-purpose server must support both GET and HEAD.',
      ko: 'HEAD는 응답 본문이 없는 GET입니다. 서버는 GET이었다면 보냈을 Content-Type, Content-Length, ETag 같은 헤더를 똑같이 보내고(SHOULD) 거기서 멈춥니다. 클라이언트는 이를 이용해 리소스를 내려받지 않고도 존재 여부, 크기, 변경 여부를 확인할 수 있습니다. Content-Length 값이 무엇이든 HEAD에 대한 응답에는 본문이 없습니다. 범용 서버라면 GET과 HEAD를 반드시(MUST) 지원해야 합니다.',
    },
    commonStatuses: [200, 304, 404],
  },
  {
    name: 'POST',
    spec: rfc9110('9.3.3'),
    safe: false,
    idempotent: false,
    cacheable: 'rarely',
    requestBody: 'expected',
    summary: {
      en: 'Have the resource process the enclosed content',
      ko: '리소스가 요청 본문을 처리하게 합니다',
    },
    text: {
      en: 'POST hands the request content to the target resource to process in its own way. In a REST API that means two things: adding a new resource to a collection, where the server picks the new URI and answers 201 Created with Location, or running a controller resource, an action that does not fit the other methods. POST is neither safe nor idempotent, so a client must not retry it blindly: a repeat may create a second resource. A response is cacheable only with explicit freshness and a Content-Location equal to the target URI, which is rare.',
      ko: 'POST는 요청 본문을 대상 리소스에 넘겨서 그 리소스의 방식대로 처리하게 합니다. REST API에서는 두 가지로 씁니다. 하나는 컬렉션에 새 리소스를 추가하는 것으로, 서버가 새 URI를 정하고 Location과 함께 201 Created로 응답합니다. 다른 하나는 다른 메서드로 표현하기 어려운 동작, 즉 컨트롤러 리소스를 실행하는 것입니다. POST는 안전하지도 멱등하지도 않으므로 클라이언트가 함부로 재시도하면 안 됩니다. 다시 보내면 리소스가 하나 더 생길 수 있습니다. 응답은 명시적인 신선도 정보와 요청 URI와 같은 Content-Location이 있을 때만 캐시할 수 있는데, 실제로는 드뭅니다.',
    },
    commonStatuses: [200, 201, 202, 303, 400, 401, 403, 404, 409, 415, 422],
  },
  {
    name: 'PUT',
    spec: rfc9110('9.3.4'),
    safe: false,
    idempotent: true,
    cacheable: 'no',
    requestBody: 'expected',
    summary: {
      en: 'Create or replace the resource with the enclosed representation',
      ko: '요청 본문의 표현으로 리소스를 생성하거나 교체합니다',
    },
    text: {
      en: 'PUT asks the server to make the state of the target resource match the enclosed representation: it creates the resource if it is missing (201 Created) and replaces it entirely if it exists (200 or 204). In a REST API it inserts or replaces an item in a store at a URI the client chose, or replaces a whole document; fields left out are gone afterwards, not kept. Sending the same PUT twice leaves the same state, so a client may safely retry it. If the representation does not fit the resource, the server either makes it fit or answers with an error such as 409 or 415 that explains why.',
      ko: 'PUT은 대상 리소스의 상태를 요청 본문의 표현과 같게 만들어 달라는 요청입니다. 리소스가 없으면 새로 만들고(201 Created), 있으면 통째로 교체합니다(200 또는 204). REST API에서는 클라이언트가 정한 URI로 스토어에 항목을 넣거나 교체할 때, 또는 도큐먼트 전체를 교체할 때 씁니다. 본문에서 빠진 필드는 유지되는 것이 아니라 사라집니다. 같은 PUT을 두 번 보내도 결과 상태는 같으므로 클라이언트가 안심하고 재시도할 수 있습니다. 표현이 리소스의 제약에 맞지 않으면 서버는 그것을 맞게 고치거나, 이유를 설명하는 409나 415 같은 오류로 응답합니다.',
    },
    commonStatuses: [200, 201, 204, 400, 401, 403, 409, 412, 415],
  },
  {
    name: 'DELETE',
    spec: rfc9110('9.3.5'),
    safe: false,
    idempotent: true,
    cacheable: 'no',
    requestBody: 'no-defined-meaning',
    summary: { en: 'Remove the resource', ko: '리소스를 삭제합니다' },
    text: {
      en: 'DELETE asks the server to remove the association between the target URI and its resource; whether the data is really erased is up to the server. In a REST API it removes a document or an item from a collection or store, and afterwards a GET on that URI should answer 404. A successful DELETE usually answers 204, or 200 with a status description, or 202 when the removal will happen later. It is idempotent: deleting twice leaves the same state, even if the second attempt gets 404. A body has no defined meaning, and some servers reject it.',
      ko: 'DELETE는 대상 URI와 리소스 사이의 연결을 없애 달라는 요청입니다. 데이터를 실제로 지울지는 서버가 정합니다. REST API에서는 도큐먼트나 컬렉션, 스토어의 항목을 삭제할 때 쓰며, 그 뒤로 해당 URI에 GET을 보내면 404가 와야 합니다. 성공하면 보통 204를 보내고, 결과 설명이 있으면 200, 삭제가 나중에 이루어지면 202를 보냅니다. 멱등하므로 두 번 삭제해도 결과 상태는 같습니다. 두 번째 요청이 404를 받더라도 마찬가지입니다. 요청 본문에는 정해진 의미가 없고, 거부하는 서버도 있습니다.',
    },
    commonStatuses: [200, 202, 204, 401, 403, 404, 409],
  },
  {
    name: 'CONNECT',
    spec: rfc9110('9.3.6'),
    safe: false,
    idempotent: false,
    cacheable: 'no',
    requestBody: 'no-defined-meaning',
    summary: {
      en: 'Open a tunnel through a proxy to another host',
      ko: '프록시를 통해 다른 호스트로 가는 터널을 엽니다',
    },
    text: {
      en: 'CONNECT asks a proxy to open a TCP tunnel to the host and port in the request target, written in authority form such as example.com:443, and then to relay bytes blindly in both directions. Its main use is HTTPS through a proxy: the client runs TLS inside the tunnel, so the proxy cannot read it. Any 2xx answer means the tunnel is open right after the response head, which therefore has no content. A CONNECT request carries no content either. It is a proxy’s method, not something a REST API offers, and a proxy should restrict which ports it will tunnel to.',
      ko: 'CONNECT는 프록시에게 요청 대상에 적힌 호스트와 포트(example.com:443 같은 authority 형식)로 TCP 터널을 열고, 이후로는 양방향 바이트를 그대로 중계해 달라는 요청입니다. 주된 용도는 프록시를 거치는 HTTPS입니다. 클라이언트가 터널 안에서 TLS를 쓰므로 프록시는 내용을 볼 수 없습니다. 2xx 응답은 응답 헤더가 끝나는 즉시 터널이 열린다는 뜻이라 그 응답에는 본문이 없습니다. CONNECT 요청에도 본문이 없습니다. REST API가 제공하는 메서드가 아니라 프록시의 메서드이며, 프록시는 터널을 허용할 포트를 제한해야 합니다.',
    },
    commonStatuses: [200, 403, 407, 502],
  },
  {
    name: 'OPTIONS',
    spec: rfc9110('9.3.7'),
    safe: true,
    idempotent: true,
    cacheable: 'no',
    requestBody: 'no-defined-meaning',
    summary: {
      en: 'Ask which methods and options the resource supports',
      ko: '리소스가 지원하는 메서드와 옵션을 묻습니다',
    },
    text: {
      en: 'OPTIONS asks what communication options are available for the target resource, without acting on it; with the target * it asks about the server as a whole. A good answer lists the supported methods in Allow, for example Allow: GET, PUT, DELETE, and may describe more in the content; without content it must send Content-Length: 0. Browsers send OPTIONS on their own as the CORS preflight before a cross-origin request that is not simple. Responses are not cacheable by HTTP caches.',
      ko: 'OPTIONS는 대상 리소스에 실제로 작업하지 않고, 어떤 통신 옵션을 쓸 수 있는지 묻는 메서드입니다. 요청 대상을 *로 보내면 특정 리소스가 아니라 서버 전체에 대해 묻습니다. 좋은 응답은 Allow: GET, PUT, DELETE처럼 지원하는 메서드를 Allow 헤더에 나열하고, 본문에 더 자세한 설명을 담을 수도 있습니다. 본문이 없다면 Content-Length: 0을 반드시(MUST) 보내야 합니다. 브라우저는 단순하지 않은 교차 출처(cross-origin) 요청 전에 CORS 사전 요청(preflight)으로 OPTIONS를 스스로 보냅니다. 응답은 HTTP 캐시에 저장되지 않습니다.',
    },
    commonStatuses: [200, 204, 404],
  },
  {
    name: 'TRACE',
    spec: rfc9110('9.3.8'),
    safe: true,
    idempotent: true,
    cacheable: 'no',
    requestBody: 'no-defined-meaning',
    summary: {
      en: 'Echo the request back, to see what the server received',
      ko: '서버가 받은 요청을 그대로 돌려받아 확인합니다',
    },
    text: {
      en: 'TRACE is a loop-back test: the final recipient sends the request it received back as the content of a 200, with Content-Type: message/http, so the client can see what proxies along the way changed. Max-Forwards can stop it at a given hop. A client must not send content with TRACE, nor fields with sensitive data such as credentials or cookies, because the echo could expose them to scripts. For that reason many servers disable it and answer 405.',
      ko: 'TRACE는 루프백(loop-back) 테스트입니다. 최종 수신자가 받은 요청을 그대로 Content-Type: message/http인 200 응답의 본문에 담아 돌려주므로, 클라이언트는 중간의 프록시들이 무엇을 바꿨는지 볼 수 있습니다. Max-Forwards 헤더로 몇 번째 홉에서 멈출지 정할 수 있습니다. 클라이언트는 TRACE에 본문을 넣으면 안 되고, 인증 정보나 쿠키처럼 민감한 헤더도 보내면 안 됩니다(MUST NOT). 되돌아온 내용을 통해 스크립트에 노출될 수 있기 때문입니다. 그래서 많은 서버가 TRACE를 꺼 두고 405로 응답합니다.',
    },
    commonStatuses: [200, 405],
  },
  {
    name: 'PATCH',
    spec: rfc5789('2'),
    safe: false,
    idempotent: false,
    cacheable: 'rarely',
    requestBody: 'expected',
    summary: {
      en: 'Apply a set of changes to part of the resource',
      ko: '리소스의 일부를 변경 사항대로 수정합니다',
    },
    text: {
      en: 'PATCH sends a patch document, a description of changes, and the server applies it to the target resource as one atomic step. Its Content-Type says how to read the changes: application/merge-patch+json (JSON Merge Patch, RFC 7396) is a partial document whose fields replace the current ones and whose nulls remove them; application/json-patch+json (JSON Patch, RFC 6902) is a list of operations such as add, remove and replace. PATCH is not idempotent in general, so send If-Match with the ETag you last saw to avoid overwriting someone else’s change. Servers advertise the formats they take in Accept-Patch and answer 415 for others.',
      ko: 'PATCH는 변경 내용을 설명하는 패치 문서를 보내고, 서버는 이를 대상 리소스에 한 번에 원자적으로 적용합니다. 변경 내용을 어떻게 해석할지는 Content-Type이 정합니다. application/merge-patch+json(JSON Merge Patch, RFC 7396)은 일부 필드만 담은 도큐먼트로, 적힌 필드는 현재 값을 덮어쓰고 null인 필드는 삭제합니다. application/json-patch+json(JSON Patch, RFC 6902)은 add, remove, replace 같은 연산의 목록입니다. PATCH는 일반적으로 멱등하지 않으므로, 마지막으로 받은 ETag를 If-Match에 넣어 보내야 다른 사람의 변경을 덮어쓰지 않습니다. 서버는 받을 수 있는 형식을 Accept-Patch 헤더로 알리고, 그 밖의 형식에는 415로 응답합니다.',
    },
    commonStatuses: [200, 204, 400, 401, 403, 404, 409, 412, 415, 422],
  },
] as const satisfies readonly MethodEntry[];

/** A standard method name, derived from the table. */
export type MethodName = (typeof METHODS)[number]['name'];

const BY_NAME: ReadonlyMap<string, MethodEntry> = new Map(METHODS.map((m) => [m.name, m]));

/**
 * Looks a method up by its exact name. Method names are case-sensitive, so `get` is not GET.
 * @example getMethod('PUT')?.idempotent // true
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9.1
 */
export function getMethod(name: string): MethodEntry | undefined {
  return BY_NAME.get(name);
}
