/** Problems with the body and its framing. */
export const PROBLEM_TEXTS_BODY = {
  'chunked-not-final': {
    summary: { en: 'chunked is not the last transfer coding ({codings})', ko: 'chunked가 마지막 전송 코딩이 아닙니다({codings})' },
    text: {
      en: 'In a request, chunked must be the final transfer coding, or the server cannot find the end of the body; it must answer 400.',
      ko: '요청에서는 chunked가 마지막 전송 코딩이어야 합니다. 그렇지 않으면 서버는 본문의 끝을 알 수 없으므로 400으로 응답해야 합니다(MUST).',
    },
  },
  'chunked-more-than-once': {
    summary: { en: 'chunked is applied more than once ({codings})', ko: 'chunked가 두 번 이상 적용되었습니다({codings})' },
    text: {
      en: 'A sender must not apply the chunked coding twice. Parsers disagree on where such a body ends, which is a request-smuggling risk, so a strict server answers 400.',
      ko: '보내는 쪽은 chunked 코딩을 두 번 적용하면 안 됩니다(MUST NOT). 이런 본문은 파서마다 끝을 다르게 판단해 요청 밀반입(request smuggling) 위험이 있으므로 엄격한 서버는 400으로 응답합니다.',
    },
  },
  'bad-chunk-size': {
    summary: { en: 'Not a chunk size: {line}', ko: '청크 크기가 아닙니다: {line}' },
    text: {
      en: 'Each chunk starts with its size in hexadecimal on its own line, then CRLF, the data, and CRLF. A zero-size chunk ends the body.',
      ko: '각 청크는 16진수 크기를 쓴 줄로 시작하고 CRLF, 데이터, CRLF가 이어집니다. 크기가 0인 청크가 본문의 끝입니다.',
    },
  },
  'chunk-size-mismatch': {
    summary: { en: 'The chunk is not {declared} bytes long', ko: '청크 길이가 {declared}바이트가 아닙니다' },
    text: {
      en: 'The data after a chunk size must be exactly that many bytes and be followed by CRLF.',
      ko: '청크 크기 다음의 데이터는 정확히 그 바이트 수여야 하고 뒤에 CRLF가 와야 합니다.',
    },
  },
  'incomplete-chunked-body': {
    summary: { en: 'The chunked body never ends', ko: 'chunked 본문이 끝나지 않습니다' },
    text: {
      en: 'A chunked body ends with a last chunk of size 0 and an empty line (0 CRLF CRLF). Without it the recipient keeps waiting.',
      ko: 'chunked 본문은 크기 0인 마지막 청크와 빈 줄(0 CRLF CRLF)로 끝납니다. 이것이 없으면 받는 쪽은 계속 기다립니다.',
    },
  },
  'chunked-trailer-fields': {
    summary: { en: '{count} trailer field(s) after the last chunk', ko: '마지막 청크 뒤에 트레일러 필드가 {count}개 있습니다' },
    text: {
      en: 'Trailer fields come after the body, for metadata computed while sending, such as a digest. Recipients may ignore them.',
      ko: '트레일러 필드는 본문 뒤에 오며, 다이제스트처럼 보내면서 계산한 메타데이터를 담습니다. 받는 쪽은 무시할 수 있습니다.',
    },
  },
  'body-on-get-or-head': {
    summary: { en: 'A body on a {method} request', ko: '{method} 요청에 본문이 있습니다' },
    text: {
      en: 'Content in a {method} request has no defined meaning; servers may ignore it or reject the request. Put what you ask for in the URI.',
      ko: '{method} 요청의 본문에는 정해진 의미가 없어서 서버가 무시하거나 요청을 거부할 수 있습니다. 원하는 조건은 URI에 담으세요.',
    },
  },
  'body-without-content-length': {
    summary: { en: '{bytes} bytes of body, but no Content-Length', ko: '본문이 {bytes}바이트인데 Content-Length가 없습니다' },
    text: {
      en: 'Without Content-Length or Transfer-Encoding, a request has no body at all: the server reads these bytes as the next request. Add Content-Length.',
      ko: 'Content-Length나 Transfer-Encoding이 없으면 요청에는 본문이 없는 것으로 봅니다. 서버는 이 바이트를 다음 요청으로 읽으니 Content-Length를 추가하세요.',
    },
  },
  'trailing-bytes-after-message': {
    summary: { en: '{bytes} bytes after the end of the message', ko: '메시지가 끝난 뒤에 {bytes}바이트가 더 있습니다' },
    text: {
      en: 'Framing says the message ended before these bytes. A server would treat them as a second request, so the playground does not send them and shows them as not sent.',
      ko: '메시지 경계상 이 바이트 앞에서 메시지가 끝났습니다. 서버는 이를 두 번째 요청으로 볼 것이므로 플레이그라운드는 보내지 않고 "보내지 않음"으로 보여 줍니다.',
    },
  },
  'read-until-close': {
    summary: { en: 'The body ends when the connection closes', ko: '연결이 닫힐 때 본문이 끝납니다' },
    text: {
      en: 'With neither Content-Length nor chunked, a response body runs until the server closes the connection. It works, but the client cannot tell a complete body from a cut one.',
      ko: 'Content-Length도 chunked도 없으면 응답 본문은 서버가 연결을 닫을 때까지 이어집니다. 동작은 하지만 클라이언트는 본문이 다 온 것인지 잘린 것인지 구분할 수 없습니다.',
    },
  },
  'framing-header-on-1xx-or-204': {
    summary: { en: '{name} on a {status} response', ko: '{status} 응답에 {name}가 있습니다' },
    text: {
      en: 'A server must not send Content-Length or Transfer-Encoding in a 1xx or 204 response: these never have content.',
      ko: '1xx나 204 응답에는 본문이 없으므로 서버는 Content-Length나 Transfer-Encoding을 보내면 안 됩니다(MUST NOT).',
    },
  },
  'problems-truncated': {
    summary: { en: '{omitted} more problems not shown', ko: '문제 {omitted}개를 더 표시하지 않았습니다' },
    text: {
      en: 'The message has so many problems that the rest were left out. Fix the first ones and send again.',
      ko: '문제가 너무 많아서 나머지는 생략했습니다. 앞의 문제부터 고치고 다시 보내세요.',
    },
  },
} as const;
