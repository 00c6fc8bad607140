/**
 * The parser's problems with the request and the response, as notes pointing at the exact bytes.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
import type { Problem } from '@teapot/http-message';
import { getProblemText } from '../data/problem-texts.ts';
import type { Note } from '../types.ts';
import { fill } from './format.ts';
import type { Check } from './types.ts';

function toNote(problem: Problem, target: 'request' | 'response'): Note {
  const text = getProblemText(problem.key);
  return {
    id: `syntax-${problem.key}`,
    level: problem.level,
    category: 'syntax',
    subject: target === 'request' ? { kind: 'request-line' } : { kind: 'status-line' },
    target,
    span: problem.span,
    summary: fill(text.summary, problem.params),
    text: fill(text.text, problem.params),
    see: text.see,
  };
}

export const syntaxProblems: Check = ({ request, response, normalizedLineEndings, headTerminated }) => {
  const notes = request.problems.map((p) => toNote(p, 'request'));
  if (response) notes.push(...response.problems.map((p) => toNote(p, 'response')));
  if (normalizedLineEndings && normalizedLineEndings > 0) {
    notes.push({
      id: 'request-line-endings-normalized',
      level: 'info',
      category: 'request',
      subject: { kind: 'request-line' },
      target: 'request',
      summary: fill(
        {
          en: 'The playground turned {count} bare LF line endings into CRLF',
          ko: '플레이그라운드가 줄바꿈 {count}개(LF)를 CRLF로 바꿔서 보냈습니다',
        },
        { count: normalizedLineEndings },
      ),
      text: {
        en: 'HTTP/1.1 ends every line of the head with CRLF. A browser text box only types LF, so the playground converts them before sending, as a careful client would. Node rejects a bare LF in strict mode.',
        ko: 'HTTP/1.1은 헤더 부분의 모든 줄을 CRLF로 끝냅니다. 브라우저 입력창에서는 LF만 입력되므로, 꼼꼼한 클라이언트처럼 보내기 전에 CRLF로 바꿉니다. Node는 엄격 모드에서 단독 LF를 거부합니다.',
      },
      see: 'https://www.rfc-editor.org/rfc/rfc9112#section-2.2',
    });
  }
  if (headTerminated) {
    notes.push({
      id: 'request-head-terminated',
      level: 'info',
      category: 'request',
      subject: { kind: 'request-line' },
      target: 'request',
      summary: {
        en: 'The playground added the empty line that ends the headers',
        ko: '플레이그라운드가 헤더의 끝을 알리는 빈 줄을 덧붙였습니다',
      },
      text: {
        en: 'The header section ends with an empty line (CRLF CRLF). Without it the server would keep waiting for more header fields until it timed out, so the playground added it, as every real client does.',
        ko: '헤더 부분은 빈 줄(CRLF CRLF)로 끝납니다. 빈 줄이 없으면 서버는 헤더가 더 오기를 기다리다 시간 초과가 나므로, 실제 클라이언트가 모두 그러듯 플레이그라운드가 덧붙였습니다.',
      },
      see: 'https://www.rfc-editor.org/rfc/rfc9112#section-2.1',
    });
  }
  return notes;
};
