import type { Localized } from '@teapot/http-notes';

/** A link to the section of the spec that defines something. */
export interface SpecLink {
  url: string;
  rfc?: string;
  section?: string;
}

/** A status code as GET /api/status-codes sends it. */
export interface StatusCodeDoc {
  code: number;
  reason: string;
  class: string;
  spec: SpecLink;
  summary: Localized;
  text: Localized;
  headers?: { required: string[]; usual: string[] };
  bodyAllowed?: boolean;
  cacheableByDefault?: boolean;
  confusions?: { with: number[]; text: Localized }[];
  /** A raw request that produces this status; may hold the placeholder {{token}}. */
  example?: string;
  /** Raw requests to send first, on a fresh sandbox. */
  setup?: string[];
  /** Why the example produces this status. */
  why?: Localized;
}

/** A method as GET /api/methods sends it. */
export interface MethodDoc {
  name: string;
  spec: SpecLink;
  safe: boolean;
  idempotent: boolean;
  cacheable: boolean | string;
  requestBody?: string;
  responseBody?: string;
  summary: Localized;
  text: Localized;
  commonStatuses?: number[];
}

/** A header field as GET /api/headers sends it. */
export interface HeaderDoc {
  name: string;
  role: 'request' | 'response' | 'both';
  category: string;
  syntax?: string;
  standard: 'standard' | 'draft' | 'non-standard' | 'deprecated';
  spec: SpecLink;
  summary: Localized;
  text: Localized;
}

/** A design rule as GET /api/rules sends it: the Rulebook's or an RFC's requirement. */
export interface RuleDoc {
  id: string;
  source: 'rulebook' | 'rfc';
  level: 'must' | 'should' | 'may';
  topic: 'uri' | 'method' | 'status' | 'header' | 'message';
  spec: SpecLink;
  /** The Rulebook's own name for the rule (English, as the book words it). */
  rulebook?: string;
  /** Status codes and methods the rule is about beyond the one its id names. */
  statuses?: number[];
  methods?: string[];
  summary: Localized;
  text: Localized;
}

export const RULE_TOPICS = ['uri', 'method', 'status', 'header', 'message'] as const;

export const REFERENCE_KINDS = ['status-codes', 'methods', 'headers', 'rules'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];
