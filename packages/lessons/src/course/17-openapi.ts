import type { Lesson } from '../types.ts';
import { JSON_ACCEPT, http } from './http.ts';

const start = http('GET /openapi.json HTTP/1.1', [JSON_ACCEPT]);
const docs = http('GET /docs HTTP/1.1', ['Accept: text/html']);

export const openapi = {
  id: 'openapi',
  order: 17,
  topics: ['openapi'],
  title: { en: 'Documenting an API with OpenAPI', ko: 'OpenAPI로 API 문서화하기' },
  summary: {
    en: 'A machine-readable description of every endpoint, and the docs page built from it.',
    ko: '모든 엔드포인트를 기계가 읽을 수 있게 기술한 문서와, 그 문서로 만든 문서 페이지.',
  },
  body: {
    en: `An API is only as useful as its documentation: endpoints, methods, headers, request and response bodies, status codes, examples.

**OpenAPI** (formerly Swagger) describes all of that in one JSON or YAML document. Tools read it to draw a docs page (Swagger UI and friends), generate client code, mock a server, or check that responses match the contract.

The mock API generates its OpenAPI 3.1 document from its own code, so the documentation cannot drift away from what the server does. Fetch it, and look for:

- \`paths\`: every URI template, such as \`/users/{id}\`;
- under each path, one entry per method, each listing the status codes it can return;
- \`components\`: the shared schemas, such as a user or a problem detail.

Then open the human-friendly page built from the same document.`,
    ko: `API는 문서가 좋은 만큼만 쓸모가 있습니다. 엔드포인트, 메서드, 헤더, 요청과 응답 본문, 상태 코드, 예제가 모두 필요합니다.

**OpenAPI**(예전 이름은 Swagger)는 이 모든 것을 JSON이나 YAML 문서 하나에 기술합니다. 여러 도구가 이 문서를 읽어서 문서 페이지(Swagger UI 등)를 그리고, 클라이언트 코드를 생성하고, 목 서버를 띄우고, 응답이 계약과 맞는지 검사합니다.

목 API는 자신의 코드에서 OpenAPI 3.1 문서를 생성하므로 문서와 실제 동작이 어긋날 수 없습니다. 문서를 받아서 다음을 찾아보세요.

- \`paths\`: \`/users/{id}\` 같은 모든 URI 템플릿
- 경로마다 메서드별 항목이 있고, 항목마다 돌려줄 수 있는 상태 코드가 나열됨
- \`components\`: 사용자나 problem detail처럼 여러 곳에서 함께 쓰는 스키마

그다음 같은 문서로 만든, 사람이 읽기 좋은 페이지도 열어 보세요.`,
  },
  start,
  goals: [
    {
      id: 'openapi-document',
      text: {
        en: 'Fetch the OpenAPI document and get `200 OK`.',
        ko: 'OpenAPI 문서를 받아서 `200 OK`를 확인하세요.',
      },
      check: { method: 'GET', path: '/openapi.json', status: 200, responseBodyIncludes: '"openapi"' },
      solution: [start],
    },
    {
      id: 'docs-page',
      text: {
        en: 'Fetch the docs page at `/docs`: it is HTML.',
        ko: '`/docs`의 문서 페이지를 받아 보세요. HTML입니다.',
      },
      check: {
        method: 'GET',
        path: '/docs',
        status: 200,
        responseHeaders: [{ name: 'content-type', includes: 'text/html' }],
      },
      solution: [docs],
    },
  ],
  hints: [
    { en: 'Send the request as it is.', ko: '요청을 그대로 보내세요.' },
    {
      en: "Change the target to `/docs`. You can also open it in a new tab on the mock API's port.",
      ko: '요청 대상을 `/docs`로 바꾸세요. 목 API 포트로 새 탭에서 열어 봐도 됩니다.',
    },
  ],
  see: [
    'https://spec.openapis.org/oas/v3.1.0#openapi-object',
    'https://spec.openapis.org/oas/v3.1.0#paths-object',
  ],
} as const satisfies Lesson;
