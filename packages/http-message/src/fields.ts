/**
 * Field lines: `field-name ":" OWS field-value OWS`, with the ways they go wrong.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-5
 */
import { describeChar, excerpt } from './chars.ts';
import { isOwsChar, nonAscii, notTchar } from './grammar.ts';
import type { Line } from './lines.ts';
import type { ProblemList } from './problem-list.ts';
import type { HeaderField, Span } from './types.ts';

// field-vchar, SP and HTAB are allowed; a CR is left out here because `checkHead` already
// reports each bare CR.
const invalidValueChar = /[^\t \r\x21-\x7E\x80-\uFFFF]/;

function lineSpan(line: Line): Span {
  return { start: line.start, end: line.end };
}

/** Reports the first character a field value may not contain, and any non-ASCII text. */
function checkValue(name: string, value: string, at: number, problems: ProblemList): void {
  const bad = value.search(invalidValueChar);
  if (bad >= 0) {
    problems.add(
      'invalid-field-value',
      { start: at + bad, end: at + bad + 1 },
      { name, char: describeChar(value.charAt(bad)) },
    );
  }
  if (nonAscii.test(value))
    problems.add('non-ascii-field-value', { start: at, end: at + value.length }, { name });
}

/** The offsets of `text[start:end)` without the OWS on either side. */
function trimOws(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isOwsChar(text[s])) s += 1;
  while (e > s && isOwsChar(text[e - 1])) e -= 1;
  return { start: s, end: e };
}

/** Parses one field line; returns `undefined` when it has no usable name. */
function parseFieldLine(text: string, line: Line, problems: ProblemList): HeaderField | undefined {
  const content = text.slice(line.start, line.end);
  const colon = content.indexOf(':');
  if (colon === -1) {
    problems.add('header-missing-colon', lineSpan(line), { line: excerpt(content) });
    return undefined;
  }
  let nameEnd = colon;
  while (nameEnd > 0 && isOwsChar(content[nameEnd - 1])) nameEnd -= 1;
  const name = content.slice(0, nameEnd);
  if (name === '') {
    problems.add(
      'invalid-field-name',
      { start: line.start + colon, end: line.start + colon + 1 },
      { name, char: ':' },
    );
    return undefined;
  }
  if (nameEnd < colon) {
    problems.add(
      'whitespace-before-colon',
      { start: line.start + nameEnd, end: line.start + colon },
      { name },
    );
  }
  const bad = name.search(notTchar);
  if (bad >= 0) {
    problems.add(
      'invalid-field-name',
      { start: line.start + bad, end: line.start + bad + 1 },
      { name, char: describeChar(name.charAt(bad)) },
    );
  }
  const valueSpan = trimOws(text, line.start + colon + 1, line.end);
  const value = text.slice(valueSpan.start, valueSpan.end);
  checkValue(name, value, valueSpan.start, problems);
  return {
    name,
    value,
    span: lineSpan(line),
    nameSpan: { start: line.start, end: line.start + nameEnd },
    valueSpan,
  };
}

/** Joins an obs-fold continuation line onto the field it continues, as a single SP. */
function fold(text: string, field: HeaderField, line: Line, problems: ProblemList): void {
  const more = trimOws(text, line.start, line.end);
  const value = text.slice(more.start, more.end);
  checkValue(field.name, value, more.start, problems);
  field.span = { start: field.span.start, end: line.end };
  if (value === '') return;
  const wasEmpty = field.value === '';
  field.value = wasEmpty ? value : `${field.value} ${value}`;
  field.valueSpan = { start: wasEmpty ? more.start : field.valueSpan.start, end: more.end };
}

/**
 * Parses the field lines of a head. A line that starts with whitespace continues the previous
 * field (obs-fold: joined with SP and reported), or, right after the start line, is ignored
 * together with the whitespace lines that follow it. Lines without a usable name are reported
 * and left out; every other field is kept, even when reported, so later checks see it.
 */
export function parseFields(text: string, lines: readonly Line[], problems: ProblemList): HeaderField[] {
  const fields: HeaderField[] = [];
  let previous: HeaderField | undefined;
  let skipping = false;
  for (const line of lines) {
    if (isOwsChar(text[line.start])) {
      if (skipping || line === lines[0]) {
        skipping = true;
        problems.add('whitespace-after-start-line', lineSpan(line));
      } else {
        problems.add('obs-fold', lineSpan(line), { name: previous?.name ?? '' });
        if (previous) fold(text, previous, line, problems);
      }
      continue;
    }
    skipping = false;
    previous = parseFieldLine(text, line, problems);
    if (previous) fields.push(previous);
  }
  return fields;
}
