/**
 * 4xx: the client seems to have made a mistake. One entry per code, with its spec link and a
 * teacher's explanation in en and ko.
 */
import { rfc4918, rfc6585, rfc7725, rfc8470, rfc9110 } from './spec.ts';
import type { StatusCodeEntry } from './status-code-entry.ts';

export const STATUS_4XX = [
  {
    code: 400,
    reason: 'Bad Request',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.1'),
    summary: {
      en: 'The server cannot or will not process the request because of what it sees as a client error.',
      ko: '클라이언트 쪽 잘못으로 보이는 문제 때문에 서버가 요청을 처리할 수 없거나 처리하지 않습니다.',
    },
    text: {
      en: '400 is the general-purpose client error. A server sends it when the request itself is broken (a malformed request line, bad header syntax, message framing that does not add up) or when the input fails a check and no more specific 4xx code fits. Node’s HTTP server answers 400 on its own, before any application code runs, when it cannot parse a request. The client should read the body to learn what was wrong, fix the request, and not send the same bytes again unchanged.',
      ko: '400은 가장 일반적인 클라이언트 오류입니다. 요청 줄 형식이 틀렸거나, 헤더 문법이 잘못됐거나, 메시지 경계(framing)가 맞지 않는 등 요청 자체가 깨져 있을 때, 또는 입력값 검사에 실패했는데 더 구체적인 4xx 상태 코드가 없을 때 보냅니다. Node의 HTTP 서버는 요청을 파싱하지 못하면 애플리케이션 코드가 실행되기도 전에 스스로 400을 응답합니다. 클라이언트는 응답 본문에서 무엇이 잘못됐는지 확인해 요청을 고쳐야 하고, 같은 요청을 그대로 다시 보내서는 안 됩니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [422],
        text: {
          en: '400 is for a request the server cannot parse or that is broken in general. 422 is for content whose syntax is fine (valid JSON in a supported media type) but whose meaning is not: an end date before the start date, a reference to something that does not exist. Many APIs use 400 for both; once the body parses, 422 is the more precise answer.',
          ko: '400은 서버가 요청을 해석할 수 없거나 요청이 전반적으로 잘못된 경우에 씁니다. 422는 문법은 맞는데(지원하는 미디어 타입의 올바른 JSON) 의미가 맞지 않는 내용, 예를 들어 종료일이 시작일보다 앞서거나 존재하지 않는 대상을 가리키는 경우에 씁니다. 둘 다 400으로 처리하는 API도 많지만, 본문 파싱까지 성공했다면 422가 더 정확합니다.',
        },
      },
    ],
  },
  {
    code: 401,
    reason: 'Unauthorized',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.2'),
    summary: {
      en: 'The request lacks valid credentials for the target resource.',
      ko: '대상 리소스에 필요한 유효한 인증 정보가 요청에 없습니다.',
    },
    text: {
      en: 'Despite its name, 401 is about authentication: the server does not know who you are, either because the request carried no credentials or because the ones it carried were rejected (a wrong password, an expired token). The server MUST send a WWW-Authenticate header with at least one challenge that tells the client how to authenticate; an API that uses bearer tokens sends `WWW-Authenticate: Bearer`. The client may repeat the request with new or corrected credentials in the Authorization header. In the mock API, an unsafe method sent without a token gets exactly this 401.',
      ko: '이름은 Unauthorized지만 401은 인증(authentication)에 관한 상태 코드입니다. 요청에 인증 정보(credentials)가 아예 없거나, 보낸 인증 정보가 거부되어(틀린 비밀번호, 만료된 토큰 등) 서버가 요청한 쪽이 누구인지 확인하지 못했다는 뜻입니다. 서버는 어떻게 인증해야 하는지 알려 주는 챌린지(challenge)를 하나 이상 담은 WWW-Authenticate 헤더를 반드시 보내야 합니다(MUST). Bearer 토큰을 쓰는 API라면 `WWW-Authenticate: Bearer`가 됩니다. 클라이언트는 Authorization 헤더에 새 인증 정보나 고친 인증 정보를 넣어 요청을 다시 보내면 됩니다. mock API에서 토큰 없이 안전하지 않은 메서드를 보내면 바로 이 401을 받습니다.',
    },
    headers: { required: ['WWW-Authenticate'], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [403],
        text: {
          en: '401 means “I don’t know who you are”: no credentials or bad ones, and authenticating (again) may help. 403 means “I know who you are, and you may not do this”: sending the same credentials again will not help. A 401 must carry WWW-Authenticate; a 403 need not.',
          ko: '401은 “누구인지 모르겠다”는 뜻입니다. 인증 정보가 없거나 잘못됐으니 (다시) 인증하면 해결될 수 있습니다. 403은 “누구인지는 알지만 이 작업은 허용하지 않는다”는 뜻이라, 같은 인증 정보로 다시 보내도 소용이 없습니다. 401에는 WWW-Authenticate 헤더가 반드시 있어야 하지만 403에는 필요 없습니다.',
        },
      },
      {
        with: [407],
        text: {
          en: '401 and WWW-Authenticate come from the origin server, which wants credentials in Authorization. 407 and Proxy-Authenticate come from a proxy on the way, which wants its own credentials in Proxy-Authorization.',
          ko: '401과 WWW-Authenticate는 오리진 서버가 보내며, Authorization 헤더로 인증 정보를 달라는 뜻입니다. 407과 Proxy-Authenticate는 중간의 프록시가 보내며, 프록시용 인증 정보를 Proxy-Authorization 헤더로 달라는 뜻입니다.',
        },
      },
    ],
  },
  {
    code: 402,
    reason: 'Payment Required',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.3'),
    summary: {
      en: 'Reserved for future use; it has no standard meaning yet.',
      ko: '나중을 위해 예약해 둔 상태 코드로, 아직 표준 의미가 없습니다.',
    },
    text: {
      en: '402 was set aside early in HTTP’s life for digital payment schemes that never became a standard, and RFC 9110 still defines it only as reserved for future use. Some APIs send it when a subscription has lapsed or a paid quota is used up, but each gives it its own meaning, so a client cannot count on any shared behaviour. If you do send it, say in the body what the client has to do.',
      ko: '402는 HTTP 초창기에 디지털 결제 방식을 위해 남겨 둔 코드인데, 그 방식이 끝내 표준이 되지 못해 RFC 9110에서도 여전히 “나중을 위해 예약됨”으로만 정의합니다. 구독이 만료됐거나 유료 사용량을 다 썼을 때 402를 보내는 API도 있지만 저마다 의미가 달라서, 클라이언트가 공통된 동작을 기대할 수는 없습니다. 굳이 쓴다면 클라이언트가 무엇을 해야 하는지 응답 본문에 분명히 적어 주세요.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [],
  },
  {
    code: 403,
    reason: 'Forbidden',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.4'),
    summary: {
      en: 'The server understood the request but refuses to fulfil it.',
      ko: '서버가 요청을 이해했지만 수행을 거부합니다.',
    },
    text: {
      en: '403 is about authorization: the server may well know who you are, but this client is not allowed to do this. If the request carried credentials, the server considers them insufficient, and the client should not just repeat the request with the same credentials. The server can explain the refusal in the body; a server that would rather not reveal that the resource exists at all may answer 404 instead. In the mock API, a read-only (viewer) token gets 403 on every write.',
      ko: '403은 인가(authorization), 즉 권한에 관한 상태 코드입니다. 서버가 요청한 쪽이 누구인지 알 수도 있지만, 이 클라이언트에게는 이 작업이 허용되지 않는다는 뜻입니다. 요청에 인증 정보가 있었다면 서버는 그 권한으로는 부족하다고 판단한 것이므로, 클라이언트는 같은 인증 정보로 요청을 그대로 반복하면 안 됩니다(SHOULD NOT). 서버는 거부한 이유를 응답 본문에 설명할 수 있고, 리소스가 있다는 사실 자체를 숨기고 싶다면 403 대신 404로 응답해도 됩니다. mock API에서는 읽기 전용(viewer) 토큰으로 쓰기 요청을 보내면 403을 받습니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [401],
        text: {
          en: '403 means “I know who you are, and you may not do this”; logging in again with the same account will not help. 401 means “I don’t know who you are”: the credentials are missing or were rejected, and it must come with WWW-Authenticate.',
          ko: '403은 “누구인지는 알지만 이 작업은 허용하지 않는다”는 뜻이라, 같은 계정으로 다시 로그인해도 달라지지 않습니다. 401은 “누구인지 모르겠다”는 뜻으로, 인증 정보가 없거나 거부된 경우이며 반드시 WWW-Authenticate 헤더와 함께 와야 합니다.',
        },
      },
      {
        with: [404],
        text: {
          en: 'A 403 admits that the resource exists. When even that is secret (another user’s private document, say), a server may answer 404 instead and reveal nothing.',
          ko: '403은 리소스가 존재한다는 사실을 드러냅니다. 다른 사용자의 비공개 도큐먼트처럼 존재 여부조차 비밀이어야 한다면, 서버는 403 대신 404로 응답해 아무것도 드러내지 않을 수 있습니다.',
        },
      },
    ],
  },
  {
    code: 404,
    reason: 'Not Found',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.5'),
    summary: {
      en: 'There is no current representation for the target resource, or the server will not say that one exists.',
      ko: '대상 리소스의 현재 표현(representation)이 없거나, 서버가 그 존재를 밝히지 않으려 합니다.',
    },
    text: {
      en: '404 says that nothing answers at this URI right now: the server found no current representation for the target resource, or chose not to disclose that one exists. It does not say whether the absence is temporary or permanent; 410 is the better answer when a resource is known to be gone for good. After a successful DELETE, a GET or HEAD on the same URI should get 404. A 404 is cacheable by default, so a cache may keep serving it for a while unless Cache-Control says otherwise. Check the URI for typos, wrong ids and singular/plural mix-ups in the path.',
      ko: '404는 지금 이 URI에 해당하는 것이 없다는 뜻입니다. 서버가 대상 리소스의 현재 표현을 찾지 못했거나, 있더라도 그 사실을 밝히지 않기로 한 경우입니다. 없는 상태가 일시적인지 영구적인지는 알려 주지 않으므로, 리소스가 영영 사라졌다는 것을 안다면 410이 더 알맞습니다. DELETE로 리소스를 지운 뒤 같은 URI에 GET이나 HEAD를 보내면 404를 받는 것이 정상입니다. 404는 기본적으로 캐시할 수 있어서(cacheable by default), Cache-Control로 막지 않으면 캐시가 한동안 이 응답을 재사용할 수 있습니다. 클라이언트는 URI의 오타, 잘못된 id, 경로의 단수·복수 혼동 등을 확인해 보세요.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: true,
    confusions: [
      {
        with: [410],
        text: {
          en: 'Both say the resource is not there. 410 adds that it is gone for good and the server knows it, so clients may remove their links to it; 404 makes no such promise. Both are cacheable by default.',
          ko: '둘 다 리소스가 없다는 뜻입니다. 410은 여기에 더해 리소스가 영구히 사라졌고 서버도 그 사실을 알고 있다고 알려 주므로, 클라이언트는 그 URI를 가리키는 링크를 지워도 됩니다. 404는 그런 약속을 하지 않습니다. 둘 다 기본적으로 캐시할 수 있습니다.',
        },
      },
      {
        with: [405],
        text: {
          en: 'If the resource exists but does not support the method, the answer is 405 with Allow, not 404. Some mock servers (json-server among them) answer 404 where 405 belongs, which hides from the client which methods would work.',
          ko: '리소스는 있는데 그 메서드를 지원하지 않는다면 404가 아니라 Allow 헤더를 담은 405로 응답해야 합니다. json-server 같은 일부 mock 서버는 405가 맞는 자리에 404를 보내는데, 그러면 클라이언트는 어떤 메서드를 쓸 수 있는지 알 길이 없습니다.',
        },
      },
    ],
  },
  {
    code: 405,
    reason: 'Method Not Allowed',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.6'),
    summary: {
      en: 'The method is known, but the target resource does not support it.',
      ko: '서버가 아는 메서드이지만 대상 리소스가 그 메서드를 지원하지 않습니다.',
    },
    text: {
      en: '405 means the server recognises the method but this particular resource does not support it: a DELETE on a read-only resource, a PUT on a collection, a GET on a controller that only takes POST. The server MUST send an Allow header listing the methods the resource currently supports, for example `Allow: GET, HEAD, POST`, so that the client can correct itself. A 405 is cacheable by default. The client should switch to one of the allowed methods or to a different URI.',
      ko: '405는 서버가 그 메서드를 알고는 있지만 이 리소스는 지원하지 않는다는 뜻입니다. 읽기 전용 리소스에 DELETE를 보내거나, 컬렉션에 PUT을 보내거나, POST만 받는 컨트롤러에 GET을 보내는 경우가 그렇습니다. 서버는 그 리소스가 현재 지원하는 메서드 목록을 Allow 헤더에 담아 반드시 보내야 합니다(MUST). 예를 들어 `Allow: GET, HEAD, POST`처럼 보내면 클라이언트가 스스로 요청을 고칠 수 있습니다. 405는 기본적으로 캐시할 수 있습니다. 클라이언트는 허용된 메서드 중 하나로 바꾸거나 다른 URI로 요청해야 합니다.',
    },
    headers: { required: ['Allow'], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: true,
    confusions: [
      {
        with: [501],
        text: {
          en: '405 is about this resource: the server knows the method, and other resources may accept it. 501 is about the whole server: it does not implement the method for any resource (a made-up method such as BREW, say). A 405 must carry Allow; a 501 need not. Both are cacheable by default.',
          ko: '405는 이 리소스에 한정된 이야기입니다. 서버는 그 메서드를 알고 있고, 다른 리소스에서는 받아 줄 수도 있습니다. 501은 서버 전체에 대한 이야기로, 어떤 리소스에서도 그 메서드를 구현하지 않았다는 뜻입니다(BREW처럼 지어낸 메서드가 그 예입니다). 405에는 Allow 헤더가 반드시 있어야 하지만 501에는 필요 없습니다. 둘 다 기본적으로 캐시할 수 있습니다.',
        },
      },
      {
        with: [404],
        text: {
          en: 'A 405 tells the client that the URI is right and only the method is wrong. Answering 404 instead, as some mock servers do, sends the client hunting for a resource that is actually there.',
          ko: '405는 URI는 맞고 메서드만 틀렸다고 알려 줍니다. 일부 mock 서버처럼 404로 응답하면, 클라이언트는 멀쩡히 있는 리소스를 찾아 헤매게 됩니다.',
        },
      },
    ],
  },
  {
    code: 406,
    reason: 'Not Acceptable',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.7'),
    summary: {
      en: 'No representation matches what the request’s Accept headers ask for, and the server will not send a default.',
      ko: '요청의 Accept 계열 헤더에 맞는 표현이 없고, 서버가 기본 표현도 보내지 않기로 했습니다.',
    },
    text: {
      en: '406 comes out of proactive content negotiation: the client said in Accept (or Accept-Language, Accept-Charset) what it can take, and the target resource has no representation that fits. A server may also ignore those headers and send a default representation; 406 is the stricter choice. It should put a list of the available representations (media types, languages) in the body so that the user or client can pick one. For an API that only speaks JSON, a request with `Accept: application/xml` is the classic 406; the client should widen its Accept, to `application/json` or `*/*`, and try again.',
      ko: '406은 사전 콘텐츠 협상(proactive negotiation)의 결과입니다. 클라이언트가 Accept(또는 Accept-Language, Accept-Charset) 헤더로 받을 수 있는 형식을 밝혔는데, 대상 리소스에 그 조건에 맞는 표현이 없다는 뜻입니다. 서버는 이런 헤더를 무시하고 기본 표현을 보내도 되므로, 406은 그보다 엄격한 선택입니다. 이때 서버는 제공할 수 있는 표현(미디어 타입, 언어 등)의 목록을 응답 본문에 담아 사용자나 클라이언트가 고를 수 있게 해야 합니다(SHOULD). JSON만 다루는 API에 `Accept: application/xml`로 요청하는 것이 전형적인 406 사례입니다. 클라이언트는 Accept를 `application/json`이나 `*/*`로 넓혀서 다시 보내면 됩니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [415],
        text: {
          en: '406 is a response problem: the server cannot produce any format the client’s Accept asks for. 415 is a request problem: the server cannot read the body the client sent, in the format named by its Content-Type. Accept that cannot be met → 406; Content-Type that is not supported → 415. go-httpbin, for one, answers 415 where 406 belongs.',
          ko: '406은 응답 쪽 문제입니다. 클라이언트가 Accept로 요청한 형식을 서버가 하나도 만들어 줄 수 없다는 뜻입니다. 415는 요청 쪽 문제입니다. 클라이언트가 보낸 본문을 Content-Type에 적힌 형식으로는 서버가 읽을 수 없다는 뜻입니다. 정리하면 Accept를 맞출 수 없으면 406, Content-Type을 지원하지 않으면 415입니다. go-httpbin은 406이 맞는 자리에 415를 보내는 예입니다.',
        },
      },
    ],
  },
  {
    code: 407,
    reason: 'Proxy Authentication Required',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.8'),
    summary: {
      en: 'Like 401, but it is a proxy that wants the client to authenticate.',
      ko: '401과 비슷하지만, 클라이언트에게 인증을 요구하는 쪽이 프록시입니다.',
    },
    text: {
      en: '407 comes from a proxy, not from the origin server: the proxy wants the client to prove who it is before it forwards the request. The proxy MUST send a Proxy-Authenticate header with a challenge that applies to that proxy. The client answers by repeating the request with a Proxy-Authorization header. You meet it on corporate networks that route all traffic through an authenticating proxy; an origin server such as an API has no reason to send it.',
      ko: '407은 오리진 서버가 아니라 프록시가 보내는 응답으로, 요청을 전달하기 전에 클라이언트가 누구인지 증명하라는 뜻입니다. 프록시는 자신에게 적용되는 챌린지를 담은 Proxy-Authenticate 헤더를 반드시 보내야 합니다(MUST). 클라이언트는 Proxy-Authorization 헤더를 붙여 요청을 다시 보내면 됩니다. 모든 트래픽이 인증 프록시를 거치는 회사 네트워크에서 주로 만나며, API 같은 오리진 서버가 407을 보낼 이유는 없습니다.',
    },
    headers: { required: ['Proxy-Authenticate'], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [401],
        text: {
          en: '401 is the origin server asking for credentials (WWW-Authenticate → Authorization). 407 is a proxy between you and the server asking for its own (Proxy-Authenticate → Proxy-Authorization). The two can happen one after the other on the same request.',
          ko: '401은 오리진 서버가 인증 정보를 요구하는 것이고(WWW-Authenticate → Authorization), 407은 중간의 프록시가 자기 인증 정보를 요구하는 것입니다(Proxy-Authenticate → Proxy-Authorization). 같은 요청에서 두 가지를 차례로 겪을 수도 있습니다.',
        },
      },
      {
        with: [511],
        text: {
          en: '407 asks the HTTP client to authenticate with a proxy it knows about. 511 comes from a network that intercepts traffic (a captive portal on hotel or café Wi-Fi) and asks the user to log in to the network, usually through a web page.',
          ko: '407은 HTTP 클라이언트가 알고 있는 프록시에 인증하라는 요구입니다. 511은 트래픽을 가로채는 네트워크(호텔이나 카페 Wi-Fi의 캡티브 포털)가 보내며, 보통 웹 페이지를 통해 사용자에게 네트워크 로그인을 요구합니다.',
        },
      },
    ],
  },
  {
    code: 408,
    reason: 'Request Timeout',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.9'),
    summary: {
      en: 'The server did not receive a complete request within the time it was prepared to wait.',
      ko: '서버가 기다리기로 한 시간 안에 완전한 요청을 받지 못했습니다.',
    },
    text: {
      en: '408 means the server gave up waiting: the connection was open, but a complete request did not arrive in time, for example because the client stopped halfway through the head or the body, or sent fewer bytes than its Content-Length promised. Servers usually close the connection along with it (`Connection: close`). The client may repeat the request, on a new connection if the old one is no longer usable. Node’s HTTP server sends 408 by itself when a request head or body takes too long.',
      ko: '408은 서버가 기다리다 포기했다는 뜻입니다. 연결은 열려 있었지만 완전한 요청이 제때 도착하지 않은 경우로, 클라이언트가 헤더나 본문을 보내다 멈췄거나 Content-Length에 적은 것보다 적은 바이트를 보낸 경우가 그렇습니다. 서버는 보통 이 응답과 함께 연결을 닫습니다(`Connection: close`). 클라이언트는 요청을 다시 보내도 되며, 기존 연결을 더 쓸 수 없다면 새 연결에서 보내야 합니다. Node의 HTTP 서버는 요청 헤더나 본문이 너무 오래 걸리면 스스로 408을 보냅니다.',
    },
    headers: { required: [], usual: ['Connection'] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [504],
        text: {
          en: '408 is a server tired of waiting for the client to finish sending. 504 is a gateway tired of waiting for the upstream server to answer. The first is about the request’s journey in, the second about the response’s journey out.',
          ko: '408은 서버가 클라이언트의 요청 전송이 끝나기를 기다리다 지친 경우이고, 504는 게이트웨이가 업스트림 서버의 응답을 기다리다 지친 경우입니다. 앞의 것은 요청이 들어오는 길, 뒤의 것은 응답이 나오는 길의 문제입니다.',
        },
      },
    ],
  },
  {
    code: 409,
    reason: 'Conflict',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.10'),
    summary: {
      en: 'The request conflicts with the current state of the target resource.',
      ko: '요청이 대상 리소스의 현재 상태와 충돌합니다.',
    },
    text: {
      en: '409 means the request is well formed and permitted, but carrying it out now would clash with the resource’s current state, and the client may be able to resolve the clash and try again. Typical cases: creating something whose unique name is taken, a PUT based on an outdated version, or a DELETE of a store that still holds documents (a non-empty store; deleting an empty one is fine). The server should put enough in the body for the client to see the source of the conflict, such as the current state or the clashing field. The client should fix the cause (fetch the latest state, empty the store, choose another name) and send the request again.',
      ko: '409는 요청 형식도 맞고 권한도 있지만, 지금 수행하면 리소스의 현재 상태와 부딪힌다는 뜻입니다. 클라이언트가 충돌을 해소하면 다시 시도할 수 있는 상황에 씁니다. 이미 쓰이는 고유 이름으로 새로 만들려 하거나, 오래된 버전을 바탕으로 PUT을 보내거나, 도큐먼트가 아직 남아 있는 스토어(비어 있지 않은 스토어)를 DELETE하려는 경우가 대표적입니다. 빈 스토어를 지우는 것은 문제가 없습니다. 서버는 현재 상태나 충돌한 필드처럼 충돌 원인을 알아볼 수 있는 정보를 응답 본문에 담아야 합니다(SHOULD). 클라이언트는 최신 상태를 다시 가져오거나, 스토어를 비우거나, 다른 이름을 고르는 식으로 원인을 해결한 뒤 다시 보내면 됩니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [412],
        text: {
          en: 'Both can come from a stale write, but they are decided differently. 412 is mechanical: the client sent a precondition (If-Match, If-Unmodified-Since), it evaluated false, and the method was not applied at all. 409 is the server’s own judgement that the request clashes with the resource’s state, with no precondition involved; deleting a non-empty store is the textbook case. If the client sent If-Match and the ETag no longer matches, the answer is 412, not 409.',
          ko: '둘 다 낡은 정보로 쓰기를 시도할 때 나올 수 있지만 판단 방식이 다릅니다. 412는 기계적으로 정해집니다. 클라이언트가 보낸 전제 조건(If-Match, If-Unmodified-Since)이 거짓으로 평가되어 메서드를 아예 적용하지 않았다는 뜻입니다. 409는 전제 조건과 상관없이, 요청이 리소스의 상태와 충돌한다고 서버가 스스로 판단한 경우입니다. 비어 있지 않은 스토어를 삭제하려는 경우가 대표적인 예입니다. If-Match를 보냈는데 ETag가 더는 일치하지 않는다면 409가 아니라 412가 맞습니다.',
        },
      },
    ],
  },
  {
    code: 410,
    reason: 'Gone',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.11'),
    summary: {
      en: 'The resource is no longer available here, and that is likely permanent.',
      ko: '리소스가 더 이상 여기에 없고, 그 상태가 영구적일 가능성이 큽니다.',
    },
    text: {
      en: '410 is a deliberate “this is gone for good”: the server knows the resource used to exist and does not expect it back. It mostly helps with housekeeping, telling clients and crawlers to drop their links, for example after a limited-time promotion ends or an API version is retired. A server that cannot tell whether the absence is permanent should send 404, and no server is obliged to remember everything it removed. A 410 is cacheable by default. The client should stop requesting the URI and remove its references to it.',
      ko: '410은 “영구히 사라졌다”를 의도적으로 알리는 응답입니다. 서버는 그 리소스가 예전에 있었고 다시 돌아오지 않으리라는 것을 알고 있습니다. 기간 한정 이벤트가 끝났거나 API 버전 지원을 종료했을 때처럼, 클라이언트와 크롤러에게 링크를 지우라고 알려 주는 정리 작업에 주로 쓰입니다. 없어진 상태가 영구적인지 판단할 수 없다면 404를 보내야 하며, 서버가 지운 것을 모두 기억해 둘 의무도 없습니다. 410은 기본적으로 캐시할 수 있습니다. 클라이언트는 그 URI로 요청하는 것을 멈추고, 그 URI를 가리키는 참조를 지우는 것이 좋습니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: true,
    confusions: [
      {
        with: [404],
        text: {
          en: '404 only says “not here now”, which may change. 410 says “gone, and not coming back”, which lets clients and search engines forget the URI. Send 410 only when you actually know; when in doubt, 404. Both are cacheable by default.',
          ko: '404는 “지금은 없다”는 뜻일 뿐이라 나중에 달라질 수 있습니다. 410은 “사라졌고 돌아오지 않는다”는 뜻이라, 클라이언트와 검색 엔진이 그 URI를 잊어도 됩니다. 410은 실제로 확실할 때만 보내고, 애매하면 404를 보내세요. 둘 다 기본적으로 캐시할 수 있습니다.',
        },
      },
    ],
  },
  {
    code: 411,
    reason: 'Length Required',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.12'),
    summary: {
      en: 'The server refuses a request that has no Content-Length.',
      ko: 'Content-Length 헤더가 없는 요청을 서버가 받지 않습니다.',
    },
    text: {
      en: '411 means the server wants to know the size of the content up front and will not accept a request without a valid Content-Length; a request sent with chunked transfer coding is the usual trigger, since some servers and upstream services still refuse it. The client may repeat the request with a Content-Length header giving the exact byte length of the body. The length counts bytes, not characters: a Hangul syllable takes three bytes in UTF-8.',
      ko: '411은 서버가 본문의 크기를 미리 알고 싶어서, 올바른 Content-Length가 없는 요청은 받지 않겠다는 뜻입니다. chunked 전송 코딩(transfer coding)으로 보낸 요청을 아직 거부하는 서버나 업스트림 서비스가 있어서, 그런 요청이 보통 이 응답을 받습니다. 클라이언트는 본문의 정확한 바이트 길이를 Content-Length 헤더에 넣어 다시 보내면 됩니다. 길이는 글자 수가 아니라 바이트 수라는 점을 기억하세요. 한글 한 글자는 UTF-8에서 3바이트입니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [],
  },
  {
    code: 412,
    reason: 'Precondition Failed',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.13'),
    summary: {
      en: 'A precondition in the request’s header fields evaluated to false on the server.',
      ko: '요청 헤더에 담긴 전제 조건이 서버에서 거짓으로 평가되었습니다.',
    },
    text: {
      en: '412 answers a conditional request whose condition did not hold. The client sent If-Match, If-Unmodified-Since, or If-None-Match on an unsafe method to say “only do this if the resource is still as I last saw it”, and it is not, so the method was not applied. This is how an API prevents lost updates: two clients edit the same document, the second PUT carries the old ETag in If-Match, and it gets 412 instead of silently overwriting the first change. The client should GET the current representation and its new ETag, reapply its change and send the request again. On GET and HEAD, a false If-None-Match gives 304 Not Modified, not 412.',
      ko: '412는 조건부 요청의 조건이 맞지 않았을 때의 응답입니다. 클라이언트가 If-Match나 If-Unmodified-Since, 또는 안전하지 않은 메서드에 If-None-Match를 붙여 “리소스가 내가 마지막으로 본 그대로일 때만 수행해 달라”고 했는데, 그사이 리소스가 바뀌어서 메서드를 적용하지 않았다는 뜻입니다. API는 이 방식으로 갱신 손실(lost update)을 막습니다. 두 클라이언트가 같은 도큐먼트를 고칠 때, 두 번째 PUT은 예전 ETag를 If-Match에 담고 있으므로 첫 번째 변경을 조용히 덮어쓰는 대신 412를 받습니다. 클라이언트는 GET으로 현재 표현과 새 ETag를 다시 받아 변경 내용을 다시 적용한 뒤 요청을 보내야 합니다. GET과 HEAD에서 If-None-Match가 거짓이면 412가 아니라 304 Not Modified를 받습니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [409],
        text: {
          en: '412 is decided mechanically from the precondition headers the client chose to send; the method never ran. 409 is the server’s own judgement that the request clashes with the resource’s state, such as deleting a non-empty store, with no precondition involved.',
          ko: '412는 클라이언트가 직접 보낸 전제 조건 헤더를 평가해 기계적으로 정해지며, 메서드는 실행조차 되지 않습니다. 409는 전제 조건과 상관없이, 비어 있지 않은 스토어를 삭제하려는 경우처럼 요청이 리소스의 상태와 충돌한다고 서버가 스스로 판단한 것입니다.',
        },
      },
      {
        with: [428],
        text: {
          en: '412: you sent a condition and it failed. 428: you sent no condition at all, and this server insists on one. A client that gets 428 should add If-Match with the ETag it holds; if that ETag is stale, the next answer is 412.',
          ko: '412는 조건을 보냈는데 맞지 않았다는 뜻이고, 428은 조건을 아예 보내지 않았는데 서버가 조건을 요구한다는 뜻입니다. 428을 받은 클라이언트는 갖고 있는 ETag를 If-Match에 넣어 다시 보내야 하며, 그 ETag가 낡았다면 다음 응답은 412가 됩니다.',
        },
      },
      {
        with: [304],
        text: {
          en: 'Both come from evaluating conditional headers. 304 answers a GET or HEAD whose If-None-Match or If-Modified-Since shows that the client’s cached copy is still current: good news, reuse it. 412 means a precondition failed and the method was not applied: If-Match or If-Unmodified-Since on any method, or If-None-Match on an unsafe one.',
          ko: '둘 다 조건부 헤더를 평가한 결과입니다. 304는 GET이나 HEAD 요청의 If-None-Match나 If-Modified-Since를 보니 클라이언트의 캐시 사본이 아직 최신이라는 좋은 소식이라, 그대로 재사용하면 됩니다. 412는 전제 조건이 실패해 메서드를 적용하지 않았다는 뜻으로, 메서드와 상관없이 If-Match나 If-Unmodified-Since가 거짓일 때, 또는 안전하지 않은 메서드에서 If-None-Match가 거짓일 때 나옵니다.',
        },
      },
    ],
  },
  {
    code: 413,
    reason: 'Content Too Large',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.14'),
    summary: {
      en: 'The request content is larger than the server is willing or able to process.',
      ko: '요청 본문이 서버가 처리할 수 있거나 처리하려는 크기보다 큽니다.',
    },
    text: {
      en: '413 means the body is too big: an upload over the size limit, a JSON document larger than the API accepts. The server may close the connection afterwards so that it does not have to read the rest of an oversized body. If the limit is only temporary, the server should send Retry-After to say when the client may try again. The client should send less: split the upload, shrink or compress it, or use an upload mechanism built for large files. RFC 7231 called this code Payload Too Large, and Node, among others, still sends that older reason phrase.',
      ko: '413은 본문이 너무 크다는 뜻입니다. 크기 제한을 넘는 파일 업로드나, API가 받는 것보다 큰 JSON 도큐먼트가 그 예입니다. 서버는 너무 큰 본문을 끝까지 읽지 않으려고 응답 뒤에 연결을 닫을 수도 있습니다. 제한이 일시적이라면 서버는 언제 다시 시도하면 되는지 Retry-After 헤더로 알려 줘야 합니다(SHOULD). 클라이언트는 업로드를 나누거나, 크기를 줄이거나 압축하거나, 대용량 파일용 업로드 방식을 쓰는 식으로 보내는 양을 줄여야 합니다. RFC 7231에서는 이름이 Payload Too Large였고, Node를 비롯한 여러 구현이 아직 그 옛 이유 문구(reason phrase)를 보냅니다.',
    },
    headers: { required: [], usual: ['Retry-After'] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [431],
        text: {
          en: '413 is about the body. 431 is about the header section: one field (often Cookie) or all of them together are too large. The fix differs too: send less content for 413, fewer or smaller header fields for 431.',
          ko: '413은 본문이 큰 경우이고, 431은 헤더 부분이 큰 경우입니다. 헤더 하나(흔히 Cookie)가 크거나 헤더 전체가 너무 클 때 431이 나옵니다. 해결책도 달라서, 413이면 본문을 줄이고 431이면 헤더를 줄이거나 덜 보내야 합니다.',
        },
      },
    ],
  },
  {
    code: 414,
    reason: 'URI Too Long',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.15'),
    summary: {
      en: 'The target URI is longer than the server is willing to interpret.',
      ko: '대상 URI가 서버가 해석하려는 길이보다 깁니다.',
    },
    text: {
      en: '414 is rare, and when it appears it usually points at a bug: a client that turned a POST into a GET with a huge query string, a redirect loop that keeps adding to the URI, or someone probing the server for weaknesses. HTTP sets no maximum, but RFC 9110 recommends that everyone support URIs of at least 8000 octets. A 414 is cacheable by default. The client should move large inputs out of the query and into a request body, for example a POST to a search controller.',
      ko: '414는 드문 응답이고, 나온다면 대개 버그의 신호입니다. POST를 긴 쿼리 문자열이 달린 GET으로 잘못 바꾼 클라이언트, URI에 계속 무언가를 덧붙이는 리다이렉트 루프, 서버의 약점을 찾으려는 공격 등이 원인입니다. HTTP에 정해진 최대 길이는 없지만, RFC 9110은 적어도 8000 옥텟 길이의 URI는 모두가 처리할 수 있도록 권장합니다. 414는 기본적으로 캐시할 수 있습니다. 클라이언트는 쿼리에 담던 큰 입력을 요청 본문으로 옮기는 것이 좋습니다. 예를 들어 검색 컨트롤러에 POST로 보내는 식입니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: true,
    confusions: [],
  },
  {
    code: 415,
    reason: 'Unsupported Media Type',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.16'),
    summary: {
      en: 'The server will not process the content because of its format (Content-Type or Content-Encoding).',
      ko: '요청 본문의 형식(Content-Type이나 Content-Encoding) 때문에 서버가 처리하지 않습니다.',
    },
    text: {
      en: '415 means the server will not accept the request body in the format it came in, for this method on this resource. Usually the Content-Type is the culprit (XML sent to an API that only reads JSON, a form post where JSON was expected, a body with no Content-Type at all); sometimes it is the Content-Encoding (a compressed body the server cannot decode), and sometimes the server looked inside and found a format other than the label said. The response should point to what works: Accept-Post or Accept-Patch lists the media types that POST or PATCH accept, and Accept-Encoding the content codings, if those were the problem. The client should resend the body in a supported format with a matching Content-Type.',
      ko: '415는 이 리소스의 이 메서드에 대해, 요청 본문이 들어온 형식으로는 서버가 받지 않겠다는 뜻입니다. 대개 Content-Type이 원인입니다. JSON만 읽는 API에 XML을 보냈거나, JSON을 기대하는 곳에 폼 데이터를 보냈거나, Content-Type 없이 본문만 보낸 경우가 그렇습니다. Content-Encoding이 원인일 때도 있고(서버가 풀 수 없는 압축 본문), 서버가 본문을 직접 들여다보니 표시된 형식과 달랐던 경우도 있습니다. 응답에는 쓸 수 있는 형식을 알려 주는 것이 좋습니다. POST나 PATCH가 받는 미디어 타입은 Accept-Post나 Accept-Patch 헤더로, 인코딩이 문제였다면 지원하는 콘텐츠 코딩은 Accept-Encoding 헤더로 알려 줍니다. 클라이언트는 지원되는 형식으로 본문을 바꾸고 그에 맞는 Content-Type을 붙여 다시 보내면 됩니다.',
    },
    headers: { required: [], usual: ['Accept-Post', 'Accept-Patch', 'Accept-Encoding'] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [406],
        text: {
          en: '415 is a request problem: the server cannot read the body you sent, in the format named by its Content-Type. 406 is a response problem: the server cannot produce any format your Accept asks for. Look at Content-Type for 415 and at Accept for 406.',
          ko: '415는 요청 쪽 문제입니다. 보낸 본문을 Content-Type에 적힌 형식으로는 서버가 읽을 수 없다는 뜻입니다. 406은 응답 쪽 문제입니다. Accept로 요청한 형식을 서버가 하나도 만들어 줄 수 없다는 뜻입니다. 415라면 Content-Type을, 406이라면 Accept를 살펴보세요.',
        },
      },
      {
        with: [400, 422],
        text: {
          en: '415 is for a format the server does not take at all. If the format is supported but the body is broken (invalid JSON), that is 400; if it parses but makes no sense, 422.',
          ko: '415는 서버가 그 형식 자체를 받지 않을 때 씁니다. 형식은 지원하지만 본문이 깨져 있다면(잘못된 JSON) 400, 파싱은 되지만 의미가 맞지 않는다면 422입니다.',
        },
      },
    ],
  },
  {
    code: 416,
    reason: 'Range Not Satisfiable',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.17'),
    summary: {
      en: 'None of the ranges in the Range header can be served, or too many were asked for.',
      ko: 'Range 헤더에 담긴 범위를 하나도 제공할 수 없거나, 범위를 너무 많이 요청했습니다.',
    },
    text: {
      en: '416 answers a range request the server will not honour: every requested range lies outside the current representation (bytes=5000- on a 1000-byte file), or the client asked for so many small or overlapping ranges that the server refuses. For byte ranges the server should send Content-Range with the current length, such as `Content-Range: bytes */1000`, so that the client can adjust. It often shows up when resuming the download of a file that has since shrunk or changed. Servers may also ignore Range and send the whole representation with 200, so a client cannot count on ever seeing 416.',
      ko: '416은 서버가 받아 줄 수 없는 범위 요청(range request)에 대한 응답입니다. 요청한 범위가 모두 현재 표현의 바깥에 있거나(1000바이트 파일에 bytes=5000- 요청), 작거나 겹치는 범위를 지나치게 많이 요청해 서버가 거부한 경우입니다. 바이트 범위라면 서버는 `Content-Range: bytes */1000`처럼 현재 길이를 담은 Content-Range 헤더를 보내야 하고(SHOULD), 클라이언트는 이를 보고 범위를 고칠 수 있습니다. 다운로드를 이어 받으려는데 그사이 파일이 작아졌거나 바뀐 경우에 흔히 나옵니다. 서버는 Range를 무시하고 200으로 전체 표현을 보내도 되므로, 클라이언트가 416을 꼭 받으리라고 기대할 수는 없습니다.',
    },
    headers: { required: [], usual: ['Content-Range'] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [206],
        text: {
          en: '206 is the success path of a range request: the part you asked for, with Content-Range saying which bytes they are. 416 is the failure path: no part of what you asked for exists, and Content-Range (`bytes */length`) tells you how long the representation really is.',
          ko: '206은 범위 요청이 성공한 경우로, 요청한 부분을 보내면서 Content-Range로 몇 번째 바이트인지 알려 줍니다. 416은 실패한 경우로, 요청한 부분이 전혀 존재하지 않으며 Content-Range(`bytes */길이`)로 표현의 실제 길이를 알려 줍니다.',
        },
      },
    ],
  },
  {
    code: 417,
    reason: 'Expectation Failed',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.18'),
    summary: {
      en: 'At least one inbound server could not meet the expectation in the Expect header.',
      ko: 'Expect 헤더에 담긴 기대를 받는 쪽 서버 중 적어도 하나가 충족할 수 없습니다.',
    },
    text: {
      en: 'HTTP defines a single expectation, `Expect: 100-continue`, with which a client about to send a large body asks the server to confirm with 100 Continue before it does. A server that receives an expectation it cannot meet (in practice, any value other than 100-continue) may answer 417, and “at least one inbound server” covers the proxies on the way too. The client should send the request again without the Expect header, or with only 100-continue. Node’s HTTP server answers 417 by default when Expect holds anything else.',
      ko: 'HTTP가 정의한 기대(expectation)는 `Expect: 100-continue` 하나뿐입니다. 큰 본문을 보내려는 클라이언트가 보내기 전에 서버가 100 Continue로 확인해 주기를 청하는 방식입니다. 서버는 충족할 수 없는 기대(사실상 100-continue가 아닌 모든 값)를 받으면 417로 응답할 수 있고, “받는 쪽 서버 중 적어도 하나”에는 중간의 프록시도 포함됩니다. 클라이언트는 Expect 헤더를 빼거나 100-continue만 남겨 다시 보내면 됩니다. Node의 HTTP 서버는 Expect 값이 100-continue가 아니면 기본으로 417을 응답합니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [],
  },
  {
    code: 418,
    reason: "I'm a teapot",
    class: 'client-error',
    registered: 'unused',
    spec: rfc9110('15.5.19'),
    summary: {
      en: 'Not a working status code: the April Fools’ teapot of RFC 2324, now reserved so that nobody gives 418 another meaning.',
      ko: '실제로 쓰는 상태 코드가 아닙니다. RFC 2324의 만우절 농담에 나온 찻주전자로, 418이 다른 의미로 쓰이지 않도록 예약되어 있습니다.',
    },
    text: {
      en: 'RFC 2324, published on 1 April 1998, defined the Hyper Text Coffee Pot Control Protocol (HTCPCP) to poke fun at the ways HTTP was being stretched, and said that a teapot asked to brew coffee should answer 418 I’m a teapot. The joke spread into many servers and libraries as an easter egg, so RFC 9110 reserves 418 in the status code registry, where it is listed as (Unused): for now it cannot be assigned to anything else. A real API should not send it, and a client that receives one is talking to a server with a sense of humour. This playground is named after it.',
      ko: '1998년 4월 1일에 나온 RFC 2324는 HTTP를 온갖 곳에 끌어다 쓰는 세태를 풍자해 하이퍼텍스트 커피포트 제어 프로토콜(HTCPCP)을 정의했고, 찻주전자에게 커피를 끓이라고 하면 418 I’m a teapot으로 응답해야 한다고 적었습니다. 이 농담이 이스터 에그로 여러 서버와 라이브러리에 퍼지자, RFC 9110은 418을 상태 코드 레지스트리에 (Unused)로 예약해 당분간 다른 용도로 배정할 수 없게 했습니다. 실제 API가 보낼 코드는 아니며, 이 응답을 받았다면 상대 서버에 유머 감각이 있다는 뜻입니다. 이 플레이그라운드의 이름 Teapot도 여기서 왔습니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [],
  },
  {
    code: 421,
    reason: 'Misdirected Request',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.20'),
    summary: {
      en: 'The request reached a server that cannot give an authoritative response for the target URI.',
      ko: '대상 URI에 대해 권한 있는(authoritative) 응답을 할 수 없는 서버에 요청이 도착했습니다.',
    },
    text: {
      en: '421 says “wrong server for this URI”: the scheme, host or port of the target does not match an origin this server is configured for, or does not match the connection the request arrived on. It mostly comes up with connection reuse: an HTTP/2 or HTTP/3 client may send requests for several host names over one TLS connection when the certificate covers them all, and a server that does not serve one of those hosts answers 421. The client may retry over a different connection, such as a fresh one to that origin, even if the method is not idempotent. A proxy must never generate 421.',
      ko: '421은 “이 URI를 처리할 서버가 아니다”라는 뜻입니다. 대상의 스킴, 호스트, 포트가 이 서버에 설정된 오리진과 맞지 않거나, 요청이 들어온 연결과 맞지 않는 경우입니다. 주로 연결을 재사용할 때 생깁니다. HTTP/2나 HTTP/3 클라이언트는 인증서 하나가 여러 호스트 이름을 함께 보증하면 그 호스트들로 가는 요청을 TLS 연결 하나로 보낼 수 있는데, 그중 어떤 호스트를 서비스하지 않는 서버는 421로 응답합니다. 클라이언트는 메서드가 멱등(idempotent)하지 않더라도, 그 오리진으로 새로 맺은 연결처럼 다른 연결에서 요청을 다시 보낼 수 있습니다. 프록시는 421을 만들어 내면 안 됩니다(MUST NOT).',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [],
  },
  {
    code: 422,
    reason: 'Unprocessable Content',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.21'),
    summary: {
      en: 'The content is well formed and of a supported type, but the server cannot process what it says.',
      ko: '본문의 형식도 맞고 지원하는 타입이지만, 서버가 그 내용대로 처리할 수 없습니다.',
    },
    text: {
      en: '422 is the validation error: the server understands the content type (so 415 would be wrong) and the syntax is correct (so 400 would be wrong), but what the content asks for cannot be done: a required field is missing, a quantity is negative, an end date comes before the start date, an id points at nothing. It began in WebDAV (RFC 4918) as Unprocessable Entity and moved into RFC 9110 under its current name. A good response names every failing field, and application/problem+json (RFC 9457) has room for exactly that. The client should fix the content; sending it again unchanged will fail the same way.',
      ko: '422는 검증 오류에 쓰는 상태 코드입니다. 서버가 콘텐츠 타입을 이해하고(그래서 415는 아님) 문법도 맞지만(그래서 400도 아님), 내용대로 처리할 수는 없다는 뜻입니다. 필수 필드가 빠졌거나, 수량이 음수이거나, 종료일이 시작일보다 앞서거나, id가 아무것도 가리키지 않는 경우가 그렇습니다. WebDAV(RFC 4918)에서 Unprocessable Entity라는 이름으로 시작해, RFC 9110에 들어오면서 지금 이름이 되었습니다. 좋은 응답은 실패한 필드를 빠짐없이 알려 주며, application/problem+json(RFC 9457)에 바로 그런 정보를 담을 수 있습니다. 클라이언트는 내용을 고쳐야 하며, 그대로 다시 보내면 똑같이 실패합니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [400],
        text: {
          en: 'Syntax versus meaning. 400: the server could not make sense of the request at all (malformed JSON, a broken header). 422: it parsed fine, but the values are invalid. Answering 422 tells the client that its serializer works and its data does not.',
          ko: '문법이냐 의미냐의 차이입니다. 400은 서버가 요청을 아예 해석하지 못한 경우(깨진 JSON, 잘못된 헤더)이고, 422는 파싱은 잘 됐지만 값이 유효하지 않은 경우입니다. 422로 응답하면 클라이언트는 직렬화는 문제없고 데이터가 문제라는 것을 알 수 있습니다.',
        },
      },
    ],
  },
  {
    code: 423,
    reason: 'Locked',
    class: 'client-error',
    registered: 'yes',
    spec: rfc4918('11.3'),
    summary: {
      en: 'The source or destination resource of the method is locked.',
      ko: '메서드가 다루려는 원본 또는 대상 리소스가 잠겨 있습니다.',
    },
    text: {
      en: '423 comes from WebDAV, where a client can LOCK a resource so that nobody else changes it while it works. A PUT, DELETE, MOVE or PROPPATCH that touches a locked resource without presenting the right lock token gets 423. The response should carry a precondition or postcondition code in its XML body, such as lock-token-submitted or no-conflicting-lock. The client has to wait until the lock is released or expires, or submit the lock token in the If header. Outside WebDAV, some APIs borrow it for records that someone else has checked out for editing.',
      ko: '423은 WebDAV에서 온 상태 코드입니다. WebDAV에서는 클라이언트가 리소스를 LOCK해 두고, 작업하는 동안 다른 사람이 바꾸지 못하게 할 수 있습니다. 잠긴 리소스를 건드리는 PUT, DELETE, MOVE, PROPPATCH를 올바른 잠금 토큰 없이 보내면 423을 받습니다. 응답의 XML 본문에는 lock-token-submitted나 no-conflicting-lock 같은 전제 조건·사후 조건 코드를 담아야 합니다(SHOULD). 클라이언트는 잠금이 풀리거나 만료되기를 기다리거나, If 헤더에 잠금 토큰을 담아 보내야 합니다. WebDAV 밖에서도, 다른 사람이 편집 중인 레코드를 나타내려고 이 코드를 빌려 쓰는 API가 있습니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [409],
        text: {
          en: '423 is one specific kind of conflict: someone holds a lock on the resource. 409 is the general “clashes with the current state” answer. Use 423 only when there really is a lock the client could wait out or present a token for.',
          ko: '423은 누군가 리소스에 잠금을 걸어 둔, 특정한 종류의 충돌입니다. 409는 “현재 상태와 충돌한다”는 일반적인 응답입니다. 클라이언트가 기다리거나 토큰을 내밀면 풀 수 있는 잠금이 실제로 있을 때만 423을 쓰세요.',
        },
      },
    ],
  },
  {
    code: 424,
    reason: 'Failed Dependency',
    class: 'client-error',
    registered: 'yes',
    spec: rfc4918('11.4'),
    summary: {
      en: 'The method was not performed because it depended on another action that failed.',
      ko: '의존하던 다른 작업이 실패해서 이 메서드를 수행하지 않았습니다.',
    },
    text: {
      en: '424 is mostly seen inside a WebDAV 207 Multi-Status body. A PROPPATCH that sets several properties is all or nothing, so when one of them fails, the others are reported as 424: they were not wrong in themselves, they depended on the one that failed. The client should find the sibling with the real error and fix that. It is rarely the status of a whole response; outside WebDAV, batch APIs sometimes use it the same way for operations skipped after an earlier one failed.',
      ko: '424는 주로 WebDAV의 207 Multi-Status 본문 안에서 보게 됩니다. 여러 속성을 바꾸는 PROPPATCH는 전부 되거나 전부 안 되거나 둘 중 하나라서, 하나가 실패하면 나머지는 424로 보고됩니다. 그 항목 자체는 잘못이 없고, 실패한 작업에 의존했을 뿐이라는 뜻입니다. 클라이언트는 진짜 오류가 난 다른 항목을 찾아 고쳐야 합니다. 응답 전체의 상태 코드로 쓰이는 일은 드물며, WebDAV 밖에서도 배치(batch) API가 앞선 작업이 실패해 건너뛴 작업을 이렇게 표시하기도 합니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [],
  },
  {
    code: 425,
    reason: 'Too Early',
    class: 'client-error',
    registered: 'yes',
    spec: rfc8470('5.2'),
    summary: {
      en: 'The server will not risk processing a request that might be replayed, because it came in TLS early data.',
      ko: 'TLS early data로 와서 재전송(replay)될 위험이 있는 요청을 서버가 처리하지 않겠다고 합니다.',
    },
    text: {
      en: 'TLS 1.3 lets a returning client send its first request as early data (0-RTT), before the handshake completes; that saves a round trip, but an attacker could replay the request. When processing such a request twice would do harm, a payment for example, the server answers 425 instead. A user agent that sent the request in early data should retry it automatically, and the retry must not be sent as early data. A server should not send 425 unless the request arrived in early data or carried `Early-Data: 1` from an intermediary, because otherwise it cannot assume the client is able to retry.',
      ko: 'TLS 1.3에서는 다시 접속하는 클라이언트가 핸드셰이크가 끝나기 전에 첫 요청을 early data(0-RTT)로 보낼 수 있습니다. 왕복을 한 번 아끼는 대신, 공격자가 그 요청을 재전송(replay)할 위험이 생깁니다. 결제처럼 두 번 처리되면 곤란한 요청이라면 서버는 처리하지 않고 425로 응답합니다. 요청을 early data로 보냈던 사용자 에이전트는 자동으로 다시 시도하는 것이 좋고(SHOULD), 이 재시도는 early data로 보내면 안 됩니다(MUST NOT). 서버는 요청이 실제로 early data로 왔거나 중개자가 붙인 `Early-Data: 1` 헤더가 있을 때가 아니면 425를 보내지 않아야 합니다(SHOULD NOT). 그 밖의 경우에는 클라이언트가 다시 시도할 수 있다고 가정할 수 없기 때문입니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [],
  },
  {
    code: 426,
    reason: 'Upgrade Required',
    class: 'client-error',
    registered: 'yes',
    spec: rfc9110('15.5.22'),
    summary: {
      en: 'The server refuses the current protocol but may accept the request after the client upgrades.',
      ko: '서버가 지금 프로토콜로는 요청을 처리하지 않지만, 클라이언트가 프로토콜을 바꾸면 처리할 수도 있습니다.',
    },
    text: {
      en: '426 tells the client to switch protocols before asking again. The server MUST send an Upgrade header naming the protocol or protocols it requires, usually together with `Connection: Upgrade`. The most common case today is a WebSocket endpoint that receives a plain HTTP request and answers 426 with `Upgrade: websocket`. The client should repeat the request using the HTTP/1.1 upgrade mechanism (an Upgrade header plus `Connection: Upgrade`), and if the server agrees it switches with 101 Switching Protocols.',
      ko: '426은 프로토콜을 바꾼 뒤에 다시 요청하라는 뜻입니다. 서버는 요구하는 프로토콜을 Upgrade 헤더에 담아 반드시 보내야 하며(MUST), 보통 `Connection: Upgrade`도 함께 보냅니다. 요즘 가장 흔한 예는 WebSocket 전용 엔드포인트가 일반 HTTP 요청을 받았을 때 `Upgrade: websocket`과 함께 426으로 응답하는 경우입니다. 클라이언트는 HTTP/1.1의 업그레이드 방식(Upgrade 헤더와 `Connection: Upgrade`)으로 요청을 다시 보내면 되고, 서버가 동의하면 101 Switching Protocols로 프로토콜을 바꿉니다.',
    },
    headers: { required: ['Upgrade'], usual: ['Connection'] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [505],
        text: {
          en: '505 rejects the HTTP major version written in the request line and only describes what is supported. 426 points the way forward: it names, in Upgrade, the protocol the client should switch to on this connection.',
          ko: '505는 요청 줄에 적힌 HTTP 주 버전을 거부하고 지원하는 것을 설명할 뿐입니다. 426은 이 연결에서 바꿔야 할 프로토콜을 Upgrade 헤더로 알려 주어 다음 단계를 안내합니다.',
        },
      },
    ],
  },
  {
    code: 428,
    reason: 'Precondition Required',
    class: 'client-error',
    registered: 'yes',
    spec: rfc6585('3'),
    summary: {
      en: 'The server requires this request to be conditional.',
      ko: '서버가 이 요청을 조건부 요청으로 보내라고 요구합니다.',
    },
    text: {
      en: '428 is how a server makes lost-update protection mandatory. Without it, a client can GET a document, change it and PUT it back without ever noticing that someone else changed it in between. A server that answers unconditional writes with 428 forces every client to send If-Match with the ETag it last saw, so that a stale write fails with 412 instead of overwriting. The response should explain how to resubmit successfully, for instance which precondition header is expected, and a problem+json body is a good place for that. A 428 must not be stored by a cache.',
      ko: '428은 서버가 갱신 손실(lost update) 방지를 의무로 만드는 방법입니다. 이게 없으면 클라이언트는 도큐먼트를 GET으로 받아 고친 뒤 PUT으로 돌려보내면서도, 그사이 다른 사람이 바꿨다는 사실을 전혀 알아채지 못할 수 있습니다. 조건 없는 쓰기 요청에 428로 응답하는 서버는 모든 클라이언트가 마지막으로 본 ETag를 If-Match에 담아 보내도록 강제하고, 그러면 낡은 쓰기는 덮어쓰는 대신 412로 실패합니다. 응답에는 어떤 전제 조건 헤더가 필요한지처럼 요청을 어떻게 다시 보내야 성공하는지 설명해야 하며(SHOULD), problem+json 본문이 이런 설명을 담기에 알맞습니다. 428 응답은 캐시에 저장하면 안 됩니다(MUST NOT).',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [412],
        text: {
          en: '428: no precondition was sent, and one is required. 412: a precondition was sent and it evaluated false. The usual sequence is 428, then a retry with If-Match, then either success or 412 if the ETag was already stale.',
          ko: '428은 전제 조건을 보내지 않았는데 서버가 요구한다는 뜻이고, 412는 전제 조건을 보냈는데 거짓으로 평가됐다는 뜻입니다. 보통은 428을 받고, If-Match를 붙여 다시 보낸 뒤, 성공하거나 ETag가 이미 낡았다면 412를 받는 순서로 흘러갑니다.',
        },
      },
    ],
  },
  {
    code: 429,
    reason: 'Too Many Requests',
    class: 'client-error',
    registered: 'yes',
    spec: rfc6585('4'),
    summary: {
      en: 'The client has sent too many requests in a given amount of time.',
      ko: '클라이언트가 정해진 시간 안에 너무 많은 요청을 보냈습니다.',
    },
    text: {
      en: '429 is the rate-limiting answer: this client, identified however the server likes (token, account, IP address), has used up its allowance for now. The response should explain the limit, and may carry Retry-After to say how long to wait. The client should slow down rather than retry at once: wait at least as long as Retry-After says, or, without it, back off exponentially with a little random jitter. RFC 6585 leaves it to the server how to identify clients and count their requests, and a 429 must not be stored by a cache.',
      ko: '429는 요청 속도 제한(rate limiting)에 걸렸다는 응답입니다. 서버가 토큰, 계정, IP 주소 등 원하는 방식으로 식별한 이 클라이언트가 지금 허용량을 다 썼다는 뜻입니다. 응답에는 제한 내용을 설명해야 하며(SHOULD), 얼마나 기다려야 하는지 Retry-After 헤더로 알려 줄 수 있습니다(MAY). 클라이언트는 곧바로 재시도하지 말고 속도를 늦춰야 합니다. Retry-After가 있으면 적어도 그만큼 기다리고, 없으면 약간의 무작위 지연(jitter)을 섞어 간격을 지수적으로 늘려 가며 재시도하세요. 클라이언트를 어떻게 식별하고 요청을 어떻게 셀지는 RFC 6585가 정하지 않고 서버에 맡깁니다. 429 응답은 캐시에 저장하면 안 됩니다(MUST NOT).',
    },
    headers: { required: [], usual: ['Retry-After'] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [503],
        text: {
          en: '429 is about you: this client went over its own limit, while other clients are still served normally. 503 is about the server: it cannot handle anyone right now, because of overload or maintenance. Both may carry Retry-After, and in both cases hammering the server with retries makes things worse.',
          ko: '429는 이 클라이언트의 문제입니다. 이 클라이언트가 자기 허용량을 넘었을 뿐, 다른 클라이언트는 정상적으로 서비스를 받습니다. 503은 서버의 문제입니다. 과부하나 점검 때문에 지금은 누구의 요청도 처리할 수 없다는 뜻입니다. 둘 다 Retry-After 헤더를 보낼 수 있고, 어느 쪽이든 재시도를 퍼부으면 상황만 나빠집니다.',
        },
      },
    ],
  },
  {
    code: 431,
    reason: 'Request Header Fields Too Large',
    class: 'client-error',
    registered: 'yes',
    spec: rfc6585('5'),
    summary: {
      en: 'The server will not process the request because its header fields are too large.',
      ko: '헤더가 너무 커서 서버가 요청을 처리하지 않습니다.',
    },
    text: {
      en: '431 means the header section is too big: either a single field, or all of them together. The usual culprit is Cookie: cookies that keep piling up, or a large token carried in a cookie, eventually cross the server’s limit. When one field is at fault, the response should say which one, and the client can retry after trimming its header fields. Node’s HTTP server sends 431 on its own when the head goes over its limit (16 KiB by default). A 431 must not be stored by a cache.',
      ko: '431은 헤더 부분이 너무 크다는 뜻입니다. 헤더 하나가 크거나, 헤더 전체를 합친 크기가 큰 경우입니다. 주범은 대개 Cookie입니다. 쿠키가 계속 쌓이거나 큰 토큰을 쿠키에 담다 보면 언젠가 서버의 제한을 넘게 됩니다. 헤더 하나가 문제라면 응답에서 어느 헤더인지 밝혀야 하고(SHOULD), 클라이언트는 헤더를 줄인 뒤 다시 시도할 수 있습니다. Node의 HTTP 서버는 헤더 부분이 제한(기본 16KiB)을 넘으면 스스로 431을 보냅니다. 431 응답은 캐시에 저장하면 안 됩니다(MUST NOT).',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [413, 414],
        text: {
          en: 'Three “too large” codes for three parts of the request: 414 for the URI in the request line, 431 for the header fields, 413 for the content.',
          ko: '요청의 세 부분마다 “너무 크다”는 상태 코드가 따로 있습니다. 요청 줄의 URI는 414, 헤더는 431, 본문은 413입니다.',
        },
      },
    ],
  },
  {
    code: 451,
    reason: 'Unavailable For Legal Reasons',
    class: 'client-error',
    registered: 'yes',
    spec: rfc7725('3'),
    summary: {
      en: 'The server is denying access to the resource because of a legal demand.',
      ko: '법적 요구 때문에 서버가 리소스에 대한 접근을 막고 있습니다.',
    },
    text: {
      en: '451 says that the resource is withheld because of a legal demand, such as a court order, a government block list or a copyright takedown; the number nods to Ray Bradbury’s Fahrenheit 451. The body should explain the demand: who made it, under which law or regulation, and to whom and what it applies. The response should also carry a Link header with rel="blocked-by" pointing at the entity that implements the block, which need not be the one that demanded it. RFC 7725 makes 451 cacheable by default, so send Cache-Control if the block may be lifted soon.',
      ko: '451은 법원 명령, 정부의 차단 목록, 저작권 침해 신고 같은 법적 요구 때문에 리소스를 제공하지 않는다는 뜻입니다. 번호는 레이 브래드버리의 소설 『화씨 451』에서 따왔습니다. 응답 본문에는 누가 요구했는지, 어떤 법이나 규정에 근거하는지, 누구와 무엇에 적용되는지 등 법적 요구의 내용을 설명해야 합니다(SHOULD). 또 차단을 실제로 수행하는 주체를 가리키는 rel="blocked-by" Link 헤더도 보내야 합니다(SHOULD). 이 주체는 차단을 요구한 쪽과 다를 수 있습니다. RFC 7725에 따라 451은 기본적으로 캐시할 수 있으므로, 차단이 곧 풀릴 수 있다면 Cache-Control을 함께 보내세요.',
    },
    headers: { required: [], usual: ['Link'] },
    bodyAllowed: true,
    cacheableByDefault: true,
    confusions: [
      {
        with: [403, 404],
        text: {
          en: '403 refuses for the server’s own reasons, such as permissions or policy. 451 says the reason is a legal demand from outside, and is transparent about it. Unlike 404, a 451 implies neither that the resource exists nor that it does not.',
          ko: '403은 권한이나 정책처럼 서버 자신의 이유로 거부하는 것이고, 451은 외부의 법적 요구 때문이라는 이유를 투명하게 밝히는 것입니다. 또 404와 달리 451은 리소스가 있다는 뜻도, 없다는 뜻도 담고 있지 않습니다.',
        },
      },
    ],
  },
] as const satisfies readonly StatusCodeEntry[];
