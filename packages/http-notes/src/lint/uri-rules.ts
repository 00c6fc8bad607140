/**
 * The REST API Design Rulebook's URI rules, applied to the request target.
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.3
 */
import type { Localized, Note } from '../types.ts';
import { fill } from './format.ts';
import type { Check } from './types.ts';

const CRUD_VERB = /^(get|create|update|delete|remove|add|fetch|list|insert|modify|edit|save|set|put|post|patch)(?=[-_A-Z]|$)/;
const FILE_EXTENSION = /\.(json|xml|html?|csv|txt|ya?ml|php|aspx?|jsp)$/i;

interface UriRule {
  id: string;
  test: (path: string, segments: string[]) => Record<string, string> | null;
  summary: Localized;
  text: Localized;
  see: string;
}

const RULES: readonly UriRule[] = [
  {
    id: 'design-uri-trailing-slash',
    test: (path) => (path.length > 1 && path.endsWith('/') ? { canonical: path.replace(/\/+$/, '') } : null),
    summary: { en: 'Trailing slash in the path', ko: '경로 끝에 슬래시(/)가 있습니다' },
    text: {
      en: 'A forward slash separates hierarchy levels, so a final one adds nothing but a second URI for the same resource. The Rulebook says not to use it: write {canonical}. To a URI parser, /users and /users/ are different identifiers, so a server has to redirect or reject one of them.',
      ko: '슬래시는 계층을 구분하는 기호이므로 마지막에 붙은 슬래시는 아무 의미 없이 같은 리소스에 URI를 하나 더 만들 뿐입니다. 룰북은 마지막 슬래시를 쓰지 말라고 합니다: {canonical}로 쓰세요. URI 문법에서 /users와 /users/는 서로 다른 식별자라서 서버는 둘 중 하나를 리다이렉트하거나 거부해야 합니다.',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc3986#section-3.3',
  },
  {
    id: 'design-uri-uppercase',
    test: (path) => (/[A-Z]/.test(path) ? { lower: path.toLowerCase() } : null),
    summary: { en: 'Uppercase letters in the path', ko: '경로에 대문자가 있습니다' },
    text: {
      en: 'The path of a URI is case-sensitive, so /Users and /users can name different resources. The Rulebook prefers lowercase paths so nobody has to guess: {lower}.',
      ko: 'URI의 경로는 대소문자를 구분하므로 /Users와 /users는 서로 다른 리소스를 가리킬 수 있습니다. 룰북은 헷갈리지 않도록 경로를 소문자로 쓰라고 권합니다: {lower}',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc3986#section-6.2.2.1',
  },
  {
    id: 'design-uri-file-extension',
    test: (_path, segments) => {
      const last = segments.at(-1) ?? '';
      const m = FILE_EXTENSION.exec(last);
      return m ? { extension: m[0] } : null;
    },
    summary: { en: 'File extension in the path ({extension})', ko: '경로에 파일 확장자({extension})가 있습니다' },
    text: {
      en: 'A REST URI names a resource, not a file format. Ask for a format with the Accept header (content negotiation), and let Content-Type say what the body is.',
      ko: 'REST의 URI는 파일 형식이 아니라 리소스를 가리킵니다. 원하는 형식은 Accept 헤더로 요청하고(콘텐츠 협상), 본문의 형식은 Content-Type이 알려 주게 하세요.',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1',
  },
  {
    id: 'design-uri-crud-verb',
    test: (_path, segments) => {
      const hit = segments.find((s) => CRUD_VERB.test(s));
      return hit ? { segment: hit } : null;
    },
    summary: { en: 'A CRUD verb in the path ({segment})', ko: '경로에 CRUD 동사({segment})가 있습니다' },
    text: {
      en: 'The method already says what to do with the resource: GET reads, POST creates, PUT replaces, PATCH changes part, DELETE removes. Paths should be nouns, so /deleteUser/1 becomes DELETE /users/1. Only a controller resource, which models an action that does not fit the methods, is named with a verb.',
      ko: '리소스에 무엇을 할지는 메서드가 이미 말해 줍니다. GET은 조회, POST는 생성, PUT은 교체, PATCH는 일부 수정, DELETE는 삭제입니다. 경로는 명사로 써야 하므로 /deleteUser/1 대신 DELETE /users/1을 씁니다. 메서드로 표현하기 어려운 동작을 모델링하는 컨트롤러 리소스만 동사로 이름 짓습니다.',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9110#section-9.1',
  },
  {
    id: 'design-uri-underscore',
    test: (path) => (path.includes('_') ? { hyphenated: path.replaceAll('_', '-') } : null),
    summary: { en: 'Underscores in the path', ko: '경로에 밑줄(_)이 있습니다' },
    text: {
      en: 'Underscores hide under the underline of a link and are easy to misread. The Rulebook uses hyphens to make long path segments readable: {hyphenated}.',
      ko: '밑줄은 링크의 밑줄에 가려 잘 보이지 않고 잘못 읽기 쉽습니다. 룰북은 긴 경로 세그먼트를 읽기 쉽게 할 때 하이픈(-)을 쓰라고 합니다: {hyphenated}',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc3986#section-2.3',
  },
];

export const uriRules: Check = ({ request }) => {
  const line = request.requestLine;
  if (!line || !line.target.startsWith('/')) return [];
  const path = line.target.split(/[?#]/)[0] ?? '';
  const segments = path.split('/').filter(Boolean);
  const notes: Note[] = [];
  for (const rule of RULES) {
    const params = rule.test(path, segments);
    if (!params) continue;
    notes.push({
      id: rule.id,
      level: 'warn',
      category: 'design',
      subject: { kind: 'request-line' },
      target: 'request',
      span: line.targetSpan,
      summary: fill(rule.summary, params),
      text: fill(rule.text, params),
      see: rule.see,
    });
  }
  return notes;
};
