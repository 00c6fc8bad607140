/**
 * 5xx: the server failed, or knows it cannot do what was asked. One entry per code, with its
 * spec link and a teacher's explanation in en and ko.
 */
import type { Localized } from '../types.ts';
import { rfc2295, rfc2774, rfc4918, rfc5842, rfc6585, rfc9110 } from './spec.ts';
import type { StatusCodeEntry } from './status-code-entry.ts';

/** 502, 503 and 504 are told apart in one breath, so the three entries share this text. */
const GATEWAY_TRIO = {
  en: 'Three ways a request fails at or behind a gateway. 502: the upstream server answered, but with something that is not a valid response, or dropped the connection. 504: the upstream did not answer in time. 503: the server, or a gateway speaking for it, knows it cannot take requests right now because of overload or maintenance, and may say with Retry-After when to come back. Read 502 as “broken”, 504 as “slow” and 503 as “closed for now”.',
  ko: '게이트웨이나 그 뒤에서 요청이 실패하는 세 가지 경우입니다. 502는 업스트림 서버가 응답은 했지만 올바른 응답이 아니었거나 연결을 끊어 버린 경우이고, 504는 업스트림이 제때 응답하지 않은 경우입니다. 503은 서버(또는 서버를 대신하는 게이트웨이)가 과부하나 점검 때문에 지금은 요청을 받을 수 없다는 것을 스스로 알고 있는 경우로, Retry-After 헤더로 언제 다시 오면 되는지 알려 줄 수 있습니다. 502는 “고장”, 504는 “느림”, 503은 “잠시 휴업”으로 기억하면 쉽습니다.',
} as const satisfies Localized;

export const STATUS_5XX = [
  {
    code: 500,
    reason: 'Internal Server Error',
    class: 'server-error',
    registered: 'yes',
    spec: rfc9110('15.6.1'),
    summary: {
      en: 'The server hit an unexpected condition that kept it from fulfilling the request.',
      ko: '예상하지 못한 상황이 생겨 서버가 요청을 처리하지 못했습니다.',
    },
    text: {
      en: '500 is the generic server error: something went wrong on the server’s side, and it is not the client’s fault. Most web frameworks send it automatically when a handler throws an exception that nobody caught. A well-behaved server logs the details and gives the client only a short problem description, perhaps with an id to quote to support, but never a stack trace, which leaks internals. Since the fault is the server’s, the same request may succeed later: a client can retry an idempotent request after a pause, but should be careful about repeating a POST that may have been partly carried out.',
      ko: '500은 가장 일반적인 서버 오류로, 서버 쪽에서 무언가 잘못됐고 클라이언트의 잘못은 아니라는 뜻입니다. 대부분의 웹 프레임워크는 핸들러에서 아무도 잡지 않은 예외가 던져지면 자동으로 500을 보냅니다. 잘 만든 서버는 자세한 내용은 로그에 남기고, 클라이언트에게는 짧은 문제 설명만 보냅니다. 문의할 때 쓸 오류 id 정도는 괜찮지만, 내부 구조가 드러나는 스택 트레이스는 보내면 안 됩니다. 원인이 서버에 있으므로 같은 요청이 나중에는 성공할 수도 있습니다. 클라이언트는 멱등한 요청이라면 잠시 뒤 다시 시도해도 되지만, 일부만 처리됐을 수도 있는 POST를 반복할 때는 조심해야 합니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [503],
        text: {
          en: '500 means something broke unexpectedly, and nobody can say when it will work. 503 means the server knows it is temporarily unable to serve (overload, maintenance) and can say when to come back with Retry-After. If your server can tell the difference, say so with the more precise code.',
          ko: '500은 예상치 못하게 무언가 고장 났고 언제 고쳐질지 아무도 모른다는 뜻입니다. 503은 서버가 과부하나 점검 때문에 일시적으로 처리할 수 없다는 것을 알고 있고, Retry-After로 언제 다시 오면 되는지 알려 줄 수 있다는 뜻입니다. 서버가 둘을 구분할 수 있다면 더 정확한 상태 코드로 알려 주세요.',
        },
      },
      {
        with: [400],
        text: {
          en: 'The first digit says whose move it is. After a 4xx the client has to change its request; after a 5xx the request may have been fine, and it is the server that has to change. Turning a client’s bad input into a 500 (an unhandled parse error, say) hides that from the client.',
          ko: '첫 자리 숫자가 누가 고쳐야 하는지를 알려 줍니다. 4xx라면 클라이언트가 요청을 바꿔야 하고, 5xx라면 요청은 문제가 없었을 수 있으며 서버가 바뀌어야 합니다. 클라이언트의 잘못된 입력을 500으로 응답하면(예: 처리하지 않은 파싱 오류) 클라이언트는 자기 요청이 문제라는 사실을 알 수 없습니다.',
        },
      },
    ],
  },
  {
    code: 501,
    reason: 'Not Implemented',
    class: 'server-error',
    registered: 'yes',
    spec: rfc9110('15.6.2'),
    summary: {
      en: 'The server does not support the functionality needed to fulfil the request.',
      ko: '서버가 요청을 처리하는 데 필요한 기능을 지원하지 않습니다.',
    },
    text: {
      en: '501 is the right answer when the server does not recognise the request method and cannot support it for any resource: a WebDAV method sent to a plain web server, or a made-up method. It is the whole server speaking, not one resource; more broadly it fits any functionality the server lacks. A 501 is cacheable by default. The client should not retry with the same method but find another way to do what it wants. Node’s HTTP server rejects methods its parser does not know (try BREW) with 400 before the application sees them, so a Node application only gets to answer 501 for methods Node knows.',
      ko: '501은 서버가 요청 메서드를 알지 못하고 어떤 리소스에서도 그 메서드를 지원할 수 없을 때 보내는 응답입니다. 일반 웹 서버에 보낸 WebDAV 메서드나 지어낸 메서드가 그 예입니다. 리소스 하나가 아니라 서버 전체가 하는 말이며, 더 넓게는 서버에 없는 기능 전반에 쓸 수 있습니다. 501은 기본적으로 캐시할 수 있습니다. 클라이언트는 같은 메서드로 다시 시도하지 말고 다른 방법을 찾아야 합니다. Node의 HTTP 서버는 파서가 모르는 메서드(BREW를 보내 보세요)를 애플리케이션에 넘기기 전에 400으로 거부하므로, Node 애플리케이션이 501로 응답할 수 있는 것은 Node가 아는 메서드뿐입니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: true,
    confusions: [
      {
        with: [405],
        text: {
          en: '501: this server does not implement the method at all, for any resource. 405: the server knows the method, but this resource does not allow it, and the Allow header (which 405 must carry) lists what does work here.',
          ko: '501은 서버가 그 메서드를 어떤 리소스에서도 구현하지 않았다는 뜻입니다. 405는 서버가 그 메서드를 알지만 이 리소스에서는 허용하지 않는다는 뜻이며, 405에 반드시 있어야 하는 Allow 헤더가 여기서 쓸 수 있는 메서드를 알려 줍니다.',
        },
      },
    ],
  },
  {
    code: 502,
    reason: 'Bad Gateway',
    class: 'server-error',
    registered: 'yes',
    spec: rfc9110('15.6.3'),
    summary: {
      en: 'A gateway or proxy got an invalid response from the upstream server it contacted.',
      ko: '게이트웨이나 프록시가 요청을 전달한 업스트림 서버로부터 잘못된 응답을 받았습니다.',
    },
    text: {
      en: '502 comes from something in the middle: a reverse proxy, load balancer or API gateway forwarded the request, and what came back from the server behind it was not a valid response. The upstream may have crashed mid-response, refused or dropped the connection, or answered with something that is not HTTP. The gateway itself is working; the problem is one hop further in. The client may retry later, and whoever runs the service should start with the upstream server’s logs.',
      ko: '502는 중간에 있는 무언가가 보내는 응답입니다. 리버스 프록시, 로드 밸런서, API 게이트웨이가 요청을 전달했는데, 뒤에 있는 서버에서 돌아온 것이 올바른 응답이 아니었다는 뜻입니다. 업스트림 서버가 응답 도중 죽었거나, 연결을 거부하거나 끊었거나, HTTP가 아닌 무언가로 답했을 수 있습니다. 게이트웨이 자체는 멀쩡하고, 문제는 한 단계 더 안쪽에 있습니다. 클라이언트는 나중에 다시 시도할 수 있고, 서비스 운영자는 업스트림 서버의 로그부터 살펴봐야 합니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [{ with: [503, 504], text: GATEWAY_TRIO }],
  },
  {
    code: 503,
    reason: 'Service Unavailable',
    class: 'server-error',
    registered: 'yes',
    spec: rfc9110('15.6.4'),
    summary: {
      en: 'The server cannot handle the request right now, because of overload or maintenance.',
      ko: '과부하나 점검 때문에 서버가 지금은 요청을 처리할 수 없습니다.',
    },
    text: {
      en: '503 is a temporary “closed”: the server is overloaded or down for maintenance and expects to recover after some delay. It may send Retry-After, as a date or a number of seconds, to tell clients when to come back, and clients should honour it instead of retrying in a tight loop, which only deepens an overload. Load balancers often send 503 on a server’s behalf when no healthy instance is left. A server is not obliged to answer 503 when it is overloaded; some simply refuse the connection.',
      ko: '503은 일시적인 “휴업”입니다. 서버에 과부하가 걸렸거나 점검 중이어서, 시간이 좀 지나면 회복되리라 예상되는 상황입니다. 서버는 Retry-After 헤더에 날짜나 초 단위 시간을 담아 언제 다시 오면 되는지 알려 줄 수 있고(MAY), 클라이언트는 쉬지 않고 재시도하는 대신 이를 따라야 합니다. 쉴 새 없는 재시도는 과부하를 더 키울 뿐입니다. 정상인 인스턴스가 하나도 남지 않았을 때 로드 밸런서가 서버 대신 503을 보내는 경우도 많습니다. 과부하 상태에서 서버가 꼭 503으로 응답해야 하는 것은 아니며, 그냥 연결을 거부하는 서버도 있습니다.',
    },
    headers: { required: [], usual: ['Retry-After'] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [429],
        text: {
          en: '503 is about the server: nobody can be served right now. 429 is about one client that went over its own rate limit while everyone else is served normally. Both may carry Retry-After; send 429 when the refusal is aimed at a particular client.',
          ko: '503은 서버의 문제로, 지금은 누구의 요청도 처리할 수 없다는 뜻입니다. 429는 한 클라이언트가 자기 요청 한도를 넘었을 뿐, 다른 클라이언트는 정상적으로 서비스를 받는 경우입니다. 둘 다 Retry-After를 보낼 수 있으며, 특정 클라이언트를 향한 거절이라면 429를 보내세요.',
        },
      },
      { with: [502, 504], text: GATEWAY_TRIO },
    ],
  },
  {
    code: 504,
    reason: 'Gateway Timeout',
    class: 'server-error',
    registered: 'yes',
    spec: rfc9110('15.6.5'),
    summary: {
      en: 'A gateway or proxy did not get a timely response from an upstream server it needed.',
      ko: '게이트웨이나 프록시가 필요한 업스트림 서버로부터 제때 응답을 받지 못했습니다.',
    },
    text: {
      en: '504 means the gateway waited for a server behind it and gave up: the upstream did not answer within the gateway’s timeout, often because of a slow database query or a long-running job. The client cannot tell whether the work eventually happened upstream, so repeating an unsafe request blindly is risky, while an idempotent one can be retried. For work that genuinely takes long, an API should answer 202 Accepted with a resource to poll for the result, rather than leave the gateway to time out.',
      ko: '504는 게이트웨이가 뒤에 있는 서버를 기다리다 포기했다는 뜻입니다. 느린 데이터베이스 쿼리나 오래 걸리는 작업 때문에, 업스트림 서버가 게이트웨이의 제한 시간 안에 응답하지 못한 경우가 많습니다. 클라이언트는 업스트림에서 작업이 결국 수행됐는지 알 수 없으므로, 안전하지 않은 요청을 무작정 반복하는 것은 위험합니다. 멱등한 요청이라면 다시 시도해도 됩니다. 정말 오래 걸리는 작업이라면, 게이트웨이가 시간 초과로 끊게 두지 말고 202 Accepted와 함께 결과를 확인할 리소스를 알려 주는 것이 좋습니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      { with: [502, 503], text: GATEWAY_TRIO },
      {
        with: [408],
        text: {
          en: '504 is a gateway that waited too long for the server behind it. 408 is a server that waited too long for the client to finish sending its request.',
          ko: '504는 게이트웨이가 뒤의 서버를 너무 오래 기다린 경우이고, 408은 서버가 클라이언트의 요청 전송이 끝나기를 너무 오래 기다린 경우입니다.',
        },
      },
    ],
  },
  {
    code: 505,
    reason: 'HTTP Version Not Supported',
    class: 'server-error',
    registered: 'yes',
    spec: rfc9110('15.6.6'),
    summary: {
      en: 'The server does not support, or refuses to support, the major HTTP version of the request.',
      ko: '서버가 요청의 HTTP 주 버전을 지원하지 않거나 지원하기를 거부합니다.',
    },
    text: {
      en: '505 is about the version in the request line: the server is unable or unwilling to handle that major version of HTTP. Minor versions do not trigger it, since an HTTP/1.1 server also serves HTTP/1.0 requests; and HTTP/2 and HTTP/3 do not use a text request line at all, so writing HTTP/3.0 into one is a mistake rather than an upgrade. The server should explain in the body why the version is not supported and which protocols it does support. Node’s HTTP server never sends 505 by itself: a version its parser refuses gets 400. In this playground, write HTTP/1.1.',
      ko: '505는 요청 줄에 적힌 버전에 관한 상태 코드로, 서버가 그 HTTP 주 버전을 처리할 수 없거나 처리하지 않겠다는 뜻입니다. 부 버전으로는 이 응답이 나오지 않습니다. HTTP/1.1 서버는 HTTP/1.0 요청도 처리하기 때문입니다. 또 HTTP/2와 HTTP/3는 텍스트로 된 요청 줄을 아예 쓰지 않으므로, 요청 줄에 HTTP/3.0이라고 적는 것은 업그레이드가 아니라 실수입니다. 서버는 그 버전을 지원하지 않는 이유와 지원하는 프로토콜을 응답 본문에 설명해야 합니다(SHOULD). Node의 HTTP 서버는 505를 스스로 보내지 않고, 파서가 거부하는 버전에는 400으로 응답합니다. 이 플레이그라운드에서는 HTTP/1.1이라고 적으세요.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [426],
        text: {
          en: '505 only refuses the version the client used. 426 goes a step further and names, in its Upgrade header, the protocol the client should switch to.',
          ko: '505는 클라이언트가 쓴 버전을 거부하기만 합니다. 426은 한 걸음 더 나아가, 바꿔야 할 프로토콜을 Upgrade 헤더로 알려 줍니다.',
        },
      },
    ],
  },
  {
    code: 506,
    reason: 'Variant Also Negotiates',
    class: 'server-error',
    registered: 'yes',
    spec: rfc2295('8.1'),
    summary: {
      en: 'A server configuration error: the variant picked by transparent content negotiation is set up to negotiate again.',
      ko: '서버 설정 오류입니다. 투명한 콘텐츠 협상으로 고른 변형(variant)이 다시 협상을 하도록 설정되어 있습니다.',
    },
    text: {
      en: '506 belongs to transparent content negotiation, an experimental scheme from RFC 2295 in which a resource publishes a list of its variants and the client or a proxy picks one. It reports a misconfiguration on the server: the variant it chose is itself configured to negotiate, so it is not a proper end point and the negotiation would go round in circles. The client cannot fix this; the server’s configuration has to be corrected. Few servers ever implemented the scheme, so you are unlikely to meet 506 in practice.',
      ko: '506은 RFC 2295의 실험적인 방식인 투명한 콘텐츠 협상(transparent content negotiation)에 속한 상태 코드입니다. 이 방식에서는 리소스가 자신의 변형(variant) 목록을 공개하고, 클라이언트나 프록시가 그중 하나를 고릅니다. 506은 서버 설정이 잘못됐다는 신호로, 서버가 고른 변형 자체가 다시 협상을 하도록 설정되어 있어 협상의 끝점이 되지 못하고 같은 자리를 맴돌게 된다는 뜻입니다. 클라이언트가 고칠 수 있는 문제가 아니며 서버 설정을 바로잡아야 합니다. 이 방식을 구현한 서버가 드물어서 실제로 506을 볼 일은 거의 없습니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [406],
        text: {
          en: 'Both involve content negotiation, but the blame differs. 406 says the client’s Accept headers cannot be satisfied, a client-side mismatch. 506 says the server’s own negotiation setup is broken.',
          ko: '둘 다 콘텐츠 협상과 관련 있지만 책임이 다릅니다. 406은 클라이언트의 Accept 계열 헤더를 맞출 수 없다는 클라이언트 쪽 불일치이고, 506은 서버 자신의 협상 설정이 망가졌다는 뜻입니다.',
        },
      },
    ],
  },
  {
    code: 507,
    reason: 'Insufficient Storage',
    class: 'server-error',
    registered: 'yes',
    spec: rfc4918('11.5'),
    summary: {
      en: 'The server cannot store the representation it needs to complete the request.',
      ko: '요청을 완료하는 데 필요한 표현을 서버가 저장할 수 없습니다.',
    },
    text: {
      en: '507 comes from WebDAV: the method could not be performed because the server is unable to store what the request needs, typically because a disk or the user’s quota is full. RFC 4918 treats the condition as temporary, but if the request came from a user action, the client must not repeat it until the user asks again. Freeing space, or sending less, is the way forward. Outside WebDAV, storage services sometimes send it for a full quota.',
      ko: '507은 WebDAV에서 온 상태 코드로, 요청에 필요한 것을 서버가 저장할 수 없어서 메서드를 수행하지 못했다는 뜻입니다. 디스크나 사용자 할당량(quota)이 가득 찬 경우가 보통입니다. RFC 4918은 이 상태를 일시적인 것으로 보지만, 사용자의 동작으로 보낸 요청이었다면 사용자가 다시 요청하기 전까지 클라이언트가 반복해서는 안 됩니다(MUST NOT). 공간을 비우거나 보내는 양을 줄이는 것이 해결책입니다. WebDAV 밖에서도 할당량이 가득 찬 경우에 이 코드를 보내는 스토리지 서비스가 있습니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [413],
        text: {
          en: '413 is a client error: this one request is larger than the server accepts, whatever the free space. 507 is a server error: the request might be fine, but the server has run out of room to store it.',
          ko: '413은 클라이언트 오류로, 남은 공간과 상관없이 이 요청 하나가 서버가 받는 크기보다 크다는 뜻입니다. 507은 서버 오류로, 요청은 문제없을 수 있지만 서버에 저장할 공간이 모자란다는 뜻입니다.',
        },
      },
    ],
  },
  {
    code: 508,
    reason: 'Loop Detected',
    class: 'server-error',
    registered: 'yes',
    spec: rfc5842('7.2'),
    summary: {
      en: 'The server stopped an operation because it ran into an infinite loop while handling Depth: infinity.',
      ko: 'Depth: infinity 요청을 처리하던 서버가 무한 루프를 만나 작업을 중단했습니다.',
    },
    text: {
      en: '508 comes from the WebDAV binding extensions, which let one resource appear in several collections; that makes cycles possible, where a collection ends up containing itself. A server that meets such a cycle while processing a request with `Depth: infinity`, such as a PROPFIND over a whole tree, stops and answers 508, and the entire operation has failed. The client can retry with a smaller Depth, or the binding that closes the cycle has to be removed.',
      ko: '508은 WebDAV 바인딩 확장(binding extensions)에서 온 상태 코드입니다. 이 확장을 쓰면 리소스 하나가 여러 컬렉션에 동시에 들어갈 수 있어서, 컬렉션이 결국 자기 자신을 포함하는 순환이 생길 수 있습니다. 트리 전체에 대한 PROPFIND처럼 `Depth: infinity`인 요청을 처리하다 이런 순환을 만나면 서버는 작업을 멈추고 508로 응답하며, 이는 작업 전체가 실패했다는 뜻입니다. 클라이언트는 Depth를 줄여 다시 시도하거나, 순환을 만드는 바인딩을 없애야 합니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [],
  },
  {
    code: 510,
    reason: 'Not Extended',
    class: 'server-error',
    registered: 'yes',
    spec: rfc2774('7'),
    summary: {
      en: 'The request did not meet the server’s policy for the HTTP Extension Framework (now historic).',
      ko: '요청이 HTTP 확장 프레임워크(HTTP Extension Framework)에 대한 서버 정책을 만족하지 않았습니다(현재는 Historic).',
    },
    text: {
      en: '510 belongs to the HTTP Extension Framework of RFC 2774, an experiment in which a request declared the extensions it relied on, as mandatory or optional, with header fields such as Man and Opt. 510 meant that the request did not meet the policy for accessing the resource, and the server was to send back what the client needed to issue a properly extended request. The framework never caught on, and the IETF has since reclassified RFC 2774 as Historic, so the registry marks 510 as obsoleted. New APIs should not use it.',
      ko: '510은 RFC 2774의 HTTP 확장 프레임워크에 속한 상태 코드입니다. 이 실험적인 방식에서는 요청이 의존하는 확장을 Man, Opt 같은 헤더로 필수 또는 선택으로 선언했습니다. 510은 요청이 리소스 접근 정책을 만족하지 못했다는 뜻이었고, 서버는 클라이언트가 확장을 제대로 갖춘 요청을 다시 보내는 데 필요한 정보를 돌려주어야 했습니다. 이 프레임워크는 끝내 자리 잡지 못했고, IETF는 이후 RFC 2774를 Historic으로 재분류했기 때문에 레지스트리에서도 510은 폐기(obsoleted)로 표시됩니다. 새 API에서는 쓰지 마세요.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [],
  },
  {
    code: 511,
    reason: 'Network Authentication Required',
    class: 'server-error',
    registered: 'yes',
    spec: rfc6585('6'),
    summary: {
      en: 'The client must authenticate to gain network access, as on a captive portal.',
      ko: '네트워크에 접속하려면 먼저 인증해야 합니다(캡티브 포털).',
    },
    text: {
      en: '511 is meant for networks that intercept traffic until you log in: the captive portals of hotels, airports and cafés. If such a proxy quietly answered with its login page, a client could mistake it for the site it asked for and even cache it; with 511 it says plainly what is going on, and its body should link to a page where the user can sign in. The response should not contain the login form itself or an authentication challenge, because a browser would show them as if they came from the URL originally requested. Origin servers should not send 511, and a 511 must not be stored by a cache.',
      ko: '511은 로그인하기 전까지 트래픽을 가로채는 네트워크, 즉 호텔·공항·카페의 캡티브 포털(captive portal)을 위한 상태 코드입니다. 이런 프록시가 아무 말 없이 로그인 페이지를 돌려주면 클라이언트는 그것을 원래 요청한 사이트의 응답으로 착각하고 캐시까지 해 버릴 수 있습니다. 511로 응답하면 무슨 일인지 분명히 알릴 수 있고, 본문에는 사용자가 로그인할 수 있는 페이지의 링크를 담아야 합니다(SHOULD). 로그인 폼 자체나 인증 챌린지는 응답에 넣지 않아야 합니다(SHOULD NOT). 브라우저가 그것을 원래 요청한 URL에서 온 것처럼 보여 주기 때문입니다. 오리진 서버는 511을 보내지 않아야 하며(SHOULD NOT), 511 응답은 캐시에 저장하면 안 됩니다(MUST NOT).',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [401, 407],
        text: {
          en: '401 is the server you asked wanting credentials, and 407 a proxy you configured wanting its own. 511 is the network in between, which you never configured, wanting you to log in before it lets anything through.',
          ko: '401은 요청한 서버가 인증 정보를 요구하는 것이고, 407은 직접 설정한 프록시가 자기 인증 정보를 요구하는 것입니다. 511은 설정한 적도 없는 중간 네트워크가, 무엇이든 통과시키기 전에 먼저 로그인하라고 요구하는 것입니다.',
        },
      },
    ],
  },
] as const satisfies readonly StatusCodeEntry[];
