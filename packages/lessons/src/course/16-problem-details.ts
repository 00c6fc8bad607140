import type { Lesson } from '../types.ts';
import { AUTH, JSON_ACCEPT, http } from './http.ts';

const start = http('GET /users/999999 HTTP/1.1', [JSON_ACCEPT]);
const invalid = http(
  'POST /users HTTP/1.1',
  [AUTH, 'Content-Type: application/json', JSON_ACCEPT],
  '{"name":"","email":"not-an-email"}',
);

export const problemDetails = {
  id: 'problem-details',
  order: 16,
  topics: ['problem-details'],
  title: { en: 'Errors as problem details', ko: '오류는 문제 세부 정보(problem details)로' },
  summary: {
    en: 'One machine-readable error format: application/problem+json (RFC 9457).',
    ko: '기계가 읽을 수 있는 오류 형식 하나: application/problem+json(RFC 9457).',
  },
  body: {
    en: `A status code says *what kind* of error happened. The body should say *which* error, in a shape every client can parse. RFC 9457 defines that shape, with the media type \`application/problem+json\`:

- \`type\`: a URI that identifies the kind of problem (and may lead to its documentation);
- \`title\`: a short, human-readable summary of that kind;
- \`status\`: the HTTP status code, repeated for convenience;
- \`detail\`: what went wrong *this time*;
- \`instance\`: a URI for this occurrence.

An API may add its own members, such as \`errors\` with one entry per invalid field.

Two rules: an error never hides behind a \`200 OK\`, and an error body never leaks a stack trace or internal details. A 500 says that something failed, not how the code is written.`,
    ko: `상태 코드는 오류의 *종류*를 말합니다. 본문은 *어떤* 오류인지를 모든 클라이언트가 해석할 수 있는 형태로 말해야 합니다. RFC 9457이 그 형태를 \`application/problem+json\` 미디어 타입으로 정의합니다.

- \`type\`: 문제 유형을 식별하는 URI(해당 문서로 연결될 수도 있음)
- \`title\`: 그 유형을 사람이 읽을 수 있게 짧게 요약한 문장
- \`status\`: 편의를 위해 한 번 더 적는 HTTP 상태 코드
- \`detail\`: *이번에* 무엇이 잘못되었는지
- \`instance\`: 이번 발생 건을 가리키는 URI

API는 필드마다 오류를 하나씩 담는 \`errors\` 같은 확장 멤버를 추가할 수 있습니다.

규칙은 두 가지입니다. 오류를 \`200 OK\` 뒤에 숨기지 않고, 오류 본문에 스택 트레이스나 내부 정보를 노출하지 않습니다. 500 응답은 무언가 실패했다는 사실을 알리는 것이지 코드가 어떻게 짜여 있는지 알리는 것이 아닙니다.`,
  },
  start,
  goals: [
    {
      id: 'problem-json',
      text: {
        en: 'Get an error whose `Content-Type` is `application/problem+json`, and find `type`, `title` and `status` in it.',
        ko: '`Content-Type`이 `application/problem+json`인 오류를 받고, 본문에서 `type`, `title`, `status`를 찾으세요.',
      },
      check: {
        status: [400, 401, 403, 404, 405, 406, 409, 412, 415, 422, 500],
        responseHeaders: [{ name: 'content-type', includes: 'application/problem+json' }],
        responseBodyIncludes: '"title"',
      },
      solution: [start],
    },
    {
      id: 'field-errors',
      text: {
        en: 'Create a user with invalid fields and read the field errors in the problem details.',
        ko: '잘못된 필드로 사용자를 만들어 보고, problem details에 담긴 필드 오류를 읽으세요.',
      },
      check: {
        method: 'POST',
        status: [400, 422],
        responseHeaders: [{ name: 'content-type', includes: 'application/problem+json' }],
        responseBodyIncludes: 'email',
      },
      solution: [invalid],
    },
  ],
  hints: [
    {
      en: 'Send the request as it is: user 999999 does not exist.',
      ko: '요청을 그대로 보내세요. 999999번 사용자는 없습니다.',
    },
    {
      en: 'For field errors: `POST /users` with your token and a body such as `{"name":"","email":"not-an-email"}`.',
      ko: '필드 오류를 보려면 토큰을 넣고 `{"name":"","email":"not-an-email"}` 같은 본문으로 `POST /users`를 보내세요.',
    },
  ],
  see: [
    'https://www.rfc-editor.org/rfc/rfc9457#section-3',
    'https://www.rfc-editor.org/rfc/rfc9457#section-3.1',
    'https://www.rfc-editor.org/rfc/rfc9457#section-3.2',
  ],
} as const satisfies Lesson;
