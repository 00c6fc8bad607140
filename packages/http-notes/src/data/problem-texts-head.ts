/** Problems with the message as a whole and its start line. */
export const PROBLEM_TEXTS_HEAD = {
  'empty-request': {
    summary: { en: 'The request is empty', ko: '요청이 비어 있습니다' },
    text: {
      en: 'An HTTP request starts with a request line: a method, a target and a version, such as GET /users/1 HTTP/1.1.',
      ko: 'HTTP 요청은 메서드, 대상, 버전으로 이루어진 요청 줄로 시작합니다. 예: GET /users/1 HTTP/1.1',
    },
  },
  'empty-response': {
    summary: { en: 'No response came back', ko: '응답이 돌아오지 않았습니다' },
    text: {
      en: 'The server closed the connection without sending a single byte of a response.',
      ko: '서버가 응답을 한 바이트도 보내지 않고 연결을 닫았습니다.',
    },
  },
  'leading-empty-lines': {
    summary: { en: '{count} empty line(s) before the start line', ko: '시작 줄 앞에 빈 줄이 {count}개 있습니다' },
    text: {
      en: 'A server should ignore at least one empty line before the request line, for robustness, but a message should not start with one.',
      ko: '서버는 견고함을 위해 요청 줄 앞의 빈 줄을 적어도 하나는 무시해야 하지만(SHOULD), 메시지를 빈 줄로 시작해서는 안 됩니다.',
    },
  },
  'bare-lf': {
    summary: { en: '{count} line(s) end with LF alone, not CRLF', ko: '줄 {count}개가 CRLF가 아닌 LF로만 끝납니다' },
    text: {
      en: 'HTTP/1.1 ends each line of the head, and each line of chunked framing, with CR LF. A recipient may accept a bare LF in the head (never in chunk framing), but Node’s strict parser refuses it. The playground turns them into CRLF before sending and tells you.',
      ko: 'HTTP/1.1은 헤더 부분의 각 줄과 청크 구분 줄을 CR LF로 끝냅니다. 받는 쪽이 헤더 부분에서는 LF만 있는 줄을 받아 줄 수도 있지만(MAY, 청크 구분 줄에서는 안 됨) Node의 엄격한 파서는 거부합니다. 플레이그라운드는 보내기 전에 CRLF로 바꾸고 그 사실을 알려 줍니다.',
    },
  },
  'bare-cr': {
    summary: { en: 'A CR that is not followed by LF', ko: 'LF 없이 CR만 있습니다' },
    text: {
      en: 'A lone CR outside the body is invalid: a recipient must reject the message or replace it with a space. Different readings of it have been used to smuggle requests.',
      ko: '본문 밖에 있는 단독 CR은 잘못된 것이어서, 받는 쪽은 메시지를 거부하거나 공백으로 바꿔야 합니다(MUST). 이를 다르게 해석하는 점을 악용해 요청을 몰래 끼워 넣는(request smuggling) 공격이 있었습니다.',
    },
  },
  'missing-blank-line': {
    summary: { en: 'The head never ends: no blank line', ko: '헤더가 끝나지 않습니다: 빈 줄이 없습니다' },
    text: {
      en: 'The header section ends with an empty line (CRLF CRLF). Without it the server keeps waiting for more header fields and times out.',
      ko: '헤더 부분은 빈 줄(CRLF CRLF)로 끝납니다. 빈 줄이 없으면 서버는 헤더가 더 오기를 기다리다가 시간 초과로 끝납니다.',
    },
  },
  'whitespace-after-start-line': {
    summary: { en: 'Whitespace between the start line and the first header', ko: '시작 줄과 첫 헤더 사이에 공백이 있습니다' },
    text: {
      en: 'A line that starts with whitespace right after the start line must be rejected or ignored; it could hide a header from one parser but not another.',
      ko: '시작 줄 바로 다음에 공백으로 시작하는 줄이 오면 거부하거나 무시해야 합니다(MUST). 파서마다 헤더로 볼지 말지가 달라질 수 있기 때문입니다.',
    },
  },
  'head-too-large': {
    summary: { en: 'The head is {bytes} bytes (limit {limit})', ko: '헤더 부분이 {bytes}바이트입니다(한도 {limit})' },
    text: {
      en: 'Servers limit the size of the request line and headers. The mock API allows 16 KiB and answers 431 Request Header Fields Too Large above it.',
      ko: '서버는 요청 줄과 헤더의 크기를 제한합니다. 목 API의 한도는 16KiB이고, 넘으면 431 Request Header Fields Too Large로 응답합니다.',
    },
  },
  'http2-preface': {
    summary: { en: 'This is the HTTP/2 connection preface', ko: 'HTTP/2 연결 서문(preface)입니다' },
    text: {
      en: 'PRI * HTTP/2.0 opens an HTTP/2 connection. An HTTP/1.1 server that does not speak HTTP/2 rejects it with 400 or closes the connection.',
      ko: 'PRI * HTTP/2.0은 HTTP/2 연결을 여는 서문입니다. HTTP/2를 모르는 HTTP/1.1 서버는 400으로 거부하거나 연결을 닫습니다.',
    },
  },
  'invalid-request-line': {
    summary: { en: 'The request line is not method SP target SP version', ko: '요청 줄이 "메서드 SP 대상 SP 버전" 형태가 아닙니다' },
    text: {
      en: 'A request line has exactly three parts separated by single spaces, for example GET /users/1 HTTP/1.1. This one reads: {line}',
      ko: '요청 줄은 공백 하나로 구분된 세 부분으로 되어 있습니다. 예: GET /users/1 HTTP/1.1. 지금 요청 줄: {line}',
    },
  },
  'request-line-whitespace': {
    summary: { en: 'Extra whitespace in the request line', ko: '요청 줄에 불필요한 공백이 있습니다' },
    text: {
      en: 'Use exactly one space between the method, the target and the version, and none at the start or end of the line.',
      ko: '메서드, 대상, 버전 사이에는 공백을 정확히 하나씩만 두고, 줄의 처음과 끝에는 공백을 두지 마세요.',
    },
  },
  'http09-request': {
    summary: { en: 'An HTTP/0.9-style request (no version)', ko: '버전이 없는 HTTP/0.9 방식의 요청입니다' },
    text: {
      en: 'GET {target} without a version is how HTTP/0.9 asked for a page. Modern servers answer 400; add HTTP/1.1 and a Host header.',
      ko: '버전 없이 GET {target}만 쓰는 것은 HTTP/0.9 방식입니다. 요즘 서버는 400으로 응답하니 HTTP/1.1과 Host 헤더를 붙이세요.',
    },
  },
  'invalid-method-token': {
    summary: { en: 'The method {method} has a character a token cannot have ({char})', ko: '메서드 {method}에 토큰에 쓸 수 없는 문자({char})가 있습니다' },
    text: {
      en: 'A method is a token: letters, digits and a few symbols such as - and _, with no spaces or separators.',
      ko: '메서드는 토큰이어야 합니다. 영문자, 숫자, -나 _ 같은 일부 기호만 쓸 수 있고 공백이나 구분 기호는 쓸 수 없습니다.',
    },
  },
  'lowercase-method': {
    summary: { en: 'Methods are case-sensitive: {method} is not {expected}', ko: '메서드는 대소문자를 구분합니다: {method}는 {expected}가 아닙니다' },
    text: {
      en: 'The standard methods are all uppercase. A server does not recognise {method} as {expected} and answers 400 or 501.',
      ko: '표준 메서드는 모두 대문자입니다. 서버는 {method}를 {expected}로 알아듣지 못하고 400이나 501로 응답합니다.',
    },
  },
  'invalid-request-target': {
    summary: { en: 'The target has a character it cannot contain ({char})', ko: '요청 대상에 쓸 수 없는 문자({char})가 있습니다' },
    text: {
      en: 'Characters such as spaces, quotes and < > must be percent-encoded in a URI, for example a space as %20.',
      ko: '공백, 따옴표, < > 같은 문자는 URI에서 퍼센트 인코딩해야 합니다. 예를 들어 공백은 %20으로 씁니다.',
    },
  },
  'non-ascii-request-target': {
    summary: { en: 'Non-ASCII characters in the target', ko: '요청 대상에 ASCII가 아닌 문자가 있습니다' },
    text: {
      en: 'A URI is ASCII. Encode other characters as UTF-8 and percent-encode the bytes: 한 becomes %ED%95%9C.',
      ko: 'URI는 ASCII만 씁니다. 다른 문자는 UTF-8로 인코딩한 뒤 각 바이트를 퍼센트 인코딩하세요. 예: 한 → %ED%95%9C',
    },
  },
  'target-missing-leading-slash': {
    summary: { en: 'The path must start with /: {target}', ko: '경로는 /로 시작해야 합니다: {target}' },
    text: {
      en: 'In origin form the target is an absolute path, so it starts with a slash: /users, not users.',
      ko: 'origin-form의 요청 대상은 절대 경로이므로 슬래시로 시작합니다. users가 아니라 /users입니다.',
    },
  },
  'fragment-in-request-target': {
    summary: { en: 'A fragment ({fragment}) in the target', ko: '요청 대상에 프래그먼트({fragment})가 있습니다' },
    text: {
      en: 'The part after # is for the client only and is never sent. A server may reject a target that contains it.',
      ko: '# 뒤 부분은 클라이언트만 쓰는 것이라 서버로 보내지 않습니다. 이를 포함한 요청 대상은 서버가 거부할 수 있습니다.',
    },
  },
  'target-form-not-allowed': {
    summary: { en: 'The {form} form is not used with {method}', ko: '{method}에는 {form} 형태를 쓰지 않습니다' },
    text: {
      en: 'Authority form (host:port) is only for CONNECT, and asterisk form (*) only for OPTIONS. Other requests use a path such as /users.',
      ko: 'authority-form(host:port)은 CONNECT에서만, asterisk-form(*)은 OPTIONS에서만 씁니다. 나머지 요청은 /users 같은 경로를 씁니다.',
    },
  },
  'absolute-form-target': {
    summary: { en: 'An absolute URI as the target', ko: '요청 대상이 절대 URI입니다' },
    text: {
      en: 'Absolute form ({target}) is what clients send to a proxy. A server must accept it, and then the URI’s authority wins over Host.',
      ko: 'absolute-form({target})은 클라이언트가 프록시에 보낼 때 쓰는 형태입니다. 서버는 이를 받아야 하며(MUST), 이때는 Host보다 URI의 authority가 우선합니다.',
    },
  },
  'invalid-http-version': {
    summary: { en: 'Not an HTTP version: {version}', ko: '올바른 HTTP 버전이 아닙니다: {version}' },
    text: {
      en: 'The version is written HTTP/ followed by a digit, a dot and a digit, in uppercase: HTTP/1.1.',
      ko: '버전은 대문자 HTTP/ 다음에 숫자.숫자 형태로 씁니다: HTTP/1.1',
    },
  },
  'unsupported-http-version': {
    summary: { en: 'HTTP version {version} is not supported here', ko: '여기서는 HTTP 버전 {version}을 지원하지 않습니다' },
    text: {
      en: 'This server speaks HTTP/1.0 and HTTP/1.1 in text form; a server refuses a major version it does not support with 505.',
      ko: '이 서버는 텍스트 형식의 HTTP/1.0과 HTTP/1.1을 씁니다. 서버는 지원하지 않는 주 버전을 505로 거부합니다.',
    },
  },
  'http10-request': {
    summary: { en: 'An HTTP/1.0 request', ko: 'HTTP/1.0 요청입니다' },
    text: {
      en: 'HTTP/1.0 closes the connection after each response unless keep-alive is asked for, and does not require Host. Use HTTP/1.1.',
      ko: 'HTTP/1.0은 keep-alive를 요청하지 않으면 응답마다 연결을 닫고, Host도 필수가 아닙니다. HTTP/1.1을 쓰세요.',
    },
  },
  'invalid-status-line': {
    summary: { en: 'The status line is not version SP code SP reason', ko: '상태 줄이 "버전 SP 코드 SP 사유" 형태가 아닙니다' },
    text: {
      en: 'A status line reads like HTTP/1.1 200 OK. This one reads: {line}',
      ko: '상태 줄은 HTTP/1.1 200 OK처럼 생겼습니다. 지금 상태 줄: {line}',
    },
  },
  'invalid-status-code': {
    summary: { en: 'Not a three-digit status code: {code}', ko: '세 자리 상태 코드가 아닙니다: {code}' },
    text: {
      en: 'A status code is three digits from 100 to 599; its first digit is its class.',
      ko: '상태 코드는 100부터 599까지의 세 자리 숫자이고, 첫 자리가 계열을 나타냅니다.',
    },
  },
  'status-line-missing-space': {
    summary: { en: 'No space after the status code', ko: '상태 코드 뒤에 공백이 없습니다' },
    text: {
      en: 'The space after the code is required even when the reason phrase is empty.',
      ko: '사유 문구가 비어 있어도 상태 코드 뒤의 공백은 있어야 합니다.',
    },
  },
  'invalid-reason-phrase': {
    summary: { en: 'A control character in the reason phrase ({char})', ko: '사유 문구에 제어 문자({char})가 있습니다' },
    text: {
      en: 'The reason phrase is free text for humans, but it cannot contain control characters.',
      ko: '사유 문구는 사람이 읽는 자유 텍스트지만 제어 문자는 넣을 수 없습니다.',
    },
  },
  'interim-response': {
    summary: { en: 'An interim {status} response came first', ko: '중간 응답 {status}이(가) 먼저 왔습니다' },
    text: {
      en: 'A 1xx response is informational: the final response follows it on the same connection.',
      ko: '1xx 응답은 정보 제공용 중간 응답이고, 같은 연결에서 최종 응답이 뒤따릅니다.',
    },
  },
} as const;
