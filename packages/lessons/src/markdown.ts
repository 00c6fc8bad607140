/**
 * The small Markdown subset lessons are written in, parsed to a tree the UI renders as
 * elements. No HTML passes through: a `<` is text like any other character.
 * Blocks: paragraphs, `###` headings, `-` and `1.` lists, fenced code. Inline: `code`,
 * **strong**, *emphasis*, [links](https://...).
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block =
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'heading'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'code'; lang: string; text: string };

const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|\*([^*\s][^*]*?)\*|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;

/**
 * Inline Markdown to a list of nodes.
 * @example parseInline('Send `GET`') // [{ kind: 'text', text: 'Send ' }, { kind: 'code', text: 'GET' }]
 * @see https://spec.commonmark.org/0.31.2/#inlines
 */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const at = m.index;
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) });
    const [, code, strong, em, label, href] = m;
    if (code !== undefined) out.push({ kind: 'code', text: code });
    else if (strong !== undefined) out.push({ kind: 'strong', children: parseInline(strong) });
    else if (em !== undefined) out.push({ kind: 'em', children: parseInline(em) });
    else if (label !== undefined && href !== undefined)
      out.push({ kind: 'link', href, children: parseInline(label) });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+\.\s+(.*)$/;

/**
 * A lesson text to blocks.
 * @example parseMarkdown('### Why\n\nBecause.') // [{ kind: 'heading', ... }, { kind: 'paragraph', ... }]
 * @see https://spec.commonmark.org/0.31.2/#blocks-and-inlines
 */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      i++;
    } else if (line.startsWith('```')) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] ?? '').startsWith('```')) body.push(lines[i++] ?? '');
      i++;
      blocks.push({ kind: 'code', lang: line.slice(3).trim(), text: body.join('\n') });
    } else if (line.startsWith('#')) {
      blocks.push({ kind: 'heading', children: parseInline(line.replace(/^#+\s*/, '')) });
      i++;
    } else if (BULLET.test(line) || NUMBERED.test(line)) {
      const ordered = NUMBERED.test(line);
      const pattern = ordered ? NUMBERED : BULLET;
      const items: Inline[][] = [];
      while (i < lines.length && pattern.test(lines[i] ?? '')) {
        items.push(parseInline(pattern.exec(lines[i] ?? '')?.[1] ?? ''));
        i++;
      }
      blocks.push({ kind: 'list', ordered, items });
    } else {
      const para: string[] = [];
      while (
        i < lines.length &&
        (lines[i] ?? '').trim() !== '' &&
        !/^(```|#|\s*[-*]\s|\s*\d+\.\s)/.test(lines[i] ?? '')
      ) {
        para.push((lines[i] ?? '').trim());
        i++;
      }
      blocks.push({ kind: 'paragraph', children: parseInline(para.join(' ')) });
    }
  }
  return blocks;
}

/** Every link target in a set of blocks (the lessons test checks them). */
export function linksOf(blocks: readonly Block[]): string[] {
  const walk = (nodes: readonly Inline[]): string[] =>
    nodes.flatMap((n) =>
      n.kind === 'link'
        ? [n.href, ...walk(n.children)]
        : n.kind === 'strong' || n.kind === 'em'
          ? walk(n.children)
          : [],
    );
  return blocks.flatMap((b) =>
    b.kind === 'paragraph' || b.kind === 'heading'
      ? walk(b.children)
      : b.kind === 'list'
        ? b.items.flatMap(walk)
        : [],
  );
}
