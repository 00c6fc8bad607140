import { getHeader, getHeaders } from '@teapot/http-message';
import type { HeaderField, HttpMessage } from '@teapot/http-message';
import type { Localized, Note, NoteCategory, NoteLevel } from '../types.ts';
import { fill } from './format.ts';

/** A note's words and spec link, written once as data beside the check that uses them. */
export interface NoteText {
  level: NoteLevel;
  summary: Localized;
  text: Localized;
  see: string;
}

export function headerNote(
  id: string,
  t: NoteText,
  message: 'request' | 'response',
  field: HeaderField,
  params?: Record<string, string | number>,
  category: NoteCategory = message,
): Note {
  return {
    id,
    level: t.level,
    category,
    subject: { kind: 'header', message, name: field.name },
    target: message,
    span: field.span,
    summary: fill(t.summary, params),
    text: fill(t.text, params),
    see: t.see,
  };
}

export function header(message: HttpMessage | null, name: string): HeaderField | undefined {
  return message ? getHeader(message, name) : undefined;
}

export function headerList(message: HttpMessage | null, name: string): HeaderField[] {
  return message ? getHeaders(message, name) : [];
}

/** The media type of a Content-Type or Accept member, lowercased, without parameters. */
export function mediaType(value: string): string {
  return (value.split(';')[0] ?? '').trim().toLowerCase();
}

export function isJsonType(type: string): boolean {
  return type === 'application/json' || type.endsWith('+json');
}
