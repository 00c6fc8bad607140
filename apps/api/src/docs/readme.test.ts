import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { END, START, statusTable } from './status-table.ts';

const README = fileURLToPath(new URL('../../../../README.md', import.meta.url));

describe('README', () => {
  it('holds the status table generated from the mock API catalog', () => {
    const text = readFileSync(README, 'utf8');
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    const current = start >= 0 && end > start ? text.slice(start, end + END.length) : '';
    if (process.env.UPDATE_README === '1' && current !== statusTable()) {
      writeFileSync(README, current ? text.replace(current, statusTable()) : `${text}\n${statusTable()}\n`);
      return;
    }
    expect(current, 'run: npm run docs -w apps/api').toBe(statusTable());
  });
});
