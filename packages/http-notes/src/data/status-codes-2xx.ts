/**
 * 2xx (Successful): the request was received, understood and accepted.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.3
 */
import type { StatusCodeEntry } from './status-code-entry.ts';
import { rfc3229, rfc4918, rfc5842, rfc9110 } from './spec.ts';

export const STATUS_2XX = [
  {
    code: 200,
    reason: 'OK',
    class: 'successful',
    registered: 'yes',
    spec: rfc9110('15.3.1'),
    summary: { en: 'The request succeeded', ko: '요청이 성공했습니다' },
    text: {
      en: 'What the content holds depends on the method: for GET, a representation of the resource; for HEAD, the same headers without the content; for POST, the result of the action; for PUT or DELETE, the status of the action. Apart from a CONNECT, a 200 always carries content, even if it is zero bytes long. If there is nothing to say, 204 states that more clearly. A 200 is cacheable by default, so a cache may reuse it unless Cache-Control says otherwise.',
      ko: '본문에 무엇이 담기는지는 메서드에 따라 다릅니다. GET이면 리소스의 표현(representation), HEAD면 본문 없이 같은 헤더, POST면 처리 결과, PUT이나 DELETE면 작업의 상태입니다. CONNECT를 빼면 200 응답에는 길이가 0일지라도 항상 본문이 있습니다. 보낼 내용이 없다면 204가 그 뜻을 더 분명하게 전합니다. 200은 기본적으로 캐시할 수 있으므로 Cache-Control이 막지 않는 한 캐시가 재사용할 수 있습니다.',
    },
    headers: {
      required: [],
      usual: ['Content-Type', 'Content-Length', 'ETag', 'Last-Modified', 'Cache-Control'],
    },
    bodyAllowed: true,
    cacheableByDefault: true,
    confusions: [
      {
        with: [204],
        text: {
          en: 'Use 200 when the response carries content the client should read, such as the updated document. Use 204 when the action succeeded and there is deliberately nothing to send back.',
          ko: '갱신된 도큐먼트처럼 클라이언트가 읽어야 할 내용을 돌려줄 때는 200을 씁니다. 작업은 성공했지만 돌려줄 내용이 일부러 없을 때는 204를 씁니다.',
        },
      },
      {
        with: [201],
        text: {
          en: 'When a POST creates a new resource, 201 with Location says so precisely; a 200 only says the action succeeded.',
          ko: 'POST로 새 리소스를 만들었다면 Location과 함께 201을 보내야 정확합니다. 200은 작업이 성공했다는 사실만 알려 줍니다.',
        },
      },
    ],
  },
  {
    code: 201,
    reason: 'Created',
    class: 'successful',
    registered: 'yes',
    spec: rfc9110('15.3.2'),
    summary: { en: 'A new resource was created', ko: '새 리소스가 생성되었습니다' },
    text: {
      en: 'The request has been fulfilled and has created one or more new resources. The main new resource is identified by the Location header, or by the target URI when there is no Location. The usual case in a REST API is a POST to a collection, or a PUT that stores a new resource at a URI the client chose. The content typically describes the new resource and links to it, and an ETag can tell the client which version it now has.',
      ko: '요청이 처리되어 새 리소스가 하나 이상 만들어졌다는 뜻입니다. 새로 생긴 주 리소스는 Location 헤더로 알려 주고, Location이 없으면 요청 대상 URI가 곧 그 리소스입니다. REST API에서는 컬렉션에 POST를 보내거나, 클라이언트가 정한 URI에 PUT으로 새 리소스를 저장할 때 씁니다. 본문에는 보통 새 리소스에 대한 설명과 링크를 담고, ETag 헤더로 지금 만들어진 버전을 알려 줄 수 있습니다.',
    },
    headers: { required: [], usual: ['Location', 'Content-Type', 'ETag'] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [202],
        text: {
          en: '201 means the resource exists now. 202 means the request was only accepted: the work, and any creation, will happen later and may still fail.',
          ko: '201은 리소스가 지금 이미 존재한다는 뜻입니다. 202는 요청을 접수만 했다는 뜻이라, 실제 작업과 생성은 나중에 일어나고 실패할 수도 있습니다.',
        },
      },
      {
        with: [200],
        text: {
          en: 'A 200 after a POST that created something hides the new resource’s address; send 201 with Location instead.',
          ko: '무언가를 생성한 POST에 200으로 응답하면 새 리소스의 주소를 알 수 없습니다. Location과 함께 201을 보내세요.',
        },
      },
    ],
  },
  {
    code: 202,
    reason: 'Accepted',
    class: 'successful',
    registered: 'yes',
    spec: rfc9110('15.3.3'),
    summary: {
      en: 'Accepted for processing, but not done yet',
      ko: '처리하도록 접수했지만 아직 끝나지 않았습니다',
    },
    text: {
      en: 'The server has accepted the request, but the processing has not finished and might still be refused or fail. HTTP has no way to send the outcome later on the same exchange, so 202 is deliberately noncommittal. The response should describe the current state of the request and point to a status monitor, a resource the client can poll to learn when the work is done. It suits batch jobs and controller resources that start long-running work.',
      ko: '서버가 요청을 접수했지만 처리가 끝나지 않았고, 나중에 거절되거나 실패할 수도 있다는 뜻입니다. HTTP에는 같은 요청에 대해 결과를 나중에 다시 보내는 방법이 없기 때문에 202는 결과를 일부러 약속하지 않습니다. 응답에는 요청의 현재 상태를 적고, 작업이 끝났는지 클라이언트가 주기적으로 조회할 수 있는 상태 모니터(status monitor) 리소스를 알려 주는 것이 좋습니다. 배치 작업이나 오래 걸리는 작업을 시작하는 컨트롤러 리소스에 잘 맞습니다.',
    },
    headers: { required: [], usual: ['Location', 'Content-Type'] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [201],
        text: {
          en: '202 promises nothing about the result; 201 reports that the resource has already been created.',
          ko: '202는 결과에 대해 아무것도 약속하지 않습니다. 201은 리소스가 이미 생성되었음을 알립니다.',
        },
      },
    ],
  },
  {
    code: 203,
    reason: 'Non-Authoritative Information',
    class: 'successful',
    registered: 'yes',
    spec: rfc9110('15.3.4'),
    summary: {
      en: 'Succeeded, but a proxy transformed the content',
      ko: '성공했지만 중간의 프록시가 내용을 변형했습니다',
    },
    text: {
      en: 'The origin server answered 200, but a transforming proxy between it and the client changed the content, for example by recompressing images. The proxy signals this by sending 203 instead of 200, so the client knows it is not reading exactly what the origin sent. An origin server itself has no reason to send 203. Like 200, it is cacheable by default.',
      ko: '오리진 서버는 200으로 응답했지만, 중간에 있는 변형 프록시(transforming proxy)가 이미지를 다시 압축하는 식으로 내용을 바꿨다는 뜻입니다. 프록시는 200 대신 203을 보내서 클라이언트가 오리진이 보낸 그대로를 받은 것이 아님을 알게 합니다. 오리진 서버가 직접 203을 보낼 이유는 없습니다. 200과 마찬가지로 기본적으로 캐시할 수 있습니다.',
    },
    headers: { required: [], usual: ['Content-Type'] },
    bodyAllowed: true,
    cacheableByDefault: true,
    confusions: [],
  },
  {
    code: 204,
    reason: 'No Content',
    class: 'successful',
    registered: 'yes',
    spec: rfc9110('15.3.5'),
    summary: {
      en: 'Succeeded, and there is no content to send',
      ko: '성공했고 보낼 본문은 없습니다',
    },
    text: {
      en: 'The action succeeded and the response deliberately has no content: it ends at the blank line after the headers, whatever those headers say. Headers still mean something: after a PUT, an ETag in a 204 is the tag of the resource’s new representation. It is the natural answer to a DELETE, or to a PUT or PATCH when the client does not need the result echoed back. A client should stay where it is, for example keep the document it is editing open.',
      ko: '작업은 성공했고 응답에는 일부러 본문이 없다는 뜻입니다. 헤더가 무엇을 말하든 응답은 헤더 뒤의 빈 줄에서 끝납니다. 헤더에는 여전히 의미가 있어서, PUT에 대한 204에 ETag가 있다면 그것은 리소스의 새 표현에 대한 태그입니다. DELETE나, 결과를 되돌려 받을 필요가 없는 PUT, PATCH에 자연스러운 응답입니다. 클라이언트는 화면을 바꾸지 않고 그대로 있으면 됩니다. 예를 들어 편집 중인 문서를 계속 열어 둡니다.',
    },
    headers: { required: [], usual: ['ETag'] },
    bodyAllowed: false,
    cacheableByDefault: true,
    confusions: [
      {
        with: [200],
        text: {
          en: 'A 204 must not carry content; any bytes after its head are not a body but garbage on the connection. If you want to return the updated resource, use 200.',
          ko: '204에는 본문을 넣을 수 없습니다. 헤더 뒤에 바이트가 있다면 본문이 아니라 연결을 어지럽히는 쓰레기입니다. 갱신된 리소스를 돌려주고 싶다면 200을 쓰세요.',
        },
      },
      {
        with: [205],
        text: {
          en: '204 tells the client to keep its view as it is; 205 asks it to reset the view, such as clearing a form.',
          ko: '204는 클라이언트가 화면을 그대로 두라는 뜻이고, 205는 입력 폼을 비우는 것처럼 화면을 초기화하라는 뜻입니다.',
        },
      },
    ],
  },
  {
    code: 205,
    reason: 'Reset Content',
    class: 'successful',
    registered: 'yes',
    spec: rfc9110('15.3.6'),
    summary: {
      en: 'Succeeded: reset the form or view that sent the request',
      ko: '성공했으니 요청을 보낸 폼이나 화면을 초기화하세요',
    },
    text: {
      en: 'The server did what was asked and wants the user agent to reset the “document view” that produced the request, typically clearing a form so the user can enter the next item. Because nothing follows, a server must not generate content in a 205. Unlike 204, the message framing does not end it at the headers, so it is safest to make the empty content explicit, for example with Content-Length: 0. It is rare in JSON APIs, which leave such screen updates to the client.',
      ko: '서버가 요청을 처리했고, 요청을 만든 “문서 화면(document view)”을 초기화해 달라는 뜻입니다. 대표적으로 다음 항목을 입력할 수 있게 폼을 비우는 경우입니다. 뒤따르는 내용이 없다는 뜻이므로 서버는 205에 본문을 만들면 안 됩니다(MUST NOT). 다만 204와 달리 메시지 구조상 헤더에서 자동으로 끝나지 않으므로, Content-Length: 0처럼 빈 본문임을 명시하는 편이 좋습니다. 화면 갱신을 클라이언트에게 맡기는 JSON API에서는 드물게 쓰입니다.',
    },
    headers: { required: [], usual: ['Content-Length'] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [204],
        text: {
          en: 'Both say “done, nothing to show”. 204 leaves the client’s view alone; 205 asks the client to reset it.',
          ko: '둘 다 “처리했고 보여 줄 것은 없다”는 뜻입니다. 204는 클라이언트 화면을 그대로 두고, 205는 화면을 초기화해 달라고 합니다.',
        },
      },
    ],
  },
  {
    code: 206,
    reason: 'Partial Content',
    class: 'successful',
    registered: 'yes',
    spec: rfc9110('15.3.7'),
    summary: {
      en: 'Here are the requested ranges of the representation',
      ko: '표현 중 요청한 범위만 보냅니다',
    },
    text: {
      en: 'The client sent a Range header, for example to resume a download or to seek in a video, and the server is sending one or more parts of the selected representation. With a single part, the server must send Content-Range saying which bytes these are; with several parts, the content is multipart/byteranges and each part carries its own Content-Range instead. The client must check Content-Type and Content-Range to see what it got and whether to ask for the rest. A 206 is cacheable by default, and a cache can combine parts it has stored.',
      ko: '다운로드를 이어 받거나 동영상의 특정 위치로 이동할 때처럼 클라이언트가 Range 헤더를 보냈고, 서버가 선택된 표현의 일부를 하나 이상 보낸다는 뜻입니다. 한 부분만 보낼 때는 어느 바이트인지 알리는 Content-Range 헤더를 반드시(MUST) 보내야 합니다. 여러 부분을 보낼 때는 본문이 multipart/byteranges가 되고, 각 부분이 자기 Content-Range를 가집니다. 클라이언트는 Content-Type과 Content-Range를 확인해서 무엇을 받았는지, 나머지를 더 요청해야 하는지 판단해야 합니다. 206은 기본적으로 캐시할 수 있고, 캐시는 저장해 둔 부분들을 합칠 수도 있습니다.',
    },
    headers: {
      required: ['Content-Range'],
      usual: ['Content-Type', 'ETag', 'Last-Modified', 'Accept-Ranges'],
    },
    bodyAllowed: true,
    cacheableByDefault: true,
    confusions: [
      {
        with: [200, 416],
        text: {
          en: 'A server that ignores Range answers 200 with the whole representation, which is allowed. When none of the requested ranges fits the representation, the answer is 416.',
          ko: 'Range 헤더를 무시하는 서버는 전체 표현을 200으로 보내도 되고, 이것은 허용된 동작입니다. 요청한 범위가 표현과 하나도 맞지 않으면 416으로 응답합니다.',
        },
      },
    ],
  },
  {
    code: 207,
    reason: 'Multi-Status',
    class: 'successful',
    registered: 'yes',
    spec: rfc4918('11.1'),
    summary: {
      en: 'Several results, one per operation, in the body',
      ko: '여러 작업의 결과를 본문에 하나씩 담았습니다',
    },
    text: {
      en: 'WebDAV uses 207 when one request acted on several resources that may each have a different outcome, for example a PROPFIND over a collection. The status line only says “look inside”; the real results are in an XML multistatus body, one response element with its own status per resource. A client has to read the body: a 207 is not an overall success. JSON APIs sometimes borrow it for batch requests, but then the body format is theirs to document.',
      ko: 'WebDAV는 하나의 요청이 여러 리소스에 작용해서 결과가 리소스마다 다를 수 있을 때 207을 씁니다. 컬렉션에 대한 PROPFIND가 그 예입니다. 상태 줄은 “본문을 보라”는 뜻일 뿐이고, 실제 결과는 XML multistatus 본문 안에 리소스마다 자기 상태 코드를 가진 response 요소로 들어 있습니다. 클라이언트는 본문을 읽어야 하며, 207을 전체 성공으로 받아들이면 안 됩니다. JSON API가 일괄(batch) 요청에 빌려 쓰기도 하는데, 그때 본문 형식은 그 API가 직접 문서화해야 합니다.',
    },
    headers: { required: [], usual: ['Content-Type'] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [200],
        text: {
          en: 'A 200 says the whole request succeeded; a 207 says nothing about success until you read each result inside.',
          ko: '200은 요청 전체가 성공했다는 뜻이지만, 207은 안의 결과를 하나씩 읽기 전에는 성공인지 알 수 없습니다.',
        },
      },
    ],
  },
  {
    code: 208,
    reason: 'Already Reported',
    class: 'successful',
    registered: 'yes',
    spec: rfc5842('7.1'),
    summary: {
      en: 'Inside a 207: this collection was already listed above',
      ko: '207 본문 안에서: 이 컬렉션은 이미 앞에서 나열했습니다',
    },
    text: {
      en: 'With the WebDAV binding extension, one collection can be reachable through several paths, even in a loop. In a Depth: infinity PROPFIND, the server reports such a collection fully once and marks every further binding of it with 208, without listing its members again. So 208 appears inside a 207 multistatus body, not on the status line. A server should use it only when the client has announced binding support in its DAV header.',
      ko: 'WebDAV 바인딩 확장을 쓰면 하나의 컬렉션이 여러 경로로, 심지어 순환 구조로 연결될 수 있습니다. Depth: infinity인 PROPFIND에서 서버는 이런 컬렉션을 한 번만 전부 보고하고, 같은 컬렉션의 다른 바인딩은 구성원을 다시 나열하지 않고 208로 표시합니다. 그래서 208은 상태 줄이 아니라 207 multistatus 본문 안에 나타납니다. 서버는 클라이언트가 DAV 헤더로 바인딩 지원을 알렸을 때만 이 상태 코드를 써야 합니다(SHOULD).',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [508],
        text: {
          en: 'For a client that did not announce binding support, a server that finds a binding loop answers 508 Loop Detected instead.',
          ko: '바인딩 지원을 알리지 않은 클라이언트에게는, 서버가 바인딩 순환을 발견했을 때 대신 508 Loop Detected로 응답합니다.',
        },
      },
    ],
  },
  {
    code: 226,
    reason: 'IM Used',
    class: 'successful',
    registered: 'yes',
    spec: rfc3229('10.4.1'),
    summary: {
      en: 'A GET answered with a delta or other instance manipulation',
      ko: 'GET에 대해 델타 등 인스턴스 조작(instance manipulation)을 적용한 결과를 보냅니다',
    },
    text: {
      en: 'Delta encoding lets a client that already holds an old version ask, with an A-IM header, for only the changes. The server answers 226 when the content is the result of such manipulations applied to the current instance, and must send the ETag of the current instance. The client rebuilds the current version by combining this response with what it has. It is rare in practice; RFC 3229 also lets caches store a 226 under the usual freshness rules.',
      ko: '델타 인코딩을 쓰면 이전 버전을 가진 클라이언트가 A-IM 헤더로 바뀐 부분만 요청할 수 있습니다. 서버는 현재 인스턴스에 이런 조작을 적용한 결과를 보낼 때 226으로 응답하고, 현재 인스턴스의 ETag를 반드시(MUST) 보내야 합니다. 클라이언트는 이 응답을 가지고 있던 버전과 합쳐서 현재 버전을 만듭니다. 실제로는 드물게 쓰이며, RFC 3229는 캐시가 일반적인 신선도 규칙에 따라 226을 저장하는 것도 허용합니다.',
    },
    headers: { required: ['ETag'], usual: ['IM'] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [206],
        text: {
          en: '206 sends byte ranges of the current representation; 226 sends a transformation, such as a diff against a version the client already has.',
          ko: '206은 현재 표현의 바이트 범위를 보내고, 226은 클라이언트가 가진 버전과의 차이(diff) 같은 변환 결과를 보냅니다.',
        },
      },
    ],
  },
] as const satisfies readonly StatusCodeEntry[];
