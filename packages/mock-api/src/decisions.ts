/**
 * The decisions the mock API walks for every request, in order, modelled on Webmachine's HTTP
 * decision diagram (`node` names the diagram's box where one exists).
 *
 * `passed` in a trace step is the answer "yes" to `question`. A step that carries a `status`
 * decided the response. `params` lists the names a step may carry in `TraceStep.params`, so that
 * `@teapot/http-notes` can write en/ko text from `decision` + `params`:
 *
 * | param               | meaning                                                            |
 * |---------------------|--------------------------------------------------------------------|
 * | method              | the request method, e.g. `PATCH`                                    |
 * | known               | the methods this server implements, comma-separated                 |
 * | allow               | the resource's Allow value, e.g. `GET, HEAD, OPTIONS`               |
 * | path                | the request path                                                    |
 * | rule                | the URI rule: trailing-slash, crud-verb, lowercase, file-extension, underscore |
 * | canonical           | the path the rule asks for, e.g. `/users/1`                          |
 * | hint                | a request that does what was meant, e.g. `DELETE /users/1`          |
 * | route               | the matched route pattern, e.g. `/users/:id`                        |
 * | parameter, value    | the offending query parameter and its value                         |
 * | reason              | a short slug for why, e.g. `no-token`, `evicted-idle`, `duplicate`   |
 * | sandbox             | `shared` or the sandbox id (never the token)                        |
 * | role                | `viewer`, `editor` or `anonymous`                                   |
 * | bytes, limit        | a size and its limit                                                |
 * | contentType         | the request's Content-Type                                          |
 * | accepted            | the media types the operation accepts, comma-separated              |
 * | accept              | the request's Accept value                                          |
 * | available, chosen   | the media types offered, and the one picked                         |
 * | resource            | the target's path                                                   |
 * | location            | the Location sent                                                   |
 * | header, value       | a conditional header and its value                                  |
 * | current             | the current entity-tag or Last-Modified                             |
 * | error, errors       | the first error message, and how many errors                        |
 * | field               | the member that clashed, e.g. `email`                               |
 * | state, action       | a resource's state and the transition asked for                     |
 * | records             | how many records the sandbox holds                                  |
 * | job                 | the job's path                                                      |
 *
 * @see https://github.com/webmachine/webmachine/wiki/Diagram
 */

export interface DecisionInfo {
  id: string;
  /** The question; `passed: true` in a trace step means "yes". */
  question: string;
  /** The Webmachine diagram box this follows, when there is one. */
  node?: string;
  /** Names a step of this decision may carry in `params`. */
  params: readonly string[];
  /** Statuses this decision can settle on. */
  statuses: readonly number[];
}

export const DECISIONS = [
  {
    id: 'method-known',
    question: 'Is the request method one this server implements?',
    node: 'B12',
    params: ['method', 'known'],
    statuses: [501],
  },
  {
    id: 'uri-canonical',
    question:
      'Does the path follow the URI rules (no trailing slash, lowercase, hyphens, no file extension, no CRUD verb)?',
    params: ['path', 'rule', 'canonical', 'hint'],
    statuses: [308, 404],
  },
  {
    id: 'route-matched',
    question: 'Does the path match a resource this API defines?',
    params: ['path', 'route'],
    statuses: [404],
  },
  {
    id: 'method-allowed',
    question: 'Does the resource support the request method?',
    node: 'B10',
    params: ['method', 'allow'],
    statuses: [405],
  },
  {
    id: 'options',
    question: 'Is this an OPTIONS request, answered by Allow alone?',
    node: 'B3',
    params: ['allow'],
    statuses: [204],
  },
  {
    id: 'query-valid',
    question: 'Are the query parameters valid?',
    node: 'B9',
    params: ['parameter', 'value', 'error'],
    statuses: [400],
  },
  {
    id: 'authorized',
    question: 'Is the request authenticated well enough for this method (a valid token where one is needed)?',
    node: 'B8',
    params: ['method', 'reason', 'sandbox', 'role'],
    statuses: [401],
  },
  {
    id: 'forbidden',
    question: 'May this token do this (is it not forbidden)?',
    node: 'B7',
    params: ['method', 'role', 'reason'],
    statuses: [403],
  },
  {
    id: 'body-size',
    question: 'Is the request content within the size limit?',
    node: 'B4',
    params: ['bytes', 'limit'],
    statuses: [413],
  },
  {
    id: 'content-type-known',
    question: 'Is the request content in a media type this operation accepts?',
    node: 'B5',
    params: ['contentType', 'accepted'],
    statuses: [415],
  },
  {
    id: 'acceptable',
    question: 'Can the server send a representation that Accept allows?',
    node: 'C4',
    params: ['accept', 'available', 'chosen'],
    statuses: [406],
  },
  {
    id: 'moved-permanently',
    question: 'Is the resource still at this URI (not moved permanently)?',
    node: 'K5',
    params: ['resource', 'location'],
    statuses: [301],
  },
  {
    id: 'moved-temporarily',
    question: 'Is the resource served at this URI right now (not relocated for a while)?',
    node: 'L5',
    params: ['resource', 'location'],
    statuses: [307],
  },
  {
    id: 'resource-exists',
    question: 'Does the target resource exist (in this sandbox)?',
    node: 'G7',
    params: ['resource', 'sandbox'],
    statuses: [404],
  },
  {
    id: 'if-match',
    question: 'Does If-Match match the current entity-tag?',
    node: 'G11',
    params: ['header', 'value', 'current'],
    statuses: [412],
  },
  {
    id: 'if-unmodified-since',
    question: 'Is the resource unmodified since the If-Unmodified-Since date?',
    node: 'H12',
    params: ['header', 'value', 'current'],
    statuses: [412],
  },
  {
    id: 'if-none-match',
    question: 'Does If-None-Match match none of the current entity-tags?',
    node: 'K13',
    params: ['header', 'value', 'current'],
    statuses: [304, 412],
  },
  {
    id: 'if-modified-since',
    question: 'Was the resource modified after the If-Modified-Since date?',
    node: 'L17',
    params: ['header', 'value', 'current'],
    statuses: [304],
  },
  {
    id: 'precondition-required',
    question: 'Does this update carry If-Match or If-Unmodified-Since, which this resource requires?',
    params: ['method', 'resource'],
    statuses: [428],
  },
  {
    id: 'body-well-formed',
    question: 'Is the request content present and well-formed JSON?',
    params: ['contentType', 'error'],
    statuses: [400],
  },
  {
    id: 'body-valid',
    question: 'Does the content pass validation?',
    params: ['errors', 'field', 'error'],
    statuses: [422],
  },
  {
    id: 'conflict',
    question: 'Is the change free of conflicts with the current state?',
    node: 'P3',
    params: ['reason', 'field', 'value', 'state', 'action', 'records'],
    statuses: [409],
  },
  {
    id: 'sandbox-has-room',
    question: 'Does the sandbox have room for the change?',
    params: ['records', 'bytes', 'limit'],
    statuses: [507],
  },
  {
    id: 'created',
    question: 'Did the request create a new resource?',
    node: 'P11',
    params: ['location'],
    statuses: [201],
  },
  {
    id: 'accepted',
    question: 'Was the work accepted to finish later (asynchronously)?',
    params: ['job', 'location'],
    statuses: [202],
  },
  {
    id: 'job-done',
    question: 'Has the job finished?',
    params: ['job', 'state', 'location', 'resource'],
    statuses: [200, 303],
  },
  {
    id: 'delete-enacted',
    question: 'Was the delete carried out at once?',
    node: 'M20',
    params: ['resource'],
    statuses: [204],
  },
  {
    id: 'response-has-body',
    question: 'Does the response carry a representation?',
    node: 'O20',
    params: ['chosen', 'resource'],
    statuses: [200, 204],
  },
  {
    id: 'handler-succeeded',
    question: 'Did the handler finish without an unexpected error?',
    params: [],
    statuses: [500],
  },
] as const satisfies readonly DecisionInfo[];

/** Stable ids of decisions, in flow order. */
export const DECISION_IDS = DECISIONS.map((d) => d.id);

const byId = new Map<string, DecisionInfo>(DECISIONS.map((d) => [d.id, d]));

/**
 * The table entry of one decision, or `undefined` for an unknown id.
 * @example getDecision('if-match')?.statuses // [412]
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-13.2.2
 */
export function getDecision(id: string): DecisionInfo | undefined {
  return byId.get(id);
}
