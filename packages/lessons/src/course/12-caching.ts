import type { Lesson } from '../types.ts';
import { AUTH, JSON_ACCEPT, http } from './http.ts';

const start = http('GET /users/1 HTTP/1.1', [JSON_ACCEPT]);
const mine = http('GET /users/1 HTTP/1.1', [AUTH, JSON_ACCEPT]);

export const caching = {
  id: 'caching',
  order: 12,
  topics: ['caching'],
  title: { en: 'Caching with Cache-Control', ko: 'Cache-Control로 캐싱하기' },
  summary: {
    en: 'Who may store a response, for how long, and why your own data is private.',
    ko: '누가 응답을 저장해도 되는지, 얼마 동안인지, 그리고 내 데이터가 private인 이유.',
  },
  body: {
    en: `Cacheability is one of REST's constraints: a response must say whether it may be stored and reused. The \`Cache-Control\` header says it.

- \`max-age=60\`: the response stays fresh for 60 seconds; a cache may serve it without asking the server.
- \`public\`: any cache may store it, including shared ones such as a proxy or a CDN.
- \`private\`: only the user's own client may store it. Use it for responses that belong to one user.
- \`no-cache\`: store it, but check with the server (a conditional request) before each reuse.
- \`no-store\`: do not store it at all.

When freshness runs out, the client does not start over: it revalidates with \`If-None-Match\`, and a **304** costs only a few header lines.

In the mock API the shared sample data, read without a token, is public. Everything in your sandbox belongs to you alone, so it is private.`,
    ko: `캐시 가능성(cacheability)은 REST의 제약 조건 중 하나입니다. 응답은 저장해 두었다가 다시 써도 되는지 스스로 밝혀야 하고, 그 역할을 \`Cache-Control\` 헤더가 합니다.

- \`max-age=60\`: 응답이 60초 동안 신선(fresh)합니다. 캐시는 그동안 서버에 묻지 않고 응답을 내줄 수 있습니다.
- \`public\`: 프록시나 CDN 같은 공유 캐시를 포함해 어떤 캐시든 저장할 수 있습니다.
- \`private\`: 사용자 자신의 클라이언트만 저장할 수 있습니다. 한 사용자에게만 속한 응답에 씁니다.
- \`no-cache\`: 저장은 해도 되지만, 다시 쓰기 전에 매번 서버에 확인(조건부 요청)해야 합니다.
- \`no-store\`: 아예 저장하지 않습니다.

신선도가 다 지나도 처음부터 다시 받을 필요는 없습니다. \`If-None-Match\`로 재검증(revalidation)하면 되고, **304** 응답은 헤더 몇 줄만 오갑니다.

목 API에서 토큰 없이 읽는 공유 샘플 데이터는 public입니다. 샌드박스 안의 데이터는 나에게만 속하므로 private입니다.`,
  },
  start,
  goals: [
    {
      id: 'public-cache',
      text: {
        en: 'Read shared data without a token and find a `Cache-Control` that allows shared caches.',
        ko: '토큰 없이 공유 데이터를 읽고, 공유 캐시도 저장할 수 있다고 말하는 `Cache-Control`을 찾으세요.',
      },
      check: { method: 'GET', status: 200, responseHeaders: [{ name: 'cache-control', includes: 'public' }] },
      solution: [start],
    },
    {
      id: 'private-cache',
      text: {
        en: 'Read the same user from your sandbox (with your token) and see `private`.',
        ko: '같은 사용자를 토큰을 넣어 내 샌드박스에서 읽고 `private`을 확인하세요.',
      },
      check: {
        method: 'GET',
        status: 200,
        requestHeaders: [{ name: 'authorization' }],
        responseHeaders: [{ name: 'cache-control', includes: 'private' }],
      },
      solution: [mine],
    },
  ],
  hints: [
    {
      en: 'Send the request as it is and read the `Cache-Control` line.',
      ko: '요청을 그대로 보내고 `Cache-Control` 줄을 읽으세요.',
    },
    {
      en: 'Add `Authorization: Bearer <your token>`: the token is shown above the editor.',
      ko: '`Authorization: Bearer <내 토큰>` 줄을 추가하세요. 토큰은 편집기 위에 표시됩니다.',
    },
  ],
  see: [
    'https://www.rfc-editor.org/rfc/rfc9111#section-5.2',
    'https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.7',
    'https://www.rfc-editor.org/rfc/rfc9111#section-4.3',
  ],
} as const satisfies Lesson;
