import type { Lesson } from '../types.ts';
import { AUTH, JSON_ACCEPT, http } from './http.ts';

const player = '{"name":"Lee Kang-min","number":17,"position":"MF"}';
const start = http(
  'POST /leagues/seattle/teams/trebuchet/players HTTP/1.1',
  [AUTH, 'Content-Type: application/json', JSON_ACCEPT],
  player,
);
const followPlayer = http('GET {{location}} HTTP/1.1', [AUTH, JSON_ACCEPT]);
const storeItem = http(
  'PUT /users/2/favorites/alonso HTTP/1.1',
  [AUTH, 'Content-Type: application/json', JSON_ACCEPT],
  '{"player":"/leagues/seattle/teams/trebuchet/players/22","note":"strong left foot"}',
);
const deleteStore = http('DELETE /users/2/favorites HTTP/1.1', [AUTH]);

export const resourceArchetypes = {
  id: 'resource-archetypes',
  order: 9,
  topics: ['uri-design', 'methods'],
  title: { en: 'Documents, collections, stores and controllers', ko: '도큐먼트, 컬렉션, 스토어, 컨트롤러' },
  summary: {
    en: 'The four kinds of resource, a hierarchy of them, and the 409 that protects a store.',
    ko: '리소스의 네 가지 유형, 그 계층 구조, 그리고 스토어를 지키는 409.',
  },
  body: {
    en: `The Rulebook sorts resources into four archetypes:

- A **document** is one thing, like a database record: \`/users/1\`. Singular name.
- A **collection** is a directory the *server* manages: \`/users\`. You propose a new member with POST, and the server picks its URI. Plural name.
- A **store** is a repository the *client* manages: you choose the URI and put the item there with PUT. The first PUT creates (201), later ones replace.
- A **controller** is an action that does not fit create, read, update or delete. It is named with a verb and called with POST, and it is the one place a verb belongs in a URI.

Archetypes nest into a hierarchy: a league has teams, a team has players, so a player lives at \`/leagues/{league}/teams/{team}/players/{player}\`.

A request that would leave a resource in an impossible state gets **409 Conflict**. For example, deleting a store that still holds items would silently throw them away, so the server refuses until the store is empty. (One of the source articles says "an *empty* store"; that is backwards.)`,
    ko: `REST API 설계 규칙은 리소스를 네 가지 유형(archetype)으로 나눕니다.

- **도큐먼트**: 데이터베이스 레코드처럼 하나의 대상입니다. 예: \`/users/1\`. 단수 명사로 이름을 짓습니다.
- **컬렉션**: *서버*가 관리하는 디렉터리입니다. 예: \`/users\`. 클라이언트가 POST로 새 항목을 제안하면 URI는 서버가 정합니다. 복수 명사로 이름을 짓습니다.
- **스토어**: *클라이언트*가 관리하는 저장소입니다. 클라이언트가 URI를 정하고 PUT으로 항목을 넣습니다. 처음 PUT하면 생성(201)되고, 그다음부터는 교체됩니다.
- **컨트롤러**: 생성, 조회, 수정, 삭제로 표현하기 어려운 동작입니다. 동사로 이름을 짓고 POST로 호출하며, URI에 동사가 들어가도 되는 유일한 경우입니다.

유형들은 계층으로 이어집니다. 리그에는 팀이 있고 팀에는 선수가 있으므로, 선수는 \`/leagues/{league}/teams/{team}/players/{player}\`에 있습니다.

리소스를 불가능하거나 모순된 상태로 만드는 요청에는 **409 Conflict**로 응답합니다. 예를 들어 항목이 남아 있는 스토어를 삭제하면 그 항목들이 조용히 사라지므로, 서버는 스토어가 빌 때까지 삭제를 거부합니다. (원문 글 하나는 "비어 있는 스토어"라고 썼는데, 거꾸로 된 설명입니다.)`,
  },
  start,
  goals: [
    {
      id: 'create-player-follow',
      text: {
        en: 'Create a player and follow its `Location`.',
        ko: '선수를 만들고 그 `Location`을 따라가세요.',
      },
      check: {
        method: 'POST',
        path: '/leagues/*/teams/*/players',
        status: 201,
        then: [{ method: 'GET', pathFromLocation: true, status: 200 }],
      },
      solution: [start, followPlayer],
    },
    {
      id: 'store-put',
      text: {
        en: 'Put an item into a store at a URI you choose, and get `201 Created`.',
        ko: '직접 고른 URI로 스토어에 항목을 넣고 `201 Created`를 받으세요.',
      },
      check: { method: 'PUT', status: 201 },
      solution: [storeItem],
    },
    {
      id: 'store-conflict',
      text: {
        en: 'Try to delete a store that still holds items, and get `409 Conflict`.',
        ko: '항목이 남아 있는 스토어를 삭제해 보고 `409 Conflict`를 받으세요.',
      },
      check: { method: 'DELETE', status: 409 },
      solution: [storeItem, deleteStore],
    },
  ],
  hints: [
    {
      en: 'Send the POST as it is, then GET the path from its `Location` header.',
      ko: 'POST를 그대로 보낸 다음, `Location` 헤더에 있는 경로로 GET을 보내세요.',
    },
    {
      en: 'A store: `PUT /users/2/favorites/<a-name-you-choose>` with a body such as `{"player":"/leagues/seattle/teams/trebuchet/players/22"}`.',
      ko: '스토어에는 `{"player":"/leagues/seattle/teams/trebuchet/players/22"}` 같은 본문과 함께 `PUT /users/2/favorites/<직접 정한 이름>`을 보내세요.',
    },
    {
      en: 'Then `DELETE /users/2/favorites` while it still has your item.',
      ko: '그다음 항목이 남아 있는 상태에서 `DELETE /users/2/favorites`를 보내세요.',
    },
  ],
  see: [
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2',
    'https://www.rfc-editor.org/rfc/rfc9110#section-9.3.4',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10',
  ],
} as const satisfies Lesson;
