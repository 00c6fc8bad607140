import { describe, expect, it } from 'vitest';
import { splitHttpFile } from '../http-file/split-http-file.ts';
import { statusTemplate } from './status-template.ts';

describe('statusTemplate', () => {
  it('is the example alone, with LF line endings, when there is no setup', () => {
    expect(statusTemplate('GET /x HTTP/1.1\r\nHost: a\r\n\r\n')).toBe('GET /x HTTP/1.1\nHost: a\n\n');
  });

  it('puts setup requests first, as an .http file that splits back into them in order', () => {
    const text = statusTemplate(
      'DELETE /users/1 HTTP/1.1\r\nHost: a\r\n\r\n',
      ['PUT /x HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n{}'],
      '409',
    );
    const blocks = splitHttpFile(text);
    expect(blocks.map((b) => b.name)).toEqual(['setup-1', '409']);
    expect(blocks.map((b) => b.text)).toEqual([
      'PUT /x HTTP/1.1\nHost: a\nContent-Length: 2\n\n{}',
      'DELETE /users/1 HTTP/1.1\nHost: a\n\n',
    ]);
  });
});
