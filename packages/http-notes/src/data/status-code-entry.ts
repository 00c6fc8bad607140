import type { Localized } from '../types.ts';
import type { SpecRef } from './spec.ts';
export type StatusClass = 'informational' | 'successful' | 'redirection' | 'client-error' | 'server-error';
export interface StatusCodeEntry {
  readonly code: number;
  readonly reason: string;
  readonly class: StatusClass;
  /** 'unused' for 418 and the reserved codes kept only for their story. */
  readonly registered: 'yes' | 'unused';
  readonly spec: SpecRef;
  readonly summary: Localized;
  readonly text: Localized;
  readonly headers: { readonly required: readonly string[]; readonly usual: readonly string[] };
  readonly bodyAllowed: boolean;
  readonly cacheableByDefault: boolean;
  readonly confusions: readonly { readonly with: readonly number[]; readonly text: Localized }[];
}
