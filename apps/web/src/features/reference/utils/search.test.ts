import { describe, expect, it } from 'vitest';
import { normalize, searchEntries } from './search.ts';
import type { SearchFields } from './search.ts';

interface Entry {
  key: string;
  name: string;
  ko: string;
  text: string;
}

const ENTRIES: Entry[] = [
  { key: '200', name: 'OK', ko: '요청이 성공했습니다', text: 'The request succeeded.' },
  {
    key: '404',
    name: 'Not Found',
    ko: '리소스를 찾을 수 없습니다',
    text: 'No current representation; it may be gone.',
  },
  {
    key: '405',
    name: 'Method Not Allowed',
    ko: '허용되지 않은 메서드입니다',
    text: 'Send Allow with the methods the resource supports.',
  },
  { key: '410', name: 'Gone', ko: '리소스가 영구히 사라졌습니다', text: 'Like 404, but for good.' },
  { key: '4040', name: 'Made up', ko: '가짜 상태 코드', text: 'Only here to test prefix ranking.' },
];

const fields = (e: Entry): SearchFields => ({ key: e.key, names: [e.name, e.ko], texts: [e.text] });
const keys = (query: string) => searchEntries(ENTRIES, query, fields).map((e) => e.key);

describe('searchEntries', () => {
  it('returns everything, in order, for an empty query', () => {
    expect(keys('  ')).toEqual(['200', '404', '405', '410', '4040']);
  });

  it('ranks the exact code first, then codes that start with it, then mentions in the text', () => {
    expect(keys('404')).toEqual(['404', '4040', '410']);
  });

  it('finds Korean text, ignoring the spaces Korean writers may leave out', () => {
    expect(keys('찾을 수')).toEqual(['404']);
    expect(keys('찾을수')).toEqual(['404']);
    expect(keys('상태코드')).toEqual(['4040']);
  });

  it('is case-insensitive and needs every word to match', () => {
    expect(keys('METHOD allowed')).toEqual(['405']);
    expect(keys('method teapot')).toEqual([]);
  });

  it('ranks a match in a name above a match in the longer text', () => {
    expect(keys('allow')).toEqual(['405']);
    expect(keys('gone')).toEqual(['410', '404']);
  });
});

describe('normalize', () => {
  it('composes Hangul jamo so that decomposed input still matches', () => {
    const decomposed = '한'.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(1);
    expect(normalize(decomposed)).toBe('한');
  });
});
