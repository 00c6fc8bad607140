/**
 * 1xx (Informational): interim responses sent before the final one.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.2
 */
import type { StatusCodeEntry } from './status-code-entry.ts';
import { rfc2518, rfc8297, rfc9110 } from './spec.ts';

export const STATUS_1XX = [
  {
    code: 100,
    reason: 'Continue',
    class: 'informational',
    registered: 'yes',
    spec: rfc9110('15.2.1'),
    summary: {
      en: 'The head arrived and was not rejected: send the body',
      ko: '헤더를 받았고 거절하지 않았으니 본문을 보내도 됩니다',
    },
    text: {
      en: 'A client that is about to upload a large body can send Expect: 100-continue and wait. The server answers 100 once it has seen the head and found nothing to refuse, so the client does not waste the upload on a request that would end in 401 or 413. The client then sends the body and waits for the real, final status. If the client has already sent the body, it simply ignores the 100.',
      ko: '큰 본문을 올리려는 클라이언트는 Expect: 100-continue 헤더를 보내고 잠시 기다릴 수 있습니다. 서버는 헤더만 보고 거절할 이유가 없으면 100을 보내므로, 어차피 401이나 413으로 끝날 요청에 업로드를 낭비하지 않게 됩니다. 클라이언트는 100을 받으면 본문을 보내고, 그 뒤에 오는 최종 상태 코드를 기다립니다. 이미 본문을 다 보낸 뒤라면 100은 그냥 무시하면 됩니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: false,
    cacheableByDefault: false,
    confusions: [],
  },
  {
    code: 101,
    reason: 'Switching Protocols',
    class: 'informational',
    registered: 'yes',
    spec: rfc9110('15.2.2'),
    summary: {
      en: 'The server agrees to switch this connection to another protocol',
      ko: '서버가 이 연결을 다른 프로토콜로 바꾸는 데 동의했습니다',
    },
    text: {
      en: 'The client asked, with an Upgrade header, to continue the connection in another protocol, and the server agrees. The server must say in its own Upgrade header which protocol takes over; right after the blank line that ends this response, the bytes on the connection belong to that protocol. The everyday example is WebSocket. A server is expected to agree only when the switch actually helps.',
      ko: '클라이언트가 Upgrade 헤더로 이 연결을 다른 프로토콜로 이어 가자고 요청했고, 서버가 이를 받아들였다는 뜻입니다. 서버는 응답의 Upgrade 헤더에 어떤 프로토콜로 바뀌는지 반드시(MUST) 적어야 하고, 이 응답을 끝내는 빈 줄 바로 다음부터 연결 위의 바이트는 새 프로토콜의 것입니다. 가장 흔한 예가 WebSocket입니다. 서버는 전환이 실제로 이득이 될 때만 동의한다고 봅니다.',
    },
    headers: { required: ['Upgrade'], usual: ['Connection'] },
    bodyAllowed: false,
    cacheableByDefault: false,
    confusions: [
      {
        with: [426],
        text: {
          en: '101 means the switch happens now, at the client’s request. 426 is the opposite direction: the server refuses to go on until the client upgrades.',
          ko: '101은 클라이언트의 요청대로 지금 전환한다는 뜻입니다. 426은 반대 방향으로, 클라이언트가 프로토콜을 바꾸기 전에는 처리하지 않겠다는 거절입니다.',
        },
      },
    ],
  },
  {
    code: 102,
    reason: 'Processing',
    class: 'informational',
    registered: 'yes',
    spec: rfc2518('10.1'),
    summary: {
      en: 'Still working on it: the final response will come later',
      ko: '아직 처리 중이며 최종 응답은 나중에 옵니다',
    },
    text: {
      en: 'WebDAV defined 102 so that a server busy with a long request, such as a deep COPY, could tell the client it is alive and keep the client from timing out. The newer WebDAV specification, RFC 4918, dropped it, so it survives only through RFC 2518 and in the IANA registry. Few clients expect it today; long-running work is better modelled as 202 Accepted with a status resource to poll.',
      ko: 'WebDAV는 깊은 COPY처럼 오래 걸리는 요청을 처리하는 서버가 아직 살아 있다고 알려서 클라이언트가 타임아웃으로 끊지 않게 하려고 102를 정의했습니다. 이후 WebDAV 명세인 RFC 4918에서는 빠졌고, 지금은 RFC 2518과 IANA 레지스트리에만 남아 있습니다. 요즘 이 상태 코드를 기대하는 클라이언트는 드뭅니다. 오래 걸리는 작업은 202 Accepted와 상태를 조회할 리소스로 설계하는 편이 낫습니다.',
    },
    headers: { required: [], usual: [] },
    bodyAllowed: false,
    cacheableByDefault: false,
    confusions: [
      {
        with: [202],
        text: {
          en: '102 is an interim answer on the same connection, and the final status still follows. 202 is the final answer: the work goes on elsewhere, and the client checks on it later.',
          ko: '102는 같은 연결에서 보내는 중간 응답이고, 그 뒤에 최종 상태 코드가 따로 옵니다. 202는 그 자체가 최종 응답으로, 작업은 따로 계속되고 클라이언트가 나중에 결과를 확인합니다.',
        },
      },
    ],
  },
  {
    code: 103,
    reason: 'Early Hints',
    class: 'informational',
    registered: 'yes',
    spec: rfc8297('2'),
    summary: {
      en: 'Hints, usually Link headers, sent ahead of the final response',
      ko: '최종 응답보다 먼저 보내는 힌트(대개 Link 헤더)입니다',
    },
    text: {
      en: 'While the server is still preparing the final response, it can send 103 with header fields the final response is likely to carry, typically Link with rel=preload or rel=preconnect. A browser can start fetching the style sheets and scripts during the wait. The hints are only hints: the client must not treat them as the headers of the final response, and a server may send several 103 responses.',
      ko: '서버가 최종 응답을 아직 준비하는 동안, 최종 응답에 들어갈 가능성이 높은 헤더를 103으로 먼저 보낼 수 있습니다. 보통 rel=preload나 rel=preconnect가 붙은 Link 헤더입니다. 브라우저는 기다리는 동안 스타일시트와 스크립트를 미리 받아 둘 수 있습니다. 어디까지나 힌트라서 클라이언트는 이 헤더를 최종 응답의 헤더로 취급하면 안 되고, 서버는 103을 여러 번 보낼 수도 있습니다.',
    },
    headers: { required: [], usual: ['Link'] },
    bodyAllowed: false,
    cacheableByDefault: false,
    confusions: [],
  },
] as const satisfies readonly StatusCodeEntry[];
