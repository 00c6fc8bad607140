/**
 * Design rules: the *REST API Design Rulebook* rules the source articles list, and the RFC
 * requirements that can be checked on a single exchange. Each rule links the RFC section that
 * backs it; a Rulebook rule also carries the book's own name for it.
 */
import type { Localized } from '../types.ts';
import { rfc5789, rfc6585, rfc6750, rfc9110, rfc9111, rfc9112, rfc9457, spec } from './spec.ts';
import type { SpecRef } from './spec.ts';

/** Where a rule comes from: the *REST API Design Rulebook* (Massé, 2011) or an RFC. */
export type RuleSource = 'rulebook' | 'rfc';

/** The strength of the rule, in BCP 14 terms (a SHOULD NOT is a `should`). */
export type RuleLevel = 'must' | 'should' | 'may';

/** What the rule is about, for grouping in the UI. */
export type RuleTopic = 'uri' | 'method' | 'status' | 'header' | 'message';

export interface RuleEntry {
  /** Stable kebab-case id, e.g. `uri-no-trailing-slash` */
  readonly id: string;
  readonly source: RuleSource;
  readonly level: RuleLevel;
  readonly topic: RuleTopic;
  /** The RFC section that states or backs the rule */
  readonly spec: SpecRef;
  /**
   * The status codes the rule is about, when its id does not name them (`status-405-allow`
   * names 405 already): the reference lists the rule on these codes' pages.
   */
  readonly statuses?: readonly number[];
  /** The methods the rule is about, when its id does not name them (`method-get-retrieve` does). */
  readonly methods?: readonly string[];
  /** The Rulebook's name for the rule, e.g. `Rule: Lowercase letters should be preferred in URI paths` */
  readonly rulebook?: string;
  /** One line */
  readonly summary: Localized;
  /** Why the rule exists, with a bad and a good example */
  readonly text: Localized;
}

const rfc3986 = (section: string): SpecRef => spec(3986, section);

export const RULES = [
  // URI design (Rulebook, chapter 2)
  {
    id: 'uri-forward-slash-hierarchy',
    source: 'rulebook',
    level: 'must',
    topic: 'uri',
    spec: rfc3986('3.3'),
    rulebook: 'Rule: Forward slash separator (/) must be used to indicate a hierarchical relationship',
    summary: {
      en: 'Use the forward slash (/) to show the hierarchy between resources in the path.',
      ko: '경로에서 리소스 간의 계층 관계는 슬래시(/)로 나타냅니다.',
    },
    text: {
      en: 'Each path segment narrows the one before it, which is how RFC 3986 organises a path. Good: /leagues/7/teams/3/players/21 (player 21 of team 3 of league 7). Bad: /players?league=7&team=3&id=21, which hides the structure in the query, or /leagues-7-teams-3. Anyone reading the URI then sees the parent of every resource at a glance.',
      ko: '경로의 각 세그먼트는 앞 세그먼트를 한 단계씩 좁혀 가며, 이는 RFC 3986이 경로를 계층적으로 구성하는 방식과 같습니다. 좋은 예: /leagues/7/teams/3/players/21(7번 리그, 3번 팀의 21번 선수). 나쁜 예: 구조를 쿼리 속에 숨긴 /players?league=7&team=3&id=21, 또는 /leagues-7-teams-3. 이렇게 하면 URI만 보고도 각 리소스의 상위 리소스를 바로 알 수 있습니다.',
    },
  },
  {
    id: 'uri-no-trailing-slash',
    source: 'rulebook',
    level: 'should',
    topic: 'uri',
    spec: rfc3986('6.2.4'),
    rulebook: 'Rule: A trailing forward slash (/) should not be included in URIs',
    summary: {
      en: 'Do not end a URI with a slash: /users, not /users/.',
      ko: 'URI를 슬래시로 끝내지 않습니다. /users/가 아니라 /users입니다.',
    },
    text: {
      en: 'A trailing slash adds no meaning, yet RFC 3986 treats /users and /users/ as two different URIs, so caches, logs and clients see two names for one resource. Settle on the form without the slash. A forgiving API may redirect /users/ to /users (301 or 308) so old links keep working, which is better than serving the same resource under both names. Bad: GET /users/. Good: GET /users.',
      ko: '끝의 슬래시는 아무 의미도 더하지 않지만, RFC 3986은 /users와 /users/를 서로 다른 URI로 봅니다. 그래서 캐시, 로그, 클라이언트 입장에서는 리소스 하나에 이름이 둘이 됩니다. 슬래시 없는 형태로 통일하세요. 관대한 API는 예전 링크가 계속 동작하도록 /users/를 /users로 리다이렉트(301이나 308)하기도 하는데, 같은 리소스를 두 이름으로 그대로 제공하는 것보다 낫습니다. 나쁜 예: GET /users/. 좋은 예: GET /users.',
    },
  },
  {
    id: 'uri-hyphens-not-underscores',
    source: 'rulebook',
    level: 'should',
    topic: 'uri',
    spec: rfc3986('2.3'),
    rulebook:
      'Rule: Hyphens (-) should be used to improve the readability of URIs; Rule: Underscores (_) should not be used in URIs',
    summary: {
      en: 'Separate words with hyphens, not underscores: /password-resets, not /password_resets.',
      ko: '단어는 밑줄(_)이 아니라 하이픈(-)으로 구분합니다. /password_resets가 아니라 /password-resets입니다.',
    },
    text: {
      en: 'Both characters are unreserved in RFC 3986, so this is about readability, not validity. Links are often shown underlined, and an underscore then disappears into the underline: /password_resets looks like /password resets. Hyphens stay visible, and search engines treat them as word separators. Avoid camelCase as well, since paths are case-sensitive. Bad: /password_resets or /passwordResets. Good: /password-resets.',
      ko: '두 문자 모두 RFC 3986의 비예약 문자(unreserved)라서 유효성이 아니라 가독성의 문제입니다. 링크는 밑줄이 그어진 채로 보일 때가 많은데, 그러면 밑줄 문자가 밑줄에 묻혀 /password_resets가 /password resets처럼 보입니다. 하이픈은 잘 보이고, 검색 엔진도 하이픈을 단어 구분자로 봅니다. 경로는 대소문자를 구분하므로 camelCase도 피하세요. 나쁜 예: /password_resets나 /passwordResets. 좋은 예: /password-resets.',
    },
  },
  {
    id: 'uri-lowercase',
    source: 'rulebook',
    level: 'should',
    topic: 'uri',
    spec: rfc3986('6.2.2.1'),
    rulebook: 'Rule: Lowercase letters should be preferred in URI paths',
    summary: {
      en: 'Prefer lowercase letters in URI paths.',
      ko: 'URI 경로에는 소문자를 씁니다.',
    },
    text: {
      en: 'RFC 3986 makes the scheme and the host case-insensitive, so HTTP://API.EXAMPLE.ORG/users and http://api.example.org/users are the same URI. The path is case-sensitive: /users/1 and /Users/1 are different URIs, and a server may treat them as different resources. The rule is a convention for consistency, so nobody has to guess the capitalisation; it does not mean servers must fold case. Good: /my-folder/my-doc. Bad: /My-Folder/my-doc.',
      ko: 'RFC 3986에서 스킴과 호스트는 대소문자를 구분하지 않으므로 HTTP://API.EXAMPLE.ORG/users와 http://api.example.org/users는 같은 URI입니다. 하지만 경로는 대소문자를 구분합니다. /users/1과 /Users/1은 서로 다른 URI이고, 서버는 이 둘을 다른 리소스로 다뤄도 됩니다. 이 규칙은 아무도 대소문자를 추측하지 않아도 되게 하려는 일관성의 관례이지, 서버가 대소문자를 접어서(case folding) 같게 처리해야 한다는 뜻이 아닙니다. 좋은 예: /my-folder/my-doc. 나쁜 예: /My-Folder/my-doc.',
    },
  },
  {
    id: 'uri-no-file-extension',
    source: 'rulebook',
    level: 'should',
    topic: 'uri',
    spec: rfc9110('12.1'),
    rulebook: 'Rule: File extensions should not be included in URIs',
    summary: {
      en: 'Do not put format extensions like .json in URIs; negotiate the format with Accept and Content-Type.',
      ko: 'URI에 .json 같은 형식 확장자를 넣지 않습니다. 형식은 Accept와 Content-Type으로 협상합니다.',
    },
    text: {
      en: 'A URI names a resource, not one of its formats. Bad: /students/transcripts/2005/fall.json. Good: GET /students/transcripts/2005/fall with Accept: application/json, and the response names the format it chose in Content-Type. With extensions every format becomes a separate resource, and adding XML or CSV later means new URIs for everything. The format of a request body likewise goes in Content-Type, never in the path.',
      ko: 'URI는 리소스를 가리킬 뿐, 리소스의 특정 형식을 가리키지 않습니다. 나쁜 예: /students/transcripts/2005/fall.json. 좋은 예: Accept: application/json과 함께 GET /students/transcripts/2005/fall을 보내면, 응답이 고른 형식을 Content-Type으로 알려 줍니다. 확장자를 쓰면 형식마다 별도의 리소스가 생겨서, 나중에 XML이나 CSV를 추가할 때 모든 URI를 새로 만들어야 합니다. 요청 본문의 형식도 마찬가지로 경로가 아니라 Content-Type에 적습니다.',
    },
  },
  {
    id: 'uri-api-subdomain',
    source: 'rulebook',
    level: 'should',
    topic: 'uri',
    spec: rfc3986('3.2.2'),
    rulebook: 'Rule: Consistent subdomain names should be used for your APIs',
    summary: {
      en: 'Serve the API from a consistent subdomain, such as api.example.org.',
      ko: 'API는 api.example.org처럼 일관된 서브도메인에서 제공합니다.',
    },
    text: {
      en: "The top-level domain and the first subdomain identify the service owner (soccer.restapi.org), and the API's full host adds api: api.soccer.restapi.org. A dedicated host can be scaled, cached, rate-limited and secured apart from the website, and developers always know where the API lives. Bad: www.soccer.restapi.org/api/v1 on one service and soccer-api.restapi.org on the next. Good: api.soccer.restapi.org, the same pattern everywhere.",
      ko: '최상위 도메인과 1차 서브도메인(soccer.restapi.org)으로 서비스 제공자를 식별하고, API의 전체 호스트 이름에는 api를 붙여 api.soccer.restapi.org처럼 씁니다. 전용 호스트를 두면 웹사이트와 따로 확장하고, 캐시하고, 요청 수를 제한하고, 보안을 적용할 수 있으며, 개발자는 API가 어디 있는지 늘 알 수 있습니다. 나쁜 예: 어떤 서비스는 www.soccer.restapi.org/api/v1, 다른 서비스는 soccer-api.restapi.org. 좋은 예: 어디서나 같은 패턴인 api.soccer.restapi.org.',
    },
  },
  {
    id: 'uri-singular-document',
    source: 'rulebook',
    level: 'should',
    topic: 'uri',
    spec: rfc3986('3.3'),
    rulebook: 'Rule: A singular noun should be used for document names',
    summary: {
      en: 'Name a document with a singular noun or its id: /players/claudio.',
      ko: '도큐먼트는 단수 명사나 ID로 이름 짓습니다. 예: /players/claudio',
    },
    text: {
      en: 'A document is a single thing, like one database record or object instance, so its own segment is a singular noun or an identifier: /leagues/seattle/teams/trebuchet/players/claudio, /users/1. A singleton document that does not sit in a collection gets a singular name too. Good: /users/1/profile. Bad: /users/1/profiles for the one profile a user has.',
      ko: '도큐먼트는 데이터베이스 레코드나 객체 인스턴스처럼 하나의 대상이므로, 도큐먼트 자체의 세그먼트는 단수 명사나 식별자로 씁니다. 예: /leagues/seattle/teams/trebuchet/players/claudio, /users/1. 컬렉션에 속하지 않는 단일 도큐먼트도 단수형을 씁니다. 좋은 예: /users/1/profile. 나쁜 예: 사용자마다 하나뿐인 프로필을 /users/1/profiles로 부르는 것.',
    },
  },
  {
    id: 'uri-plural-collections',
    source: 'rulebook',
    level: 'should',
    topic: 'uri',
    spec: rfc3986('3.3'),
    rulebook: 'Rule: A plural noun should be used for collection names',
    summary: {
      en: 'Name a collection with a plural noun: /players, not /player.',
      ko: '컬렉션은 복수 명사로 이름 짓습니다. /player가 아니라 /players입니다.',
    },
    text: {
      en: 'A collection is a server-managed directory of resources: clients propose new members with POST, and the server assigns their URIs. Plural names read naturally: GET /users lists users, GET /users/1 is one of them, POST /users adds one. Be consistent, because mixing singular and plural makes clients remember which is which. Bad: GET /player/21 next to GET /teams/3. Good: GET /players/21 and GET /teams/3.',
      ko: '컬렉션은 서버가 관리하는 리소스 디렉터리입니다. 클라이언트는 POST로 새 리소스를 제안해 추가하고, URI는 서버가 정합니다. 복수형이면 자연스럽게 읽힙니다. GET /users는 사용자 목록, GET /users/1은 그중 하나, POST /users는 사용자 추가입니다. 단수와 복수를 섞어 쓰면 클라이언트가 어느 쪽이 어떤지 외워야 하므로 일관되게 쓰세요. 나쁜 예: GET /teams/3과 나란히 있는 GET /player/21. 좋은 예: GET /players/21과 GET /teams/3.',
    },
  },
  {
    id: 'uri-plural-stores',
    source: 'rulebook',
    level: 'should',
    topic: 'uri',
    spec: rfc3986('3.3'),
    rulebook: 'Rule: A plural noun should be used for store names',
    summary: {
      en: 'Name a store with a plural noun as well: /users/1/favorites.',
      ko: '스토어도 복수 명사로 이름 짓습니다. 예: /users/1/favorites',
    },
    text: {
      en: "A store is a client-managed repository: the client picks each item's URI and puts the item there with PUT, e.g. PUT /users/1/favorites/alonso. The server never invents new URIs inside a store. Trying to delete a store that still holds items is a textbook 409 Conflict. Bad: PUT /users/1/favorite/alonso. Good: PUT /users/1/favorites/alonso.",
      ko: '스토어는 클라이언트가 관리하는 리소스 저장소입니다. 클라이언트가 각 항목의 URI를 직접 정하고 PUT으로 넣습니다. 예: PUT /users/1/favorites/alonso. 서버는 스토어 안에 새 URI를 만들어 내지 않습니다. 항목이 남아 있는 스토어를 삭제하려 하면 전형적인 409 Conflict입니다. 나쁜 예: PUT /users/1/favorite/alonso. 좋은 예: PUT /users/1/favorites/alonso.',
    },
  },
  {
    id: 'uri-controller-verb',
    source: 'rulebook',
    level: 'should',
    topic: 'uri',
    spec: rfc9110('9.3.3'),
    rulebook: 'Rule: A verb or verb phrase should be used for controller names',
    summary: {
      en: 'Name a controller with a verb and call it with POST: POST /alerts/245743/resend.',
      ko: '컨트롤러는 동사로 이름 짓고 POST로 호출합니다. 예: POST /alerts/245743/resend',
    },
    text: {
      en: 'Some actions are not creating, reading, updating or deleting a resource: resending an alert, starting a game, resetting a password. Model them as a controller, a function-like resource named with a verb and placed last in the path, under the resource it acts on. Good: POST /games/{id}/start. Bad: PUT /games/{id} with {"action": "start"}. Controllers are the one place a verb belongs in a URI; plain CRUD is expressed by the method.',
      ko: '알림 재전송, 경기 시작, 비밀번호 재설정처럼 리소스의 생성, 조회, 수정, 삭제로 표현되지 않는 동작이 있습니다. 이런 동작은 동사로 이름 지은 함수 같은 리소스, 즉 컨트롤러로 모델링하고, 동작 대상 리소스 아래 경로의 맨 끝에 둡니다. 좋은 예: POST /games/{id}/start. 나쁜 예: {"action": "start"}를 담은 PUT /games/{id}. URI에 동사가 들어가도 되는 곳은 컨트롤러뿐이며, 단순한 CRUD는 메서드로 표현합니다.',
    },
  },
  {
    id: 'uri-variable-segments',
    source: 'rulebook',
    level: 'may',
    topic: 'uri',
    spec: rfc3986('3.3'),
    rulebook: 'Rule: Variable path segments may be substituted with identity-based values',
    summary: {
      en: 'Path segments may be ids, integers or UUIDs, that identify one resource.',
      ko: '경로 세그먼트에는 리소스 하나를 식별하는 ID(정수나 UUID)를 넣을 수 있습니다.',
    },
    text: {
      en: "A URI template such as /leagues/{leagueId}/teams/{teamId}/players/{playerId} is filled with unique values: /players/21, or /games/3fd65a60-cb8b-11e0-9572-0800200c9a66. To clients the whole URI is the identifier, and a database id inside it is an implementation detail. Treating the URI as opaque lets the back end change without breaking clients. Bad: /players/3, where 3 is the player's current rank and changes every week. Good: /players/21, where 21 never changes.",
      ko: '/leagues/{leagueId}/teams/{teamId}/players/{playerId} 같은 URI 템플릿의 변수 자리에는 고유한 값을 넣습니다. 예: /players/21, /games/3fd65a60-cb8b-11e0-9572-0800200c9a66. 클라이언트에게는 URI 전체가 식별자이며, 그 안의 데이터베이스 ID는 구현 세부 사항일 뿐입니다. URI를 불투명한(opaque) 값으로 다뤄야 백엔드가 바뀌어도 클라이언트가 깨지지 않습니다. 나쁜 예: 3이 매주 바뀌는 선수의 현재 순위인 /players/3. 좋은 예: 21이 절대 바뀌지 않는 /players/21.',
    },
  },
  {
    id: 'uri-no-crud-verbs',
    source: 'rulebook',
    level: 'should',
    topic: 'uri',
    spec: rfc9110('9.1'),
    rulebook: 'Rule: CRUD function names should not be used in URIs',
    summary: {
      en: 'Let the method say what to do: DELETE /users/1234, not GET /deleteUser?id=1234.',
      ko: '무엇을 할지는 메서드가 말하게 합니다. GET /deleteUser?id=1234가 아니라 DELETE /users/1234입니다.',
    },
    text: {
      en: 'HTTP already has verbs for create, read, update and delete: POST, GET, PUT or PATCH, and DELETE. Repeating them in the path duplicates the method and usually breaks its meaning. Bad: GET /deleteUser?id=1234 (a "safe" GET that deletes, which crawlers and prefetchers will happily trigger), GET /deleteUser/1234, DELETE /deleteUser/1234, POST /users/1234/delete. Good: DELETE /users/1234.',
      ko: 'HTTP에는 이미 생성, 조회, 수정, 삭제를 위한 동사, 즉 POST, GET, PUT이나 PATCH, DELETE가 있습니다. 경로에서 이를 또 말하면 메서드와 중복될 뿐 아니라 대개 메서드의 의미를 깨뜨립니다. 나쁜 예: GET /deleteUser?id=1234(크롤러나 프리페처가 아무렇지 않게 실행할 수 있는, 삭제하는 "안전한" GET), GET /deleteUser/1234, DELETE /deleteUser/1234, POST /users/1234/delete. 좋은 예: DELETE /users/1234.',
    },
  },
  {
    id: 'uri-query-filter',
    source: 'rulebook',
    level: 'may',
    topic: 'uri',
    spec: rfc3986('3.4'),
    rulebook: 'Rule: The query component of a URI may be used to filter collections or stores',
    summary: {
      en: 'Use the query to filter a collection: GET /users?role=admin.',
      ko: '컬렉션을 걸러 낼 때는 쿼리를 씁니다. 예: GET /users?role=admin',
    },
    text: {
      en: 'A filter picks a subset of the same collection, so it belongs after the ?, not in the path. Good: /users?role=admin. Bad: /users/admins or /admin-users, which look like new resources. The result is still a list of user documents with the same URIs as in the full collection.',
      ko: '필터는 같은 컬렉션의 부분 집합을 고르는 것이므로 경로가 아니라 ? 뒤에 둡니다. 좋은 예: /users?role=admin. 나쁜 예: 새 리소스처럼 보이는 /users/admins나 /admin-users. 결과는 여전히 전체 컬렉션과 같은 URI를 가진 사용자 도큐먼트 목록입니다.',
    },
  },
  {
    id: 'uri-query-paginate',
    source: 'rulebook',
    level: 'should',
    topic: 'uri',
    spec: rfc3986('3.4'),
    rulebook: 'Rule: The query component of a URI should be used to paginate collection or store results',
    summary: {
      en: 'Paginate with query parameters: GET /users?page=2&limit=20.',
      ko: '페이지네이션은 쿼리 매개변수로 합니다. 예: GET /users?page=2&limit=20',
    },
    text: {
      en: 'Page size and position are parameters of a view on the collection, not new resources. Good: /users?page=2&limit=20. Bad: /users/page/2. Tell the client how to reach the next page, for example with Link: </users?page=3&limit=20>; rel="next", instead of making it compute URLs.',
      ko: '페이지 크기와 위치는 컬렉션을 보는 방식의 매개변수일 뿐 새로운 리소스가 아닙니다. 좋은 예: /users?page=2&limit=20. 나쁜 예: /users/page/2. 다음 페이지 URL은 클라이언트가 계산하게 하지 말고 Link: </users?page=3&limit=20>; rel="next" 같은 방법으로 알려 주세요.',
    },
  },

  // Request methods (Rulebook, chapter 3)
  {
    id: 'method-no-tunneling',
    source: 'rulebook',
    level: 'must',
    topic: 'method',
    methods: ['GET', 'POST'],
    spec: rfc9110('9.2.1'),
    rulebook: 'Rule: GET and POST must not be used to tunnel other request methods',
    summary: {
      en: 'Do not smuggle other actions through GET or POST; use the method that fits.',
      ko: 'GET이나 POST에 다른 동작을 숨겨 보내지 말고, 알맞은 메서드를 씁니다.',
    },
    text: {
      en: 'Intermediaries and clients rely on method semantics: GET is safe, so caches store it and crawlers follow it; PUT and DELETE are idempotent, so clients may retry them. Tunnelling a delete through POST /users/1?action=delete hides the intent from all of them. Bad: POST /users/1?action=delete. Good: DELETE /users/1.',
      ko: '중개자와 클라이언트는 메서드의 의미에 기대어 동작합니다. GET은 안전(safe)하므로 캐시가 저장하고 크롤러가 따라가며, PUT과 DELETE는 멱등(idempotent)하므로 클라이언트가 재시도할 수 있습니다. POST /users/1?action=delete로 삭제를 터널링하면 이들 모두에게 의도가 감춰집니다. 나쁜 예: POST /users/1?action=delete. 좋은 예: DELETE /users/1.',
    },
  },
  {
    id: 'method-get-retrieve',
    source: 'rulebook',
    level: 'must',
    topic: 'method',
    spec: rfc9110('9.3.1'),
    rulebook: 'Rule: GET must be used to retrieve a representation of a resource',
    summary: {
      en: 'GET reads the state of a resource and must not change it.',
      ko: 'GET은 리소스의 상태 표현을 가져오는 데 쓰며, 상태를 바꾸면 안 됩니다.',
    },
    text: {
      en: 'The web depends on GET being safe and repeatable: caches answer it without asking the origin, browsers prefetch it, and clients repeat it after a timeout. A GET that changes data breaks all of that. Bad: GET /users/1/activate. Good: POST /users/1/activate. Logging or counting requests is fine; changing resource state is not.',
      ko: '웹은 GET이 안전하고 반복 가능하다는 전제 위에서 동작합니다. 캐시는 원 서버에 묻지 않고 GET에 응답하고, 브라우저는 미리 가져오며(prefetch), 클라이언트는 타임아웃 뒤에 다시 보냅니다. 데이터를 바꾸는 GET은 이 모든 것을 깨뜨립니다. 나쁜 예: GET /users/1/activate. 좋은 예: POST /users/1/activate. 요청을 로그에 남기거나 횟수를 세는 것은 괜찮지만, 리소스 상태를 바꾸면 안 됩니다.',
    },
  },
  {
    id: 'method-head-headers',
    source: 'rulebook',
    level: 'should',
    topic: 'method',
    spec: rfc9110('9.3.2'),
    rulebook: 'Rule: HEAD should be used to retrieve response headers',
    summary: {
      en: 'Use HEAD to get the headers of a GET response without the body.',
      ko: '본문 없이 GET 응답의 헤더만 받고 싶으면 HEAD를 씁니다.',
    },
    text: {
      en: 'HEAD answers with the status and headers a GET would get, including Content-Length, ETag and Last-Modified, but without the body. It is a cheap way to check whether a resource exists, how big it is, or whether a cached copy is still current. Bad: GET /reports/7 just to read its size. Good: HEAD /reports/7.',
      ko: 'HEAD는 GET이었다면 받았을 상태 코드와 헤더(Content-Length, ETag, Last-Modified 등)로 응답하되 본문은 보내지 않습니다. 리소스가 있는지, 크기가 얼마인지, 캐시된 사본이 아직 최신인지 적은 비용으로 확인할 수 있습니다. 나쁜 예: 크기만 알려고 GET /reports/7. 좋은 예: HEAD /reports/7.',
    },
  },
  {
    id: 'method-put-store',
    source: 'rulebook',
    level: 'must',
    topic: 'method',
    spec: rfc9110('9.3.4'),
    rulebook:
      'Rule: PUT must be used to both insert and update a stored resource; Rule: PUT must be used to update mutable resources',
    summary: {
      en: 'PUT stores a complete representation at a URI the client chose: it inserts or replaces.',
      ko: 'PUT은 클라이언트가 정한 URI에 완전한 표현을 저장합니다. 없으면 추가하고, 있으면 교체합니다.',
    },
    text: {
      en: 'PUT /users/1/favorites/alonso stores the body at exactly that URI: 201 Created if it is new, 200 or 204 if it replaced something. PUT replaces the whole representation, and repeating it has the same effect as sending it once (it is idempotent). For a partial change use PATCH; to let the server choose the URI, POST to a collection. Bad: PUT /users with a new user and no id. Good: POST /users.',
      ko: 'PUT /users/1/favorites/alonso는 본문을 정확히 그 URI에 저장합니다. 새로 만들었으면 201 Created, 기존 것을 교체했으면 200이나 204입니다. PUT은 표현 전체를 교체하며, 여러 번 보내도 한 번 보낸 것과 결과가 같습니다(멱등). 일부만 바꾸려면 PATCH를, URI를 서버가 정하게 하려면 컬렉션에 POST를 쓰세요. 나쁜 예: ID 없이 새 사용자를 담은 PUT /users. 좋은 예: POST /users.',
    },
  },
  {
    id: 'method-post-create',
    source: 'rulebook',
    level: 'must',
    topic: 'method',
    spec: rfc9110('9.3.3'),
    rulebook: 'Rule: POST must be used to create a new resource in a collection',
    summary: {
      en: 'POST to a collection creates a new member whose URI the server chooses.',
      ko: '컬렉션에 POST하면 서버가 URI를 정해 새 리소스를 만듭니다.',
    },
    text: {
      en: 'The body is the proposed state of the new resource: POST /users with {"name": "Kim"}. The server assigns the id and answers 201 Created with Location: /users/42. POST is not idempotent, and sending it twice may create two users, so clients must not retry it blindly. Bad: PUT /users or GET /users/create?name=Kim. Good: POST /users.',
      ko: '본문은 새 리소스로 제안하는 상태 표현입니다. 예: {"name": "Kim"}을 담은 POST /users. 서버는 ID를 정하고 Location: /users/42와 함께 201 Created로 응답합니다. POST는 멱등하지 않아서 두 번 보내면 사용자가 둘 생길 수 있으므로, 클라이언트가 무작정 재시도하면 안 됩니다. 나쁜 예: PUT /users나 GET /users/create?name=Kim. 좋은 예: POST /users.',
    },
  },
  {
    id: 'method-post-controller',
    source: 'rulebook',
    level: 'must',
    topic: 'method',
    spec: rfc9110('9.3.3'),
    rulebook: 'Rule: POST must be used to execute controllers',
    summary: {
      en: 'Call a controller resource with POST.',
      ko: '컨트롤러 리소스는 POST로 호출합니다.',
    },
    text: {
      en: 'POST means "process this according to the resource\'s own semantics", which is exactly what a controller does. It is neither safe nor idempotent, so caches and automatic retries leave it alone. Bad: GET /alerts/245743/resend, even though the action needs no input. Good: POST /alerts/245743/resend.',
      ko: 'POST는 "리소스 자신의 방식대로 이것을 처리하라"는 뜻이며, 컨트롤러가 하는 일이 바로 그것입니다. 안전하지도 멱등하지도 않으므로 캐시와 자동 재시도가 건드리지 않습니다. 나쁜 예: 입력이 필요 없는 동작이라고 GET /alerts/245743/resend. 좋은 예: POST /alerts/245743/resend.',
    },
  },
  {
    id: 'method-delete-remove',
    source: 'rulebook',
    level: 'must',
    topic: 'method',
    spec: rfc9110('9.3.5'),
    rulebook: 'Rule: DELETE must be used to remove a resource from its parent',
    summary: {
      en: 'DELETE removes a resource from its collection or store; afterwards GET gives 404.',
      ko: 'DELETE는 리소스를 컬렉션이나 스토어에서 제거합니다. 그 뒤의 GET은 404입니다.',
    },
    text: {
      en: 'After a successful DELETE /users/1 the client can no longer see the resource: GET or HEAD on it return 404 Not Found (or 410 Gone, if the server wants to say it once existed). The usual answers are 204 No Content, or 200 with a status body. DELETE is idempotent: sending the same DELETE again leaves the server in the same state, even though it now answers 404. Bad: 200 OK for a GET on the user just deleted. Good: 404 Not Found.',
      ko: 'DELETE /users/1이 성공한 뒤에는 클라이언트가 그 리소스를 더 이상 볼 수 없습니다. GET이나 HEAD는 404 Not Found를 받습니다(예전에 있었다는 사실을 알리고 싶다면 410 Gone). 보통 204 No Content나, 처리 결과를 담은 200으로 응답합니다. DELETE는 멱등하므로, 같은 DELETE를 다시 보내 이번에는 404를 받더라도 서버의 상태는 같습니다. 나쁜 예: 방금 삭제한 사용자를 GET했는데 200 OK. 좋은 예: 404 Not Found.',
    },
  },
  {
    id: 'method-options-metadata',
    source: 'rulebook',
    level: 'should',
    topic: 'method',
    spec: rfc9110('9.3.7'),
    rulebook:
      "Rule: OPTIONS should be used to retrieve metadata that describes a resource's available interactions",
    summary: {
      en: 'Answer OPTIONS with Allow, plus Accept-Post or Accept-Patch where they apply.',
      ko: 'OPTIONS에는 Allow를 담고, 해당하면 Accept-Post나 Accept-Patch도 담아 응답합니다.',
    },
    text: {
      en: 'OPTIONS /users asks what can be done with /users. A useful answer is 204 or 200 with Allow: GET, HEAD, POST, OPTIONS, and Accept-Post listing the body formats POST takes. Bad: a bare 200 with no Allow, which tells the client nothing. Good: 204 No Content with Allow and Accept-Post. Browsers also send OPTIONS as a CORS preflight, which must succeed without credentials.',
      ko: 'OPTIONS /users는 /users에 무엇을 할 수 있는지 묻는 요청입니다. 204나 200에 Allow: GET, HEAD, POST, OPTIONS를 담고, POST가 받는 본문 형식을 Accept-Post로 알려 주면 쓸모 있는 응답이 됩니다. 나쁜 예: Allow 없이 빈 200만 보내서 아무것도 알려 주지 않는 것. 좋은 예: Allow와 Accept-Post를 담은 204 No Content. 브라우저는 CORS 사전 요청으로도 OPTIONS를 보내는데, 이 요청은 자격 증명 없이도 성공해야 합니다.',
    },
  },

  // Response status codes (Rulebook, chapter 3)
  {
    id: 'status-200-no-errors',
    source: 'rulebook',
    level: 'must',
    topic: 'status',
    spec: rfc9110('15'),
    rulebook: 'Rule: 200 ("OK") must not be used to communicate errors in the response body',
    summary: {
      en: 'Never answer 200 with an error in the body; use the 4xx or 5xx code that fits.',
      ko: '본문에 오류를 담아 200으로 응답하지 않습니다. 알맞은 4xx나 5xx를 씁니다.',
    },
    text: {
      en: 'Clients, caches, monitoring and retry logic all read the status code first. A 200 with {"error": "not found"} is cached as a success, counted as a success, and forces every client to parse the body to find out. Bad: 200 OK with {"success": false}. Good: 404 Not Found with an application/problem+json body. Do not bend this rule to suit weak HTTP clients.',
      ko: '클라이언트, 캐시, 모니터링, 재시도 로직은 모두 상태 코드부터 봅니다. {"error": "not found"}를 담은 200은 성공으로 캐시되고 성공으로 집계되며, 모든 클라이언트가 본문을 파싱해야만 실패를 알 수 있습니다. 나쁜 예: {"success": false}를 담은 200 OK. 좋은 예: application/problem+json 본문을 담은 404 Not Found. 부실한 HTTP 클라이언트에 맞추려고 이 규칙을 타협하지 마세요.',
    },
  },
  {
    id: 'status-201-created',
    source: 'rulebook',
    level: 'must',
    topic: 'status',
    spec: rfc9110('15.3.2'),
    rulebook: 'Rule: 201 ("Created") must be used to indicate successful resource creation',
    summary: {
      en: 'Answer 201 Created when a request, or a controller, created a new resource.',
      ko: '요청이나 컨트롤러가 새 리소스를 만들었다면 201 Created로 응답합니다.',
    },
    text: {
      en: 'Use 201 after POST adds a member to a collection, after PUT inserts into a store, and when a controller action creates something new. Bad: 200 OK after POST /users, which hides the fact that a new URI now exists. Good: 201 Created with Location: /users/42.',
      ko: 'POST로 컬렉션에 리소스를 추가했을 때, PUT으로 스토어에 새로 넣었을 때, 컨트롤러 동작이 새 리소스를 만들었을 때 201을 씁니다. 나쁜 예: POST /users 뒤의 200 OK. 새 URI가 생겼다는 사실이 감춰집니다. 좋은 예: Location: /users/42와 함께 보내는 201 Created.',
    },
  },
  {
    id: 'status-202-async',
    source: 'rulebook',
    level: 'must',
    topic: 'status',
    spec: rfc9110('15.3.3'),
    rulebook: 'Rule: 202 ("Accepted") must be used to indicate successful start of an asynchronous action',
    summary: {
      en: 'Answer 202 Accepted when a long job has started but not finished.',
      ko: '오래 걸리는 작업을 시작했지만 아직 끝나지 않았다면 202 Accepted로 응답합니다.',
    },
    text: {
      en: '202 says the request is valid and queued, but it may still fail later. Give the client a way to follow the job, typically Location: /reports/jobs/7, which answers 200 with the progress and, once done, 303 See Other to the result. Bad: holding the connection open for minutes, or 200 before the work is done. Good: 202 Accepted with Location: /reports/jobs/7. In the Rulebook only controllers send 202; other resources finish their work before they answer.',
      ko: '202는 요청이 유효해서 대기열에 올렸지만 나중에 실패할 수도 있다는 뜻입니다. 작업을 추적할 방법, 보통은 Location: /reports/jobs/7을 함께 주고, 그 URI는 진행 중이면 200으로 진행 상황을, 끝나면 303 See Other로 결과를 알려 줍니다. 나쁜 예: 연결을 몇 분씩 붙잡고 있거나, 작업이 끝나기도 전에 200으로 응답. 좋은 예: Location: /reports/jobs/7이 붙은 202 Accepted. 룰북에서는 컨트롤러만 202를 보내며, 다른 리소스는 작업을 끝낸 뒤 응답합니다.',
    },
  },
  {
    id: 'status-204-empty',
    source: 'rulebook',
    level: 'should',
    topic: 'status',
    spec: rfc9110('15.3.5'),
    rulebook: 'Rule: 204 ("No Content") should be used when the response body is intentionally empty',
    summary: {
      en: 'Answer 204 No Content when there is nothing to send back, e.g. after DELETE or PUT.',
      ko: 'DELETE나 PUT 뒤처럼 돌려줄 내용이 없으면 204 No Content로 응답합니다.',
    },
    text: {
      en: '204 tells the client not to expect a body, so it does not try to parse an empty string as JSON. It suits PUT, POST to a controller and DELETE when there is no status message to report. A GET may also get 204 when the resource exists but has no representation to show. Bad: 200 OK with an empty body and Content-Type: application/json. Good: 204 No Content.',
      ko: '204는 본문이 없다고 알려 주므로, 클라이언트가 빈 문자열을 JSON으로 파싱하려다 실패하는 일이 없습니다. 알릴 상태 메시지가 없을 때 PUT, 컨트롤러에 대한 POST, DELETE에 알맞습니다. 리소스는 있지만 보여 줄 표현이 없을 때는 GET에도 204로 응답할 수 있습니다. 나쁜 예: Content-Type: application/json인데 본문이 빈 200 OK. 좋은 예: 204 No Content.',
    },
  },
  {
    id: 'status-301-moved',
    source: 'rulebook',
    level: 'should',
    topic: 'status',
    spec: rfc9110('15.4.2'),
    rulebook: 'Rule: 301 ("Moved Permanently") should be used to relocate resources',
    summary: {
      en: 'Answer 301 with Location when a resource has a new permanent URI.',
      ko: '리소스의 URI가 영구적으로 바뀌었다면 Location과 함께 301로 응답합니다.',
    },
    text: {
      en: 'After a redesign of the resource model, old URIs answer 301 Moved Permanently with Location: <new URI>, and clients should update the links they keep. Browsers may turn a POST into a GET when they follow a 301; if the method must be kept, use 308 Permanent Redirect. Bad: 404 for every old URI after a redesign. Good: 301 with Location: /leagues/7/teams/3.',
      ko: '리소스 모델을 재설계한 뒤 예전 URI는 Location: <새 URI>와 함께 301 Moved Permanently로 응답하고, 클라이언트는 저장해 둔 링크를 바꿔야 합니다. 브라우저는 301을 따라갈 때 POST를 GET으로 바꿀 수 있으므로, 메서드를 유지해야 한다면 308 Permanent Redirect를 쓰세요. 나쁜 예: 재설계 뒤 예전 URI마다 404. 좋은 예: Location: /leagues/7/teams/3이 붙은 301.',
    },
  },
  {
    id: 'status-302-avoid',
    source: 'rulebook',
    level: 'should',
    topic: 'status',
    spec: rfc9110('15.4.3'),
    rulebook: 'Rule: 302 ("Found") should not be used',
    summary: {
      en: 'Avoid 302 in APIs: send 303 or 307, which are unambiguous about the method.',
      ko: 'API에서는 302를 피합니다. 메서드를 어떻게 할지 분명한 303이나 307을 씁니다.',
    },
    text: {
      en: '302 was meant to keep the method, but browsers turned POST into GET when following it, so its meaning became ambiguous. HTTP/1.1 added 303 See Other (always follow with GET) and 307 Temporary Redirect (repeat the same method and body). Bad: 302 after a POST. Good: 303 if the client should GET a result, 307 if it should repeat the request elsewhere.',
      ko: '302는 원래 메서드를 유지하라는 뜻이었지만, 브라우저가 POST를 GET으로 바꿔 따라가면서 의미가 모호해졌습니다. 그래서 HTTP/1.1에 303 See Other(항상 GET으로 따라감)와 307 Temporary Redirect(같은 메서드와 본문으로 다시 보냄)가 생겼습니다. 나쁜 예: POST 뒤의 302. 좋은 예: 결과를 GET으로 가져가게 하려면 303, 같은 요청을 다른 곳에 다시 보내게 하려면 307.',
    },
  },
  {
    id: 'status-303-see-other',
    source: 'rulebook',
    level: 'should',
    topic: 'status',
    spec: rfc9110('15.4.4'),
    rulebook: 'Rule: 303 ("See Other") should be used to refer the client to a different URI',
    summary: {
      en: 'Answer 303 with Location to send the client to a result it should GET.',
      ko: '클라이언트가 GET으로 가져가야 할 결과가 따로 있다면 Location과 함께 303으로 응답합니다.',
    },
    text: {
      en: "A controller or a finished job can answer 303 See Other with Location: /reports/7 instead of sending the result itself, and the client fetches it with GET whatever method it used first. The target may be a temporary status message or a permanent resource. Bad: 200 with a body that only contains the result's URL. Good: 303 with Location.",
      ko: '컨트롤러나 끝난 작업은 결과를 직접 보내는 대신 Location: /reports/7과 함께 303 See Other로 응답할 수 있고, 클라이언트는 처음에 어떤 메서드를 썼든 GET으로 결과를 가져갑니다. 대상은 임시 상태 메시지일 수도 있고 영구적인 리소스일 수도 있습니다. 나쁜 예: 결과의 URL만 본문에 담은 200. 좋은 예: Location이 붙은 303.',
    },
  },
  {
    id: 'status-307-temporary',
    source: 'rulebook',
    level: 'should',
    topic: 'status',
    spec: rfc9110('15.4.8'),
    rulebook:
      'Rule: 307 ("Temporary Redirect") should be used to tell clients to resubmit the request to another URI',
    summary: {
      en: 'Answer 307 with Location to have the client repeat the same request elsewhere, for now.',
      ko: '잠시 다른 URI로 같은 요청을 다시 보내게 하려면 Location과 함께 307로 응답합니다.',
    },
    text: {
      en: '307 means the server did not process the request: the client should send the same method and body to the URI in Location, and keep using the original URI next time. It is handy for moving traffic to another host during maintenance. Bad: 301 for a temporary move, which makes clients forget the original URI. Good: 307 with Location: https://backup.example.org/users.',
      ko: '307은 서버가 요청을 처리하지 않았다는 뜻입니다. 클라이언트는 같은 메서드와 본문으로 Location의 URI에 다시 보내고, 다음번에는 원래 URI를 계속 씁니다. 점검 중에 트래픽을 다른 호스트로 돌릴 때 유용합니다. 나쁜 예: 일시적인 이동에 301을 써서 클라이언트가 원래 URI를 잊게 만드는 것. 좋은 예: Location: https://backup.example.org/users가 붙은 307.',
    },
  },
  {
    id: 'status-400-generic',
    source: 'rulebook',
    level: 'may',
    topic: 'status',
    spec: rfc9110('15.5.1'),
    rulebook: 'Rule: 400 ("Bad Request") may be used to indicate nonspecific failure',
    summary: {
      en: '400 is the generic client error, for when no more specific 4xx fits.',
      ko: '400은 더 구체적인 4xx가 없을 때 쓰는 일반적인 클라이언트 오류입니다.',
    },
    text: {
      en: 'Use it for malformed requests, such as invalid JSON or a missing Host header. Where a specific code exists, prefer it: 401, 403, 404, 405, 406, 409, 412, 415, or 422 for a well-formed body with invalid values. Bad: 400 with an empty body. Good: 400 with a problem details body that says what was wrong.',
      ko: '잘못된 JSON이나 Host 헤더 누락처럼 형식이 잘못된 요청에 씁니다. 더 구체적인 코드가 있다면 그쪽을 쓰세요. 401, 403, 404, 405, 406, 409, 412, 415, 그리고 형식은 맞지만 값이 틀린 본문에는 422가 있습니다. 나쁜 예: 본문이 빈 400. 좋은 예: 무엇이 잘못됐는지 설명하는 문제 세부 정보(problem details) 본문을 담은 400.',
    },
  },
  {
    id: 'status-401-credentials',
    source: 'rulebook',
    level: 'must',
    topic: 'status',
    spec: rfc9110('15.5.2'),
    rulebook:
      'Rule: 401 ("Unauthorized") must be used when there is a problem with the client\'s credentials',
    summary: {
      en: '401 means "we do not know who you are": credentials are missing, wrong or expired.',
      ko: '401은 "누구인지 모르겠다"는 뜻입니다. 자격 증명이 없거나, 틀렸거나, 만료된 경우입니다.',
    },
    text: {
      en: 'Despite its reason phrase, 401 is about authentication, not authorization. Send it when the Authorization header is missing or the token is invalid, always with WWW-Authenticate. If you know who the client is but it may not do this, the answer is 403. Bad: 403 for a request with no token. Good: 401 with WWW-Authenticate: Bearer realm="teapot".',
      ko: '이름과 달리 401은 인가(authorization)가 아니라 인증(authentication)의 문제입니다. Authorization 헤더가 없거나 토큰이 유효하지 않을 때 보내며, 항상 WWW-Authenticate를 함께 보냅니다. 누구인지는 알지만 이 작업을 할 권한이 없다면 403입니다. 나쁜 예: 토큰 없는 요청에 403. 좋은 예: WWW-Authenticate: Bearer realm="teapot"이 붙은 401.',
    },
  },
  {
    id: 'status-403-forbidden',
    source: 'rulebook',
    level: 'should',
    topic: 'status',
    spec: rfc9110('15.5.4'),
    rulebook: 'Rule: 403 ("Forbidden") should be used to forbid access regardless of authorization state',
    summary: {
      en: '403 means "we know who you are, and you may not do this".',
      ko: '403은 "누구인지는 알지만 이 작업은 할 수 없다"는 뜻입니다.',
    },
    text: {
      en: 'The request was understood and the credentials, if any, were fine, but repeating it with the same credentials will not help. A read-only (viewer) token that tries to PUT gets 403. Some APIs answer 404 instead, to hide that the resource exists at all. Bad: 401 for a valid viewer token, which makes the client log in again for nothing. Good: 403 with a problem detail saying the token is read-only.',
      ko: '요청은 이해했고 자격 증명에도 문제가 없지만, 같은 자격 증명으로 다시 보내도 결과는 같습니다. 읽기 전용(viewer) 토큰으로 PUT을 시도하면 403을 받습니다. 리소스가 있다는 사실 자체를 숨기고 싶은 API는 대신 404로 응답하기도 합니다. 나쁜 예: 유효한 viewer 토큰에 401로 응답해서 클라이언트가 쓸데없이 다시 로그인하게 만드는 것. 좋은 예: 토큰이 읽기 전용이라고 설명하는 문제 세부 정보를 담은 403.',
    },
  },
  {
    id: 'status-404-not-found',
    source: 'rulebook',
    level: 'must',
    topic: 'status',
    spec: rfc9110('15.5.5'),
    rulebook: 'Rule: 404 ("Not Found") must be used when a client\'s URI cannot be mapped to a resource',
    summary: {
      en: '404 means no resource matches the request URI.',
      ko: '404는 요청 URI에 해당하는 리소스가 없다는 뜻입니다.',
    },
    text: {
      en: 'Send it for unknown ids (/users/999) and for paths that do not exist at all (/usres). An existing resource with an unsupported method is not a 404 but a 405. A 404 is cacheable by default, so without Cache-Control a resource created later may stay hidden behind a cache for a while. Bad: 200 OK with null for /users/999. Good: 404 Not Found with a problem detail.',
      ko: '없는 ID(/users/999)나 아예 존재하지 않는 경로(/usres)에 보냅니다. 리소스는 있는데 메서드를 지원하지 않는 경우는 404가 아니라 405입니다. 404는 기본적으로 캐시할 수 있는 응답이라서, Cache-Control을 지정하지 않으면 나중에 만든 리소스가 한동안 캐시에 가려질 수 있습니다. 나쁜 예: /users/999에 null을 담은 200 OK. 좋은 예: 문제 세부 정보를 담은 404 Not Found.',
    },
  },
  {
    id: 'status-405-method',
    source: 'rulebook',
    level: 'must',
    topic: 'status',
    spec: rfc9110('15.5.6'),
    rulebook: 'Rule: 405 ("Method Not Allowed") must be used when the HTTP method is not supported',
    summary: {
      en: '405 means the resource exists but does not support this method.',
      ko: '405는 리소스는 있지만 이 메서드를 지원하지 않는다는 뜻입니다.',
    },
    text: {
      en: 'A read-only resource supports GET and HEAD, and a controller typically only POST. Any other method gets 405 with an Allow header listing what does work. Bad: 404 for DELETE on a read-only resource, as some mock servers answer, which tells the client its URI is wrong when it is the method that is wrong. Good: 405 with Allow: GET, HEAD.',
      ko: '읽기 전용 리소스는 GET과 HEAD만, 컨트롤러는 보통 POST만 지원합니다. 그 밖의 메서드에는 실제로 되는 메서드를 나열한 Allow 헤더와 함께 405로 응답합니다. 나쁜 예: 일부 목 서버처럼 읽기 전용 리소스의 DELETE에 404로 응답. 틀린 것은 메서드인데 URI가 틀렸다고 알려 주는 셈입니다. 좋은 예: Allow: GET, HEAD가 붙은 405.',
    },
  },
  {
    id: 'status-406-not-acceptable',
    source: 'rulebook',
    level: 'must',
    topic: 'status',
    spec: rfc9110('15.5.7'),
    rulebook: 'Rule: 406 ("Not Acceptable") must be used when the requested media type cannot be served',
    summary: {
      en: '406 means the server cannot produce any of the formats listed in Accept.',
      ko: '406은 Accept에 나열된 어떤 형식으로도 응답을 만들 수 없다는 뜻입니다.',
    },
    text: {
      en: 'If the API only speaks application/json and the client sends Accept: application/xml, the answer is 406, ideally listing the types that are available. Do not confuse it with 415, which is about the format of the request body (Content-Type), not of the response (Accept). Bad: 415 for an unsatisfiable Accept, as some servers answer. Good: 406.',
      ko: 'API가 application/json만 지원하는데 클라이언트가 Accept: application/xml을 보내면 406이며, 가능하면 제공할 수 있는 타입을 함께 알려 줍니다. 요청 본문의 형식(Content-Type) 문제인 415와 헷갈리지 마세요. 406은 응답 형식(Accept)의 문제입니다. 나쁜 예: 일부 서버처럼 맞출 수 없는 Accept에 415로 응답. 좋은 예: 406.',
    },
  },
  {
    id: 'status-409-conflict',
    source: 'rulebook',
    level: 'should',
    topic: 'status',
    spec: rfc9110('15.5.10'),
    rulebook: 'Rule: 409 ("Conflict") should be used to indicate a violation of resource state',
    summary: {
      en: '409 means the request conflicts with the current state of the resource.',
      ko: '409는 요청이 리소스의 현재 상태와 충돌한다는 뜻입니다.',
    },
    text: {
      en: 'Classic cases: deleting a store that still holds items, creating a user whose unique name is taken, starting a game that has already started. Note that it is deleting a non-empty store that conflicts; deleting an empty one is fine. The body should explain the conflict so the client can resolve it and try again. Bad: 500 or 400 for DELETE on a store that still holds items. Good: 409 Conflict with a body that says the store is not empty.',
      ko: '대표적인 경우는 항목이 남아 있는 스토어를 삭제하려 할 때, 이미 쓰이는 고유 이름으로 사용자를 만들 때, 이미 시작한 경기를 다시 시작하려 할 때입니다. 충돌하는 것은 비어 있지 않은 스토어를 삭제할 때이며, 빈 스토어는 삭제해도 문제가 없다는 점에 주의하세요. 클라이언트가 충돌을 해결하고 다시 시도할 수 있도록 본문에 이유를 설명해야 합니다. 나쁜 예: 항목이 남은 스토어의 DELETE에 500이나 400. 좋은 예: 스토어가 비어 있지 않다고 설명하는 본문을 담은 409 Conflict.',
    },
  },
  {
    id: 'status-412-precondition',
    source: 'rulebook',
    level: 'should',
    topic: 'status',
    spec: rfc9110('15.5.13'),
    rulebook: 'Rule: 412 ("Precondition Failed") should be used to support conditional operations',
    summary: {
      en: '412 means a condition in the request, such as If-Match or If-Unmodified-Since, was false.',
      ko: '412는 If-Match나 If-Unmodified-Since처럼 요청에 담긴 조건이 거짓이라는 뜻입니다.',
    },
    text: {
      en: 'A client that sends PUT with If-Match: "v1" after someone else saved "v2" gets 412 instead of overwriting that work. It should then GET the current state, merge, and try again. 412 only makes sense if responses carry ETag or Last-Modified in the first place. Bad: a blind PUT that silently overwrites. Good: 412 Precondition Failed.',
      ko: '다른 사람이 "v2"를 저장한 뒤에 클라이언트가 If-Match: "v1"로 PUT을 보내면, 남의 작업을 덮어쓰는 대신 412를 받습니다. 클라이언트는 현재 상태를 GET으로 받아 병합한 뒤 다시 시도하면 됩니다. 412가 의미 있으려면 애초에 응답에 ETag나 Last-Modified가 있어야 합니다. 나쁜 예: 조용히 덮어써 버리는 무조건적인 PUT. 좋은 예: 412 Precondition Failed.',
    },
  },
  {
    id: 'status-415-unsupported',
    source: 'rulebook',
    level: 'must',
    topic: 'status',
    spec: rfc9110('15.5.16'),
    rulebook:
      'Rule: 415 ("Unsupported Media Type") must be used when the media type of a request\'s payload cannot be processed',
    summary: {
      en: '415 means the server cannot process the Content-Type of the request body.',
      ko: '415는 요청 본문의 Content-Type을 서버가 처리할 수 없다는 뜻입니다.',
    },
    text: {
      en: 'If the API only accepts application/json and the client POSTs application/xml, or leaves Content-Type out, the answer is 415. Tell the client what works with Accept-Post (for POST) or Accept-Patch (for PATCH). Bad: 406 here, which blames the Accept header for a problem with the body. Good: 415 with Accept-Post: application/json.',
      ko: 'API가 application/json만 받는데 클라이언트가 application/xml로 POST하거나 Content-Type을 빠뜨리면 415입니다. 무엇을 받을 수 있는지는 Accept-Post(POST)나 Accept-Patch(PATCH)로 알려 주세요. 나쁜 예: 여기서 406으로 응답하는 것. 본문의 문제를 Accept 헤더 탓으로 돌리는 셈입니다. 좋은 예: Accept-Post: application/json이 붙은 415.',
    },
  },
  {
    id: 'status-500-malfunction',
    source: 'rulebook',
    level: 'should',
    topic: 'status',
    spec: rfc9110('15.6.1'),
    rulebook: 'Rule: 500 ("Internal Server Error") should be used to indicate API malfunction',
    summary: {
      en: "500 means the server failed; it is not the client's fault.",
      ko: '500은 서버가 실패했다는 뜻이며, 클라이언트의 잘못이 아닙니다.',
    },
    text: {
      en: 'Frameworks send it when a handler throws. The client did nothing wrong, so the same request may succeed later. Bad: a stack trace in the body. Good: log the details, and return a problem details object with an id the user can report.',
      ko: '핸들러에서 예외가 나면 프레임워크가 자동으로 보냅니다. 클라이언트가 잘못한 것이 아니므로 같은 요청이 나중에는 성공할 수도 있습니다. 나쁜 예: 본문에 스택 트레이스를 노출. 좋은 예: 자세한 내용은 로그에 남기고, 사용자가 신고할 수 있는 ID를 담은 문제 세부 정보를 돌려줍니다.',
    },
  },

  // Metadata (Rulebook, chapter 4) and error representation (chapter 5)
  {
    id: 'content-type-on-body',
    source: 'rfc',
    level: 'should',
    topic: 'header',
    spec: rfc9110('8.3'),
    rulebook: 'Rule: Content-Type must be used',
    summary: {
      en: 'A message with a body should say what the body is in Content-Type.',
      ko: '본문이 있는 메시지는 Content-Type으로 그 형식을 밝혀야 합니다.',
    },
    text: {
      en: 'RFC 9110 says a sender should include Content-Type whenever there is content and it knows the type; the Rulebook makes it a must for APIs. Without it the recipient has to guess: a server may reject the body with 415, a browser may sniff the bytes. Bad: POST /users with a JSON body and no Content-Type. Good: Content-Type: application/json.',
      ko: 'RFC 9110은 콘텐츠가 있고 그 형식을 안다면 Content-Type을 넣어야 한다(SHOULD)고 하며, 룰북은 API라면 반드시(must) 넣으라고 합니다. 없으면 받는 쪽이 추측해야 합니다. 서버는 415로 본문을 거절할 수 있고, 브라우저는 바이트를 들여다보고 추측(sniffing)할 수 있습니다. 나쁜 예: Content-Type 없이 JSON 본문을 담은 POST /users. 좋은 예: Content-Type: application/json.',
    },
  },
  {
    id: 'header-content-length',
    source: 'rulebook',
    level: 'should',
    topic: 'header',
    spec: rfc9110('8.6'),
    rulebook: 'Rule: Content-Length should be used',
    summary: {
      en: 'Send Content-Length so the recipient knows the body size in advance.',
      ko: '받는 쪽이 본문 크기를 미리 알 수 있도록 Content-Length를 보냅니다.',
    },
    text: {
      en: 'With Content-Length a client can show progress, preallocate, or decline a huge download after checking its size with HEAD. In HTTP/1.1 it also marks where the message ends. A streamed response whose size is unknown uses chunked Transfer-Encoding instead, and the two must never be sent together. Bad: a JSON body with neither Content-Length nor chunked framing, ended by closing the connection. Good: Content-Length: 1532.',
      ko: 'Content-Length가 있으면 클라이언트는 진행률을 보여 주거나, 메모리를 미리 잡거나, HEAD로 크기를 확인한 뒤 너무 큰 파일은 받지 않기로 할 수 있습니다. HTTP/1.1에서는 메시지가 어디서 끝나는지도 정합니다. 크기를 모르는 스트리밍 응답은 대신 chunked Transfer-Encoding을 쓰며, 둘을 함께 보내면 절대 안 됩니다. 나쁜 예: Content-Length도 chunked도 없이 보내고 연결을 닫아서 끝내는 JSON 본문. 좋은 예: Content-Length: 1532.',
    },
  },
  {
    id: 'header-etag-last-modified',
    source: 'rulebook',
    level: 'should',
    topic: 'header',
    spec: rfc9110('8.8'),
    rulebook: 'Rule: ETag should be used in responses; Rule: Last-Modified should be used in responses',
    summary: {
      en: 'Give documents validators (ETag, Last-Modified) so clients can cache them and update them safely.',
      ko: '도큐먼트 응답에 검증자(ETag, Last-Modified)를 붙여 클라이언트가 캐시하고 안전하게 수정할 수 있게 합니다.',
    },
    text: {
      en: 'Validators unlock conditional requests: If-None-Match or If-Modified-Since turn a repeated GET into a cheap 304, and If-Match or If-Unmodified-Since turn a blind PUT into a safe one that fails with 412 on conflict. Without them, clients download everything again and overwrite each other\'s changes. Bad: GET /users/1 answered with neither ETag nor Last-Modified. Good: ETag: "v7" and Last-Modified on GET /users/1.',
      ko: '검증자가 있어야 조건부 요청을 쓸 수 있습니다. If-None-Match나 If-Modified-Since를 쓰면 반복되는 GET이 가벼운 304로 바뀌고, If-Match나 If-Unmodified-Since를 쓰면 무작정 덮어쓰던 PUT이 충돌 시 412로 실패하는 안전한 요청이 됩니다. 검증자가 없으면 클라이언트는 매번 전부 다시 받고 서로의 변경을 덮어씁니다. 나쁜 예: ETag도 Last-Modified도 없는 GET /users/1 응답. 좋은 예: GET /users/1 응답의 ETag: "v7"과 Last-Modified.',
    },
  },
  {
    id: 'store-conditional-put',
    source: 'rulebook',
    level: 'must',
    topic: 'header',
    methods: ['PUT'],
    statuses: [412],
    spec: rfc9110('13.1.1'),
    rulebook: 'Rule: Stores must support conditional PUT requests',
    summary: {
      en: 'A store must let clients tell insert from update with If-None-Match and If-Match.',
      ko: '스토어는 클라이언트가 If-None-Match와 If-Match로 추가와 수정을 구분할 수 있게 해야 합니다.',
    },
    text: {
      en: 'PUT both inserts and replaces, so without conditions a client cannot say which it means. PUT with If-None-Match: * inserts only if nothing is there yet (412 if it exists); PUT with If-Match: "<etag>" replaces only the version the client saw (412 if it changed). Bad: a store that ignores both headers, so two clients silently overwrite each other. Good: PUT /users/1/favorites/alonso with If-None-Match: *.',
      ko: 'PUT은 추가와 교체를 모두 하므로, 조건이 없으면 클라이언트가 어느 쪽을 의도했는지 말할 방법이 없습니다. If-None-Match: *를 붙인 PUT은 아무것도 없을 때만 추가하고(이미 있으면 412), If-Match: "<etag>"를 붙인 PUT은 클라이언트가 본 버전일 때만 교체합니다(바뀌었으면 412). 나쁜 예: 두 헤더를 모두 무시해서 두 클라이언트가 서로의 변경을 조용히 덮어쓰게 하는 스토어. 좋은 예: If-None-Match: *를 붙인 PUT /users/1/favorites/alonso.',
    },
  },
  {
    id: 'caching-headers',
    source: 'rulebook',
    level: 'should',
    topic: 'header',
    spec: rfc9111('5.2'),
    rulebook: 'Rule: Cache-Control, Expires, and Date response headers should be used to encourage caching',
    summary: {
      en: 'Tell caches how long responses stay fresh with Cache-Control, and send Date.',
      ko: 'Cache-Control로 응답이 얼마나 오래 신선한지 캐시에 알리고, Date를 함께 보냅니다.',
    },
    text: {
      en: "Cacheability is one of REST's constraints: every response that can be reused saves a round trip and load on the server. Set Cache-Control: max-age on shared read-only data, and private or no-store on personal or fast-changing data. Expires is the HTTP/1.0 equivalent and is ignored when max-age is present. Bad: no caching headers at all, which leaves caches to guess. Good: Cache-Control: public, max-age=60 on GET /leagues.",
      ko: '캐시 가능성(cacheability)은 REST의 제약 조건 중 하나입니다. 재사용할 수 있는 응답 하나하나가 왕복 한 번과 서버 부하를 아껴 줍니다. 모두가 보는 읽기 전용 데이터에는 Cache-Control: max-age를, 개인 데이터나 자주 바뀌는 데이터에는 private나 no-store를 지정하세요. Expires는 HTTP/1.0 시절의 같은 기능이며, max-age가 있으면 무시됩니다. 나쁜 예: 캐시 관련 헤더가 하나도 없어서 캐시가 추측하게 두는 것. 좋은 예: GET /leagues 응답에 Cache-Control: public, max-age=60.',
    },
  },
  {
    id: 'no-custom-method-headers',
    source: 'rulebook',
    level: 'must',
    topic: 'header',
    spec: rfc9110('9.1'),
    rulebook: 'Rule: Custom HTTP headers must not be used to change the behavior of HTTP methods',
    summary: {
      en: 'Do not change what a method does through custom headers like X-HTTP-Method-Override.',
      ko: 'X-HTTP-Method-Override 같은 사용자 정의 헤더로 메서드의 동작을 바꾸지 않습니다.',
    },
    text: {
      en: 'Custom headers may carry extra information, but the method must keep its meaning. A POST that becomes a DELETE because of a header is invisible to caches, proxies, logs and CORS preflights, which all look at the method. Bad: POST /users/1 with X-HTTP-Method-Override: DELETE. Good: DELETE /users/1. If a client cannot send DELETE or PATCH, fix the client rather than bending the server around it.',
      ko: '사용자 정의 헤더에 추가 정보를 담는 것은 괜찮지만, 메서드의 의미는 그대로 지켜야 합니다. 헤더 때문에 DELETE로 바뀌는 POST는 메서드를 보고 판단하는 캐시, 프록시, 로그, CORS 사전 요청 모두에게 보이지 않습니다. 나쁜 예: X-HTTP-Method-Override: DELETE를 붙인 POST /users/1. 좋은 예: DELETE /users/1. 클라이언트가 DELETE나 PATCH를 보낼 수 없다면 서버를 거기에 맞춰 비틀지 말고 클라이언트를 고치세요.',
    },
  },
  {
    id: 'media-type-negotiation',
    source: 'rulebook',
    level: 'should',
    topic: 'header',
    spec: rfc9110('12.5.1'),
    rulebook: 'Rule: Media type negotiation should be supported when multiple representations are available',
    summary: {
      en: 'When a resource has several formats, let Accept choose between them.',
      ko: '리소스에 여러 형식이 있다면 Accept로 고르게 합니다.',
    },
    text: {
      en: 'The same URI answers GET /weather with CSV for Accept: text/csv and with JSON for Accept: application/json. Send Vary: Accept on such responses, and 406 when none of the listed types is available. This is what replaces file extensions in URIs. Bad: /weather.csv and /weather.json. Good: /weather plus Accept.',
      ko: '같은 URI인 GET /weather가 Accept: text/csv에는 CSV로, Accept: application/json에는 JSON으로 응답합니다. 이런 응답에는 Vary: Accept를 붙이고, 나열된 형식을 하나도 제공할 수 없으면 406으로 응답합니다. URI의 파일 확장자를 대신하는 방법이 바로 이것입니다. 나쁜 예: /weather.csv와 /weather.json. 좋은 예: /weather와 Accept.',
    },
  },
  {
    id: 'problem-details',
    source: 'rulebook',
    level: 'should',
    topic: 'header',
    spec: rfc9457('3'),
    rulebook: 'Rule: A consistent form should be used to represent errors',
    summary: {
      en: 'Return every error in one consistent format: application/problem+json (RFC 9457).',
      ko: '모든 오류를 하나의 일관된 형식, application/problem+json(RFC 9457)으로 돌려줍니다.',
    },
    text: {
      en: 'Clients should not need a different parser for each endpoint\'s errors. RFC 9457 defines a standard shape: type (a URI that identifies the problem), title, status, detail and instance, plus extension members such as errors for field validation. Bad: 400 with the text "oops". Good: 400 with Content-Type: application/problem+json and {"type": "...", "title": "Invalid body", "status": 400, "detail": "name is required"}.',
      ko: '엔드포인트마다 오류 파서를 따로 만들게 해서는 안 됩니다. RFC 9457은 표준 형태를 정의합니다. type(문제를 식별하는 URI), title, status, detail, instance에 더해, 필드 검증 오류를 담는 errors 같은 확장 멤버를 둘 수 있습니다. 나쁜 예: "oops"라는 텍스트만 담은 400. 좋은 예: Content-Type: application/problem+json과 {"type": "...", "title": "Invalid body", "status": 400, "detail": "name is required"}를 담은 400.',
    },
  },

  // RFC requirements that one exchange can be checked against
  {
    id: 'host-required',
    source: 'rfc',
    level: 'must',
    topic: 'message',
    spec: rfc9112('3.2'),
    summary: {
      en: 'Every HTTP/1.1 request must carry exactly one valid Host header.',
      ko: '모든 HTTP/1.1 요청에는 유효한 Host 헤더가 정확히 하나 있어야 합니다.',
    },
    text: {
      en: 'A client must send Host, and a server must answer 400 Bad Request to an HTTP/1.1 request that has no Host, more than one Host line, or an invalid value. Bad: GET /users HTTP/1.1 followed directly by Accept: application/json. Good: GET /users HTTP/1.1, then Host: localhost:8081.',
      ko: '클라이언트는 Host를 반드시 보내야 하고, 서버는 Host가 없거나, 두 줄 이상이거나, 값이 잘못된 HTTP/1.1 요청에 400 Bad Request로 응답해야 합니다. 나쁜 예: GET /users HTTP/1.1 바로 다음 줄에 Accept: application/json. 좋은 예: GET /users HTTP/1.1 다음 줄에 Host: localhost:8081.',
    },
  },
  {
    id: 'method-get-no-body',
    source: 'rfc',
    level: 'should',
    topic: 'method',
    methods: ['HEAD'],
    spec: rfc9110('9.3.1'),
    summary: {
      en: 'Do not send a body with GET (or HEAD): it has no defined meaning.',
      ko: 'GET(과 HEAD)에는 본문을 보내지 않습니다. 정의된 의미가 없습니다.',
    },
    text: {
      en: 'Content in a GET request cannot change what is requested, and some servers, proxies and clients reject it or drop it; browsers\' fetch() refuses to send it at all. A client should not send one unless the server has said it supports it. Bad: GET /users with {"role": "admin"}. Good: GET /users?role=admin.',
      ko: 'GET 요청의 콘텐츠는 무엇을 요청하는지를 바꿀 수 없고, 일부 서버, 프록시, 클라이언트는 이를 거절하거나 버립니다. 브라우저의 fetch()는 아예 보내지 못하게 막습니다. 서버가 지원한다고 밝히지 않았다면 클라이언트는 보내지 말아야 합니다. 나쁜 예: {"role": "admin"}을 담은 GET /users. 좋은 예: GET /users?role=admin.',
    },
  },
  {
    id: 'head-no-body',
    source: 'rfc',
    level: 'must',
    topic: 'message',
    methods: ['HEAD'],
    spec: rfc9110('9.3.2'),
    summary: {
      en: 'A response to HEAD must not contain a body.',
      ko: 'HEAD 응답에는 본문이 있으면 안 됩니다.',
    },
    text: {
      en: 'HEAD gets the status and headers a GET would, including the Content-Length the GET body would have, but the server must not send the content. Bad: HEAD /users/1 answered with the JSON document. Good: the same headers, then nothing. A client reading a HEAD response must not wait for a body even when Content-Length says 1234.',
      ko: 'HEAD는 GET이었다면 받았을 상태 코드와 헤더를, GET 본문이 가졌을 Content-Length까지 포함해 받지만, 서버는 콘텐츠를 보내면 안 됩니다. 나쁜 예: HEAD /users/1에 JSON 도큐먼트까지 보내는 응답. 좋은 예: 같은 헤더만 보내고 끝. HEAD 응답을 읽는 클라이언트는 Content-Length가 1234라고 해도 본문을 기다리면 안 됩니다.',
    },
  },
  {
    id: 'status-201-location',
    source: 'rfc',
    level: 'should',
    topic: 'status',
    spec: rfc9110('9.3.3'),
    rulebook: 'Rule: Location must be used to specify the URI of a newly created resource',
    summary: {
      en: "A 201 Created response should carry Location with the new resource's URI.",
      ko: '201 Created 응답에는 새 리소스의 URI를 담은 Location이 있어야 합니다.',
    },
    text: {
      en: 'RFC 9110 says a server that created a resource with POST should send 201 with Location. Without Location, the new resource is identified by the request URI, which for POST /users is the collection, not the new user. The Rulebook makes Location a must. Bad: 201 Created with no Location (json-server does this). Good: 201 Created, Location: /users/42.',
      ko: 'RFC 9110은 POST로 리소스를 만든 서버가 Location과 함께 201을 보내야 한다(SHOULD)고 합니다. Location이 없으면 새 리소스는 요청 URI로 식별되는데, POST /users라면 그것은 새 사용자가 아니라 컬렉션입니다. 룰북은 Location을 반드시(must) 쓰라고 합니다. 나쁜 예: Location 없는 201 Created(json-server가 이렇게 합니다). 좋은 예: 201 Created, Location: /users/42.',
    },
  },
  {
    id: 'status-405-allow',
    source: 'rfc',
    level: 'must',
    topic: 'status',
    spec: rfc9110('15.5.6'),
    summary: {
      en: 'A 405 response must list the supported methods in Allow.',
      ko: '405 응답에는 지원하는 메서드를 Allow에 나열해야 합니다.',
    },
    text: {
      en: 'The origin server must put Allow in every 405, so the client can correct itself. Bad: 405 Method Not Allowed with no Allow (Prism does this). Good: 405 Method Not Allowed with Allow: GET, HEAD, POST. The list must match what the resource really supports, including HEAD and OPTIONS if it answers them.',
      ko: '원 서버는 모든 405 응답에 Allow를 넣어야 하며, 그래야 클라이언트가 요청을 고칠 수 있습니다. 나쁜 예: Allow 없는 405 Method Not Allowed(Prism이 이렇게 합니다). 좋은 예: Allow: GET, HEAD, POST가 붙은 405 Method Not Allowed. 목록은 리소스가 실제로 지원하는 것과 일치해야 하며, HEAD와 OPTIONS에 응답한다면 그것도 포함합니다.',
    },
  },
  {
    id: 'status-401-www-authenticate',
    source: 'rfc',
    level: 'must',
    topic: 'status',
    spec: rfc9110('15.5.2'),
    summary: {
      en: 'A 401 response must carry a WWW-Authenticate challenge.',
      ko: '401 응답에는 WWW-Authenticate 챌린지가 있어야 합니다.',
    },
    text: {
      en: 'The challenge tells the client how to authenticate. Bad: 401 Unauthorized with only a JSON message. Good: 401 Unauthorized with WWW-Authenticate: Bearer realm="teapot". If you do not want browsers to show a login dialog, use a scheme other than Basic; do not drop the header.',
      ko: '챌린지는 클라이언트에게 어떻게 인증해야 하는지 알려 줍니다. 나쁜 예: JSON 메시지만 담은 401 Unauthorized. 좋은 예: WWW-Authenticate: Bearer realm="teapot"이 붙은 401 Unauthorized. 브라우저가 로그인 대화 상자를 띄우지 않게 하려면 헤더를 빼지 말고 Basic이 아닌 스킴을 쓰세요.',
    },
  },
  {
    id: 'status-407-proxy-authenticate',
    source: 'rfc',
    level: 'must',
    topic: 'status',
    spec: rfc9110('15.5.8'),
    summary: {
      en: 'A 407 response must carry a Proxy-Authenticate challenge.',
      ko: '407 응답에는 Proxy-Authenticate 챌린지가 있어야 합니다.',
    },
    text: {
      en: 'This is the proxy version of the 401 rule: the proxy must say how the client should authenticate to it. Bad: 407 with no Proxy-Authenticate. Good: 407 with Proxy-Authenticate: Basic realm="office". The client answers with Proxy-Authorization, which the proxy consumes.',
      ko: '401 규칙의 프록시 버전입니다. 프록시는 클라이언트가 자신에게 어떻게 인증해야 하는지 알려야 합니다. 나쁜 예: Proxy-Authenticate 없는 407. 좋은 예: Proxy-Authenticate: Basic realm="office"가 붙은 407. 클라이언트는 Proxy-Authorization으로 답하고, 프록시가 이를 소비합니다.',
    },
  },
  {
    id: 'status-204-no-body',
    source: 'rfc',
    level: 'must',
    topic: 'message',
    spec: rfc9110('15.3.5'),
    summary: {
      en: 'A 204 response ends after its headers: it cannot have a body.',
      ko: '204 응답은 헤더에서 끝납니다. 본문을 가질 수 없습니다.',
    },
    text: {
      en: 'The message ends at the blank line after the header section, so any bytes a server writes after it are read as the start of the next response and corrupt the connection. Bad: 204 No Content followed by {"ok": true}. Good: a 204 with no body, or 200 if you do have something to send.',
      ko: '메시지는 헤더 영역 뒤의 빈 줄에서 끝나므로, 서버가 그 뒤에 쓴 바이트는 다음 응답의 시작으로 읽혀 연결이 꼬입니다. 나쁜 예: 204 No Content 뒤에 {"ok": true}. 좋은 예: 본문 없는 204, 또는 정말 보낼 내용이 있다면 200.',
    },
  },
  {
    id: 'status-304-no-body',
    source: 'rfc',
    level: 'must',
    topic: 'message',
    spec: rfc9110('15.4.5'),
    summary: {
      en: 'A 304 response cannot have a body.',
      ko: '304 응답은 본문을 가질 수 없습니다.',
    },
    text: {
      en: 'A 304 tells the client to use the copy it already has, so it ends after the headers. As with 204, body bytes would be read as the next response and corrupt the connection. Bad: 304 Not Modified followed by the JSON document. Good: 304 with headers only.',
      ko: '304는 클라이언트가 이미 가진 사본을 쓰라는 뜻이므로 헤더에서 끝납니다. 204와 마찬가지로 본문 바이트가 있으면 다음 응답으로 읽혀 연결이 꼬입니다. 나쁜 예: 304 Not Modified 뒤에 JSON 도큐먼트. 좋은 예: 헤더만 있는 304.',
    },
  },
  {
    id: 'status-304-headers',
    source: 'rfc',
    level: 'must',
    topic: 'status',
    spec: rfc9110('15.4.5'),
    summary: {
      en: 'A 304 must repeat the Cache-Control, Content-Location, Date, ETag, Expires and Vary a 200 would have sent.',
      ko: '304는 200이었다면 보냈을 Cache-Control, Content-Location, Date, ETag, Expires, Vary를 다시 보내야 합니다.',
    },
    text: {
      en: 'Caches update their stored response with the headers of the 304, so leaving out ETag or Cache-Control can break the next revalidation or change the freshness. Bad: 304 Not Modified with only Date. Good: 304 Not Modified with ETag: "v7", Cache-Control: private, no-cache and Date.',
      ko: '캐시는 304의 헤더로 저장된 응답을 갱신하므로, ETag나 Cache-Control이 빠지면 다음 재검증이 실패하거나 신선도가 바뀔 수 있습니다. 나쁜 예: Date만 있는 304 Not Modified. 좋은 예: ETag: "v7", Cache-Control: private, no-cache, Date가 붙은 304 Not Modified.',
    },
  },
  {
    id: 'status-3xx-location',
    source: 'rfc',
    level: 'should',
    topic: 'status',
    statuses: [301, 302, 303, 307, 308],
    spec: rfc9110('15.4'),
    summary: {
      en: 'A redirect (301, 302, 303, 307, 308) should say where to go in Location.',
      ko: '리다이렉트(301, 302, 303, 307, 308)는 갈 곳을 Location으로 알려야 합니다.',
    },
    text: {
      en: 'For 301, 302, 307 and 308 the server should send Location with the target URI, and for 303 the Location is the whole point of the response. Without it the client has nowhere to go. Bad: 301 Moved Permanently with the new URL only in the body. Good: 301 with Location: /users/1.',
      ko: '301, 302, 307, 308에서는 서버가 대상 URI를 Location에 담아 보내야 하며, 303은 Location이 곧 응답의 목적입니다. 없으면 클라이언트는 갈 곳이 없습니다. 나쁜 예: 새 URL을 본문에만 적은 301 Moved Permanently. 좋은 예: Location: /users/1이 붙은 301.',
    },
  },
  {
    id: 'status-206-content-range',
    source: 'rfc',
    level: 'must',
    topic: 'status',
    spec: rfc9110('15.3.7.1'),
    summary: {
      en: 'A single-part 206 response must carry Content-Range.',
      ko: '부분이 하나인 206 응답에는 Content-Range가 있어야 합니다.',
    },
    text: {
      en: 'The client needs to know which bytes it got. Bad: 206 Partial Content with no Content-Range. Good: Content-Range: bytes 0-499/1234. A multi-part 206 uses Content-Type: multipart/byteranges instead, with a Content-Range in each part.',
      ko: '클라이언트는 어느 바이트를 받았는지 알아야 합니다. 나쁜 예: Content-Range 없는 206 Partial Content. 좋은 예: Content-Range: bytes 0-499/1234. 부분이 여럿인 206은 대신 Content-Type: multipart/byteranges를 쓰고 각 부분에 Content-Range를 넣습니다.',
    },
  },
  {
    id: 'status-416-content-range',
    source: 'rfc',
    level: 'should',
    topic: 'status',
    spec: rfc9110('15.5.17'),
    summary: {
      en: 'A 416 response to a byte-range request should carry Content-Range: bytes */<length>.',
      ko: '바이트 범위 요청에 대한 416 응답에는 Content-Range: bytes */<전체 길이>를 넣어야 합니다.',
    },
    text: {
      en: 'It tells the client the real size, so it can ask again for a range that fits. Bad: 416 Range Not Satisfiable with no hint. Good: 416 Range Not Satisfiable with Content-Range: bytes */1234.',
      ko: '실제 크기를 알려 주어 클라이언트가 맞는 범위로 다시 요청할 수 있게 합니다. 나쁜 예: 아무 힌트 없는 416 Range Not Satisfiable. 좋은 예: Content-Range: bytes */1234가 붙은 416 Range Not Satisfiable.',
    },
  },
  {
    id: 'status-426-upgrade',
    source: 'rfc',
    level: 'must',
    topic: 'status',
    spec: rfc9110('15.5.22'),
    summary: {
      en: 'A 426 response must name the required protocol in Upgrade.',
      ko: '426 응답에는 필요한 프로토콜을 Upgrade에 적어야 합니다.',
    },
    text: {
      en: 'The server refuses to process the request over the current protocol but might after the client upgrades, so it must send Upgrade with the protocols it would accept. Bad: 426 Upgrade Required and nothing else. Good: 426 with Upgrade: websocket and Connection: Upgrade.',
      ko: '서버는 현재 프로토콜로는 요청을 처리하지 않지만 클라이언트가 업그레이드하면 처리할 수 있다는 뜻이므로, 받아들일 프로토콜을 Upgrade에 담아 보내야 합니다. 나쁜 예: 다른 정보 없이 426 Upgrade Required만 보내는 것. 좋은 예: Upgrade: websocket, Connection: Upgrade가 붙은 426.',
    },
  },
  {
    id: 'content-length-not-on-204',
    source: 'rfc',
    level: 'must',
    topic: 'message',
    statuses: [204],
    spec: rfc9110('8.6'),
    summary: {
      en: 'Do not send Content-Length in a 1xx or 204 response.',
      ko: '1xx와 204 응답에는 Content-Length를 보내지 않습니다.',
    },
    text: {
      en: 'These responses never have content, so a Content-Length on them is at best useless and at worst misread by a client that then waits for a body. A server must not send it in them, nor in a 2xx response to CONNECT. The same goes for Transfer-Encoding: RFC 9112 §6.1 forbids it in 1xx and 204 responses too. Bad: 204 No Content with Content-Length: 0. Good: 204 No Content with no Content-Length.',
      ko: '이 응답들은 콘텐츠를 가질 수 없으므로, 여기에 Content-Length가 있으면 잘해야 쓸모없고 최악의 경우 클라이언트가 잘못 읽어 본문을 기다리게 됩니다. 서버는 이 응답들과 CONNECT에 대한 2xx 응답에 이 헤더를 보내면 안 됩니다. Transfer-Encoding도 마찬가지로, RFC 9112 §6.1은 1xx와 204 응답에 이 헤더를 보내는 것도 금지합니다. 나쁜 예: Content-Length: 0이 붙은 204 No Content. 좋은 예: Content-Length 없는 204 No Content.',
    },
  },
  {
    id: 'no-content-length-with-transfer-encoding',
    source: 'rfc',
    level: 'must',
    topic: 'message',
    spec: rfc9112('6.2'),
    summary: {
      en: 'Never send Content-Length together with Transfer-Encoding.',
      ko: 'Content-Length와 Transfer-Encoding을 함께 보내지 않습니다.',
    },
    text: {
      en: 'The two headers mark the end of the body in conflicting ways. If a front-end proxy honours one and the back end the other, an attacker can hide a second request inside the first: HTTP request smuggling. A sender must not send both; a server that receives both must let Transfer-Encoding win, or reject the request, and close the connection afterwards. Bad: Content-Length: 11 and Transfer-Encoding: chunked together. Good: one of them.',
      ko: '두 헤더는 본문이 어디서 끝나는지를 서로 다르게 정합니다. 앞단 프록시는 한쪽을, 뒷단 서버는 다른 쪽을 따르면 공격자가 첫 요청 안에 두 번째 요청을 숨길 수 있는데, 이것이 HTTP 요청 스머글링입니다. 보내는 쪽은 둘을 함께 보내면 안 되고, 둘 다 받은 서버는 Transfer-Encoding을 따르거나 요청을 거절하고, 응답 뒤에는 연결을 닫아야 합니다. 나쁜 예: Content-Length: 11과 Transfer-Encoding: chunked를 함께 보내는 것. 좋은 예: 둘 중 하나만.',
    },
  },
  {
    id: 'content-length-counts-bytes',
    source: 'rfc',
    level: 'must',
    topic: 'message',
    spec: rfc9110('8.6'),
    summary: {
      en: 'Content-Length must be the exact number of bytes (octets) in the body.',
      ko: 'Content-Length는 본문의 정확한 바이트(옥텟) 수여야 합니다.',
    },
    text: {
      en: 'The value counts octets after any content coding, not characters. The Korean word for request is 2 characters but 6 bytes in UTF-8, and each CRLF line break is 2 bytes. Too small, and the leftover bytes are read as the next request; too large, and the server waits for bytes that never come until it times out. Bad: Content-Length: 2 for a 6-byte body. Good: Content-Length: 6.',
      ko: '값은 콘텐츠 코딩을 적용한 뒤 본문의 옥텟(바이트) 수이며, 문자 수가 아닙니다. "요청"은 두 글자지만 UTF-8로는 6바이트이고, CRLF 줄바꿈은 한 번에 2바이트입니다. 값이 작으면 남은 바이트가 다음 요청으로 읽히고, 크면 서버는 오지 않을 바이트를 기다리다 타임아웃됩니다. 나쁜 예: 6바이트 본문에 Content-Length: 2. 좋은 예: Content-Length: 6.',
    },
  },
  {
    id: 'chunked-last-coding',
    source: 'rfc',
    level: 'must',
    topic: 'message',
    spec: rfc9112('6.1'),
    summary: {
      en: 'If a request uses transfer codings, chunked must be the last one, and appear only once.',
      ko: '요청에 전송 코딩을 쓴다면 chunked가 마지막이어야 하고, 한 번만 나와야 합니다.',
    },
    text: {
      en: 'Chunked is what tells the recipient where the body ends; any coding applied after it would hide that. A sender must not apply chunked more than once, and a server that gets a request whose final transfer coding is not chunked must answer 400 and close the connection. Bad: Transfer-Encoding: chunked, gzip. Good: Transfer-Encoding: gzip, chunked.',
      ko: 'chunked가 있어야 받는 쪽이 본문이 어디서 끝나는지 알 수 있으며, 그 뒤에 다른 코딩을 적용하면 그 경계가 가려집니다. 보내는 쪽은 chunked를 두 번 이상 적용하면 안 되고, 마지막 전송 코딩이 chunked가 아닌 요청을 받은 서버는 400으로 응답하고 연결을 닫아야 합니다. 나쁜 예: Transfer-Encoding: chunked, gzip. 좋은 예: Transfer-Encoding: gzip, chunked.',
    },
  },
  {
    id: 'date-required',
    source: 'rfc',
    level: 'must',
    topic: 'header',
    spec: rfc9110('6.6.1'),
    summary: {
      en: 'An origin server with a clock must send Date in 2xx, 3xx and 4xx responses.',
      ko: '시계가 있는 원 서버는 2xx, 3xx, 4xx 응답에 Date를 보내야 합니다.',
    },
    text: {
      en: "Caches compute a response's age from Date, and clients judge Expires and Last-Modified against it. A server without a reliable clock must not send it. Node adds Date automatically, which is why every response here has one. Bad: 200 OK without Date from a server that has a clock. Good: Date: Tue, 15 Apr 2025 08:12:31 GMT.",
      ko: '캐시는 Date로 응답의 나이를 계산하고, 클라이언트는 이 값을 기준으로 Expires와 Last-Modified를 판단합니다. 믿을 만한 시계가 없는 서버는 보내면 안 됩니다. Node는 Date를 자동으로 붙이므로 여기서 보는 모든 응답에 이 헤더가 있습니다. 나쁜 예: 시계가 있는 서버가 Date 없이 보낸 200 OK. 좋은 예: Date: Tue, 15 Apr 2025 08:12:31 GMT.',
    },
  },
  {
    id: 'vary-on-negotiation',
    source: 'rfc',
    level: 'should',
    topic: 'header',
    spec: rfc9110('12.5.5'),
    summary: {
      en: 'A response chosen by looking at request headers should list those headers in Vary.',
      ko: '요청 헤더를 보고 고른 응답은 그 헤더들을 Vary에 적어야 합니다.',
    },
    text: {
      en: 'If /weather returns CSV for Accept: text/csv and JSON otherwise, a cache that does not know this may serve the CSV to a JSON client; Vary: Accept tells it to keep separate copies. The same goes for Accept-Encoding (compression), Accept-Language, and Origin when CORS headers differ per origin. Bad: a negotiated response with no Vary. Good: Vary: Accept.',
      ko: '/weather가 Accept: text/csv에는 CSV를, 그 밖에는 JSON을 돌려준다면, 이 사실을 모르는 캐시는 JSON을 원하는 클라이언트에게 CSV를 줄 수 있습니다. Vary: Accept가 있으면 캐시가 사본을 따로 보관합니다. 압축(Accept-Encoding), 언어(Accept-Language), 출처마다 CORS 헤더가 다를 때의 Origin도 마찬가지입니다. 나쁜 예: 협상한 응답인데 Vary가 없음. 좋은 예: Vary: Accept.',
    },
  },
  {
    id: 'etag-strong-vs-weak',
    source: 'rfc',
    level: 'must',
    topic: 'header',
    spec: rfc9110('8.8.3.2'),
    summary: {
      en: 'If-Match and If-Range compare ETags strongly, so a weak W/ tag never matches them.',
      ko: 'If-Match와 If-Range는 ETag를 강하게 비교하므로 약한 W/ 태그는 절대 일치하지 않습니다.',
    },
    text: {
      en: 'A strong ETag promises byte-for-byte identity; a weak one (W/"v7") only semantic equivalence, such as the same data with different whitespace. Strong comparison (If-Match, If-Range) needs both tags strong and equal, while weak comparison (If-None-Match) only needs the quoted parts equal. A server must use strong comparison for If-Match, so an API that wants safe updates must hand out strong ETags. Bad: ETag: W/"v7" on a document clients update with If-Match. Good: ETag: "v7".',
      ko: '강한 ETag는 바이트 단위로 같다는 보장이고, 약한 ETag(W/"v7")는 공백만 다른 같은 데이터처럼 의미가 같다는 보장일 뿐입니다. 강한 비교(If-Match, If-Range)는 두 태그가 모두 강하고 같아야 하며, 약한 비교(If-None-Match)는 따옴표 안의 값만 같으면 됩니다. 서버는 If-Match에 반드시 강한 비교를 써야 하므로, 안전한 수정을 지원하려는 API는 강한 ETag를 내줘야 합니다. 나쁜 예: 클라이언트가 If-Match로 수정하는 도큐먼트에 ETag: W/"v7". 좋은 예: ETag: "v7".',
    },
  },
  {
    id: 'if-match-failed-no-change',
    source: 'rfc',
    level: 'must',
    topic: 'status',
    statuses: [412],
    spec: rfc9110('13.1.1'),
    summary: {
      en: 'When If-Match is false, the server must not perform the method; it usually answers 412.',
      ko: 'If-Match가 거짓이면 서버는 메서드를 수행하면 안 되며, 보통 412로 응답합니다.',
    },
    text: {
      en: 'This is what makes optimistic locking work: the change is refused, not applied and then reported. The usual answer is 412 Precondition Failed; a server may answer 2xx instead if it can tell that exactly this change was already made, as with a retried request. Bad: applying the PUT and answering 200 although the ETag no longer matched. Good: 412, with the resource unchanged.',
      ko: '낙관적 잠금이 동작하는 원리가 바로 이것입니다. 변경을 적용한 뒤 알리는 것이 아니라 아예 거절합니다. 보통은 412 Precondition Failed로 응답하며, 재시도된 요청처럼 똑같은 변경이 이미 이루어졌음을 확인할 수 있다면 2xx로 응답해도 됩니다. 나쁜 예: ETag가 더 이상 일치하지 않는데도 PUT을 적용하고 200으로 응답. 좋은 예: 리소스는 그대로 두고 412.',
    },
  },
  {
    id: 'if-none-match-304',
    source: 'rfc',
    level: 'must',
    topic: 'status',
    statuses: [304],
    spec: rfc9110('13.1.2'),
    summary: {
      en: 'When If-None-Match matches on GET or HEAD, the server must answer 304 Not Modified.',
      ko: 'GET이나 HEAD에서 If-None-Match가 일치하면 서버는 304 Not Modified로 응답해야 합니다.',
    },
    text: {
      en: 'The client already has the current representation, so the server must not perform the method again: it answers 304 with no body instead of resending the representation. For any other method a match means the condition failed, and the answer must be 412. Bad: 200 with the full body for a matching If-None-Match. Good: 304 with the ETag.',
      ko: '클라이언트가 이미 현재 표현을 갖고 있으므로, 서버는 메서드를 수행하지 말고 표현을 다시 보내는 대신 본문 없는 304로 응답해야 합니다. 다른 메서드에서 일치하면 조건이 실패한 것이므로 반드시 412로 응답합니다. 나쁜 예: If-None-Match가 일치하는데 전체 본문을 담은 200. 좋은 예: ETag가 붙은 304.',
    },
  },
  {
    id: 'put-created-201',
    source: 'rfc',
    level: 'must',
    topic: 'status',
    statuses: [201, 200, 204],
    methods: ['PUT'],
    spec: rfc9110('9.3.4'),
    summary: {
      en: 'A PUT that creates must answer 201; one that replaces, 200 or 204.',
      ko: '새로 만든 PUT은 201로, 기존 것을 교체한 PUT은 200이나 204로 응답해야 합니다.',
    },
    text: {
      en: 'The client needs to know whether it created something or overwrote something. If the target had no representation and the PUT created one, the server must send 201 Created; if it modified an existing one, 200 OK or 204 No Content. Bad: 200 OK for a PUT that just created /users/1/favorites/alonso. Good: 201 Created.',
      ko: '클라이언트는 새로 만든 것인지 기존 것을 덮어쓴 것인지 알아야 합니다. 대상에 표현이 없었고 PUT이 새로 만들었다면 201 Created를, 기존 표현을 수정했다면 200 OK나 204 No Content를 보내야 합니다. 나쁜 예: /users/1/favorites/alonso를 방금 새로 만든 PUT에 200 OK. 좋은 예: 201 Created.',
    },
  },
  {
    id: 'put-validator-only-if-unchanged',
    source: 'rfc',
    level: 'must',
    topic: 'header',
    methods: ['PUT'],
    spec: rfc9110('9.3.4'),
    summary: {
      en: 'After PUT, send ETag or Last-Modified only if the stored data is exactly what the client sent.',
      ko: 'PUT 뒤에는 저장된 데이터가 클라이언트가 보낸 것과 정확히 같을 때만 ETag나 Last-Modified를 보냅니다.',
    },
    text: {
      en: 'A validator in a PUT response tells the client "your body is now the current representation". If the server changed anything, such as adding an id or normalising a date, that is false, and the client\'s next If-Match would rest on data it never saw. Bad: 200 with ETag after the server rewrote the body. Good: leave the validator out; the client can GET the new state and its ETag.',
      ko: 'PUT 응답의 검증자는 "보낸 본문이 이제 현재 표현이다"라는 뜻입니다. 서버가 ID를 추가하거나 날짜 형식을 바꾸는 등 무엇이든 고쳤다면 이 말은 거짓이 되고, 클라이언트의 다음 If-Match는 본 적도 없는 데이터를 기준으로 하게 됩니다. 나쁜 예: 서버가 본문을 고쳐 저장해 놓고 ETag를 붙인 200. 좋은 예: 검증자를 빼는 것. 클라이언트는 GET으로 새 상태와 그 ETag를 받으면 됩니다.',
    },
  },
  {
    id: 'status-415-accept-patch',
    source: 'rfc',
    level: 'should',
    topic: 'status',
    methods: ['PATCH'],
    spec: rfc5789('2.2'),
    summary: {
      en: 'A 415 for an unsupported patch format should list the supported formats in Accept-Patch.',
      ko: '지원하지 않는 패치 형식 때문에 보내는 415에는 지원하는 형식을 Accept-Patch로 알려야 합니다.',
    },
    text: {
      en: 'RFC 5789 says a 415 sent because the client used a patch document format the server does not support should include Accept-Patch. Bad: 415 with no hint. Good: 415 with Accept-Patch: application/merge-patch+json. POST follows the same pattern with Accept-Post.',
      ko: 'RFC 5789는 서버가 지원하지 않는 패치 문서 형식 때문에 415를 보낼 때 Accept-Patch를 포함해야 한다고 합니다. 나쁜 예: 아무 힌트 없는 415. 좋은 예: Accept-Patch: application/merge-patch+json이 붙은 415. POST도 Accept-Post로 같은 방식을 씁니다.',
    },
  },
  {
    id: 'bearer-invalid-token-error',
    source: 'rfc',
    level: 'should',
    topic: 'header',
    statuses: [401],
    spec: rfc6750('3'),
    summary: {
      en: 'When a bearer token is rejected, say why with error="invalid_token" in WWW-Authenticate.',
      ko: '베어러 토큰을 거절할 때는 WWW-Authenticate에 error="invalid_token"으로 이유를 밝힙니다.',
    },
    text: {
      en: 'A client that sent no token and one whose token expired need different fixes. With no token, the challenge is just Bearer realm="..."; with a bad or expired token, add error="invalid_token" (401); with too little scope, error="insufficient_scope" (403). Bad: the same bare 401 for every case. Good: WWW-Authenticate: Bearer realm="teapot", error="invalid_token", error_description="sandbox expired".',
      ko: '토큰을 아예 안 보낸 클라이언트와 만료된 토큰을 보낸 클라이언트는 고칠 방법이 다릅니다. 토큰이 없으면 챌린지는 Bearer realm="..."이면 충분하고, 토큰이 잘못됐거나 만료됐으면 error="invalid_token"(401)을, 범위(scope)가 부족하면 error="insufficient_scope"(403)를 붙입니다. 나쁜 예: 모든 경우에 똑같은 401만 보내는 것. 좋은 예: WWW-Authenticate: Bearer realm="teapot", error="invalid_token", error_description="sandbox expired".',
    },
  },
  {
    id: 'authorization-shared-cache',
    source: 'rfc',
    level: 'must',
    topic: 'header',
    spec: rfc9111('3.5'),
    summary: {
      en: 'Shared caches must not reuse a response to an authorized request unless the response allows it.',
      ko: '공유 캐시는 응답이 허용하지 않는 한 인증된 요청의 응답을 재사용하면 안 됩니다.',
    },
    text: {
      en: "A response to a request with Authorization may hold one user's data. A shared cache, such as a CDN or a proxy, must not reuse it for others unless the response carries public, s-maxage or must-revalidate. So Cache-Control: public on per-user data leaks it. Bad: Cache-Control: public, max-age=600 on GET /users/me. Good: Cache-Control: private, no-cache.",
      ko: 'Authorization이 담긴 요청의 응답에는 한 사용자의 데이터가 들어 있을 수 있습니다. CDN이나 프록시 같은 공유 캐시는 응답에 public, s-maxage, must-revalidate가 없는 한 이를 다른 사람에게 재사용하면 안 됩니다. 그러니 사용자별 데이터에 Cache-Control: public을 붙이면 데이터가 새어 나갑니다. 나쁜 예: GET /users/me 응답에 Cache-Control: public, max-age=600. 좋은 예: Cache-Control: private, no-cache.',
    },
  },
  {
    id: 'retry-after-on-throttle',
    source: 'rfc',
    level: 'may',
    topic: 'header',
    statuses: [429, 503],
    spec: rfc6585('4'),
    summary: {
      en: 'With 429 or 503, say when to retry in Retry-After.',
      ko: '429나 503에는 언제 다시 시도할지 Retry-After로 알려 줍니다.',
    },
    text: {
      en: '429 Too Many Requests and 503 Service Unavailable are temporary. Retry-After: 30 saves clients from guessing and from hammering the server in a tight loop. The RFCs make it optional, but well-behaved clients rely on it. Bad: 429 with no hint. Good: 429 with Retry-After: 30.',
      ko: '429 Too Many Requests와 503 Service Unavailable은 일시적인 상태입니다. Retry-After: 30을 보내면 클라이언트가 추측할 필요도, 짧은 간격으로 서버를 두드릴 필요도 없습니다. RFC에서는 선택 사항이지만 잘 만든 클라이언트는 이 값에 기대어 동작합니다. 나쁜 예: 아무 힌트 없는 429. 좋은 예: Retry-After: 30이 붙은 429.',
    },
  },
  {
    id: 'location-uri-reference',
    source: 'rfc',
    level: 'may',
    topic: 'header',
    spec: rfc9110('10.2.2'),
    summary: {
      en: 'Location may be a relative reference; it is resolved against the request URI.',
      ko: 'Location은 상대 참조여도 됩니다. 요청 URI를 기준으로 해석됩니다.',
    },
    text: {
      en: "Location: /users/42 is as valid as Location: http://localhost:8081/users/42; the old absolute-URI requirement ended with RFC 7231, and RFC 9110 keeps it that way. Relative values keep working behind proxies that change the host or the port. Bad: an absolute Location built from the request's Host header, which the client controls. Good: Location: /users/42.",
      ko: 'Location: /users/42도 Location: http://localhost:8081/users/42와 똑같이 유효합니다. 예전의 절대 URI 요구는 RFC 7231에서 사라졌고 RFC 9110도 같습니다. 상대 경로는 호스트나 포트를 바꾸는 프록시 뒤에서도 그대로 동작합니다. 나쁜 예: 클라이언트가 마음대로 정할 수 있는 요청의 Host 헤더로 조립한 절대 URL. 좋은 예: Location: /users/42.',
    },
  },
] as const satisfies readonly RuleEntry[];

/** The rule ids, as a union: `'uri-forward-slash-hierarchy' | ...` */
export type RuleId = (typeof RULES)[number]['id'];

const BY_ID: ReadonlyMap<string, RuleEntry> = new Map(
  RULES.map((rule): [string, RuleEntry] => [rule.id, rule]),
);

/**
 * Looks a design rule up by its stable id. Returns `undefined` for an unknown id.
 * @example getRule('status-405-allow')?.spec.url // 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6
 */
export function getRule(id: string): RuleEntry | undefined {
  return BY_ID.get(id);
}
