import type { Lesson } from '../types.ts';
import { AUTH, JSON_ACCEPT, http } from './http.ts';

const replacement = '{"name":"Mina Kim","email":"mina.kim@example.com"}';
const start = http(
  'PUT /users/1 HTTP/1.1',
  [AUTH, 'Content-Type: application/json', JSON_ACCEPT],
  replacement,
);
const patch = http(
  'PATCH /users/1 HTTP/1.1',
  [AUTH, 'Content-Type: application/merge-patch+json', JSON_ACCEPT],
  '{"email":"mina@example.org"}',
);

export const putAndPatch = {
  id: 'put-and-patch',
  order: 4,
  topics: ['methods', 'method-properties'],
  title: { en: 'PUT replaces, PATCH changes a part', ko: 'PUT은 교체하고, PATCH는 일부를 바꾼다' },
  summary: {
    en: 'Replace a whole user with PUT, then change one field with a JSON Merge Patch.',
    ko: 'PUT으로 사용자 전체를 교체하고, JSON Merge Patch로 필드 하나만 바꿉니다.',
  },
  body: {
    en: `**PUT** says: make the resource at this URI look exactly like this body. Fields you leave out are gone afterwards, because the body *is* the new state. Sending the same PUT twice leaves the same result, so PUT is **idempotent**, and a client may safely retry it after a timeout.

**PATCH** sends a set of changes instead of a whole new state. The \`Content-Type\` says how to read them. With JSON Merge Patch (\`application/merge-patch+json\`, [RFC 7396](https://www.rfc-editor.org/rfc/rfc7396#section-2)) you send only the fields to change, and \`null\` removes a field.

Which status comes back? \`200 OK\` with the new representation, or \`204 No Content\` when the server sends no body. Either means success.`,
    ko: `**PUT**은 "이 URI의 리소스를 이 본문과 똑같이 만들어 달라"는 뜻입니다. 본문이 곧 새 상태이므로, 빠뜨린 필드는 요청 후에 사라집니다. 같은 PUT을 두 번 보내도 결과가 같기 때문에 PUT은 **멱등(idempotent)** 하며, 클라이언트는 시간 초과 뒤에 안심하고 다시 보낼 수 있습니다.

**PATCH**는 새 상태 전체 대신 변경 사항만 보냅니다. 변경 사항을 어떻게 읽을지는 \`Content-Type\`이 정합니다. JSON Merge Patch(\`application/merge-patch+json\`, [RFC 7396](https://www.rfc-editor.org/rfc/rfc7396#section-2))에서는 바꿀 필드만 보내고, 값을 \`null\`로 보내면 그 필드가 삭제됩니다.

응답 상태 코드는 새 표현을 담은 \`200 OK\`이거나, 본문 없이 보내는 \`204 No Content\`입니다. 둘 다 성공입니다.`,
  },
  start,
  goals: [
    {
      id: 'put-replaces',
      text: {
        en: 'Replace user 1 with PUT and get a 2xx status.',
        ko: 'PUT으로 1번 사용자를 교체하고 2xx 상태 코드를 받으세요.',
      },
      check: { method: 'PUT', path: '/users/*', status: [200, 204] },
      solution: [start],
    },
    {
      id: 'patch-merges',
      text: {
        en: 'Change only the email with a `PATCH` in `application/merge-patch+json`.',
        ko: '`application/merge-patch+json` 형식의 `PATCH`로 이메일만 바꾸세요.',
      },
      check: {
        method: 'PATCH',
        path: '/users/*',
        status: [200, 204],
        requestHeaders: [{ name: 'content-type', includes: 'merge-patch+json' }],
      },
      solution: [patch],
    },
  ],
  hints: [
    {
      en: 'Send the PUT as it is, then GET `/users/1` to see the whole new state.',
      ko: 'PUT을 그대로 보낸 다음 `/users/1`에 GET을 보내서 바뀐 전체 상태를 확인하세요.',
    },
    {
      en: 'For PATCH, change the method, set `Content-Type: application/merge-patch+json`, and send only `{"email":"..."}`.',
      ko: 'PATCH는 메서드를 바꾸고 `Content-Type: application/merge-patch+json`을 쓴 다음 `{"email":"..."}`만 보내면 됩니다.',
    },
    {
      en: 'After you shorten the body, fix `Content-Length`: it counts bytes.',
      ko: '본문을 줄였다면 `Content-Length`도 고치세요. 바이트 수를 셉니다.',
    },
  ],
  see: [
    'https://www.rfc-editor.org/rfc/rfc9110#section-9.3.4',
    'https://www.rfc-editor.org/rfc/rfc5789#section-2',
    'https://www.rfc-editor.org/rfc/rfc7396#section-2',
  ],
} as const satisfies Lesson;
