/**
 * En/ko words for the mock API's decisions (packages/mock-api/src/decisions.ts): a short
 * label for the trace view, and "why" prose for the step that settled the status.
 * Placeholders: {fact} and {status} always; others from the step's params where present.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
import type { Localized } from '../types.ts';

export interface DecisionText {
  label: Localized;
  why: Localized;
}

export const DECISION_TEXTS: Record<string, DecisionText> = {
  'method-known': {
    label: { en: 'Method known?', ko: '아는 메서드인가?' },
    why: { en: 'This server does not implement the method at all ({fact}), so it answers 501 Not Implemented rather than 405.', ko: '이 서버는 이 메서드를 아예 구현하지 않았으므로({fact}) 405가 아니라 501 Not Implemented로 응답합니다.' },
  },
  'uri-canonical': {
    label: { en: 'URI canonical?', ko: 'URI가 규칙에 맞는가?' },
    why: { en: 'The path breaks a URI design rule ({fact}). A trailing slash gets a permanent redirect to the canonical URI; other violations get 404 with a problem detail that names the rule.', ko: '경로가 URI 설계 규칙을 어겼습니다({fact}). 끝 슬래시는 정식 URI로 영구 리다이렉트하고, 그 밖의 위반은 규칙 이름을 담은 문제 상세와 함께 404로 응답합니다.' },
  },
  'route-matched': {
    label: { en: 'Route exists?', ko: '정의된 경로인가?' },
    why: { en: 'No resource of this API lives at this path ({fact}).', ko: '이 API에는 이 경로에 해당하는 리소스가 없습니다({fact}).' },
  },
  'method-allowed': {
    label: { en: 'Method allowed?', ko: '허용된 메서드인가?' },
    why: { en: 'The resource exists but does not support this method ({fact}). The server lists what it does support in Allow.', ko: '리소스는 있지만 이 메서드를 지원하지 않습니다({fact}). 서버는 지원하는 메서드를 Allow 헤더에 담아 알려 줍니다.' },
  },
  options: {
    label: { en: 'OPTIONS?', ko: 'OPTIONS 요청인가?' },
    why: { en: 'OPTIONS asks what the resource supports; the answer is the Allow header ({fact}), with no content.', ko: 'OPTIONS는 리소스가 무엇을 지원하는지 묻는 요청이고, 답은 본문 없이 Allow 헤더({fact})로 합니다.' },
  },
  'query-valid': {
    label: { en: 'Query valid?', ko: '쿼리가 올바른가?' },
    why: { en: 'A query parameter is invalid ({fact}), so the request as a whole is a client error.', ko: '쿼리 파라미터가 잘못되어({fact}) 요청 전체가 클라이언트 오류입니다.' },
  },
  authorized: {
    label: { en: 'Authenticated?', ko: '인증되었는가?' },
    why: { en: 'This method needs a valid bearer token and the request did not bring one that works ({fact}). 401 means "who are you?": the WWW-Authenticate header says how to authenticate.', ko: '이 메서드에는 유효한 Bearer 토큰이 필요한데 요청에 쓸 수 있는 토큰이 없었습니다({fact}). 401은 "누구세요?"라는 뜻이고, 인증 방법은 WWW-Authenticate 헤더가 알려 줍니다.' },
  },
  forbidden: {
    label: { en: 'Allowed for this token?', ko: '이 토큰에 허락되었는가?' },
    why: { en: 'The server knows who you are, but this token may not do this ({fact}). Authenticating again will not help, so it is 403, not 401.', ko: '서버는 누구인지 알지만 이 토큰으로는 이 작업을 할 수 없습니다({fact}). 다시 인증해도 달라지지 않으므로 401이 아니라 403입니다.' },
  },
  'body-size': {
    label: { en: 'Content small enough?', ko: '본문 크기가 한도 안인가?' },
    why: { en: 'The request content is larger than this server accepts ({fact}).', ko: '요청 본문이 서버가 받는 크기보다 큽니다({fact}).' },
  },
  'content-type-known': {
    label: { en: 'Content type accepted?', ko: '받을 수 있는 Content-Type인가?' },
    why: { en: 'The request body is in a media type this operation does not accept ({fact}). That is a problem with what you sent, so it is 415; the response names the types it accepts.', ko: '요청 본문이 이 작업이 받지 않는 미디어 타입입니다({fact}). 보낸 쪽의 문제이므로 415이고, 응답에 받을 수 있는 타입이 나옵니다.' },
  },
  acceptable: {
    label: { en: 'Acceptable representation?', ko: '받아들일 수 있는 표현이 있는가?' },
    why: { en: 'None of the representations the server has matches Accept ({fact}). That is about what you asked to receive, so it is 406, not 415.', ko: '서버가 가진 표현 중 Accept에 맞는 것이 없습니다({fact}). 받고 싶은 형식의 문제이므로 415가 아니라 406입니다.' },
  },
  'moved-permanently': {
    label: { en: 'Moved permanently?', ko: '영구히 옮겨졌는가?' },
    why: { en: 'The resource has a new permanent URI ({fact}); clients should update their links. Location says where it went.', ko: '리소스에 새 영구 URI가 생겼습니다({fact}). 클라이언트는 링크를 갱신해야 하고, 새 위치는 Location에 있습니다.' },
  },
  'moved-temporarily': {
    label: { en: 'Moved temporarily?', ko: '임시로 옮겨졌는가?' },
    why: { en: 'The resource is temporarily served elsewhere ({fact}). With 307 the client repeats the same method and body at Location, and keeps using the old URI later.', ko: '리소스를 잠시 다른 곳에서 제공합니다({fact}). 307이면 클라이언트는 같은 메서드와 본문으로 Location에 다시 요청하고, 이후에도 원래 URI를 계속 씁니다.' },
  },
  'resource-exists': {
    label: { en: 'Resource exists?', ko: '리소스가 있는가?' },
    why: { en: 'Nothing exists at this URI in this sandbox ({fact}).', ko: '이 샌드박스에는 이 URI에 해당하는 리소스가 없습니다({fact}).' },
  },
  'if-match': {
    label: { en: 'If-Match holds?', ko: 'If-Match가 맞는가?' },
    why: { en: 'The precondition failed: {fact}. Someone changed the resource since you read it, so the server refuses to overwrite it (412).', ko: '전제 조건이 실패했습니다: {fact}. 읽어 간 뒤에 누군가 리소스를 바꿨으므로 서버는 덮어쓰기를 거부합니다(412).' },
  },
  'if-unmodified-since': {
    label: { en: 'Unmodified since?', ko: '그 이후 안 바뀌었는가?' },
    why: { en: 'The precondition failed: {fact}. The resource changed after the date you gave.', ko: '전제 조건이 실패했습니다: {fact}. 보낸 날짜 이후에 리소스가 바뀌었습니다.' },
  },
  'if-none-match': {
    label: { en: 'If-None-Match holds?', ko: 'If-None-Match가 맞는가?' },
    why: { en: 'Your copy is current: {fact}. For GET and HEAD the server answers 304 Not Modified without a body; for other methods it is 412.', ko: '가지고 있는 사본이 최신입니다: {fact}. GET과 HEAD라면 서버는 본문 없이 304 Not Modified로, 다른 메서드라면 412로 응답합니다.' },
  },
  'if-modified-since': {
    label: { en: 'Modified since?', ko: '그 이후 바뀌었는가?' },
    why: { en: 'Nothing changed since the date you gave ({fact}), so the server answers 304 and your cached copy stays good.', ko: '보낸 날짜 이후 바뀐 것이 없으므로({fact}) 서버는 304로 응답하고, 캐시해 둔 사본을 그대로 쓰면 됩니다.' },
  },
  'precondition-required': {
    label: { en: 'Precondition sent?', ko: '전제 조건을 보냈는가?' },
    why: { en: 'This resource only accepts updates that say which version they replace ({fact}). Read it, then send its ETag in If-Match.', ko: '이 리소스는 어떤 버전을 바꾸는지 밝힌 수정만 받습니다({fact}). 먼저 조회한 뒤 그 ETag를 If-Match에 넣어 보내세요.' },
  },
  'body-well-formed': {
    label: { en: 'Body well-formed?', ko: '본문 문법이 올바른가?' },
    why: { en: 'The body could not be parsed ({fact}), so the request is malformed: 400.', ko: '본문을 해석할 수 없어서({fact}) 잘못된 요청, 즉 400입니다.' },
  },
  'body-valid': {
    label: { en: 'Body valid?', ko: '본문 내용이 올바른가?' },
    why: { en: 'The body is well-formed but its content fails validation ({fact}). The problem detail lists each field error.', ko: '본문 문법은 맞지만 내용이 검증을 통과하지 못했습니다({fact}). 문제 상세에 필드별 오류가 나옵니다.' },
  },
  conflict: {
    label: { en: 'No conflict?', ko: '충돌이 없는가?' },
    why: { en: 'The request clashes with the resource’s current state ({fact}). Resolve the conflict and try again: 409.', ko: '요청이 리소스의 현재 상태와 충돌합니다({fact}). 충돌을 해결한 뒤 다시 시도해야 하므로 409입니다.' },
  },
  'sandbox-has-room': {
    label: { en: 'Room in the sandbox?', ko: '샌드박스에 공간이 있는가?' },
    why: { en: 'Your sandbox is full ({fact}). Delete something, or get a fresh sandbox with POST /tokens.', ko: '샌드박스가 가득 찼습니다({fact}). 무언가를 지우거나 POST /tokens로 새 샌드박스를 받으세요.' },
  },
  created: {
    label: { en: 'Created?', ko: '생성했는가?' },
    why: { en: 'The request created a new resource ({fact}). 201 comes with Location pointing at it, and the body is its representation.', ko: '요청으로 새 리소스가 생겼습니다({fact}). 201에는 새 리소스를 가리키는 Location이 함께 오고, 본문은 그 표현입니다.' },
  },
  accepted: {
    label: { en: 'Accepted for later?', ko: '나중에 처리하도록 접수했는가?' },
    why: { en: 'The work was accepted but is not done yet ({fact}). Poll the job at Location to see when it finishes.', ko: '작업을 접수했지만 아직 끝나지 않았습니다({fact}). Location의 작업 리소스를 조회해 끝났는지 확인하세요.' },
  },
  'job-done': {
    label: { en: 'Job done?', ko: '작업이 끝났는가?' },
    why: { en: 'The job’s state decided the answer ({fact}): 200 with its status while it runs, then 303 See Other to the result, which you fetch with GET.', ko: '작업 상태가 응답을 정했습니다({fact}). 진행 중에는 상태와 함께 200, 끝나면 결과로 가는 303 See Other이고, 결과는 GET으로 가져옵니다.' },
  },
  'delete-enacted': {
    label: { en: 'Deleted?', ko: '삭제했는가?' },
    why: { en: 'The resource was deleted ({fact}). There is nothing to send back, so 204 No Content; a GET now gives 404.', ko: '리소스를 삭제했습니다({fact}). 돌려줄 내용이 없으므로 204 No Content이고, 이제 GET하면 404입니다.' },
  },
  'response-has-body': {
    label: { en: 'Response has content?', ko: '응답에 본문이 있는가?' },
    why: { en: 'Everything checked out ({fact}), so the server answers with the representation, or with 204 when there is nothing to send.', ko: '모든 검사를 통과했으므로({fact}) 서버는 표현을 담아 응답하고, 보낼 것이 없으면 204로 응답합니다.' },
  },
  'handler-succeeded': {
    label: { en: 'Handler succeeded?', ko: '처리에 성공했는가?' },
    why: { en: 'Something failed on the server’s side ({fact}). It is not your request’s fault: 500, with no internals leaked.', ko: '서버 쪽에서 문제가 생겼습니다({fact}). 요청 탓이 아니므로 500이고, 내부 정보는 노출하지 않습니다.' },
  },
};

/**
 * The words for one decision, or undefined for an id this table does not know.
 * @example getDecisionText('if-match')?.label.ko
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-13.2.2
 */
export function getDecisionText(id: string): DecisionText | undefined {
  return Object.hasOwn(DECISION_TEXTS, id) ? DECISION_TEXTS[id] : undefined;
}
