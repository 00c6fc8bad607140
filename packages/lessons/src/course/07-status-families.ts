import type { Lesson } from '../types.ts';
import { AUTH, JSON_ACCEPT, http } from './http.ts';

const start = http('GET /users/999999 HTTP/1.1', [JSON_ACCEPT]);
const badJson = http(
  'POST /users HTTP/1.1',
  [AUTH, 'Content-Type: application/json', JSON_ACCEPT],
  '{"name": "Mina",',
);
const serverError = http('GET /weather HTTP/1.1', [JSON_ACCEPT]);

export const statusFamilies = {
  id: 'status-families',
  order: 7,
  topics: ['status-families'],
  title: { en: 'Status codes: five families', ko: '상태 코드: 다섯 가지 계열' },
  summary: {
    en: 'What the first digit says, and 200, 400, 404 and 500 in practice.',
    ko: '첫 자리 숫자가 말해 주는 것, 그리고 실제로 만나는 200, 400, 404, 500.',
  },
  body: {
    en: `The first digit of a status code is its class. A client that does not know a code treats it like the \`x00\` of its class.

- **1xx Informational**: the request was received and the work goes on.
- **2xx Successful**: the request was received, understood and accepted. \`200 OK\`, \`201 Created\`, \`202 Accepted\`, \`204 No Content\`.
- **3xx Redirection**: the client must do something more, often follow \`Location\`. \`301\`, \`303\`, \`304\`, \`307\`, \`308\`.
- **4xx Client Error**: the request itself was wrong. \`400\`, \`401\`, \`403\`, \`404\`, \`405\`, \`406\`, \`409\`, \`412\`, \`415\`.
- **5xx Server Error**: the request may have been fine, but the server failed. \`500 Internal Server Error\`.

Two rules from the Rulebook: use **400 Bad Request** for a generic client error when no more specific 4xx fits, and never send **200 OK** with an error message in the body. The status code is what clients, caches and monitoring read first.

A 5xx is not the client's fault, so the same request may succeed later. A 4xx will fail the same way until the client changes it.`,
    ko: `상태 코드의 첫 자리는 계열(class)을 나타냅니다. 모르는 코드를 받은 클라이언트는 그 계열의 \`x00\` 코드처럼 다룹니다.

- **1xx 정보(Informational)**: 요청을 받았고 처리가 계속되고 있습니다.
- **2xx 성공(Successful)**: 요청을 받고, 이해하고, 받아들였습니다. \`200 OK\`, \`201 Created\`, \`202 Accepted\`, \`204 No Content\`
- **3xx 리다이렉션(Redirection)**: 클라이언트가 추가로 할 일이 있습니다. 보통 \`Location\`을 따라갑니다. \`301\`, \`303\`, \`304\`, \`307\`, \`308\`
- **4xx 클라이언트 오류(Client Error)**: 요청 자체가 잘못되었습니다. \`400\`, \`401\`, \`403\`, \`404\`, \`405\`, \`406\`, \`409\`, \`412\`, \`415\`
- **5xx 서버 오류(Server Error)**: 요청은 문제없었을 수도 있지만 서버가 처리에 실패했습니다. \`500 Internal Server Error\`

REST API 설계 규칙 두 가지: 더 알맞은 4xx가 없는 일반적인 클라이언트 오류에는 **400 Bad Request**를 쓰고, 본문에 오류 메시지를 담아 **200 OK**로 보내지 않습니다. 클라이언트, 캐시, 모니터링이 가장 먼저 읽는 것이 상태 코드이기 때문입니다.

5xx는 클라이언트 잘못이 아니므로 같은 요청이 나중에는 성공할 수도 있습니다. 4xx는 클라이언트가 요청을 고치기 전까지 계속 같은 이유로 실패합니다.`,
  },
  start,
  goals: [
    {
      id: 'not-found',
      text: {
        en: 'Get `404 Not Found` for a user that does not exist.',
        ko: '없는 사용자를 요청해서 `404 Not Found`를 받으세요.',
      },
      check: { method: 'GET', status: 404 },
      solution: [start],
    },
    {
      id: 'bad-request',
      text: {
        en: 'Send a POST whose JSON body is broken and get `400 Bad Request`.',
        ko: 'JSON 본문이 깨진 POST를 보내서 `400 Bad Request`를 받으세요.',
      },
      check: { method: 'POST', status: 400 },
      solution: [badJson],
    },
    {
      id: 'server-error',
      text: {
        en: 'Find the resource whose backing service is down, and get `500 Internal Server Error`.',
        ko: '뒤에서 받쳐 주는 서비스가 멈춘 리소스를 찾아 `500 Internal Server Error`를 받으세요.',
      },
      check: { status: 500 },
      solution: [serverError],
    },
  ],
  hints: [
    {
      en: 'The editor asks for user 999999. Send it.',
      ko: '편집기의 요청은 999999번 사용자를 찾습니다. 그대로 보내세요.',
    },
    {
      en: 'For 400: `POST /users` with `Content-Type: application/json`, your `Authorization` header, and a body such as `{"name": "Mina",` (the closing brace is missing).',
      ko: '400을 받으려면 `Content-Type: application/json`과 `Authorization` 헤더를 넣고 `{"name": "Mina",`처럼 닫는 중괄호가 빠진 본문으로 `POST /users`를 보내세요.',
    },
    {
      en: 'For 500, try `GET /weather`: the mock API pretends the weather service behind it is down.',
      ko: '500은 `GET /weather`로 확인해 보세요. 목 API는 그 뒤의 날씨 서비스가 멈춘 것처럼 동작합니다.',
    },
  ],
  see: [
    'https://www.rfc-editor.org/rfc/rfc9110#section-15',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1',
  ],
} as const satisfies Lesson;
