import type { Lesson } from '../types.ts';
import { JSON_ACCEPT, http } from './http.ts';

const start = http('GET /users/ HTTP/1.1', [JSON_ACCEPT]);
const upper = http('GET /Users/1 HTTP/1.1', [JSON_ACCEPT]);
const crud = http('GET /deleteUser/1 HTTP/1.1', [JSON_ACCEPT]);

export const uriDesign = {
  id: 'uri-design',
  order: 8,
  topics: ['uri-design'],
  title: { en: 'Designing URIs by the Rulebook', ko: 'REST API 설계 규칙으로 URI 설계하기' },
  summary: {
    en: 'Slashes for hierarchy, no trailing slash, lowercase, no file extensions, no CRUD verbs.',
    ko: '계층은 슬래시로, 끝에 슬래시 없이, 소문자로, 파일 확장자와 CRUD 동사 없이.',
  },
  body: {
    en: `A URI names a resource. The *REST API Design Rulebook* gives rules that make names predictable:

- A **forward slash** shows hierarchy: \`/leagues/seattle/teams/trebuchet/players/21\`.
- **No trailing slash**: \`/shapes\`, not \`/shapes/\`. Many APIs redirect the slashed form to the canonical one.
- **Lowercase** paths, with hyphens between words. Scheme and host are case-insensitive ([RFC 3986](https://www.rfc-editor.org/rfc/rfc3986#section-6.2.2.1)), but the path is not: \`/My-Folder\` and \`/my-folder\` are different URIs.
- **No file extensions** such as \`.json\`: ask for a format with the \`Accept\` header instead.
- **Nouns, not verbs**: a **document** gets a singular name, a **collection** a plural one. The method says what to do, so \`DELETE /users/1234\` is right and \`GET /deleteUser?id=1234\` is not.
- The variable part of a path is replaced by a unique value: an integer such as \`21\` or a UUID.

The mock API follows these rules, and when you break one it says which.`,
    ko: `URI는 리소스의 이름입니다. *REST API 설계 규칙(REST API Design Rulebook)* 은 이름을 예측할 수 있게 만드는 규칙을 제시합니다.

- **슬래시(/)** 는 계층 관계를 나타냅니다: \`/leagues/seattle/teams/trebuchet/players/21\`
- URI 마지막에 **슬래시를 붙이지 않습니다**: \`/shapes/\`가 아니라 \`/shapes\`. 많은 API가 슬래시가 붙은 URI를 표준 URI로 리다이렉트합니다.
- 경로에는 **소문자**를 쓰고 단어 사이는 하이픈으로 잇습니다. 스킴과 호스트는 대소문자를 구분하지 않지만([RFC 3986](https://www.rfc-editor.org/rfc/rfc3986#section-6.2.2.1)) 경로는 구분합니다. \`/My-Folder\`와 \`/my-folder\`는 서로 다른 URI입니다.
- \`.json\` 같은 **파일 확장자를 넣지 않습니다**. 형식은 \`Accept\` 헤더로 고릅니다.
- **동사가 아니라 명사**를 씁니다. **도큐먼트**는 단수 명사, **컬렉션**은 복수 명사로 이름을 짓습니다. 할 일은 메서드가 말하므로 \`DELETE /users/1234\`가 맞고 \`GET /deleteUser?id=1234\`는 틀립니다.
- 경로 중 변하는 부분은 \`21\` 같은 정수나 UUID처럼 유일한 값으로 채웁니다.

목 API는 이 규칙을 지키고, 규칙을 어긴 요청에는 어떤 규칙을 어겼는지 알려 줍니다.`,
  },
  start,
  goals: [
    {
      id: 'trailing-slash',
      text: {
        en: 'Ask for `/users/` and see the redirect to the canonical URI in `Location`.',
        ko: '`/users/`를 요청하고, `Location`이 가리키는 표준 URI로의 리다이렉트를 확인하세요.',
      },
      check: { path: '/users/', status: [301, 308], responseHeaders: [{ name: 'location' }] },
      solution: [start],
    },
    {
      id: 'uppercase',
      text: {
        en: 'Use an uppercase path such as `/Users/1` and read the rule the 404 names.',
        ko: '`/Users/1`처럼 대문자가 들어간 경로를 요청하고, 404가 알려 주는 규칙을 읽으세요.',
      },
      check: { path: '/Users/**', status: 404 },
      solution: [upper],
    },
    {
      id: 'crud-verb',
      text: {
        en: 'Try a CRUD verb in the path, `/deleteUser/1`, and read the hint in the 404.',
        ko: '경로에 CRUD 동사를 넣은 `/deleteUser/1`을 요청하고 404의 힌트를 읽으세요.',
      },
      check: { path: '/deleteUser/**', status: 404 },
      solution: [crud],
    },
  ],
  hints: [
    {
      en: 'Send the request as it is: the target ends in a slash.',
      ko: '요청을 그대로 보내세요. 요청 대상이 슬래시로 끝납니다.',
    },
    { en: 'Change the target to `/Users/1`.', ko: '요청 대상을 `/Users/1`로 바꾸세요.' },
    { en: 'Change the target to `/deleteUser/1`.', ko: '요청 대상을 `/deleteUser/1`로 바꾸세요.' },
  ],
  see: [
    'https://www.rfc-editor.org/rfc/rfc3986#section-3.3',
    'https://www.rfc-editor.org/rfc/rfc3986#section-6.2.2.1',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9',
  ],
} as const satisfies Lesson;
