import type { Lesson } from '../types.ts';
import { JSON_ACCEPT, http } from './http.ts';

const start = http('HEAD /users/1 HTTP/1.1', [JSON_ACCEPT]);

export const getAndHead = {
  id: 'get-and-head',
  order: 2,
  topics: ['methods'],
  title: { en: 'GET and HEAD: reading a resource', ko: 'GET과 HEAD: 리소스 읽기' },
  summary: {
    en: 'GET fetches a representation; HEAD asks for the same headers without the body.',
    ko: 'GET은 표현(representation)을 가져오고, HEAD는 본문 없이 같은 헤더만 요청합니다.',
  },
  body: {
    en: `**GET** asks for the current representation of a resource. It is the method the Web relies on most, so it must be safe to repeat: a GET changes nothing on the server.

Send parameters in the query, not in a body: \`GET /users?page=2\`. A GET body has no defined meaning, and many servers and proxies drop it.

**HEAD** is GET without the body. The server answers with the same status and headers (\`Content-Type\`, \`Content-Length\`, \`ETag\`...) it would send for GET, and stops there. Use it to check that a resource exists, or how big it is, before you download it.

A collection can be long, so APIs hand it out in pages. The \`Link\` header ([RFC 8288](https://www.rfc-editor.org/rfc/rfc8288#section-3)) points to the next and previous pages.`,
    ko: `**GET**은 리소스의 현재 표현(representation)을 요청합니다. 웹은 GET에 가장 많이 기대고 있기 때문에, GET은 몇 번을 반복해도 안전해야 합니다. GET은 서버의 상태를 바꾸지 않습니다.

매개변수는 본문이 아니라 쿼리에 담습니다: \`GET /users?page=2\`. GET 요청의 본문에는 정해진 의미가 없고, 서버나 프록시가 버리는 경우도 많습니다.

**HEAD**는 본문이 없는 GET입니다. 서버는 GET에 보냈을 상태 코드와 헤더(\`Content-Type\`, \`Content-Length\`, \`ETag\` 등)를 똑같이 보내고 본문은 보내지 않습니다. 리소스가 있는지, 크기가 얼마인지 내려받기 전에 확인할 때 씁니다.

컬렉션은 길어질 수 있어서 API는 보통 페이지 단위로 나눠 줍니다. \`Link\` 헤더([RFC 8288](https://www.rfc-editor.org/rfc/rfc8288#section-3))가 다음 페이지와 이전 페이지를 가리킵니다.`,
  },
  start,
  goals: [
    {
      id: 'head-no-body',
      text: {
        en: 'Send `HEAD /users/1` and get `200 OK` with headers but no body.',
        ko: '`HEAD /users/1`을 보내서 헤더는 있고 본문은 없는 `200 OK`를 받으세요.',
      },
      check: { method: 'HEAD', path: '/users/*', status: 200, emptyResponseBody: true },
      solution: [start],
    },
    {
      id: 'page-with-link',
      text: {
        en: 'Ask for the second page of `/users` and find the `Link` header in the response.',
        ko: '`/users`의 두 번째 페이지를 요청하고 응답에서 `Link` 헤더를 찾으세요.',
      },
      check: { method: 'GET', path: '/users', status: 200, responseHeaders: [{ name: 'link' }] },
      solution: [http('GET /users?page=2 HTTP/1.1', [JSON_ACCEPT])],
    },
  ],
  hints: [
    {
      en: 'The editor already holds a HEAD request: send it and compare the headers with a GET of the same URI.',
      ko: '편집기에 HEAD 요청이 준비되어 있습니다. 보낸 뒤 같은 URI에 GET을 보냈을 때의 헤더와 비교해 보세요.',
    },
    {
      en: 'For the page, change the method to `GET` and the target to `/users?page=2`.',
      ko: '페이지를 요청하려면 메서드를 `GET`으로, 요청 대상을 `/users?page=2`로 바꾸세요.',
    },
  ],
  see: [
    'https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1',
    'https://www.rfc-editor.org/rfc/rfc9110#section-9.3.2',
    'https://www.rfc-editor.org/rfc/rfc8288#section-3',
  ],
} as const satisfies Lesson;
