import type { Lesson } from '../types.ts';
import { JSON_ACCEPT, http } from './http.ts';

const start = http('GET /leagues/seattle/teams/trebuchet HTTP/1.1', [JSON_ACCEPT]);
const players = http('GET /leagues/seattle/teams/trebuchet/players HTTP/1.1', [JSON_ACCEPT]);
const graphql = http(
  'POST /graphql HTTP/1.1',
  ['Content-Type: application/json', JSON_ACCEPT],
  '{"query":"{ team(id: \\"trebuchet\\") { name players { name } } }"}',
);

export const restVsGraphql = {
  id: 'rest-vs-graphql',
  order: 19,
  topics: ['graphql', 'uri-design'],
  title: { en: 'REST compared with GraphQL', ko: 'REST와 GraphQL 비교' },
  summary: {
    en: 'Many resources with their own URIs, or one endpoint that takes a query.',
    ko: '자기 URI를 가진 여러 리소스, 또는 쿼리를 받는 엔드포인트 하나.',
  },
  body: {
    en: `In **REST**, every resource has its own URI, and the method says what to do with it. The API is *self-descriptive*: from \`GET /leagues/seattle/teams/trebuchet/players\` alone you can tell what comes back. HTTP's machinery works for free: caching of GET, conditional requests, status codes per resource.

The price: the server decides the shape of each resource. To show a team with its players you may need several round trips, and each response may carry fields you never use.

**GraphQL** turns this around. There is usually **one endpoint** (often \`POST /graphql\`), and the client sends a query that names exactly the fields it wants, across related objects, in one request. The cost moves elsewhere: HTTP caching of GET and per-resource status codes no longer apply (a GraphQL error often arrives inside a \`200 OK\`), and the server must guard against expensive queries.

Neither is better everywhere. REST fits resource-shaped data and the Web's caches; GraphQL fits clients that need flexible views of a connected graph.`,
    ko: `**REST**에서는 리소스마다 자기 URI가 있고, 그 리소스로 할 일은 메서드가 말합니다. 그래서 API의 *자기 설명력(self-descriptiveness)* 이 높습니다. \`GET /leagues/seattle/teams/trebuchet/players\`만 보고도 무엇이 돌아올지 알 수 있습니다. GET 캐싱, 조건부 요청, 리소스별 상태 코드 같은 HTTP의 장치도 그대로 쓸 수 있습니다.

대신 리소스의 모양은 서버가 정합니다. 팀과 선수를 함께 보여 주려면 요청을 여러 번 보내야 할 수 있고, 응답마다 쓰지 않는 필드가 따라올 수도 있습니다.

**GraphQL**은 이것을 뒤집습니다. 보통 **엔드포인트가 하나**(흔히 \`POST /graphql\`)이고, 클라이언트가 원하는 필드를 연관된 객체까지 정확히 적은 쿼리를 보내서 한 번에 받습니다. 대신 비용이 다른 곳으로 옮겨 갑니다. GET의 HTTP 캐싱과 리소스별 상태 코드를 쓸 수 없고(GraphQL 오류는 \`200 OK\` 안에 담겨 오는 경우가 많습니다), 서버는 비용이 큰 쿼리를 막아야 합니다.

어느 쪽이 항상 낫지는 않습니다. REST는 리소스 모양의 데이터와 웹의 캐시에 잘 맞고, GraphQL은 연결된 데이터를 여러 모양으로 보고 싶은 클라이언트에 잘 맞습니다.`,
  },
  start,
  goals: [
    {
      id: 'two-round-trips',
      text: {
        en: 'Get a team, then its players: two requests for what one GraphQL query would ask.',
        ko: '팀을 받고, 그다음 그 팀의 선수 목록을 받으세요. GraphQL 쿼리 하나로 물을 내용을 요청 두 번으로 가져옵니다.',
      },
      check: {
        method: 'GET',
        path: '/leagues/*/teams/*',
        status: 200,
        then: [{ method: 'GET', path: '/leagues/*/teams/*/players', status: 200 }],
      },
      solution: [start, players],
    },
    {
      id: 'no-graphql-endpoint',
      text: {
        en: 'Send a GraphQL query to `/graphql`. This API is REST: what does it answer?',
        ko: '`/graphql`에 GraphQL 쿼리를 보내 보세요. 이 API는 REST입니다. 어떤 응답이 오나요?',
      },
      check: { method: 'POST', path: '/graphql', status: [401, 404, 405] },
      solution: [graphql],
    },
  ],
  hints: [
    {
      en: 'Send the request as it is, then add `/players` to the target.',
      ko: '요청을 그대로 보낸 다음, 요청 대상 끝에 `/players`를 붙이세요.',
    },
    {
      en: 'For GraphQL: `POST /graphql` with `Content-Type: application/json` and a body like `{"query":"{ team(id: \\"trebuchet\\") { name } }"}`.',
      ko: 'GraphQL은 `Content-Type: application/json`과 `{"query":"{ team(id: \\"trebuchet\\") { name } }"}` 같은 본문으로 `POST /graphql`을 보내면 됩니다.',
    },
  ],
  see: [
    'https://spec.graphql.org/October2021/#sec-Overview',
    'https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1',
  ],
} as const satisfies Lesson;
