import { describe, expect, it } from 'vitest';
import type { LiveExchange } from '../types.ts';
import { addLiveExchange, parseLiveExchange, requestTitle } from './live-list.ts';

const exchange = (id: string): LiveExchange => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  request: { raw: `GET /users/${id} HTTP/1.1\r\nHost: x\r\n\r\n` },
  response: { status: 200, reason: 'OK' },
});

describe('addLiveExchange', () => {
  it('puts the newest first', () => {
    const list = addLiveExchange(addLiveExchange([], exchange('1')), exchange('2'));
    expect(list.map((e) => e.id)).toEqual(['2', '1']);
  });

  it('keeps at most max, dropping the oldest', () => {
    let list: LiveExchange[] = [];
    for (let i = 1; i <= 5; i++) list = addLiveExchange(list, exchange(String(i)), 3);
    expect(list.map((e) => e.id)).toEqual(['5', '4', '3']);
  });

  it('does not add an exchange the list already has (a replay after reconnecting)', () => {
    const list = addLiveExchange([exchange('2'), exchange('1')], exchange('1'));
    expect(list.map((e) => e.id)).toEqual(['2', '1']);
  });
});

describe('parseLiveExchange', () => {
  it('reads an exchange', () => {
    expect(parseLiveExchange(JSON.stringify(exchange('7')))?.id).toBe('7');
  });

  it('refuses what is not an exchange', () => {
    expect(parseLiveExchange('{}')).toBeNull();
    expect(parseLiveExchange('not json')).toBeNull();
    expect(parseLiveExchange('null')).toBeNull();
    expect(parseLiveExchange('{"id":1,"request":{"raw":""},"response":{}}')).toBeNull();
  });
});

describe('requestTitle', () => {
  it('shows method and target without the version', () => {
    expect(requestTitle('GET /users/1 HTTP/1.1\r\nHost: x\r\n\r\n')).toBe('GET /users/1');
    expect(requestTitle('DELETE /users/1 HTTP/1.0\nHost: x\n\n')).toBe('DELETE /users/1');
    expect(requestTitle('garbage')).toBe('garbage');
  });
});
