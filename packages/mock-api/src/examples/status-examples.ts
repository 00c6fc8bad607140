/**
 * For every status code the mock API can send, a raw request that produces exactly that
 * status on a fresh sandbox, and why. `{{token}}` stands for the learner's token (from
 * POST /tokens). None of them needs setup requests.
 */
import { AUTH, JSON_TYPE, rawRequest } from './raw-request.ts';

export interface StatusExample {
  status: number;
  /** Raw HTTP/1.1 request text (CRLF), `Host: localhost:8081`, `{{token}}` where a token is needed. */
  request: string;
  /** Raw requests to send first on a fresh sandbox, same placeholder rules. */
  setup?: string[];
  why: { en: string; ko: string };
}

const NEW_USER = '{"name": "한지우", "email": "jiwoo.han@example.com"}';

export const STATUS_EXAMPLES: readonly StatusExample[] = [
  {
    status: 200,
    request: rawRequest('GET', '/users/1', ['Accept: application/json']),
    why: {
      en: 'User 1 exists and this is a plain GET, so the server sends its current representation with 200 OK, along with ETag and Last-Modified for later conditional requests.',
      ko: '사용자 1이 있고 평범한 GET 요청이므로, 서버는 현재 표현(representation)을 200 OK로 돌려줍니다. 나중에 조건부 요청(conditional request)에 쓸 ETag와 Last-Modified 헤더도 함께 보냅니다.',
    },
  },
  {
    status: 201,
    request: rawRequest('POST', '/users', [AUTH, JSON_TYPE], NEW_USER),
    why: {
      en: 'POST to the users collection adds a member, and the server picks its id. It answers 201 Created with Location naming the new user, and the body is the new representation.',
      ko: 'users 컬렉션에 POST를 보내면 새 사용자가 추가되고 id는 서버가 정합니다. 서버는 201 Created로 응답하면서 Location 헤더에 새 사용자의 URI를 담고, 본문에는 새로 만든 리소스의 표현을 보냅니다.',
    },
  },
  {
    status: 202,
    request: rawRequest('POST', '/leagues/seattle/generate-report', [AUTH, 'Content-Length: 0']),
    why: {
      en: 'generate-report is a controller whose work takes time. The server accepts the work without finishing it: 202 Accepted, with Location pointing at the job to poll. The job is done 10 seconds later.',
      ko: 'generate-report는 오래 걸리는 일을 맡는 컨트롤러입니다. 서버는 일을 끝내지 않은 채 접수만 하고 202 Accepted로 응답합니다. Location 헤더는 진행 상황을 확인할 작업(job) 리소스를 가리키고, 작업은 10초 뒤에 끝납니다.',
    },
  },
  {
    status: 204,
    request: rawRequest('DELETE', '/users/2', [AUTH]),
    why: {
      en: 'User 2 is deleted from your sandbox and there is nothing left to describe, so the answer is 204 No Content with no body. A GET of /users/2 afterwards is 404.',
      ko: '사용자 2가 샌드박스에서 삭제되었고 더 보여 줄 내용이 없으므로 본문 없이 204 No Content로 응답합니다. 이후 /users/2에 GET을 보내면 404가 옵니다.',
    },
  },
  {
    status: 301,
    request: rawRequest('GET', '/members/1'),
    why: {
      en: '/members was renamed /users for good. The server answers 301 Moved Permanently with Location: /users/1; clients should update their links, and caches may remember the redirect.',
      ko: '/members는 /users로 영구히 이름이 바뀌었습니다. 서버는 Location: /users/1과 함께 301 Moved Permanently로 응답합니다. 클라이언트는 저장해 둔 링크를 고쳐야 하고, 캐시는 이 리다이렉트를 기억해도 됩니다.',
    },
  },
  {
    status: 303,
    request: rawRequest('GET', '/jobs/1'),
    why: {
      en: 'Job 1 is finished. Instead of sending the result itself, the job answers 303 See Other with Location: /reports/1, where the client fetches the result with GET.',
      ko: '작업 1은 이미 끝났습니다. 작업 리소스는 결과를 직접 보내는 대신 303 See Other로 응답하고, 클라이언트는 Location에 있는 /reports/1로 GET 요청을 보내 결과를 받습니다.',
    },
  },
  {
    status: 304,
    request: rawRequest('GET', '/users/1', ['If-Modified-Since: Wed, 01 Jan 2025 00:00:00 GMT']),
    why: {
      en: 'User 1 has not changed since the date in If-Modified-Since, so the copy the client already has is still good: 304 Not Modified, with no body.',
      ko: '사용자 1은 If-Modified-Since에 적힌 시각 이후로 바뀌지 않았습니다. 클라이언트가 이미 가진 사본을 그대로 써도 되므로 본문 없이 304 Not Modified로 응답합니다.',
    },
  },
  {
    status: 307,
    request: rawRequest(
      'POST',
      '/tickets',
      [AUTH, JSON_TYPE],
      '{"game": "3fd65a60-cb8b-11e0-9572-0800200c9a66", "seat": "B-7", "holder": "박지호"}',
    ),
    why: {
      en: 'Ticket sales are handled at /box-office/tickets for now. 307 Temporary Redirect tells the client to repeat the same request there, with the same method (POST) and the same body, and to keep using /tickets later.',
      ko: '지금은 /box-office/tickets에서 티켓을 팝니다. 307 Temporary Redirect는 같은 요청을 메서드(POST)와 본문까지 그대로 Location으로 다시 보내라는 뜻이며, 나중에는 다시 /tickets를 쓰면 됩니다.',
    },
  },
  {
    status: 308,
    request: rawRequest('GET', '/users/'),
    why: {
      en: 'URIs here have no trailing slash. The server points to the canonical URI with 308 Permanent Redirect, which, unlike 301, keeps the method and body when the client follows it.',
      ko: '이 API의 URI는 끝에 슬래시(/)를 붙이지 않습니다. 서버는 308 Permanent Redirect로 슬래시 없는 정식 URI를 알려 줍니다. 301과 달리 308은 클라이언트가 메서드와 본문을 바꾸지 않고 그대로 다시 보내게 합니다.',
    },
  },
  {
    status: 400,
    request: rawRequest('POST', '/users', [AUTH, JSON_TYPE], '{"name": "한지우", "email": }'),
    why: {
      en: 'The body says it is JSON but is not well-formed (a value is missing after "email":), so the server cannot even read the request: 400 Bad Request.',
      ko: '본문이 JSON이라고 했지만 문법이 깨져 있습니다("email": 뒤에 값이 없음). 서버는 요청을 읽을 수조차 없으므로 400 Bad Request로 응답합니다.',
    },
  },
  {
    status: 401,
    request: rawRequest('POST', '/users', [JSON_TYPE], NEW_USER),
    why: {
      en: 'Changing data needs a token, and this request has no Authorization header. 401 Unauthorized comes with WWW-Authenticate: Bearer, which says how to authenticate.',
      ko: '데이터를 바꾸려면 토큰이 필요한데 이 요청에는 Authorization 헤더가 없습니다. 401 Unauthorized 응답에는 어떤 방식으로 인증해야 하는지 알려 주는 WWW-Authenticate: Bearer 헤더가 붙습니다.',
    },
  },
  {
    status: 403,
    request: rawRequest('GET', '/sandboxes', [AUTH]),
    why: {
      en: 'The token is valid, so this is not an authentication problem, but /sandboxes is for the teacher only. Sending the same request again will not help: 403 Forbidden.',
      ko: '토큰은 유효하므로 인증 문제는 아닙니다. 하지만 /sandboxes는 교사만 볼 수 있어서 403 Forbidden으로 응답합니다. 같은 요청을 다시 보내도 결과는 같습니다.',
    },
  },
  {
    status: 404,
    request: rawRequest('GET', '/users/999'),
    why: {
      en: 'There is no user 999, so the URI identifies nothing: 404 Not Found, explained in a problem detail.',
      ko: '999번 사용자가 없으므로 이 URI가 가리키는 리소스가 없습니다. 서버는 404 Not Found로 응답하고 이유를 문제 상세(problem detail) 형식으로 설명합니다.',
    },
  },
  {
    status: 405,
    request: rawRequest('DELETE', '/leagues/seattle'),
    why: {
      en: 'Leagues are read-only: /leagues/seattle supports GET, HEAD and OPTIONS. DELETE is not among them, so the answer is 405 Method Not Allowed, with Allow listing what the resource does support.',
      ko: '리그는 읽기 전용이라 /leagues/seattle은 GET, HEAD, OPTIONS만 지원합니다. 지원하지 않는 DELETE를 보냈으므로 405 Method Not Allowed로 응답하고, 지원하는 메서드를 Allow 헤더에 나열합니다.',
    },
  },
  {
    status: 406,
    request: rawRequest('GET', '/users/1', ['Accept: application/xml']),
    why: {
      en: 'The user can be sent as JSON or CSV, and Accept asks for XML only. The server has nothing acceptable: 406 Not Acceptable, listing the media types it has.',
      ko: '사용자 정보는 JSON이나 CSV로 보낼 수 있는데 Accept 헤더는 XML만 받겠다고 합니다. 줄 수 있는 표현이 없으므로 406 Not Acceptable로 응답하고, 가능한 미디어 타입을 알려 줍니다.',
    },
  },
  {
    status: 409,
    request: rawRequest(
      'POST',
      '/users',
      [AUTH, JSON_TYPE],
      '{"name": "김민준", "email": "minjun.kim@example.com"}',
    ),
    why: {
      en: 'Emails are unique, and user 1 already has this one. Creating the user would leave the collection contradicting itself: 409 Conflict.',
      ko: '이메일은 중복될 수 없는데 사용자 1이 이미 이 이메일을 쓰고 있습니다. 그대로 만들면 컬렉션이 모순된 상태가 되므로 409 Conflict로 응답합니다.',
    },
  },
  {
    status: 412,
    request: rawRequest('DELETE', '/users/1', [AUTH, 'If-Match: "v1"']),
    why: {
      en: 'If-Match says: delete only if the user is still at the version tagged "v1". The current ETag is different, so the condition fails and nothing is deleted: 412 Precondition Failed.',
      ko: 'If-Match: "v1" 헤더는 사용자가 아직 "v1" 버전일 때만 삭제하라는 조건입니다. 현재 ETag가 다르므로 조건이 거짓이 되고, 아무것도 삭제하지 않은 채 412 Precondition Failed로 응답합니다.',
    },
  },
  {
    status: 415,
    request: rawRequest(
      'POST',
      '/users',
      [AUTH, 'Content-Type: application/xml'],
      '<user><name>한지우</name></user>',
    ),
    why: {
      en: 'POST /users takes JSON only, and this body is declared as application/xml. The server will not process a media type it does not support: 415 Unsupported Media Type, with Accept-Post listing what it takes.',
      ko: 'POST /users는 JSON만 받는데 본문의 Content-Type이 application/xml입니다. 지원하지 않는 미디어 타입이라 처리하지 않고 415 Unsupported Media Type으로 응답하며, 받을 수 있는 타입을 Accept-Post 헤더로 알려 줍니다.',
    },
  },
  {
    status: 422,
    request: rawRequest('POST', '/users', [AUTH, JSON_TYPE], '{"name": "", "email": "not-an-email"}'),
    why: {
      en: 'The JSON is well-formed, but its values break the rules: the name is empty and the email is not an email address. The server understood the request but cannot act on it: 422 Unprocessable Content, with an error per field.',
      ko: 'JSON 문법은 맞지만 값이 규칙에 어긋납니다. 이름이 비어 있고 이메일 형식도 틀렸습니다. 서버는 요청을 이해했지만 처리할 수 없으므로 422 Unprocessable Content로 응답하고, 필드마다 오류를 알려 줍니다.',
    },
  },
  {
    status: 428,
    request: rawRequest(
      'PATCH',
      '/games/3fd65a60-cb8b-11e0-9572-0800200c9a66',
      [AUTH, 'Content-Type: application/merge-patch+json'],
      '{"kickoff": "2026-12-13T15:00:00Z"}',
    ),
    why: {
      en: "Games can only be changed conditionally, so that two editors never overwrite each other's work. This PATCH has no If-Match: 428 Precondition Required. Read the game's ETag with GET and send it back in If-Match.",
      ko: '경기 정보는 두 사람이 서로의 수정을 덮어쓰지 않도록 조건부로만 바꿀 수 있습니다. 이 PATCH 요청에는 If-Match 헤더가 없어서 428 Precondition Required로 응답합니다. GET으로 ETag를 읽은 뒤 If-Match에 담아 다시 보내세요.',
    },
  },
  {
    status: 500,
    request: rawRequest('GET', '/weather'),
    why: {
      en: 'The weather comes from a backing service that is down, so the handler fails. The server answers 500 Internal Server Error with a problem detail that reveals nothing about its code. The fault is on the server side, not in the request.',
      ko: '날씨 정보는 외부 서비스에서 가져오는데 그 서비스가 멈춰 있어서 핸들러가 실패합니다. 서버는 500 Internal Server Error로 응답하되, 내부 코드나 스택 트레이스(stack trace)는 드러내지 않습니다. 잘못은 요청이 아니라 서버 쪽에 있습니다.',
    },
  },
  {
    status: 501,
    request: rawRequest('PROPFIND', '/users'),
    why: {
      en: 'PROPFIND is a WebDAV method that this server implements for no resource at all. That is 501 Not Implemented; 405 would mean a method the server knows but this one resource does not support.',
      ko: 'PROPFIND는 WebDAV 메서드인데, 이 서버는 어떤 리소스에서도 이 메서드를 구현하지 않았습니다. 그래서 501 Not Implemented로 응답합니다. 405는 서버가 아는 메서드를 특정 리소스가 지원하지 않을 때 씁니다.',
    },
  },
];
