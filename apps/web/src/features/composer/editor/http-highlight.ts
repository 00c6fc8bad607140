/**
 * Colours the raw request in the editor: method, target, version, header names and values,
 * the blank line, `.http` separators and comments, and a JSON body (by the @lezer/json
 * grammar) when the declared Content-Type is JSON.
 */
import type { Extension } from '@codemirror/state';
import { Decoration, ViewPlugin } from '@codemirror/view';
import type { DecorationSet, EditorView, ViewUpdate } from '@codemirror/view';
import { classHighlighter, highlightTree } from '@lezer/highlight';
import { parser as jsonParser } from '@lezer/json';
import { readRawRequest } from '../../../lib/raw-request.ts';
import { isHttpFile } from '../http-file/split-http-file.ts';

interface Mark {
  from: number;
  to: number;
  cls: string;
}

const MARKS = new Map<string, Decoration>();
function deco(cls: string): Decoration {
  let d = MARKS.get(cls);
  if (!d) MARKS.set(cls, (d = Decoration.mark({ class: cls })));
  return d;
}
const BLANK_LINE = Decoration.line({ class: 'cm-http-blank' });

/** Documents larger than this are coloured by line structure only (no JSON pass). */
const JSON_LIMIT = 200_000;

function requestMarks(text: string, offset: number, marks: Mark[], blankLines: number[]) {
  const r = readRawRequest(text);
  const line = text.slice(r.startLine.from, r.startLine.to);
  const parts = [...line.matchAll(/\S+/g)];
  const classes = ['cm-http-method', 'cm-http-target', 'cm-http-version'];
  parts.slice(0, 3).forEach((m, i) => {
    const from = offset + r.startLine.from + (m.index ?? 0);
    marks.push({ from, to: from + m[0].length, cls: classes[i] ?? 'cm-http-version' });
  });
  let contentType = '';
  for (const h of r.headers) {
    const lineText = text.slice(h.from, h.to);
    const colon = lineText.indexOf(':');
    if (colon === -1) {
      marks.push({ from: offset + h.from, to: offset + h.to, cls: 'cm-http-malformed' });
      continue;
    }
    marks.push({ from: offset + h.from, to: offset + h.from + colon, cls: 'cm-http-name' });
    marks.push({ from: offset + h.from + colon, to: offset + h.from + colon + 1, cls: 'cm-http-colon' });
    if (h.to > h.from + colon + 1)
      marks.push({ from: offset + h.from + colon + 1, to: offset + h.to, cls: 'cm-http-value' });
    if (h.name.toLowerCase() === 'content-type') contentType = h.value.toLowerCase();
  }
  if (r.blankLine) blankLines.push(offset + r.bodyFrom - 1);
  const body = text.slice(r.bodyFrom);
  if (r.blankLine && /[/+]json\b/.test(contentType) && body.length > 0 && body.length < JSON_LIMIT) {
    const tree = jsonParser.parse(body);
    highlightTree(tree, classHighlighter, (from, to, cls) => {
      marks.push({ from: offset + r.bodyFrom + from, to: offset + r.bodyFrom + to, cls });
    });
  }
}

/** Splits an .http document into its requests, marking separators and comments. */
function documentMarks(doc: string): { marks: Mark[]; blankLines: number[] } {
  const marks: Mark[] = [];
  const blankLines: number[] = [];
  if (!isHttpFile(doc)) {
    requestMarks(doc, 0, marks, blankLines);
    return { marks, blankLines };
  }
  let blockStart = 0;
  let at = 0;
  const flush = (end: number) => {
    const slice = doc.slice(blockStart, end);
    const lead = /^(?:[ \t]*(?:(?:#|\/\/)[^\n]*)?\n)*/.exec(slice)?.[0] ?? '';
    // Comment lines before the request line.
    let p = blockStart;
    for (const l of lead.split('\n')) {
      if (/^\s*(#|\/\/)/.test(l)) marks.push({ from: p, to: p + l.length, cls: 'cm-http-comment' });
      p += l.length + 1;
    }
    requestMarks(slice.slice(lead.length), blockStart + lead.length, marks, blankLines);
  };
  for (const l of doc.split('\n')) {
    if (l.startsWith('###')) {
      flush(Math.max(blockStart, at - 1));
      marks.push({ from: at, to: at + l.length, cls: 'cm-http-separator' });
      blockStart = at + l.length + 1;
    }
    at += l.length + 1;
  }
  if (blockStart <= doc.length) flush(doc.length);
  return { marks, blankLines };
}

function build(view: EditorView): DecorationSet {
  const doc = view.state.doc.toString();
  const { marks, blankLines } = documentMarks(doc);
  const ranges = [
    ...marks.filter((m) => m.to > m.from && m.to <= doc.length).map((m) => deco(m.cls).range(m.from, m.to)),
    ...blankLines
      .filter((pos) => pos >= 0 && pos <= doc.length)
      .map((pos) => BLANK_LINE.range(view.state.doc.lineAt(pos).from)),
  ];
  return Decoration.set(ranges, true);
}

/** The HTTP request highlighter as a CodeMirror extension. */
export function httpHighlighting(): Extension {
  return ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = build(view);
      }
      update(update: ViewUpdate) {
        if (update.docChanged) this.decorations = build(update.view);
      }
    },
    { decorations: (v) => v.decorations },
  );
}
