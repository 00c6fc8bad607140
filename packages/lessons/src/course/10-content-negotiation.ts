import type { Lesson } from '../types.ts';
import { AUTH, JSON_ACCEPT, MOCK_HOST, http, rawResponse } from './http.ts';

const start = http('GET /users/1 HTTP/1.1', ['Accept: application/xml']);
const xmlBody = '<user><name>Mina Kim</name><email>mina@example.com</email></user>';
const unsupported = http(
  'POST /users HTTP/1.1',
  [AUTH, 'Content-Type: application/xml', JSON_ACCEPT],
  xmlBody,
);
const csv = http('GET /users HTTP/1.1', ['Accept: text/csv']);

export const contentNegotiation = {
  id: 'content-negotiation',
  order: 10,
  topics: ['negotiation'],
  title: { en: 'Content negotiation: 406 and 415', ko: '콘텐츠 협상: 406과 415' },
  summary: {
    en: 'Accept says what you can read, Content-Type says what you sent; each has its own error.',
    ko: 'Accept는 읽을 수 있는 형식을, Content-Type은 보낸 형식을 말합니다. 오류도 각각 다릅니다.',
  },
  body: {
    en: `One resource can have several representations: the same user as JSON or as CSV. The client states its preference, and the server picks.

- \`Accept\` (request) lists the media types the client can *read*. If the server can produce none of them, it answers **406 Not Acceptable**, ideally listing what it does offer.
- \`Content-Type\` (on a request with a body) says what the client *sent*. If the server cannot process that format, it answers **415 Unsupported Media Type**, and may list what it accepts in \`Accept-Post\` or \`Accept-Patch\`.

Keep them apart: 406 is about the **response** you asked for, 415 about the **request body** you sent.

When the server chooses by \`Accept\`, it adds \`Vary: Accept\` to the response so that caches keep one copy per format.`,
    ko: `리소스 하나에 표현이 여러 개일 수 있습니다. 같은 사용자를 JSON으로도, CSV로도 보여 줄 수 있습니다. 클라이언트가 원하는 형식을 밝히면 서버가 고릅니다.

- 요청의 \`Accept\` 헤더는 클라이언트가 *읽을 수 있는* 미디어 타입 목록입니다. 서버가 그중 어느 것도 만들 수 없으면 **406 Not Acceptable**로 응답하고, 가능하면 제공할 수 있는 형식을 알려 줍니다.
- 본문이 있는 요청의 \`Content-Type\` 헤더는 클라이언트가 *보낸* 형식입니다. 서버가 그 형식을 처리할 수 없으면 **415 Unsupported Media Type**으로 응답하고, 받을 수 있는 형식을 \`Accept-Post\`나 \`Accept-Patch\`에 알려 줄 수 있습니다.

둘을 헷갈리지 마세요. 406은 요청한 **응답** 형식의 문제이고, 415는 보낸 **요청 본문**의 문제입니다.

서버가 \`Accept\`를 보고 형식을 고르면 응답에 \`Vary: Accept\`를 붙입니다. 그래야 캐시가 형식마다 따로 저장합니다.`,
  },
  start,
  goals: [
    {
      id: 'not-acceptable',
      text: {
        en: 'Ask for a user as XML and get `406 Not Acceptable`.',
        ko: '사용자를 XML로 요청해서 `406 Not Acceptable`을 받으세요.',
      },
      check: { method: 'GET', status: 406, requestHeaders: [{ name: 'accept' }] },
      solution: [start],
    },
    {
      id: 'unsupported-media-type',
      text: {
        en: 'Send a new user as XML and get `415 Unsupported Media Type`.',
        ko: '새 사용자를 XML로 보내서 `415 Unsupported Media Type`을 받으세요.',
      },
      check: { method: ['POST', 'PUT', 'PATCH'], status: 415, requestHeaders: [{ name: 'content-type' }] },
      solution: [unsupported],
    },
    {
      id: 'vary-accept',
      text: {
        en: 'Get the users as CSV and find `Vary: Accept` in the response.',
        ko: '사용자 목록을 CSV로 받고 응답에서 `Vary: Accept`를 찾으세요.',
      },
      check: {
        method: 'GET',
        status: 200,
        responseHeaders: [
          { name: 'content-type', includes: 'text/csv' },
          { name: 'vary', includes: 'accept' },
        ],
      },
      solution: [csv],
    },
  ],
  hints: [
    {
      en: 'Send the request as it is: it accepts only `application/xml`.',
      ko: '요청을 그대로 보내세요. `application/xml`만 받겠다고 했습니다.',
    },
    {
      en: 'For 415: `POST /users` with `Content-Type: application/xml`, your token, and an XML body.',
      ko: '415를 받으려면 토큰과 XML 본문을 넣고 `Content-Type: application/xml`으로 `POST /users`를 보내세요.',
    },
    {
      en: 'For CSV: `GET /users` with `Accept: text/csv`.',
      ko: 'CSV는 `Accept: text/csv`를 넣고 `GET /users`를 보내면 됩니다.',
    },
  ],
  spotTheBug: {
    source: 'go-httpbin',
    request: http('GET /json HTTP/1.1', ['Accept: application/xml']).replace(MOCK_HOST, 'localhost:8080'),
    response: rawResponse(
      'HTTP/1.1 415 Unsupported Media Type',
      ['Content-Type: text/plain; charset=utf-8'],
      'Unsupported Media Type',
    ),
    question: {
      en: 'The client sent no body and asked for XML, which this server cannot produce. Which status should it have received?',
      ko: '클라이언트는 본문 없이 XML을 요청했고, 서버는 XML을 만들 수 없습니다. 어떤 상태 코드를 받았어야 할까요?',
    },
    answer: {
      en: "`406 Not Acceptable`. The problem is the representation the client asked for (`Accept`), not a body it sent; 415 is about a request body's `Content-Type`.",
      ko: '`406 Not Acceptable`입니다. 문제는 클라이언트가 보낸 본문이 아니라 요청한 표현(`Accept`)입니다. 415는 요청 본문의 `Content-Type`에 대한 오류입니다.',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7',
  },
  see: [
    'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16',
    'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5',
  ],
} as const satisfies Lesson;
