/**
 * `.http` files (VS Code REST Client style): several requests in one editor, separated by
 * lines that start with `###`. Comment lines (`#` or `//`) before a request line are not
 * sent; `# @name login` names the request.
 */

/** One request of an `.http` file, with where it sits in the document. */
export interface HttpFileBlock {
  /** From `# @name x` (or `// @name x`), when present. */
  name?: string;
  /** The request text that will be sent. */
  text: string;
  /** Where the block starts and ends in the document (separator lines excluded). */
  from: number;
  to: number;
  /** Where the request line starts in the document. */
  requestFrom: number;
}

const SEPARATOR = /^###/;
const COMMENT = /^\s*(#|\/\/)/;
const NAME = /^\s*(?:#|\/\/)\s*@name\s+(\S+)/;

interface Line {
  text: string;
  from: number;
}

function linesOf(doc: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  for (const text of doc.split('\n')) {
    lines.push({ text, from });
    from += text.length + 1;
  }
  return lines;
}

/** True when the document holds more than one request (it has a `###` separator line). */
export function isHttpFile(doc: string): boolean {
  return linesOf(doc).some((l) => SEPARATOR.test(l.text));
}

/**
 * The request text of one block: comments and blank lines before the request line dropped,
 * trailing blank lines dropped, and the blank line that ends the head added when missing
 * (the `###` line marks the end of the request).
 */
function requestText(lines: Line[]): { text: string; name?: string; start: number } | null {
  let name: string | undefined;
  let i = 0;
  for (; i < lines.length; i++) {
    const t = lines[i]?.text ?? '';
    const named = NAME.exec(t);
    if (named) name = named[1];
    if (t.trim() !== '' && !COMMENT.test(t)) break;
  }
  let end = lines.length;
  while (end > i && (lines[end - 1]?.text ?? '').trim() === '') end--;
  const first = lines[i];
  if (!first || end <= i) return null;
  const kept = lines.slice(i, end).map((l) => l.text);
  const blank = kept.findIndex((t) => t.trim() === '');
  const text = blank === -1 ? `${kept.join('\n')}\n\n` : kept.join('\n');
  return { text, start: first.from, ...(name ? { name } : {}) };
}

/**
 * Splits an editor document into the requests it holds. A document without `###` lines is
 * one request, sent exactly as written.
 * @example splitHttpFile('GET /a HTTP/1.1\nHost: x\n\n###\nGET /b HTTP/1.1\nHost: x\n').length // 2
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */
export function splitHttpFile(doc: string): HttpFileBlock[] {
  if (!isHttpFile(doc)) return [{ text: doc, from: 0, to: doc.length, requestFrom: 0 }];
  const lines = linesOf(doc);
  const blocks: HttpFileBlock[] = [];
  let current: Line[] = [];
  const flush = (to: number) => {
    const first = current[0];
    const request = first ? requestText(current) : null;
    if (first && request) {
      blocks.push({
        text: request.text,
        from: first.from,
        to,
        requestFrom: request.start,
        ...(request.name ? { name: request.name } : {}),
      });
    }
    current = [];
  };
  for (const line of lines) {
    if (SEPARATOR.test(line.text)) flush(Math.max(0, line.from - 1));
    else current.push(line);
  }
  flush(doc.length);
  return blocks;
}

/**
 * The block under a cursor position: the block containing it, else the nearest one before it.
 * @example blockAt(splitHttpFile(doc), view.state.selection.main.head)
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */
export function blockAt(blocks: readonly HttpFileBlock[], pos: number): HttpFileBlock | undefined {
  let found: HttpFileBlock | undefined;
  for (const b of blocks) {
    if (b.from <= pos) found = b;
    if (pos <= b.to && b.from <= pos) return b;
  }
  return found ?? blocks[0];
}
