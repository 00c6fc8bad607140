/**
 * The shape of a lesson. Lessons are data: a tutorial author adds one by writing a new
 * object in `course/`, and the UI, the checker and the tests pick it up.
 */
import type { RequestMessage, ResponseMessage } from '@teapot/http-message';

export type Lang = 'en' | 'ko';
export const LANGS = ['en', 'ko'] as const satisfies readonly Lang[];

/** A text in both languages. Markdown where the field says so. */
export type Localized = Record<Lang, string>;

/** The subjects the course must cover (issue 6); each lesson names the ones it teaches. */
export const TOPICS = [
  'message',
  'stateless',
  'methods',
  'method-properties',
  'status-families',
  'uri-design',
  'negotiation',
  'conditional',
  'caching',
  'auth',
  'async',
  'redirects',
  'problem-details',
  'openapi',
  'python-requests',
  'graphql',
] as const;
export type Topic = (typeof TOPICS)[number];

/** A response header that must be there; `includes` is matched case-insensitively. */
export interface HeaderMatch {
  name: string;
  includes?: string;
}

/** A predicate over one exchange. Every field given must hold; omitted fields match anything. */
export interface ExchangeMatch {
  method?: string | readonly string[];
  /** The request path without its query; `*` stands for one segment, a trailing `**` for the rest. */
  path?: string;
  status?: number | readonly number[];
  requestHeaders?: readonly HeaderMatch[];
  responseHeaders?: readonly HeaderMatch[];
  responseHeadersAbsent?: readonly string[];
  /** True: the response has no content (204, 304, HEAD). */
  emptyResponseBody?: boolean;
  /** A piece of text the response content must contain (case-insensitive). */
  responseBodyIncludes?: string;
}

/** A later exchange in a chain; it may point back at the one matched before it. */
export interface StepMatch extends ExchangeMatch {
  /** The request path equals the path of the previous step's `Location`. */
  pathFromLocation?: boolean;
  /** The request path equals the previous step's request path. */
  samePath?: boolean;
}

/** What a goal asks for: an exchange that matches, `times` times, then optional later steps in order. */
export interface GoalCheck extends ExchangeMatch {
  times?: number;
  then?: readonly StepMatch[];
}

/** A solution request sent again (about once a second) until it gets `until`, e.g. polling a job. */
export interface PollStep {
  request: string;
  until: number;
}

export type SolutionStep = string | PollStep;

export interface Goal {
  id: string;
  text: Localized;
  check: GoalCheck;
  /**
   * Raw requests that meet the goal on a fresh sandbox, sent in order. Placeholders:
   * `{{token}}` (the learner's token), `{{location}}`, `{{etag}}` and `{{newToken}}`
   * (taken from the responses that came before).
   */
  solution: readonly SolutionStep[];
}

/** A real mistake a popular mock server makes, shown as a raw response to find the bug in. */
export interface SpotTheBug {
  /** Who makes this mistake, e.g. 'json-server'. */
  source: string;
  request: string;
  response: string;
  question: Localized;
  answer: Localized;
  see: string;
}

export interface Lesson {
  id: string;
  order: number;
  topics: readonly Topic[];
  title: Localized;
  /** One line for the course map. */
  summary: Localized;
  /** The explanation, in the Markdown subset of `markdown.ts`. */
  body: Localized;
  /** The request loaded into the editor; may contain `{{token}}`. */
  start: string;
  goals: readonly Goal[];
  /** Unlocked one at a time. */
  hints: readonly Localized[];
  spotTheBug?: SpotTheBug;
  /** Spec links with section anchors. */
  see: readonly string[];
}

/**
 * The part of an exchange (the playground's `POST /api/exchanges` resource) the checker reads.
 * External traffic from the live view has the same shape.
 */
export interface ExchangeLike {
  request: { message: Pick<RequestMessage, 'requestLine' | 'headers'> };
  response: {
    status: number | null;
    message: Pick<ResponseMessage, 'headers' | 'content'> | null;
  };
}
