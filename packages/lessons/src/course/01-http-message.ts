import type { Lesson } from '../types.ts';
import { JSON_ACCEPT, http } from './http.ts';

const start = http('GET /users/1 HTTP/1.1', [JSON_ACCEPT]);

export const httpMessage = {
  id: 'http-message',
  order: 1,
  topics: ['message', 'stateless'],
  title: { en: 'What an HTTP message is made of', ko: 'HTTP 메시지의 구조' },
  summary: {
    en: 'Start line, headers, a blank line, a body, and why every request stands alone.',
    ko: '시작 줄, 헤더, 빈 줄, 본문, 그리고 요청 하나하나가 독립적인 이유.',
  },
  body: {
    en: `Every HTTP/1.1 request is plain text in three parts:

1. The **start line** (the *request line*): a method, a request target and the version, as in \`GET /users/1 HTTP/1.1\`.
2. **Header fields**, one \`Name: value\` per line. \`Host\` is required; \`Accept\` says which media types you can read.
3. An empty line, then an optional **body** (also called content). A GET usually has none.

The response has the same shape, with a *status line* such as \`HTTP/1.1 200 OK\` in place of the request line.

HTTP is **stateless**: the server understands each request on its own, without remembering the ones before it. Whatever the server needs, such as who you are, must travel in every request. Cookies and tokens exist to carry that state.

The editor already holds a request. Send it and look at the raw response: status line, headers, blank line, body.`,
    ko: `HTTP/1.1 요청은 세 부분으로 이루어진 평범한 텍스트입니다.

1. **시작 줄**(요청 줄, request line): 메서드, 요청 대상(request target), 버전으로 이루어집니다. 예: \`GET /users/1 HTTP/1.1\`
2. **헤더**: 한 줄에 \`이름: 값\` 하나씩 씁니다. \`Host\`는 반드시 있어야 하고, \`Accept\`는 클라이언트가 읽을 수 있는 미디어 타입을 알려 줍니다.
3. 빈 줄 하나, 그 뒤에 선택적인 **본문**이 옵니다. GET 요청에는 보통 본문이 없습니다.

응답도 구조가 같습니다. 다만 요청 줄 자리에 \`HTTP/1.1 200 OK\` 같은 *상태 줄*(status line)이 옵니다.

HTTP는 **무상태(stateless)** 프로토콜입니다. 서버는 이전 요청을 기억하지 않고 요청 하나만 보고 의미를 이해합니다. 그래서 서버가 알아야 하는 정보(예를 들어 누가 보냈는지)는 요청마다 담아 보내야 합니다. 쿠키와 토큰은 바로 이런 상태를 실어 나르기 위해 존재합니다.

편집기에 요청이 준비되어 있습니다. 보내 보고 응답 원문에서 상태 줄, 헤더, 빈 줄, 본문을 차례로 찾아보세요.`,
  },
  start,
  goals: [
    {
      id: 'read-a-document',
      text: {
        en: 'Send the request and get `200 OK` for one user.',
        ko: '요청을 보내서 사용자 한 명에 대한 `200 OK`를 받으세요.',
      },
      check: { method: 'GET', path: '/users/*', status: 200 },
      solution: [start],
    },
    {
      id: 'read-the-collection',
      text: {
        en: 'Change the request target to the whole collection, `/users`, and get `200 OK`.',
        ko: '요청 대상을 컬렉션 전체인 `/users`로 바꿔서 `200 OK`를 받으세요.',
      },
      check: { method: 'GET', path: '/users', status: 200 },
      solution: [http('GET /users HTTP/1.1', [JSON_ACCEPT])],
    },
    {
      id: 'stateless',
      text: {
        en: 'Send `GET /users/1` twice. Each answer is complete on its own: the server keeps no conversation.',
        ko: '`GET /users/1`을 두 번 보내세요. 서버는 대화를 기억하지 않으므로 응답 하나하나가 그 자체로 완전합니다.',
      },
      check: { method: 'GET', path: '/users/1', status: 200, times: 2 },
      solution: [start, start],
    },
  ],
  hints: [
    {
      en: 'Press **Send** (or Ctrl+Enter). The status line is the first line of the response.',
      ko: '**보내기**를 누르세요(Ctrl+Enter도 됩니다). 상태 줄은 응답의 첫 줄입니다.',
    },
    {
      en: 'The request target is the second word of the request line: replace `/users/1` with `/users`.',
      ko: '요청 대상은 요청 줄의 두 번째 단어입니다. `/users/1`을 `/users`로 바꾸세요.',
    },
    {
      en: 'Keep the empty line after the headers: it tells the server where the head of the message ends.',
      ko: '헤더 뒤의 빈 줄을 지우지 마세요. 빈 줄이 있어야 서버가 메시지 머리(head)가 어디서 끝나는지 압니다.',
    },
  ],
  see: [
    'https://www.rfc-editor.org/rfc/rfc9112#section-2.1',
    'https://www.rfc-editor.org/rfc/rfc9112#section-3',
    'https://www.rfc-editor.org/rfc/rfc9110#section-3.3',
  ],
} as const satisfies Lesson;
