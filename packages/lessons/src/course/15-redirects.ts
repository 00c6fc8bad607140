import type { Lesson } from '../types.ts';
import { AUTH, JSON_ACCEPT, http } from './http.ts';

const start = http('GET /members/1 HTTP/1.1', [JSON_ACCEPT]);
const follow = http('GET {{location}} HTTP/1.1', [JSON_ACCEPT]);
const ticket = '{"game":"3fd65a60-cb8b-11e0-9572-0800200c9a66","seat":"B-7","holder":"Mina Kim"}';
const temporary = http(
  'POST /tickets HTTP/1.1',
  [AUTH, 'Content-Type: application/json', JSON_ACCEPT],
  ticket,
);
const temporaryFollow = http(
  'POST {{location}} HTTP/1.1',
  [AUTH, 'Content-Type: application/json', JSON_ACCEPT],
  ticket,
);

export const redirects = {
  id: 'redirects',
  order: 15,
  topics: ['redirects'],
  title: { en: 'Redirects: 301, 303, 307 and 308', ko: '리다이렉트: 301, 303, 307, 308' },
  summary: {
    en: 'Moved for good or for now, and whether the method and body survive the trip.',
    ko: '영구 이동인지 임시 이동인지, 그리고 메서드와 본문이 그대로 유지되는지.',
  },
  body: {
    en: `A 3xx with \`Location\` sends the client somewhere else. Two questions pick the code:

- **Is the move permanent?** Then clients should update their bookmarks and links.
- **May the client change the method?** Old clients turned a redirected POST into a GET, and the codes record that history.

- **301 Moved Permanently**: the resource has a new URI for good. Historically a client may turn POST into GET.
- **308 Permanent Redirect**: the same, but the method and body must stay.
- **307 Temporary Redirect**: go there *this time*, with the same method and body. Keep using the old URI.
- **303 See Other**: fetch a *different* resource with GET, for example the result of a job or of a form.

(302 Found is the older, vaguer temporary redirect; 307 was added to say exactly what it means.)`,
    ko: `\`Location\`이 있는 3xx 응답은 클라이언트를 다른 곳으로 보냅니다. 어떤 코드를 쓸지는 두 가지 질문으로 정해집니다.

- **영구적인 이동인가?** 그렇다면 클라이언트는 북마크와 링크를 새 URI로 바꿔야 합니다.
- **클라이언트가 메서드를 바꿔도 되는가?** 예전 클라이언트들은 리다이렉트된 POST를 GET으로 바꾸곤 했고, 상태 코드에는 그 역사가 남아 있습니다.

- **301 Moved Permanently**: 리소스가 영구적으로 새 URI를 갖게 되었습니다. 역사적인 이유로 클라이언트가 POST를 GET으로 바꿔도 됩니다.
- **308 Permanent Redirect**: 301과 같지만 메서드와 본문을 반드시 유지해야 합니다.
- **307 Temporary Redirect**: *이번에만* 그곳으로 같은 메서드와 본문을 보내라는 뜻입니다. 다음에도 원래 URI를 씁니다.
- **303 See Other**: GET으로 *다른* 리소스를 가져오라는 뜻입니다. 작업 결과나 폼 처리 결과를 보여 줄 때 씁니다.

(302 Found는 더 오래되고 의미가 모호한 임시 리다이렉트입니다. 307은 그 의미를 정확히 하려고 추가되었습니다.)`,
  },
  start,
  goals: [
    {
      id: 'moved-permanently',
      text: {
        en: 'Request a resource that moved for good, get `301`, and follow its `Location` to a `200`.',
        ko: '영구적으로 옮겨진 리소스를 요청해서 `301`을 받고, `Location`을 따라가 `200`을 받으세요.',
      },
      check: { status: 301, then: [{ method: 'GET', pathFromLocation: true, status: 200 }] },
      solution: [start, follow],
    },
    {
      id: 'temporary-redirect',
      text: {
        en: 'Get a `307 Temporary Redirect` and repeat the same method at its `Location`.',
        ko: '`307 Temporary Redirect`를 받고, 같은 메서드로 `Location`에 다시 보내세요.',
      },
      check: {
        method: 'POST',
        status: 307,
        then: [{ method: 'POST', pathFromLocation: true, status: [200, 201, 202, 204] }],
      },
      solution: [temporary, temporaryFollow],
    },
  ],
  hints: [
    {
      en: 'Send the GET as it is: `/members` was renamed `/users` for good. Then GET the path in `Location`.',
      ko: 'GET을 그대로 보내세요. `/members`는 `/users`로 이름이 영구히 바뀌었습니다. 그다음 `Location`의 경로로 GET을 보내세요.',
    },
    {
      en: 'For 307, buy a ticket: `POST /tickets` with your token and a body such as `{"game":"3fd65a60-cb8b-11e0-9572-0800200c9a66","seat":"B-7","holder":"Mina Kim"}`. The box office is served elsewhere for now.',
      ko: '307을 받으려면 티켓을 사 보세요. 토큰을 넣고 `{"game":"3fd65a60-cb8b-11e0-9572-0800200c9a66","seat":"B-7","holder":"Mina Kim"}` 같은 본문으로 `POST /tickets`를 보내면 됩니다. 매표소가 잠시 다른 곳에서 운영되고 있습니다.',
    },
    {
      en: 'Keep the method, headers and body; change only the path to the one in `Location`.',
      ko: '메서드, 헤더, 본문은 그대로 두고 경로만 `Location`에 있는 것으로 바꾸세요.',
    },
  ],
  see: [
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9',
  ],
} as const satisfies Lesson;
