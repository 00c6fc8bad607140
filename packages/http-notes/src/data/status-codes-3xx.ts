/**
 * 3xx (Redirection): the client has to take a further step to complete the request.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.4
 */
import type { StatusCodeEntry } from './status-code-entry.ts';
import { rfc9110 } from './spec.ts';

export const STATUS_3XX = [
  {
    code: 300,
    reason: 'Multiple Choices',
    class: 'redirection',
    registered: 'yes',
    spec: rfc9110('15.4.1'),
    summary: {
      en: 'Several representations are available: pick one',
      ko: '여러 표현이 있으니 하나를 고르세요',
    },
    text: {
      en: 'The resource has more than one representation, each with its own, more specific URI, and the server lets the client or the user choose instead of negotiating itself. The content should list the choices, and Link headers can list them too. If the server has a favourite, it should name it in Location, and a client may follow it automatically. It is cacheable by default but rarely seen: most servers pick a representation through content negotiation instead.',
      ko: '리소스에 표현이 여러 개 있고 각각 더 구체적인 URI를 가지고 있어서, 서버가 직접 콘텐츠 협상을 하지 않고 클라이언트나 사용자가 고르게 한다는 뜻입니다. 본문에 선택지 목록을 담는 것이 좋고, Link 헤더로 나열할 수도 있습니다. 서버가 선호하는 표현이 있다면 Location 헤더에 적는 것이 좋고(SHOULD), 클라이언트는 그곳으로 자동 이동할 수 있습니다. 기본적으로 캐시할 수 있지만 실제로는 드뭅니다. 대부분의 서버는 콘텐츠 협상으로 표현을 직접 고릅니다.',
    },
    headers: { required: [], usual: ['Location', 'Link', 'Content-Type'] },
    bodyAllowed: true,
    cacheableByDefault: true,
    confusions: [
      {
        with: [406],
        text: {
          en: 'With 300 the server offers the alternatives; with 406 it found none that fits the client’s Accept headers.',
          ko: '300은 서버가 선택지를 제시하는 것이고, 406은 클라이언트의 Accept 계열 헤더에 맞는 표현을 하나도 찾지 못했다는 뜻입니다.',
        },
      },
    ],
  },
  {
    code: 301,
    reason: 'Moved Permanently',
    class: 'redirection',
    registered: 'yes',
    spec: rfc9110('15.4.2'),
    summary: {
      en: 'The resource has a new permanent URI',
      ko: '리소스의 URI가 영구적으로 바뀌었습니다',
    },
    text: {
      en: 'The resource has been given a new permanent URI, which the server should put in Location, and future requests should use it; clients that can edit links, such as bookmarks, ought to update them. A user agent usually follows the redirect automatically. For historical reasons it may turn a POST into a GET when it does, so the body is lost. It is cacheable by default, which makes a wrong 301 hard to take back.',
      ko: '리소스에 새로운 영구 URI가 부여되었다는 뜻입니다. 서버는 그 URI를 Location 헤더에 넣어야 하고(SHOULD), 앞으로의 요청은 새 URI를 써야 합니다. 북마크처럼 링크를 고칠 수 있는 클라이언트라면 저장된 링크를 바꾸는 것이 좋습니다. 사용자 에이전트는 보통 자동으로 리다이렉트를 따라가는데, 역사적인 이유로 이때 POST를 GET으로 바꿔도 되어서(MAY) 본문이 사라질 수 있습니다. 기본적으로 캐시할 수 있으므로 잘못 보낸 301은 되돌리기 어렵습니다.',
    },
    headers: { required: [], usual: ['Location'] },
    bodyAllowed: true,
    cacheableByDefault: true,
    confusions: [
      {
        with: [308],
        text: {
          en: 'Both are permanent. 301 lets a client change POST to GET on the way; 308 forbids changing the method, so the same request with the same body goes to the new URI.',
          ko: '둘 다 영구 이동입니다. 301은 클라이언트가 따라가면서 POST를 GET으로 바꿀 수 있게 두지만, 308은 메서드 변경을 금지하므로 같은 본문을 가진 같은 요청이 새 URI로 갑니다.',
        },
      },
      {
        with: [302, 307],
        text: {
          en: '301 and 308 are permanent: update your links. 302 and 307 are temporary: keep using the original URI.',
          ko: '301과 308은 영구 이동이니 링크를 바꾸세요. 302와 307은 임시 이동이니 원래 URI를 계속 쓰면 됩니다.',
        },
      },
    ],
  },
  {
    code: 302,
    reason: 'Found',
    class: 'redirection',
    registered: 'yes',
    spec: rfc9110('15.4.3'),
    summary: {
      en: 'The resource is temporarily at another URI',
      ko: '리소스가 잠시 다른 URI에 있습니다',
    },
    text: {
      en: 'The resource is for now at the URI in Location, but the move may change again, so the client should keep using the original URI for future requests. A user agent usually follows it automatically. For historical reasons it may change a POST into a GET when it does, and browsers do exactly that. When the method must survive, send 307; when you mean “now go and GET this other resource”, send 303.',
      ko: '리소스가 지금은 Location 헤더의 URI에 있지만 언제든 바뀔 수 있으므로, 클라이언트는 앞으로도 원래 URI로 요청해야 한다는 뜻입니다. 사용자 에이전트는 보통 자동으로 따라갑니다. 역사적인 이유로 이때 POST를 GET으로 바꿔도 되는데(MAY), 실제로 브라우저들이 그렇게 합니다. 메서드를 그대로 유지해야 한다면 307을, “이제 다른 리소스를 GET으로 가져가라”는 뜻이라면 303을 보내세요.',
    },
    headers: { required: [], usual: ['Location'] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [307],
        text: {
          en: 'Both are temporary. 302 may turn a POST into a GET; 307 must keep the method and the body.',
          ko: '둘 다 임시 이동입니다. 302는 POST가 GET으로 바뀔 수 있지만, 307은 메서드를 바꾸면 안 되므로(MUST NOT) 메서드와 본문이 그대로 유지됩니다.',
        },
      },
      {
        with: [303],
        text: {
          en: 'Browsers turn a POST answered with 302 into a GET anyway, but 303 says that on purpose: the result is elsewhere, fetch it with GET.',
          ko: '브라우저는 302를 받은 POST를 어차피 GET으로 바꾸지만, 303은 이를 의도적으로 말합니다. 결과는 다른 곳에 있으니 GET으로 가져가라는 뜻입니다.',
        },
      },
    ],
  },
  {
    code: 303,
    reason: 'See Other',
    class: 'redirection',
    registered: 'yes',
    spec: rfc9110('15.4.4'),
    summary: {
      en: 'The answer is at another URI: GET it there',
      ko: '응답은 다른 URI에 있으니 그곳을 GET으로 요청하세요',
    },
    text: {
      en: 'The server points the client to a different resource, named in Location, as an indirect answer to its request. Whatever the original method was, the client follows with a GET (or a HEAD, if it sent HEAD). The classic use is after a POST: the server processes it and sends 303 to a page or resource showing the result, so reloading does not submit the POST again. A 303 to a GET means the server has no representation of that resource to transfer, but the other URI describes it.',
      ko: '서버가 요청에 대한 간접적인 응답으로 Location 헤더에 적힌 다른 리소스를 가리킨다는 뜻입니다. 원래 메서드가 무엇이든 클라이언트는 GET으로(HEAD를 보냈다면 HEAD로) 따라갑니다. 대표적인 쓰임은 POST 이후입니다. 서버가 POST를 처리하고 결과를 보여 주는 페이지나 리소스로 303을 보내면, 새로고침해도 POST가 다시 전송되지 않습니다. GET에 대한 303은 서버가 그 리소스의 표현을 직접 줄 수는 없지만 다른 URI가 그것을 설명한다는 뜻입니다.',
    },
    headers: { required: [], usual: ['Location'] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [307, 302],
        text: {
          en: '303 always continues with GET. 307 repeats the same method and body at the new URI. 302 is ambiguous, which is why 303 and 307 were added.',
          ko: '303은 항상 GET으로 이어집니다. 307은 같은 메서드와 본문으로 새 URI에 다시 요청합니다. 302는 그 사이에서 애매했기 때문에 303과 307이 생겼습니다.',
        },
      },
      {
        with: [201],
        text: {
          en: 'After a POST that created a resource, an API should answer 201 with Location. 303 suits a controller whose result lives at another URI.',
          ko: '리소스를 생성한 POST에는 API가 Location과 함께 201로 응답해야 합니다. 303은 결과가 다른 URI에 있는 컨트롤러 리소스에 어울립니다.',
        },
      },
    ],
  },
  {
    code: 304,
    reason: 'Not Modified',
    class: 'redirection',
    registered: 'yes',
    spec: rfc9110('15.4.5'),
    summary: {
      en: 'Your stored copy is still good: use it',
      ko: '가지고 있는 사본이 아직 유효하니 그것을 쓰세요',
    },
    text: {
      en: 'A 304 answers only a conditional GET or HEAD, one sent with If-None-Match or If-Modified-Since. The condition was false, the representation has not changed, and without the condition the answer would have been 200. So the server sends no content: the response ends at its headers, and the client uses the copy it already has. The server must still send the headers a 200 would have carried among Cache-Control, Content-Location, Date, ETag, Expires and Vary, so caches can refresh their stored copy.',
      ko: '304는 If-None-Match나 If-Modified-Since를 붙인 조건부 GET 또는 HEAD 요청에만 보내는 응답입니다. 조건이 거짓, 즉 표현이 바뀌지 않았고, 조건이 없었다면 200을 보냈을 상황입니다. 그래서 서버는 본문을 보내지 않고 응답은 헤더에서 끝나며, 클라이언트는 이미 가진 사본을 씁니다. 그래도 서버는 Cache-Control, Content-Location, Date, ETag, Expires, Vary 중 200이었다면 보냈을 헤더를 반드시(MUST) 보내야 캐시가 저장된 사본을 갱신할 수 있습니다.',
    },
    headers: {
      required: [],
      usual: ['ETag', 'Cache-Control', 'Date', 'Expires', 'Vary', 'Content-Location'],
    },
    bodyAllowed: false,
    cacheableByDefault: false,
    confusions: [
      {
        with: [412],
        text: {
          en: '304 is only for GET and HEAD. When a precondition fails on a PUT, PATCH or DELETE (If-Match, or If-None-Match on a write), the answer is 412 Precondition Failed.',
          ko: '304는 GET과 HEAD 전용입니다. PUT, PATCH, DELETE에서 If-Match 같은 전제 조건이 거짓이면 412 Precondition Failed로 응답합니다.',
        },
      },
      {
        with: [200],
        text: {
          en: 'A 304 is a 200 the client already has; it is not a redirect to follow, despite being in the 3xx class.',
          ko: '304는 클라이언트가 이미 가진 200 응답을 쓰라는 뜻입니다. 3xx에 속하지만 따라갈 리다이렉트는 아닙니다.',
        },
      },
    ],
  },
  {
    code: 305,
    reason: 'Use Proxy',
    class: 'redirection',
    registered: 'unused',
    spec: rfc9110('15.4.6'),
    summary: {
      en: 'Deprecated: once meant “repeat this through the proxy in Location”',
      ko: '폐기됨: 예전에는 “Location의 프록시를 거쳐 다시 요청하라”는 뜻이었습니다',
    },
    text: {
      en: '305 told the client to repeat the request through the proxy named in Location. Letting a response reconfigure a client’s proxy is a security risk, so HTTP deprecated it and browsers ignore it. The code is still in the IANA registry, marked deprecated, and here it is marked unused. A server should not send it; a client should not act on it.',
      ko: '305는 Location에 적힌 프록시를 거쳐 요청을 다시 보내라고 클라이언트에게 지시하는 상태 코드였습니다. 응답 하나로 클라이언트의 프록시 설정을 바꿀 수 있다는 것은 보안상 위험하므로 HTTP 명세에서 폐기(deprecated)되었고, 브라우저도 이를 무시합니다. IANA 레지스트리에는 폐기 표시와 함께 남아 있고, 여기서는 사용하지 않는 코드로 분류합니다. 서버는 보내지 말고, 클라이언트는 따르지 않아야 합니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [407],
        text: {
          en: 'To require a proxy login, the proxy itself answers 407 with Proxy-Authenticate; 305 never was that.',
          ko: '프록시 인증이 필요할 때는 프록시가 직접 Proxy-Authenticate와 함께 407로 응답합니다. 305는 그런 용도가 아니었습니다.',
        },
      },
    ],
  },
  {
    code: 306,
    reason: '(Unused)',
    class: 'redirection',
    registered: 'unused',
    spec: rfc9110('15.4.7'),
    summary: {
      en: 'Reserved: used by an earlier draft, never to be used again',
      ko: '예약됨: 예전 초안에서 쓰였고 다시 쓰지 않습니다',
    },
    text: {
      en: 'An earlier version of the HTTP specification defined 306, but it is no longer used. The number stays reserved so that no new meaning is ever given to it, which would confuse old software. The registry lists it with the reason phrase “(Unused)”. If you see it in a response, the server is broken.',
      ko: '예전 HTTP 명세에서 306을 정의했지만 지금은 쓰지 않습니다. 옛 소프트웨어가 혼동하지 않도록 이 번호에 새 의미를 붙이지 않고 예약해 둡니다. 레지스트리에는 “(Unused)”라는 이유 구절(reason phrase)로 올라 있습니다. 응답에서 이 상태 코드를 본다면 서버에 문제가 있는 것입니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [],
  },
  {
    code: 307,
    reason: 'Temporary Redirect',
    class: 'redirection',
    registered: 'yes',
    spec: rfc9110('15.4.8'),
    summary: {
      en: 'Temporarily elsewhere: repeat the same request there',
      ko: '잠시 다른 곳에 있으니 같은 요청을 그곳에 다시 보내세요',
    },
    text: {
      en: 'The resource is temporarily at the URI in Location. A user agent that follows the redirect automatically must not change the request method, so a POST stays a POST and keeps its body. Because the move is temporary, the client should keep using the original URI next time. Send it whenever a temporary redirect has to work for methods other than GET.',
      ko: '리소스가 잠시 Location 헤더의 URI에 있다는 뜻입니다. 자동으로 리다이렉트를 따라가는 사용자 에이전트는 요청 메서드를 바꾸면 안 되므로(MUST NOT), POST는 본문과 함께 POST로 다시 전송됩니다. 임시 이동이므로 클라이언트는 다음에도 원래 URI를 써야 합니다. GET이 아닌 메서드에도 임시 리다이렉트가 제대로 동작해야 한다면 307을 보내세요.',
    },
    headers: { required: [], usual: ['Location'] },
    bodyAllowed: true,
    cacheableByDefault: false,
    confusions: [
      {
        with: [302],
        text: {
          en: 'Both are temporary. 302 lets a client switch POST to GET; 307 does not.',
          ko: '둘 다 임시 이동입니다. 302는 클라이언트가 POST를 GET으로 바꿀 수 있게 두지만 307은 그렇지 않습니다.',
        },
      },
      {
        with: [308],
        text: {
          en: 'Both keep the method and body. 307 is temporary, so keep the old URI; 308 is permanent, so update your links.',
          ko: '둘 다 메서드와 본문을 유지합니다. 307은 임시 이동이라 원래 URI를 계속 쓰고, 308은 영구 이동이라 링크를 바꿔야 합니다.',
        },
      },
      {
        with: [303],
        text: {
          en: '307 repeats the same request elsewhere; 303 sends the client to fetch a different resource with GET.',
          ko: '307은 같은 요청을 다른 곳에 반복하고, 303은 클라이언트가 다른 리소스를 GET으로 가져가게 합니다.',
        },
      },
    ],
  },
  {
    code: 308,
    reason: 'Permanent Redirect',
    class: 'redirection',
    registered: 'yes',
    spec: rfc9110('15.4.9'),
    summary: {
      en: 'Moved for good: repeat the same request at the new URI',
      ko: '영구히 이동했으니 같은 요청을 새 URI에 다시 보내세요',
    },
    text: {
      en: 'The resource has a new permanent URI, which the server should put in Location, and future requests should go there. It works like 301, except that a client must not change the method: a POST is repeated as a POST with the same body. Like 301, it is cacheable by default. It is the youngest redirect code, so very old clients may not know it and will treat it like 300.',
      ko: '리소스에 새로운 영구 URI가 생겼다는 뜻입니다. 서버는 그 URI를 Location 헤더에 넣어야 하고(SHOULD), 앞으로의 요청은 그곳으로 보내야 합니다. 301과 같지만 클라이언트가 메서드를 바꿀 수 없어서, POST는 같은 본문을 가진 POST로 다시 전송됩니다. 301처럼 기본적으로 캐시할 수 있습니다. 가장 나중에 생긴 리다이렉트 상태 코드라서 아주 오래된 클라이언트는 모를 수 있고, 그러면 300처럼 처리합니다.',
    },
    headers: { required: [], usual: ['Location'] },
    bodyAllowed: true,
    cacheableByDefault: true,
    confusions: [
      {
        with: [301],
        text: {
          en: 'Both are permanent. 301 lets a client switch POST to GET; 308 keeps the method and the body.',
          ko: '둘 다 영구 이동입니다. 301은 클라이언트가 POST를 GET으로 바꿀 수 있게 두지만, 308은 메서드와 본문을 그대로 유지합니다.',
        },
      },
      {
        with: [307],
        text: {
          en: '308 is permanent and cacheable by default; 307 is temporary, so the client keeps the original URI.',
          ko: '308은 영구 이동이고 기본적으로 캐시할 수 있습니다. 307은 임시 이동이라 클라이언트가 원래 URI를 계속 씁니다.',
        },
      },
    ],
  },
] as const satisfies readonly StatusCodeEntry[];
