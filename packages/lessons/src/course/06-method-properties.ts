import type { Lesson } from '../types.ts';
import { AUTH, MOCK_HOST, http, rawResponse } from './http.ts';

const start = http('OPTIONS /users HTTP/1.1');
const notAllowed = http('DELETE /users HTTP/1.1', [AUTH]);

export const methodProperties = {
  id: 'method-properties',
  order: 6,
  topics: ['methods', 'method-properties'],
  title: { en: 'Safe, idempotent, cacheable; OPTIONS and 405', ko: '안전, 멱등, 캐시 가능; OPTIONS와 405' },
  summary: {
    en: 'What each method promises, how to ask which methods a resource allows, and the 405 that lists them.',
    ko: '메서드마다 약속하는 성질, 리소스가 허용하는 메서드를 묻는 방법, 그리고 그 목록을 알려 주는 405.',
  },
  body: {
    en: `Three properties tell clients, caches and proxies what they may do with a request:

- **Safe**: the client asks for no change on the server. GET, HEAD, OPTIONS and TRACE are safe.
- **Idempotent**: sending it twice has the same effect as once, so a client may retry. The safe methods, plus PUT and DELETE.
- **Cacheable**: a response may be stored and reused. GET and HEAD responses are; POST only with explicit freshness information, which is rare.

POST and PATCH are neither safe nor idempotent.

**OPTIONS** asks what the resource supports. The answer lists its methods in the \`Allow\` header.

Use a method the resource does not support and you get **405 Method Not Allowed**. The server must send \`Allow\` with it, so the client learns what would have worked.`,
    ko: `메서드의 세 가지 성질은 클라이언트, 캐시, 프록시가 그 요청으로 무엇을 해도 되는지 알려 줍니다.

- **안전(safe)**: 클라이언트가 서버의 변경을 요청하지 않습니다. GET, HEAD, OPTIONS, TRACE가 안전한 메서드입니다.
- **멱등(idempotent)**: 두 번 보내도 한 번 보낸 것과 효과가 같아서 클라이언트가 다시 보내도 됩니다. 안전한 메서드 전부와 PUT, DELETE가 멱등합니다.
- **캐시 가능(cacheable)**: 응답을 저장해 두었다가 다시 쓸 수 있습니다. GET과 HEAD의 응답이 그렇고, POST는 신선도 정보를 명시한 경우에만 가능하며 실제로는 드뭅니다.

POST와 PATCH는 안전하지도 멱등하지도 않습니다.

**OPTIONS**는 리소스가 무엇을 지원하는지 묻습니다. 응답의 \`Allow\` 헤더에 메서드 목록이 담겨 옵니다.

리소스가 지원하지 않는 메서드를 쓰면 **405 Method Not Allowed**가 돌아옵니다. 이때 서버는 반드시 \`Allow\` 헤더를 함께 보내서 어떤 메서드라면 가능했는지 알려 줘야 합니다.`,
  },
  start,
  goals: [
    {
      id: 'options-allow',
      text: {
        en: 'Ask `/users` which methods it allows with `OPTIONS`, and read `Allow`.',
        ko: '`OPTIONS`로 `/users`가 허용하는 메서드를 묻고 `Allow`를 읽으세요.',
      },
      check: { method: 'OPTIONS', status: [200, 204], responseHeaders: [{ name: 'allow' }] },
      solution: [start],
    },
    {
      id: 'method-not-allowed',
      text: {
        en: 'Get a `405 Method Not Allowed` and find which methods are allowed.',
        ko: '`405 Method Not Allowed`를 받고, 어떤 메서드가 허용되는지 찾으세요.',
      },
      check: { status: 405, responseHeaders: [{ name: 'allow' }] },
      solution: [notAllowed],
    },
  ],
  hints: [
    {
      en: 'Send the OPTIONS request as it is and look for the `Allow` line in the response.',
      ko: 'OPTIONS 요청을 그대로 보내고 응답에서 `Allow` 줄을 찾으세요.',
    },
    {
      en: 'Which method is not in that list? Would you ever delete a whole collection of users?',
      ko: '그 목록에 없는 메서드는 무엇인가요? 사용자 컬렉션 전체를 지울 일이 있을까요?',
    },
    {
      en: 'Try `DELETE /users HTTP/1.1` with your `Authorization` header.',
      ko: '`Authorization` 헤더를 넣고 `DELETE /users HTTP/1.1`을 보내 보세요.',
    },
  ],
  spotTheBug: {
    source: 'Prism',
    request: http('DELETE /users HTTP/1.1').replace(MOCK_HOST, 'localhost:4010'),
    response: rawResponse(
      'HTTP/1.1 405 Method Not Allowed',
      ['Content-Type: application/problem+json'],
      '{"type":"https://stoplight.io/prism/errors#NO_METHOD_MATCHED_ERROR","title":"Route resolved, but no path matched","status":405,"detail":""}',
    ),
    question: {
      en: 'A mock server generated from an OpenAPI document answered this. The status is right. Which header does RFC 9110 require here that is missing?',
      ko: 'OpenAPI 문서로 만든 목 서버가 이렇게 응답했습니다. 상태 코드는 맞습니다. RFC 9110이 여기서 반드시 요구하는데 빠진 헤더는 무엇일까요?',
    },
    answer: {
      en: '`Allow`. A 405 response must list the methods the resource does support, for example `Allow: GET, HEAD, POST, OPTIONS`.',
      ko: '`Allow`입니다. 405 응답은 리소스가 지원하는 메서드 목록을 반드시 담아야 합니다. 예: `Allow: GET, HEAD, POST, OPTIONS`',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6',
  },
  see: [
    'https://www.rfc-editor.org/rfc/rfc9110#section-9.2.1',
    'https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2',
    'https://www.rfc-editor.org/rfc/rfc9110#section-9.2.3',
    'https://www.rfc-editor.org/rfc/rfc9110#section-9.3.7',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6',
  ],
} as const satisfies Lesson;
