import type { Lesson } from '../types.ts';
import { AUTH, JSON_ACCEPT, http } from './http.ts';

const start = http('GET /users/1 HTTP/1.1', [AUTH, JSON_ACCEPT]);
const revalidate = http('GET /users/1 HTTP/1.1', [AUTH, JSON_ACCEPT, 'If-None-Match: {{etag}}']);
const staleUpdate = http(
  'PUT /users/1 HTTP/1.1',
  [AUTH, 'Content-Type: application/json', JSON_ACCEPT, 'If-Match: "stale-version"'],
  '{"name":"Mina Kim","email":"mina@example.com"}',
);

export const conditionalRequests = {
  id: 'conditional-requests',
  order: 11,
  topics: ['conditional'],
  title: { en: 'Conditional requests: 304 and 412', ko: '조건부 요청: 304와 412' },
  summary: {
    en: 'ETags let a client skip a download it already has, and stop an update based on old data.',
    ko: 'ETag로 이미 가진 내용을 다시 내려받지 않고, 오래된 데이터에 기반한 수정을 막습니다.',
  },
  body: {
    en: `A server can label each version of a representation with an **entity tag**: \`ETag: "v7"\`. A strong ETag changes whenever the bytes change. \`Last-Modified\` is a coarser label, a date.

A client then asks *conditionally*:

- **Reading**: \`If-None-Match: "v7"\` means "send it only if it is no longer v7". If nothing changed, the server answers **304 Not Modified**, with no body, and the client reuses its copy.
- **Writing**: \`If-Match: "v7"\` means "apply my change only if the resource is still v7". If someone changed it meanwhile, the server refuses with **412 Precondition Failed**, and no update is lost silently. This is optimistic locking.

Some APIs go further and *require* \`If-Match\` on updates; they answer **428 Precondition Required** when it is missing ([RFC 6585](https://www.rfc-editor.org/rfc/rfc6585#section-3)).`,
    ko: `서버는 표현의 버전마다 **엔티티 태그(entity tag)** 를 붙일 수 있습니다: \`ETag: "v7"\`. 강한(strong) ETag는 바이트가 바뀔 때마다 달라집니다. \`Last-Modified\`는 날짜로 된 더 거친 표시입니다.

그러면 클라이언트는 *조건부로* 요청할 수 있습니다.

- **읽을 때**: \`If-None-Match: "v7"\`은 "v7이 아닐 때만 보내 달라"는 뜻입니다. 바뀐 것이 없으면 서버는 본문 없이 **304 Not Modified**로 응답하고, 클라이언트는 가지고 있던 사본을 다시 씁니다.
- **쓸 때**: \`If-Match: "v7"\`은 "리소스가 아직 v7일 때만 내 변경을 적용해 달라"는 뜻입니다. 그사이 누군가 바꿨다면 서버는 **412 Precondition Failed**로 거부하므로, 다른 사람의 수정이 조용히 덮어써지지 않습니다. 이것이 낙관적 잠금(optimistic locking)입니다.

어떤 API는 한 걸음 더 나아가 수정 요청에 \`If-Match\`를 *필수*로 요구하고, 빠지면 **428 Precondition Required**로 응답합니다([RFC 6585](https://www.rfc-editor.org/rfc/rfc6585#section-3)).`,
  },
  start,
  goals: [
    {
      id: 'not-modified',
      text: {
        en: 'Read user 1, then ask again with `If-None-Match` and its ETag, and get `304 Not Modified`.',
        ko: '1번 사용자를 읽은 다음, 그 ETag를 `If-None-Match`에 넣어 다시 요청해서 `304 Not Modified`를 받으세요.',
      },
      check: {
        method: ['GET', 'HEAD'],
        status: 304,
        requestHeaders: [{ name: 'if-none-match' }],
        emptyResponseBody: true,
      },
      solution: [start, revalidate],
    },
    {
      id: 'precondition-failed',
      text: {
        en: 'Make a conditional update fail with `412 Precondition Failed`.',
        ko: '조건부 수정 요청을 `412 Precondition Failed`로 실패하게 만드세요.',
      },
      check: { method: ['PUT', 'PATCH', 'DELETE'], status: 412, requestHeaders: [{ name: 'if-match' }] },
      solution: [staleUpdate],
    },
  ],
  hints: [
    {
      en: 'Send the GET and copy the `ETag` value, quotes included.',
      ko: 'GET을 보내고 `ETag` 값을 따옴표까지 그대로 복사하세요.',
    },
    {
      en: 'Add the line `If-None-Match: <the ETag>` and send the same GET again.',
      ko: '`If-None-Match: <복사한 ETag>` 줄을 추가하고 같은 GET을 다시 보내세요.',
    },
    {
      en: 'For 412: a `PUT /users/1` with `If-Match: "something-old"`, a JSON body and `Content-Type: application/json`.',
      ko: '412를 받으려면 `If-Match: "something-old"`와 JSON 본문, `Content-Type: application/json`을 넣어 `PUT /users/1`을 보내세요.',
    },
  ],
  see: [
    'https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3',
    'https://www.rfc-editor.org/rfc/rfc9110#section-13.1.1',
    'https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13',
  ],
} as const satisfies Lesson;
