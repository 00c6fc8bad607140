import { describe, expect, it } from 'vitest';
import { findCrudVerb } from './crud-verb.ts';
import { judgePath } from './uri-judge.ts';

describe('judgePath', () => {
  it.each([
    ['/users/1', '', undefined],
    ['/', '', undefined],
    ['/openapi.json', '', undefined],
    ['/leagues/new-york/teams/set-pieces', '', undefined],
    ['/games/3fd65a60-cb8b-11e0-9572-0800200c9a66/start', '', undefined],
    ['/leagues/seattle/generate-report', '', undefined],
    ['/users/', '', { rule: 'trailing-slash', canonical: '/users' }],
    ['/users//1', '', { rule: 'trailing-slash', canonical: '/users/1' }],
    ['/Users/1', '', { rule: 'lowercase', canonical: '/users/1' }],
    ['/users/%7Euser', '', undefined],
    [
      '/users/1.json',
      '',
      { rule: 'file-extension', canonical: '/users/1', hint: 'Accept: application/json' },
    ],
    ['/users.csv', '', { rule: 'file-extension', canonical: '/users', hint: 'Accept: text/csv' }],
    ['/box_office/tickets', '', { rule: 'underscore', canonical: '/box-office/tickets' }],
    ['/deleteUser/1', '', { rule: 'crud-verb', canonical: '/users/1', hint: 'DELETE /users/1' }],
  ] as const)('%s', (path, search, verdict) => {
    expect(judgePath(path, search)).toEqual(verdict);
  });
});

describe('findCrudVerb (the Rulebook examples, and a few more)', () => {
  it.each([
    ['/deleteUser', '?id=1234', 'DELETE /users/1234'],
    ['/deleteUser/1234', '', 'DELETE /users/1234'],
    ['/users/1234/delete', '', 'DELETE /users/1234'],
    ['/getUsers', '', 'GET /users'],
    ['/createUser', '', 'POST /users'],
    ['/users/create', '', 'POST /users'],
    ['/update-user/7', '', 'PUT /users/7'],
    ['/users/7/edit', '', 'PATCH /users/7'],
    ['/getCategory', '', 'GET /categories'],
  ] as const)('%s%s → %s', (path, search, hint) => {
    expect(findCrudVerb(path, search)?.hint).toBe(hint);
  });

  it.each(['/users/1', '/games/x/start', '/leagues/new-york', '/settings', '/set-pieces', '/updates'])(
    '%s has no CRUD verb',
    (path) => {
      expect(findCrudVerb(path, '')).toBeUndefined();
    },
  );
});
