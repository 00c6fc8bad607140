import type { HeaderDoc, MethodDoc, StatusCodeDoc } from '../types.ts';
import type { SearchFields } from './search.ts';

/** What a status code offers to the search: its code, reason and texts in both languages. */
export const statusFields = (s: StatusCodeDoc): SearchFields => ({
  key: String(s.code),
  names: [s.reason, s.summary.en, s.summary.ko],
  texts: [s.text.en, s.text.ko],
});

export const methodFields = (m: MethodDoc): SearchFields => ({
  key: m.name,
  names: [m.summary.en, m.summary.ko],
  texts: [m.text.en, m.text.ko],
});

export const headerFields = (h: HeaderDoc): SearchFields => ({
  key: h.name,
  names: [h.summary.en, h.summary.ko],
  texts: [h.text.en, h.text.ko, h.syntax ?? ''],
});
