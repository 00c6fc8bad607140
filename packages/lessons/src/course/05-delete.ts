import type { Lesson } from '../types.ts';
import { AUTH, JSON_ACCEPT, MOCK_HOST, http, rawResponse } from './http.ts';

const start = http('DELETE /users/2 HTTP/1.1', [AUTH]);
const readBack = http('GET /users/2 HTTP/1.1', [AUTH, JSON_ACCEPT]);

export const deleteLesson = {
  id: 'delete',
  order: 5,
  topics: ['methods', 'method-properties'],
  title: { en: 'DELETE, 204 and the 404 after it', ko: 'DELETE, 204, 그리고 그 뒤의 404' },
  summary: {
    en: 'Delete a user, get 204 No Content, and see that it is gone.',
    ko: '사용자를 삭제하고 204 No Content를 받은 뒤, 정말 사라졌는지 확인합니다.',
  },
  body: {
    en: `**DELETE** asks the server to remove the link between the URI and its resource. A server that did it and has nothing more to say answers **204 No Content**: a success with, by definition, no body.

After that, a GET or HEAD of the same URI ends in **404 Not Found**.

DELETE is **idempotent**: the *state* after two identical DELETEs is the same as after one. The *status* may differ (204 the first time, 404 the second), and that is fine: idempotency is about the effect on the server, not about identical responses.

The Rulebook puts it plainly: remove a resource with \`DELETE /users/1234\`, never with \`GET /deleteUser?id=1234\` or \`POST /users/1234/delete\`.`,
    ko: `**DELETE**는 서버에게 URI와 리소스 사이의 연결을 끊어 달라고 요청합니다. 삭제를 마쳤고 더 보낼 내용이 없으면 서버는 **204 No Content**로 응답합니다. 204는 정의상 본문이 없는 성공 응답입니다.

그 뒤로 같은 URI에 GET이나 HEAD를 보내면 **404 Not Found**가 돌아옵니다.

DELETE는 **멱등(idempotent)** 합니다. 같은 DELETE를 두 번 보낸 뒤의 서버 *상태*는 한 번 보낸 뒤와 같습니다. 물론 *상태 코드*는 다를 수 있습니다(처음에는 204, 두 번째는 404). 멱등성은 응답이 같은지가 아니라 서버에 미치는 효과가 같은지를 말하기 때문에 이것은 문제가 되지 않습니다.

REST API 설계 규칙도 분명합니다. 리소스는 \`DELETE /users/1234\`로 지우고, \`GET /deleteUser?id=1234\`나 \`POST /users/1234/delete\`처럼 쓰지 않습니다.`,
  },
  start,
  goals: [
    {
      id: 'deleted-then-gone',
      text: {
        en: 'Delete a user (`204 No Content`), then GET the same URI and get `404 Not Found`.',
        ko: '사용자를 삭제하고(`204 No Content`), 같은 URI에 GET을 보내서 `404 Not Found`를 받으세요.',
      },
      check: {
        method: 'DELETE',
        status: 204,
        emptyResponseBody: true,
        then: [{ method: ['GET', 'HEAD'], samePath: true, status: 404 }],
      },
      solution: [start, readBack],
    },
    {
      id: 'delete-again',
      text: {
        en: 'Send the same DELETE again. The resource stays gone; what status do you get now?',
        ko: '같은 DELETE를 한 번 더 보내세요. 리소스는 여전히 없습니다. 이번에는 어떤 상태 코드가 오나요?',
      },
      check: { method: 'DELETE', status: 204, then: [{ method: 'DELETE', samePath: true, status: 404 }] },
      solution: [start, start],
    },
  ],
  hints: [
    { en: 'Send the DELETE as it is.', ko: '편집기의 DELETE를 그대로 보내세요.' },
    {
      en: 'Then change only the method to `GET` (add `Accept: application/json` if you like) and send again.',
      ko: '그다음 메서드만 `GET`으로 바꾸고(원하면 `Accept: application/json`도 추가) 다시 보내세요.',
    },
  ],
  spotTheBug: {
    source: 'json-server',
    request: http('DELETE /users HTTP/1.1').replace(MOCK_HOST, 'localhost:3000'),
    response: rawResponse(
      'HTTP/1.1 404 Not Found',
      ['X-Powered-By: Express', 'Content-Type: application/json; charset=utf-8', 'Connection: keep-alive'],
      '{}',
    ),
    question: {
      en: 'A client tried to delete the whole `/users` collection, which this server does not allow. The collection exists. What should the answer have been?',
      ko: '클라이언트가 `/users` 컬렉션 전체를 삭제하려 했고, 이 서버는 그것을 허용하지 않습니다. 컬렉션은 존재합니다. 어떤 응답이 와야 했을까요?',
    },
    answer: {
      en: '`405 Method Not Allowed` with an `Allow` header such as `Allow: GET, HEAD, POST, OPTIONS`. A 404 claims that nothing lives at `/users`, which is false, and tells the client nothing about what would work.',
      ko: '`Allow: GET, HEAD, POST, OPTIONS` 같은 `Allow` 헤더가 있는 `405 Method Not Allowed`입니다. 404는 `/users`에 아무것도 없다고 말하는 셈이라 사실과 다르고, 어떤 메서드라면 되는지도 알려 주지 않습니다.',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6',
  },
  see: [
    'https://www.rfc-editor.org/rfc/rfc9110#section-9.3.5',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5',
    'https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2',
  ],
} as const satisfies Lesson;
