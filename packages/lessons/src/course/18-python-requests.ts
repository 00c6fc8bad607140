import type { Lesson } from '../types.ts';
import { AUTH, JSON_ACCEPT, http } from './http.ts';

const UA = 'User-Agent: python-requests/2.32.3';
const start = http('GET /users/1 HTTP/1.1', [
  UA,
  'Accept-Encoding: gzip, deflate',
  JSON_ACCEPT,
  'Connection: keep-alive',
]);
const create = http(
  'POST /users HTTP/1.1',
  [
    UA,
    'Accept-Encoding: gzip, deflate',
    JSON_ACCEPT,
    'Connection: keep-alive',
    AUTH,
    'Content-Type: application/json',
  ],
  '{"name": "Mina Kim", "email": "mina@example.com"}',
);

export const pythonRequests = {
  id: 'python-requests',
  order: 18,
  topics: ['python-requests'],
  title: { en: 'Calling the API from Python requests', ko: '파이썬 requests로 API 호출하기' },
  summary: {
    en: 'The same requests from a Python program, and what requests writes on the wire.',
    ko: '같은 요청을 파이썬 프로그램에서 보내고, requests가 실제로 무엇을 보내는지 확인합니다.',
  },
  body: {
    en: `Real clients are programs. In Python, the \`requests\` package is the usual choice:

\`\`\`python
import requests

BASE = "http://localhost:8081"
TOKEN = "paste your token here"

r = requests.get(f"{BASE}/users/1", headers={"Accept": "application/json"})
print(r.status_code, r.headers["Content-Type"], r.json())

r = requests.post(f"{BASE}/users",
                  json={"name": "Mina Kim", "email": "mina@example.com"},
                  headers={"Authorization": f"Bearer {TOKEN}"})
print(r.status_code, r.headers.get("Location"))
\`\`\`

\`json=\` serializes the body and sets \`Content-Type: application/json\` for you. \`requests\` also adds \`User-Agent: python-requests/...\`, \`Accept-Encoding\` and \`Connection\` headers.

Note what it does *not* do: it never raises on a 4xx or 5xx. Check \`r.status_code\`, or call \`r.raise_for_status()\`.

Run the program against the mock API with your token: the playground shows its requests in your live traffic, and they count for the goals. No Python at hand? Type the same request here, headers included.`,
    ko: `실제 클라이언트는 프로그램입니다. 파이썬에서는 보통 \`requests\` 패키지를 씁니다.

\`\`\`python
import requests

BASE = "http://localhost:8081"
TOKEN = "여기에 토큰을 붙여 넣으세요"

r = requests.get(f"{BASE}/users/1", headers={"Accept": "application/json"})
print(r.status_code, r.headers["Content-Type"], r.json())

r = requests.post(f"{BASE}/users",
                  json={"name": "Mina Kim", "email": "mina@example.com"},
                  headers={"Authorization": f"Bearer {TOKEN}"})
print(r.status_code, r.headers.get("Location"))
\`\`\`

\`json=\` 인자는 본문을 직렬화하고 \`Content-Type: application/json\`도 알아서 붙입니다. \`requests\`는 \`User-Agent: python-requests/...\`, \`Accept-Encoding\`, \`Connection\` 헤더도 추가합니다.

하지 *않는* 일도 알아 두세요. 4xx나 5xx 응답을 받아도 예외를 던지지 않습니다. \`r.status_code\`를 확인하거나 \`r.raise_for_status()\`를 호출해야 합니다.

내 토큰을 넣고 목 API에 프로그램을 실행해 보세요. 플레이그라운드의 실시간 트래픽(live traffic)에 요청이 나타나고, 목표 달성에도 반영됩니다. 파이썬이 없다면 같은 요청을 헤더까지 그대로 여기에 써서 보내도 됩니다.`,
  },
  start,
  goals: [
    {
      id: 'python-get',
      text: {
        en: 'Read a user the way `requests.get` does (its `User-Agent` included).',
        ko: '`requests.get`처럼 사용자를 읽으세요(`User-Agent`까지 같게).',
      },
      check: {
        method: 'GET',
        status: 200,
        requestHeaders: [{ name: 'user-agent', includes: 'python-requests' }],
      },
      solution: [start],
    },
    {
      id: 'python-post',
      text: {
        en: 'Create a user the way `requests.post(..., json=...)` does, and get `201 Created`.',
        ko: '`requests.post(..., json=...)`처럼 사용자를 만들고 `201 Created`를 받으세요.',
      },
      check: {
        method: 'POST',
        status: 201,
        requestHeaders: [
          { name: 'user-agent', includes: 'python-requests' },
          { name: 'content-type', includes: 'application/json' },
        ],
      },
      solution: [create],
    },
  ],
  hints: [
    {
      en: 'Run the Python program with your token, or send the request in the editor as it is.',
      ko: '내 토큰으로 파이썬 프로그램을 실행하거나, 편집기의 요청을 그대로 보내세요.',
    },
    {
      en: 'For the POST, keep the `User-Agent` line and add your `Authorization`, `Content-Type: application/json` and a JSON body.',
      ko: 'POST는 `User-Agent` 줄을 그대로 두고 `Authorization`, `Content-Type: application/json`, JSON 본문을 추가하세요.',
    },
  ],
  see: [
    'https://requests.readthedocs.io/en/latest/user/quickstart/#make-a-request',
    'https://www.rfc-editor.org/rfc/rfc9110#section-10.1.5',
  ],
} as const satisfies Lesson;
