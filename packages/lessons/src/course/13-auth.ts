import type { Lesson } from '../types.ts';
import { JSON_ACCEPT, http } from './http.ts';

const body = '{"name":"Mina Kim","email":"mina@example.com"}';
const start = http('POST /users HTTP/1.1', ['Content-Type: application/json', JSON_ACCEPT], body);
const viewerToken = http(
  'POST /tokens HTTP/1.1',
  ['Content-Type: application/json', JSON_ACCEPT],
  '{"role":"viewer"}',
);
const viewerWrite = http(
  'POST /users HTTP/1.1',
  ['Authorization: Bearer {{newToken}}', 'Content-Type: application/json', JSON_ACCEPT],
  body,
);

export const auth = {
  id: 'auth',
  order: 13,
  topics: ['auth'],
  title: { en: 'Authentication vs authorization: 401 and 403', ko: '인증과 인가: 401과 403' },
  summary: {
    en: 'Who are you (401), and are you allowed (403)? Bearer tokens and read-only viewers.',
    ko: '누구인가(401), 그리고 허락되었는가(403)? Bearer 토큰과 읽기 전용 viewer.',
  },
  body: {
    en: `Two different questions, two different codes:

- **Authentication**: *who are you?* A request without valid credentials to something protected gets **401 Unauthorized** (the name is historical: it means *unauthenticated*). The server must send \`WWW-Authenticate\`, which tells the client how to authenticate, for example \`Bearer realm="teapot"\`.
- **Authorization**: *may you do this?* The server knows who you are and still says no: **403 Forbidden**. Sending the same credentials again will not help.

A bearer token travels in every request, in \`Authorization: Bearer <token>\`. HTTP is stateless, so the server learns who you are from each request anew.

In the mock API anyone may read the shared sample data. Writing needs a token from \`POST /tokens\`, and a token made with \`{"role":"viewer"}\` can only read.`,
    ko: `서로 다른 두 질문에는 서로 다른 상태 코드가 있습니다.

- **인증(authentication)**: *누구인가?* 보호된 리소스에 유효한 자격 증명 없이 요청하면 **401 Unauthorized**가 돌아옵니다(이름은 역사적인 이유로 붙었을 뿐, 실제 뜻은 *인증되지 않음*입니다). 서버는 \`WWW-Authenticate\` 헤더로 어떻게 인증해야 하는지 알려 줘야 합니다. 예: \`Bearer realm="teapot"\`
- **인가(authorization)**: *이 일을 해도 되는가?* 서버는 누구인지 알지만 그래도 거절합니다: **403 Forbidden**. 같은 자격 증명으로 다시 보내도 결과는 같습니다.

Bearer 토큰은 요청마다 \`Authorization: Bearer <토큰>\` 형태로 실려 갑니다. HTTP는 무상태이므로 서버는 요청이 올 때마다 새로 누구인지 확인합니다.

목 API에서는 누구나 공유 샘플 데이터를 읽을 수 있습니다. 쓰기에는 \`POST /tokens\`로 받은 토큰이 필요하고, \`{"role":"viewer"}\`로 만든 토큰은 읽기만 할 수 있습니다.`,
  },
  start,
  goals: [
    {
      id: 'unauthorized',
      text: {
        en: 'Write without a token and get `401 Unauthorized` with `WWW-Authenticate`.',
        ko: '토큰 없이 쓰기 요청을 보내서 `WWW-Authenticate`가 있는 `401 Unauthorized`를 받으세요.',
      },
      check: { status: 401, responseHeaders: [{ name: 'www-authenticate', includes: 'bearer' }] },
      solution: [start],
    },
    {
      id: 'forbidden',
      text: {
        en: 'Get a viewer token with `POST /tokens`, try to write with it, and get `403 Forbidden`.',
        ko: '`POST /tokens`로 viewer 토큰을 받고, 그 토큰으로 쓰기를 시도해서 `403 Forbidden`을 받으세요.',
      },
      check: {
        method: 'POST',
        path: '/tokens',
        status: 201,
        then: [
          {
            method: ['POST', 'PUT', 'PATCH', 'DELETE'],
            status: 403,
            requestHeaders: [{ name: 'authorization' }],
          },
        ],
      },
      solution: [viewerToken, viewerWrite],
    },
  ],
  hints: [
    {
      en: 'Send the request as it is: it has no `Authorization` header.',
      ko: '요청을 그대로 보내세요. `Authorization` 헤더가 없습니다.',
    },
    {
      en: 'Send `POST /tokens` with `Content-Type: application/json` and the body `{"role":"viewer"}`.',
      ko: '`Content-Type: application/json`과 본문 `{"role":"viewer"}`로 `POST /tokens`를 보내세요.',
    },
    {
      en: 'Copy the token from the response, and repeat the first POST with `Authorization: Bearer <that token>`.',
      ko: '응답에서 토큰을 복사한 다음, 첫 번째 POST에 `Authorization: Bearer <그 토큰>`을 넣어 다시 보내세요.',
    },
  ],
  see: [
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4',
    'https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1',
    'https://www.rfc-editor.org/rfc/rfc6750#section-2.1',
  ],
} as const satisfies Lesson;
