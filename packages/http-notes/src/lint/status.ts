/**
 * What this status code means, and why this server chose it (from the decision trace).
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
import { getDecisionText } from '../data/decision-texts.ts';
import { getStatusCode } from '../data/status-codes.ts';
import type { StatusCodeEntry } from '../data/status-code-entry.ts';
import type { KnowledgeRef, Localized, Note } from '../types.ts';
import { fill, stepFact } from './format.ts';
import { perEntry } from './memo.ts';
import type { Check } from './types.ts';

/** The parts of a status note that only depend on the knowledge-base entry. */
const meaningParts = perEntry((entry: StatusCodeEntry) => ({
  id: `status-${entry.code}`,
  summary: Object.freeze({
    en: `${entry.code} ${entry.reason}: ${entry.summary.en}`,
    ko: `${entry.code} ${entry.reason}: ${entry.summary.ko}`,
  }),
  about: Object.freeze({ kind: 'status', code: entry.code }) satisfies KnowledgeRef,
  see: entry.spec.url,
}));

export const statusMeaning: Check = ({ response }) => {
  const line = response?.statusLine;
  if (!line) return [];
  const entry = getStatusCode(line.status);
  const base = {
    category: 'status' as const,
    subject: { kind: 'status-line' as const },
    target: 'response' as const,
    span: line.statusSpan,
  };
  if (!entry) {
    return [
      {
        ...base,
        id: 'status-unregistered',
        level: 'warn',
        summary: fill(
          {
            en: '{status} is not a registered status code',
            ko: '{status}은(는) 등록된 상태 코드가 아닙니다',
          },
          { status: line.status },
        ),
        text: {
          en: 'A client that does not know a status code treats it like the x00 code of its class.',
          ko: '클라이언트는 모르는 상태 코드를 같은 계열의 x00 코드처럼 처리합니다.',
        },
        see: 'https://www.rfc-editor.org/rfc/rfc9110#section-15',
      },
    ];
  }
  const parts = meaningParts(entry);
  const note: Note = {
    ...base,
    id: parts.id,
    level: line.status >= 500 ? 'bad' : line.status >= 400 ? 'warn' : 'good',
    summary: parts.summary,
    about: parts.about,
    see: parts.see,
  };
  return [note];
};

/** The why of a decision the knowledge base has no words for. */
const UNKNOWN_DECISION: Localized = {
  en: 'The server walked its decision flow and stopped at "{decision}": {fact}.',
  ko: '서버는 결정 흐름을 따라가다가 "{decision}" 단계에서 멈췄습니다: {fact}.',
};

export const statusWhy: Check = ({ response, trace }) => {
  const line = response?.statusLine;
  if (!line) return [];
  const deciding = trace ? [...trace.steps].reverse().find((s) => s.status !== undefined) : undefined;
  if (!trace || !deciding) {
    return [
      {
        id: 'why-no-trace',
        level: 'info',
        category: 'why',
        subject: { kind: 'status-line' },
        target: 'response',
        span: line.span,
        summary: {
          en: 'The server answered before the application saw the request',
          ko: '애플리케이션이 요청을 보기 전에 서버가 먼저 응답했습니다',
        },
        text: {
          en: "This response came from the HTTP layer itself (Node's parser, or the server's own RFC 9112 checks such as exactly one Host), so there is no decision trace. It usually means the request's bytes broke the HTTP/1.1 syntax: look at the problems in the request.",
          ko: '이 응답은 HTTP 계층이 직접 보낸 것이라(Node의 파서, 또는 Host가 정확히 하나인지 같은 서버 자체의 RFC 9112 검사) 결정 과정이 없습니다. 보통 요청 바이트가 HTTP/1.1 문법을 어겼다는 뜻이니 요청의 문제 표시를 확인하세요.',
        },
        see: 'https://www.rfc-editor.org/rfc/rfc9112#section-2.2',
      },
    ];
  }
  const words = getDecisionText(deciding.decision);
  const params = { ...deciding.params, fact: deciding.fact, status: line.status };
  const paramsKo = deciding.factKo === undefined ? params : { ...params, fact: deciding.factKo };
  const label = words
    ? fill(words.label, params, paramsKo)
    : { en: deciding.decision, ko: deciding.decision };
  const why = words
    ? fill(words.why, params, paramsKo)
    : fill(
        UNKNOWN_DECISION,
        { decision: deciding.decision, fact: deciding.fact },
        { decision: deciding.decision, fact: stepFact(deciding, 'ko') },
      );
  return [
    {
      id: 'why-status',
      level: 'info',
      category: 'why',
      subject: { kind: 'status-line' },
      target: 'response',
      span: line.span,
      summary: {
        en: `Why ${line.status}: ${label.en} ${deciding.passed ? 'yes' : 'no'}: ${deciding.fact}`,
        ko: `${line.status}인 이유: ${label.ko} ${deciding.passed ? '예' : '아니요'}: ${stepFact(deciding, 'ko')}`,
      },
      text: why,
      see: getStatusCode(line.status)?.spec.url ?? 'https://www.rfc-editor.org/rfc/rfc9110#section-15',
    },
  ];
};
