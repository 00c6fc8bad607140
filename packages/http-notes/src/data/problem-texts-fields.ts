/** Problems with header fields, Host and Content-Length. */
export const PROBLEM_TEXTS_FIELDS = {
  'header-missing-colon': {
    summary: { en: 'A header line without a colon', ko: '콜론(:)이 없는 헤더 줄' },
    text: {
      en: 'Each header field is name: value. Node rejects this line with 400 Bad Request: {line}',
      ko: '헤더 필드는 "이름: 값" 형태입니다. Node는 이 줄 때문에 400 Bad Request로 응답합니다: {line}',
    },
  },
  'whitespace-before-colon': {
    summary: { en: 'Whitespace between {name} and the colon', ko: '{name}와(과) 콜론 사이에 공백이 있습니다' },
    text: {
      en: 'No whitespace is allowed between a field name and its colon; a server must reject the request with 400, because parsers that trim it differently have been used to smuggle requests.',
      ko: '필드 이름과 콜론 사이에는 공백을 둘 수 없습니다. 서버는 이런 요청을 400으로 거부해야 합니다(MUST). 공백 처리를 달리하는 파서 차이가 요청 밀반입(smuggling)에 악용되었기 때문입니다.',
    },
  },
  'invalid-field-name': {
    summary: { en: 'The field name {name} has an invalid character ({char})', ko: '필드 이름 {name}에 쓸 수 없는 문자({char})가 있습니다' },
    text: {
      en: 'A field name is a token: letters, digits and - are the usual characters, with no spaces.',
      ko: '필드 이름은 토큰입니다. 보통 영문자, 숫자, -를 쓰며 공백은 쓸 수 없습니다.',
    },
  },
  'invalid-field-value': {
    summary: { en: 'The value of {name} has a control character ({char})', ko: '{name}의 값에 제어 문자({char})가 있습니다' },
    text: {
      en: 'A field value may not contain CR, LF, NUL or other control characters (tab is allowed).',
      ko: '필드 값에는 CR, LF, NUL 같은 제어 문자를 넣을 수 없습니다(탭은 허용).',
    },
  },
  'non-ascii-field-value': {
    summary: { en: 'Non-ASCII bytes in the value of {name}', ko: '{name}의 값에 ASCII가 아닌 바이트가 있습니다' },
    text: {
      en: 'Field values are treated as opaque bytes and new fields should stick to ASCII. Put non-ASCII text in the body, or encode it (for example RFC 8187 in Content-Disposition).',
      ko: '필드 값은 해석하지 않는 바이트로 다뤄지며 새 필드는 ASCII만 쓰는 것이 좋습니다. ASCII가 아닌 텍스트는 본문에 넣거나 인코딩하세요(예: Content-Disposition의 RFC 8187 방식).',
    },
  },
  'obs-fold': {
    summary: { en: 'A folded header line (obs-fold) in {name}', ko: '{name}에 줄 접기(obs-fold)가 있습니다' },
    text: {
      en: 'Continuing a field value on the next line with leading whitespace is obsolete. A server must reject it with 400 or replace the fold with spaces; Node rejects it.',
      ko: '다음 줄을 공백으로 시작해 필드 값을 이어 쓰는 방식은 폐기되었습니다. 서버는 400으로 거부하거나 공백으로 바꿔야 하며(MUST), Node는 거부합니다.',
    },
  },
  'missing-host': {
    summary: { en: 'No Host header in an HTTP/1.1 request', ko: 'HTTP/1.1 요청에 Host 헤더가 없습니다' },
    text: {
      en: 'Every HTTP/1.1 request must carry exactly one Host, and a server must answer 400 without it. In Teapot, Host never decides where the bytes go: the playground always sends them to the mock API.',
      ko: '모든 HTTP/1.1 요청에는 Host 헤더가 정확히 하나 있어야 하고, 없으면 서버는 400으로 응답해야 합니다(MUST). Teapot에서는 Host가 바이트를 보낼 곳을 정하지 않습니다. 플레이그라운드는 항상 목 API로 보냅니다.',
    },
  },
  'duplicate-host': {
    summary: { en: '{count} Host headers', ko: 'Host 헤더가 {count}개 있습니다' },
    text: {
      en: 'A request with more than one Host is ambiguous; a server must answer 400 Bad Request.',
      ko: 'Host 헤더가 둘 이상이면 어느 쪽인지 모호하므로 서버는 400 Bad Request로 응답해야 합니다(MUST).',
    },
  },
  'invalid-host': {
    summary: { en: 'Host is not a valid host[:port]: {value}', ko: 'Host가 올바른 host[:port] 형태가 아닙니다: {value}' },
    text: {
      en: 'Host holds a host name or IP address and an optional port, such as localhost:8081, with no path or scheme.',
      ko: 'Host에는 localhost:8081처럼 호스트 이름이나 IP 주소와 선택적인 포트만 씁니다. 경로나 스킴은 넣지 않습니다.',
    },
  },
  'content-length-invalid': {
    summary: { en: 'Content-Length is not a number of bytes: {value}', ko: 'Content-Length가 바이트 수가 아닙니다: {value}' },
    text: {
      en: 'Content-Length is a non-negative decimal integer. A server must reject an invalid one with 400, since it cannot know where the body ends.',
      ko: 'Content-Length는 0 이상의 10진 정수입니다. 값이 잘못되면 본문이 어디서 끝나는지 알 수 없으므로 서버는 400으로 거부해야 합니다(MUST).',
    },
  },
  'content-length-duplicate': {
    summary: { en: 'Content-Length is repeated ({value})', ko: 'Content-Length가 중복되었습니다({value})' },
    text: {
      en: 'Repeating the same length is tolerated by some recipients, but send it once.',
      ko: '같은 길이를 반복한 경우는 받아 주는 곳도 있지만, 한 번만 보내세요.',
    },
  },
  'content-length-duplicate-differs': {
    summary: { en: 'Content-Length values disagree: {values}', ko: 'Content-Length 값들이 서로 다릅니다: {values}' },
    text: {
      en: 'Two different lengths make the message framing ambiguous, which is how request smuggling works. A server must treat it as an unrecoverable error and answer 400.',
      ko: '길이가 서로 다르면 메시지의 경계가 모호해지고, 이것이 요청 밀반입(request smuggling)의 원리입니다. 서버는 복구할 수 없는 오류로 보고 400으로 응답해야 합니다(MUST).',
    },
  },
  'content-length-and-transfer-encoding': {
    summary: { en: 'Both Content-Length and Transfer-Encoding', ko: 'Content-Length와 Transfer-Encoding이 함께 있습니다' },
    text: {
      en: 'A sender must not send both. Transfer-Encoding wins, but the mix is a classic request-smuggling trick, so Node refuses the request with 400.',
      ko: '둘을 함께 보내면 안 됩니다(MUST NOT). Transfer-Encoding이 우선하지만, 이 조합은 전형적인 요청 밀반입 수법이라 Node는 400으로 거부합니다.',
    },
  },
  'content-length-mismatch': {
    summary: { en: 'Content-Length says {declared} bytes, the body has {actual}', ko: 'Content-Length는 {declared}바이트인데 본문은 {actual}바이트입니다' },
    text: {
      en: 'The server reads exactly Content-Length bytes. With fewer, it waits for the rest until it times out. Count bytes, not characters: a Korean syllable is 3 bytes in UTF-8.',
      ko: '서버는 정확히 Content-Length 바이트만큼 읽습니다. 본문이 더 짧으면 나머지를 기다리다 시간 초과가 납니다. 글자 수가 아니라 바이트 수를 세야 합니다. UTF-8에서 한글 한 글자는 3바이트입니다.',
    },
  },
  'body-exceeds-content-length': {
    summary: { en: '{extra} bytes after the {declared}-byte body', ko: '{declared}바이트 본문 뒤에 {extra}바이트가 더 있습니다' },
    text: {
      en: 'The body ends where Content-Length says. The server would read the extra bytes as the start of a next request; the playground does not send them.',
      ko: '본문은 Content-Length가 말하는 곳에서 끝납니다. 서버는 남은 바이트를 다음 요청의 시작으로 읽을 것이므로 플레이그라운드는 보내지 않습니다.',
    },
  },
} as const;
