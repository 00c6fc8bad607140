import { describe, expect, it } from 'vitest';
import { linksOf, parseInline, parseMarkdown } from './markdown.ts';

describe('parseInline', () => {
  it('reads code, strong, emphasis and links', () => {
    expect(
      parseInline(
        'Send `GET` **now**, *then* read [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1).',
      ),
    ).toEqual([
      { kind: 'text', text: 'Send ' },
      { kind: 'code', text: 'GET' },
      { kind: 'text', text: ' ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'now' }] },
      { kind: 'text', text: ', ' },
      { kind: 'em', children: [{ kind: 'text', text: 'then' }] },
      { kind: 'text', text: ' read ' },
      {
        kind: 'link',
        href: 'https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1',
        children: [{ kind: 'text', text: 'RFC 9110' }],
      },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps HTML and non-http links as plain text', () => {
    expect(parseInline('<img src=x onerror=alert(1)> [x](javascript:alert(1))')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)> [x](javascript:alert(1))' },
    ]);
  });

  it('leaves a `*` inside code alone', () => {
    expect(parseInline('`Accept: */*`')).toEqual([{ kind: 'code', text: 'Accept: */*' }]);
  });
});

describe('parseMarkdown', () => {
  it('splits headings, paragraphs, lists and code blocks', () => {
    const blocks = parseMarkdown(
      '### Title\n\nOne line\ncontinues.\n\n- a\n- b\n\n1. first\n2. second\n\n```http\nGET / HTTP/1.1\n```\n',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'code']);
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      children: [{ kind: 'text', text: 'One line continues.' }],
    });
    expect(blocks[2]).toMatchObject({
      kind: 'list',
      ordered: false,
      items: [[{ text: 'a' }], [{ text: 'b' }]],
    });
    expect(blocks[3]).toMatchObject({ kind: 'list', ordered: true });
    expect(blocks[4]).toEqual({ kind: 'code', lang: 'http', text: 'GET / HTTP/1.1' });
  });

  it('collects links from every block', () => {
    const blocks = parseMarkdown('See [a](https://a.example/x).\n\n- and [b](https://b.example/y)');
    expect(linksOf(blocks)).toEqual(['https://a.example/x', 'https://b.example/y']);
  });
});
