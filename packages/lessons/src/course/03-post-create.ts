import type { Lesson } from '../types.ts';
import { AUTH, JSON_ACCEPT, MOCK_HOST, http, rawResponse } from './http.ts';

const newUser = '{"name":"Mina Kim","email":"mina@example.com"}';
const start = http('POST /users HTTP/1.1', [AUTH, 'Content-Type: application/json', JSON_ACCEPT], newUser);

export const postCreate = {
  id: 'post-create',
  order: 3,
  topics: ['methods'],
  title: {
    en: 'POST: create a resource and follow its Location',
    ko: 'POST: 리소스를 만들고 Location 따라가기',
  },
  summary: {
    en: 'POST to a collection, get 201 Created, and read the new resource where Location points.',
    ko: '컬렉션에 POST를 보내 201 Created를 받고, Location이 가리키는 새 리소스를 읽습니다.',
  },
  body: {
    en: `**POST** asks the target resource to process the body by its own rules. On a collection, that means: add this as a new member, and *you*, the server, pick its URI.

A server that created something answers **201 Created**, and says where the new resource lives in the \`Location\` header. The body usually holds the new representation, so you do not need a second request to see what the server stored.

POST is neither safe nor idempotent: send it twice and you get two users. That is why browsers warn before they resend a form.

Writing needs a sandbox of your own. The playground got you a token when the lesson opened; it sits in the \`Authorization\` header.`,
    ko: `**POST**는 대상 리소스에게 본문을 자기 규칙대로 처리하라고 요청합니다. 컬렉션에 보내면 "이것을 새 항목으로 추가하고, URI는 서버가 정해 달라"는 뜻이 됩니다.

리소스를 만든 서버는 **201 Created**로 응답하고, 새 리소스의 위치를 \`Location\` 헤더에 알려 줍니다. 보통 본문에는 새 리소스의 표현이 들어 있어서, 서버가 무엇을 저장했는지 보려고 요청을 한 번 더 보낼 필요가 없습니다.

POST는 안전하지도 멱등(idempotent)하지도 않습니다. 두 번 보내면 사용자가 두 명 생깁니다. 브라우저가 폼을 다시 보내기 전에 경고하는 이유가 이것입니다.

쓰기 요청에는 나만의 샌드박스가 필요합니다. 레슨을 열 때 플레이그라운드가 토큰을 받아 두었고, 그 토큰이 \`Authorization\` 헤더에 들어 있습니다.`,
  },
  start,
  goals: [
    {
      id: 'created-with-location',
      text: {
        en: 'Create a user and get `201 Created` with a `Location` header.',
        ko: '사용자를 만들어서 `Location` 헤더가 있는 `201 Created`를 받으세요.',
      },
      check: { method: 'POST', path: '/users', status: 201, responseHeaders: [{ name: 'location' }] },
      solution: [start],
    },
    {
      id: 'follow-location',
      text: {
        en: 'Follow the `Location`: send a GET to the URI it names and get `200 OK`.',
        ko: '`Location`을 따라가세요. 그 URI로 GET을 보내서 `200 OK`를 받으세요.',
      },
      check: { method: 'POST', status: 201, then: [{ method: 'GET', pathFromLocation: true, status: 200 }] },
      solution: [start, http('GET {{location}} HTTP/1.1', [AUTH, JSON_ACCEPT])],
    },
  ],
  hints: [
    {
      en: 'Send the request as it is. If you changed the body, keep `Content-Length` equal to its size in bytes.',
      ko: '요청을 그대로 보내 보세요. 본문을 고쳤다면 `Content-Length`가 본문의 바이트 수와 같아야 합니다.',
    },
    {
      en: 'Copy the path from the `Location` header of the 201 response.',
      ko: '201 응답의 `Location` 헤더에서 경로를 복사하세요.',
    },
    {
      en: 'Write a new request: `GET <that path> HTTP/1.1`, with the same `Host` and `Authorization` lines, and no body.',
      ko: '새 요청을 쓰세요: `GET <그 경로> HTTP/1.1`. `Host`와 `Authorization` 줄은 그대로 두고 본문은 지웁니다.',
    },
  ],
  spotTheBug: {
    source: 'json-server',
    request: http('POST /users HTTP/1.1', ['Content-Type: application/json'], newUser).replace(
      MOCK_HOST,
      'localhost:3000',
    ),
    response: rawResponse(
      'HTTP/1.1 201 Created',
      ['X-Powered-By: Express', 'Content-Type: application/json; charset=utf-8', 'Connection: keep-alive'],
      '{"name":"Mina Kim","email":"mina@example.com","id":11}',
    ),
    question: {
      en: 'A popular mock server answered this POST. The status is right, but a client cannot follow up. What is missing?',
      ko: '널리 쓰이는 목(mock) 서버가 이 POST에 응답했습니다. 상태 코드는 맞지만 클라이언트가 다음 요청을 이어 갈 수 없습니다. 무엇이 빠졌을까요?',
    },
    answer: {
      en: "The `Location` header. A 201 should name the new resource's URI in `Location`; without it the client has to guess that the user lives at `/users/11`.",
      ko: '`Location` 헤더입니다. 201 응답은 새 리소스의 URI를 `Location`에 담아야 합니다. 이 헤더가 없으면 클라이언트는 사용자가 `/users/11`에 있으리라고 추측해야 합니다.',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2',
  },
  see: [
    'https://www.rfc-editor.org/rfc/rfc9110#section-9.3.3',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2',
    'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2',
  ],
} as const satisfies Lesson;
