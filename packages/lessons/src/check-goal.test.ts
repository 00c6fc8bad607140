import { describe, expect, it } from 'vitest';
import { checkGoal, matchExchange } from './check-goal.ts';
import { exchangeOf } from './test-exchange.ts';
import type { GoalCheck } from './types.ts';

const goal = (check: GoalCheck) => ({ check });

const created = exchangeOf({
  method: 'POST',
  target: '/users',
  status: 201,
  responseHeaders: { Location: '/users/11' },
  content: '{"id":11}',
});
const readBack = exchangeOf({ method: 'GET', target: '/users/11', status: 200, content: '{"id":11}' });
const other = exchangeOf({ method: 'GET', target: '/users/1', status: 200, content: '{"id":1}' });
const notAllowed = exchangeOf({
  method: 'DELETE',
  target: '/users',
  status: 405,
  responseHeaders: { Allow: 'GET, HEAD, POST, OPTIONS' },
});

describe('matchExchange', () => {
  it('matches status, method and path patterns', () => {
    expect(matchExchange({ method: 'POST', path: '/users', status: 201 }, created)).toBe(true);
    expect(matchExchange({ path: '/users/*' }, readBack)).toBe(true);
    expect(matchExchange({ path: '/users/*' }, created)).toBe(false);
    expect(matchExchange({ path: '/users/**' }, readBack)).toBe(true);
    expect(matchExchange({ path: '/users/**' }, created)).toBe(false);
    expect(matchExchange({ status: [200, 204] }, readBack)).toBe(true);
    expect(matchExchange({ status: 404 }, readBack)).toBe(false);
    expect(matchExchange({ method: ['PUT', 'PATCH'] }, readBack)).toBe(false);
  });

  it('ignores the query and reads absolute-form targets', () => {
    const paged = exchangeOf({ method: 'GET', target: '/users?page=2', status: 200 });
    const absolute = exchangeOf({ method: 'GET', target: 'http://localhost:8081/users', status: 200 });
    expect(matchExchange({ path: '/users' }, paged)).toBe(true);
    expect(matchExchange({ path: '/users' }, absolute)).toBe(true);
  });

  it('reads headers by case-insensitive name and value', () => {
    expect(matchExchange({ responseHeaders: [{ name: 'allow', includes: 'post' }] }, notAllowed)).toBe(true);
    expect(matchExchange({ responseHeaders: [{ name: 'allow', includes: 'PATCH' }] }, notAllowed)).toBe(
      false,
    );
    expect(matchExchange({ responseHeadersAbsent: ['location'] }, notAllowed)).toBe(true);
    expect(matchExchange({ responseHeadersAbsent: ['Allow'] }, notAllowed)).toBe(false);
  });

  it('checks for an empty or a containing body', () => {
    expect(matchExchange({ emptyResponseBody: true }, notAllowed)).toBe(true);
    expect(matchExchange({ emptyResponseBody: true }, created)).toBe(false);
    expect(matchExchange({ responseBodyIncludes: '"ID":11' }, created)).toBe(true);
  });

  it('never matches a request whose line did not parse', () => {
    const broken = { ...readBack, request: { message: { requestLine: null, headers: [] } } };
    expect(matchExchange({ method: 'GET' }, broken)).toBe(false);
    expect(matchExchange({ path: '/**' }, broken)).toBe(false);
    expect(matchExchange({ status: 200 }, broken)).toBe(true);
  });
});

describe('checkGoal', () => {
  const follow = goal({ status: 201, then: [{ method: 'GET', pathFromLocation: true, status: 200 }] });

  it('is not met by no exchanges at all', () => {
    expect(checkGoal(goal({ status: 200 }), [])).toBe(false);
  });

  it('follows a Location to a later exchange', () => {
    expect(checkGoal(follow, [created, readBack])).toBe(true);
    expect(checkGoal(follow, [created, other])).toBe(false);
    expect(checkGoal(follow, [readBack, created])).toBe(false);
  });

  it('finds the chain even after detours and repeated attempts', () => {
    const second = exchangeOf({
      method: 'POST',
      target: '/users',
      status: 201,
      responseHeaders: { Location: '/users/12' },
    });
    const readSecond = exchangeOf({ method: 'GET', target: '/users/12', status: 200 });
    expect(checkGoal(follow, [created, other, second, notAllowed, readSecond])).toBe(true);
  });

  it('resolves an absolute Location', () => {
    const absolute = exchangeOf({
      method: 'POST',
      target: '/users',
      status: 201,
      responseHeaders: { Location: 'http://localhost:8081/users/11' },
    });
    expect(checkGoal(follow, [absolute, readBack])).toBe(true);
  });

  it('counts repeated exchanges with times', () => {
    const twice = goal({ method: 'GET', path: '/users/1', status: 200, times: 2 });
    expect(checkGoal(twice, [other])).toBe(false);
    expect(checkGoal(twice, [other, created, other])).toBe(true);
  });

  it('chains samePath steps', () => {
    const gone = exchangeOf({ method: 'GET', target: '/users/11', status: 404 });
    const deleted = exchangeOf({ method: 'DELETE', target: '/users/11', status: 204 });
    const check = goal({
      method: 'DELETE',
      status: 204,
      then: [{ method: 'GET', samePath: true, status: 404 }],
    });
    expect(checkGoal(check, [deleted, gone])).toBe(true);
    expect(checkGoal(check, [deleted, exchangeOf({ method: 'GET', target: '/users/1', status: 404 })])).toBe(
      false,
    );
  });
});
