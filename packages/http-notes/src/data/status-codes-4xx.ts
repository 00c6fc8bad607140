/**
 * 4xx: the client seems to have made a mistake. One entry per code, with its spec link and a
 * teacher's explanation in en and ko.
 */
import { rfc9110 } from './spec.ts';
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
] as const satisfies readonly StatusCodeEntry[];
