/**
 * The routes of the mock API as a hand-written case table: a concrete path of each, and the
 * exact Allow it must answer. Tests check the app against this table and that the table
 * covers every resource.
 */
export interface RouteCase {
  route: string;
  path: string;
  allow: string;
  /** Does GET of `path` answer 200 without a token? */
  publicGet: boolean;
}

const G = '3fd65a60-cb8b-11e0-9572-0800200c9a66';

export const ROUTE_CASES: readonly RouteCase[] = [
  { route: '/', path: '/', allow: 'GET, HEAD, OPTIONS', publicGet: true },
  { route: '/users', path: '/users', allow: 'GET, HEAD, POST, OPTIONS', publicGet: true },
  {
    route: '/users/{id}',
    path: '/users/1',
    allow: 'GET, HEAD, PUT, PATCH, DELETE, OPTIONS',
    publicGet: true,
  },
  {
    route: '/users/{id}/favorites',
    path: '/users/1/favorites',
    allow: 'GET, HEAD, DELETE, OPTIONS',
    publicGet: true,
  },
  {
    route: '/users/{id}/favorites/{name}',
    path: '/users/1/favorites/claudio',
    allow: 'GET, HEAD, PUT, DELETE, OPTIONS',
    publicGet: true,
  },
  { route: '/leagues', path: '/leagues', allow: 'GET, HEAD, OPTIONS', publicGet: true },
  { route: '/leagues/{league}', path: '/leagues/seattle', allow: 'GET, HEAD, OPTIONS', publicGet: true },
  {
    route: '/leagues/{league}/teams',
    path: '/leagues/busan/teams',
    allow: 'GET, HEAD, OPTIONS',
    publicGet: true,
  },
  {
    route: '/leagues/{league}/teams/{team}',
    path: '/leagues/seattle/teams/trebuchet',
    allow: 'GET, HEAD, OPTIONS',
    publicGet: true,
  },
  {
    route: '/leagues/{league}/teams/{team}/players',
    path: '/leagues/seattle/teams/trebuchet/players',
    allow: 'GET, HEAD, POST, OPTIONS',
    publicGet: true,
  },
  {
    route: '/leagues/{league}/teams/{team}/players/{player}',
    path: '/leagues/seattle/teams/trebuchet/players/21',
    allow: 'GET, HEAD, PUT, PATCH, DELETE, OPTIONS',
    publicGet: true,
  },
  { route: '/games', path: '/games', allow: 'GET, HEAD, POST, OPTIONS', publicGet: true },
  {
    route: '/games/{game}',
    path: `/games/${G}`,
    allow: 'GET, HEAD, PUT, PATCH, DELETE, OPTIONS',
    publicGet: true,
  },
  { route: '/games/{game}/start', path: `/games/${G}/start`, allow: 'POST, OPTIONS', publicGet: false },
  { route: '/games/{game}/finish', path: `/games/${G}/finish`, allow: 'POST, OPTIONS', publicGet: false },
  {
    route: '/leagues/{league}/generate-report',
    path: '/leagues/seattle/generate-report',
    allow: 'POST, OPTIONS',
    publicGet: false,
  },
  { route: '/jobs/{job}', path: '/jobs/1', allow: 'GET, HEAD, OPTIONS', publicGet: false },
  { route: '/reports/{report}', path: '/reports/1', allow: 'GET, HEAD, OPTIONS', publicGet: true },
  {
    route: '/box-office/tickets',
    path: '/box-office/tickets',
    allow: 'GET, HEAD, POST, OPTIONS',
    publicGet: true,
  },
  {
    route: '/box-office/tickets/{ticket}',
    path: '/box-office/tickets/1',
    allow: 'GET, HEAD, DELETE, OPTIONS',
    publicGet: true,
  },
  { route: '/members', path: '/members', allow: 'GET, HEAD, POST, OPTIONS', publicGet: false },
  {
    route: '/members/{id}',
    path: '/members/1',
    allow: 'GET, HEAD, PUT, PATCH, DELETE, OPTIONS',
    publicGet: false,
  },
  { route: '/tickets', path: '/tickets', allow: 'GET, HEAD, POST, OPTIONS', publicGet: false },
  { route: '/tickets/{ticket}', path: '/tickets/1', allow: 'GET, HEAD, DELETE, OPTIONS', publicGet: false },
  { route: '/weather', path: '/weather', allow: 'GET, HEAD, OPTIONS', publicGet: false },
  { route: '/delays/{seconds}', path: '/delays/0', allow: 'GET, HEAD, OPTIONS', publicGet: true },
  { route: '/tokens', path: '/tokens', allow: 'POST, OPTIONS', publicGet: false },
  {
    route: '/tokens/{id}',
    path: '/tokens/tk-0000000000',
    allow: 'GET, HEAD, DELETE, OPTIONS',
    publicGet: false,
  },
  { route: '/sandboxes', path: '/sandboxes', allow: 'GET, HEAD, OPTIONS', publicGet: false },
  { route: '/openapi.json', path: '/openapi.json', allow: 'GET, HEAD, OPTIONS', publicGet: true },
  { route: '/docs', path: '/docs', allow: 'GET, HEAD, OPTIONS', publicGet: true },
];

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** A method the route does not allow, for the 405 check. */
export function disallowedMethod(allow: string): string {
  return METHODS.find((m) => !allow.split(', ').includes(m)) ?? 'PATCH';
}
