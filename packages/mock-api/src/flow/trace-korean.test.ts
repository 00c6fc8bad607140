/**
 * Every fact a learner reads in the trace exists in English and Korean: a fact with words
 * carries `factKo` (Hangul, the same symbols and numbers), and a fact without it is symbols
 * only. Driven through the real mock API: the status catalog on fresh sandboxes, then requests
 * for the facts the catalog does not reach, until every place that records a fact has spoken.
 */
/// <reference types="vite/types/importMeta.d.ts" />
import { beforeAll, describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api.ts';
import { STATUS_EXAMPLES } from '../examples/status-examples.ts';
import type { MockApiOptions } from '../options.ts';
import { newToken, sendRaw } from '../testing/send-raw.ts';
import type { TraceStep } from '../trace-types.ts';

type App = ReturnType<typeof createMockApi>;

interface Seen {
  step: TraceStep;
  request: string;
  /** The request's content, whose names and values a fact may echo. */
  body: string;
}

interface Send {
  token?: string;
  body?: string;
  type?: string;
  headers?: Record<string, string>;
}

const G = '3fd65a60-cb8b-11e0-9572-0800200c9a66';
const FINISHED = '7d1f9e52-4a3b-4c8e-9f2d-6b5a0c1e8d34';
const NO_GAME = '00000000-0000-4000-8000-000000000000';
const PLAYER = '/leagues/seattle/teams/trebuchet/players/22';
const JSON_TYPE = 'application/json';

/** Sends one request; `token` becomes a Bearer Authorization, `type` the Content-Type. */
async function send(app: App, method: string, path: string, o: Send = {}): Promise<Response> {
  const headers: Record<string, string> = {
    ...(o.token ? { Authorization: `Bearer ${o.token}` } : {}),
    ...(o.type ? { 'Content-Type': o.type } : {}),
    ...o.headers,
  };
  // Bytes, so that a body without `type` goes without Content-Type (a string would be text/plain).
  const body = o.body === undefined ? {} : { body: new TextEncoder().encode(o.body) };
  return app.request(path, { method, headers, ...body });
}

/** A token and its id, as POST /tokens issues them. */
function issue(app: App, role = 'editor', token?: string): Promise<{ token: string; id: string }> {
  return json(
    send(app, 'POST', '/tokens', {
      type: JSON_TYPE,
      body: `{"role":"${role}"}`,
      ...(token ? { token } : {}),
    }),
  );
}

async function etagOf(app: App, path: string, token: string): Promise<string> {
  return (await send(app, 'GET', path, { token })).headers.get('etag') ?? '';
}

async function json<T>(res: Promise<Response>): Promise<T> {
  return (await (await res).json()) as T;
}

/** Runs the catalog and the extra requests, and returns every step they recorded. */
async function drive(): Promise<Seen[]> {
  const seen: Seen[] = [];
  const reads: Promise<void>[] = [];
  const open = (options: MockApiOptions = {}): App =>
    createMockApi({
      ...options,
      onExchange: ({ trace, request }) => {
        const line = `${request.method} ${request.url}`;
        // Hono keeps the content it read, so reading it again here costs nothing.
        const read = request.text().catch(() => '');
        reads.push(
          read.then((body) => void seen.push(...trace.steps.map((step) => ({ step, request: line, body })))),
        );
      },
    });

  // The status catalog, each example on a fresh sandbox, as the playground's catalog runs it.
  const catalog = open();
  for (const example of STATUS_EXAMPLES) {
    const token = await newToken(catalog);
    for (const setup of example.setup ?? []) await sendRaw(catalog, setup, token);
    await sendRaw(catalog, example.request, token);
  }

  const app = open({ teacherToken: 'teacher-secret' });
  const mine = await issue(app);
  const token = mine.token;
  const viewer = (await issue(app, 'viewer', token)).token;
  const editor = await issue(app);

  // The URI rules, routing, methods and representations.
  for (const path of ['/users/', '/Users', '/users.json', '/deleteUser/1', '/user_profiles', '/nowhere'])
    await send(app, 'GET', path);
  await send(app, 'PROPFIND', '/users');
  await send(app, 'DELETE', '/leagues/seattle');
  await send(app, 'OPTIONS', '/users');
  await send(app, 'GET', '/users/1', { headers: { Accept: 'text/csv' } });
  await send(app, 'GET', '/users/1', { headers: { Accept: 'image/png' } });
  for (const query of ['page=0', 'limit=100', 'page=2&limit=5']) await send(app, 'GET', `/users?${query}`);

  // Who is asking.
  await send(app, 'GET', '/users/1', { headers: { Authorization: 'Basic dXNlcjpwYXNz' } });
  await send(app, 'GET', '/users/1', { token: 'never-issued' });
  await send(app, 'DELETE', '/users/1', { token: viewer });
  await send(app, 'DELETE', `/tokens/${editor.id}`, { token: viewer });
  await send(app, 'DELETE', `/tokens/${mine.id}`, { token: viewer });
  await send(app, 'GET', '/sandboxes');
  await send(app, 'GET', '/sandboxes', { token });
  await send(app, 'GET', '/sandboxes', { token: 'teacher-secret' });
  await send(app, 'DELETE', `/tokens/${editor.id}`, { token: editor.token });
  await send(app, 'GET', '/users/1', { token: editor.token });
  await send(app, 'GET', '/tokens/tk-0000000000', { token });

  // Content: size, type, syntax, validation.
  const user = (body: string, type = JSON_TYPE, method = 'POST', path = '/users') =>
    send(app, method, path, { token, type, body });
  await send(app, 'POST', '/users', { token, body: '{"name":"a","email":"a@example.com"}' });
  await user('{"name":"a","email":"a@example.com"}', 'text/plain');
  await user('{"name":"a","email":"a@example.com"}', 'application/json; charset=latin1');
  await user('x'.repeat(5000));
  await user('');
  for (const bad of ['{', '{"a" 1}', '{"a":1', '{"a":1,}', '[1 2]', '{"a":1} x', '"\\q"', '"abc', '-', '1e'])
    await user(bad);
  for (const bad of ['1.', '01', '{"a":}', 'nul', '{"a":"\\u12"}', '"a\nb"', 'undefined']) await user(bad);
  await user('{}');
  await user('[1]');
  await user('{"name":5,"email":"a@example.com"}');
  await user(`{"name":"${'a'.repeat(61)}","email":"a@example.com"}`);
  await user('{"name":"a","email":"nope"}');
  await user('{"name":"a","email":"a@example.com","age":3}');
  await send(app, 'POST', '/tokens', { type: JSON_TYPE, body: '{"role":"admin"}' });

  // Users: create, conflict, replace, merge, delete, and the validators of each.
  await user('{"name":"한지우","email":"jiwoo.han@example.com"}');
  await user('{"name":"한지우","email":"minjun.kim@example.com"}');
  const u1 = await etagOf(app, '/users/1', token);
  const ifMatch = (etag: string) => ({ 'If-Match': etag });
  await send(app, 'PUT', '/users/1', {
    token,
    type: JSON_TYPE,
    body: '{"name":"김민준","email":"jiho.park@example.com"}',
    headers: ifMatch(u1),
  });
  await send(app, 'PUT', '/users/1', {
    token,
    type: JSON_TYPE,
    body: '{"id":5,"name":"a","email":"a@example.com"}',
  });
  await user('{"id":1}', 'application/merge-patch+json', 'PATCH', '/users/1');
  await user('{"name":"김민준 2"}', 'application/merge-patch+json', 'PATCH', '/users/1');
  await send(app, 'PUT', '/users/1', {
    token,
    type: JSON_TYPE,
    body: '{"name":"a","email":"a@example.com"}',
    headers: ifMatch('"stale"'),
  });
  const u3 = await etagOf(app, '/users/3', token);
  await send(app, 'GET', '/users/3', { token, headers: { 'If-None-Match': u3 } });
  await send(app, 'GET', '/users/3', { token, headers: { 'If-None-Match': '"other"' } });
  await send(app, 'DELETE', '/users/3', { token, headers: { 'If-None-Match': '"other"' } });
  for (const since of ['Wed, 01 Jan 2020 00:00:00 GMT', 'Fri, 01 Jan 2100 00:00:00 GMT', 'yesterday']) {
    await send(app, 'GET', '/users/4', { token, headers: { 'If-Unmodified-Since': since } });
    await send(app, 'GET', '/users/4', { token, headers: { 'If-Modified-Since': since } });
  }
  await send(app, 'GET', '/users/4', {
    token,
    headers: { 'If-Modified-Since': 'Sat, 01 Jun 2024 00:00:00 GMT' },
  });
  await send(app, 'GET', '/users', {
    token,
    headers: { 'If-Modified-Since': 'Sat, 01 Jun 2024 00:00:00 GMT' },
  });
  await send(app, 'GET', '/users', {
    token,
    headers: { 'If-Unmodified-Since': 'Sat, 01 Jun 2024 00:00:00 GMT' },
  });
  await send(app, 'DELETE', '/users/2', { token });
  await send(app, 'GET', '/users/2', { token });
  await send(app, 'GET', '/users/abc');

  // Favorites: a store of documents the client names.
  const fav = (name: string, body: string, headers: Record<string, string> = {}, id = 1) =>
    send(app, 'PUT', `/users/${id}/favorites/${name}`, { token, type: JSON_TYPE, body, headers });
  await send(app, 'GET', '/users/1/favorites/claudio');
  await send(app, 'GET', '/users/1/favorites/x--y');
  await send(app, 'GET', '/users/1/favorites/nobody');
  await fav('kept', `{"player":"${PLAYER}"}`, { 'If-None-Match': '*' });
  await fav('kept', `{"player":"${PLAYER}"}`);
  await fav('kept', `{"player":"${PLAYER}"}`, { 'If-None-Match': '*' });
  await fav('other', `{"player":"${PLAYER}"}`, { 'If-Match': '*' });
  await fav('bad', '{"player":"/players/22"}');
  await fav('bad', '{"player":"/leagues/seattle/teams/trebuchet/players/99"}');
  await fav('bad', `{"player":"${PLAYER}","note":"${'n'.repeat(141)}"}`);
  await fav('fresh', `{"player":"${PLAYER}"}`, {}, 99);
  await send(app, 'DELETE', '/users/1/favorites', { token });
  for (const name of ['claudio', 'taeo', 'kept'])
    await send(app, 'DELETE', `/users/1/favorites/${name}`, { token });
  await send(app, 'DELETE', '/users/1/favorites', { token });
  await send(app, 'GET', '/users/1/favorites', { token });

  // Soccer: the hierarchy, shirt numbers, and a player released.
  const players = '/leagues/seattle/teams/trebuchet/players';
  const player = (body: string, method = 'POST', path = players) =>
    send(app, method, path, { token, type: JSON_TYPE, body });
  await send(app, 'GET', '/leagues/nowhere');
  await send(app, 'GET', '/leagues/seattle/teams/nobody');
  await send(app, 'GET', `${players}/99`);
  await player('{"name":"이강민","number":10,"position":"MF"}');
  await player('{"name":"이강민","number":17,"position":"MF"}');
  await player('{"name":"","number":17,"position":"MF"}');
  await player('{"name":"이강민","number":0,"position":"MF"}');
  await player('{"name":"이강민","number":1.5,"position":"MF"}');
  await player('{"name":"이강민","number":18,"position":"XX"}');
  await player('{"name":"Claudio Reyna","number":9,"position":"MF"}', 'PUT', `${players}/21`);
  await player('{"number":11}', 'PATCH', `${players}/21`);
  await send(app, 'DELETE', `${players}/24`, { token });

  // Tickets, and the resources that moved.
  const ticket = (body: string) => send(app, 'POST', '/box-office/tickets', { token, type: JSON_TYPE, body });
  await ticket(`{"game":"${G}","seat":"A-12","holder":"박지호"}`);
  await ticket(`{"game":"${G}","seat":"B-7","holder":"박지호"}`);
  await ticket(`{"game":"${G}","seat":"b7","holder":"박지호"}`);
  await ticket(`{"game":"${G}","seat":"B-8","holder":""}`);
  await ticket(`{"game":"${G}","seat":"B-8","holder":"${'h'.repeat(61)}"}`);
  await ticket('{"game":"G1","seat":"B-8","holder":"박지호"}');
  await ticket(`{"game":"${NO_GAME}","seat":"B-8","holder":"박지호"}`);
  await send(app, 'DELETE', '/box-office/tickets/1', { token });
  await send(app, 'GET', '/box-office/tickets/999');
  await send(app, 'GET', '/tickets');
  await send(app, 'GET', '/members/1');

  // Games: conditional updates, the controllers, and a finished game's record.
  const game = (body: string) => send(app, 'POST', '/games', { token, type: JSON_TYPE, body });
  const kickoff = '"kickoff":"2026-12-13T15:00:00Z"';
  const made = await game(`{"league":"seattle","home":"trebuchet","away":"catapult",${kickoff}}`);
  const created = made.headers.get('location') ?? '';
  await game(`{"league":"nowhere","home":"trebuchet","away":"catapult",${kickoff}}`);
  await game(`{"league":"seattle","home":"nobody","away":"catapult",${kickoff}}`);
  await game(`{"league":"seattle","home":"catapult","away":"catapult",${kickoff}}`);
  await game('{"league":"seattle","home":"trebuchet","away":"catapult","kickoff":"soon"}');
  await game(`{"league":"","home":"trebuchet","away":"catapult",${kickoff}}`);
  await game(`{"league":"seattle","home":"","away":"catapult",${kickoff}}`);
  await game(`{"league":"seattle","home":"trebuchet","away":"",${kickoff}}`);
  const body = `{"league":"seattle","home":"trebuchet","away":"catapult",${kickoff}}`;
  await send(app, 'PUT', `/games/${G}`, { token, type: JSON_TYPE, body });
  await send(app, 'PUT', `/games/${G}`, {
    token,
    type: JSON_TYPE,
    body,
    headers: ifMatch(await etagOf(app, `/games/${G}`, token)),
  });
  await send(app, 'POST', `/games/${G}/finish`, { token });
  await send(app, 'POST', `/games/${G}/start`, { token });
  await send(app, 'POST', `/games/${G}/start`, { token });
  await send(app, 'POST', `/games/${G}/finish`, { token });
  const finished = ifMatch(await etagOf(app, `/games/${FINISHED}`, token));
  await send(app, 'PUT', `/games/${FINISHED}`, { token, type: JSON_TYPE, body, headers: finished });
  await send(app, 'DELETE', `/games/${FINISHED}`, { token, headers: finished });
  await send(app, 'DELETE', created, { token, headers: ifMatch(await etagOf(app, created, token)) });
  await send(app, 'GET', '/games/xyz');

  // Slow work: a job that is pending, its report, delays and a failing backend.
  const job =
    (await send(app, 'POST', '/leagues/seattle/generate-report', { token })).headers.get('location') ?? '';
  await send(app, 'GET', job, { token });
  await send(app, 'GET', `/reports/${job.split('/').at(-1) ?? ''}`, { token });
  await send(app, 'GET', '/jobs/99');
  await send(app, 'GET', '/delays/0');
  await send(app, 'GET', '/delays/11');
  await send(app, 'GET', '/weather');

  // Tokens: one read, one revoked, and what its holder hears next.
  const issued = await json<{ id: string; token: string }>(
    send(app, 'POST', '/tokens', { token, type: JSON_TYPE, body: '{"role":"viewer"}' }),
  );
  await send(app, 'GET', `/tokens/${issued.id}`, { token });
  await send(app, 'DELETE', `/tokens/${issued.id}`, { token });
  await send(app, 'GET', '/users/1', { token: issued.token });

  // A sandbox full of records, or of bytes.
  const records = open({ limits: { maxRecords: 1 } });
  const recordsToken = await newToken(records);
  await send(records, 'DELETE', '/users/5', { token: recordsToken });
  await send(records, 'DELETE', '/users/6', { token: recordsToken });
  const bytes = open({ limits: { maxBytes: 10 } });
  await send(bytes, 'PATCH', '/users/5', {
    token: await newToken(bytes),
    type: JSON_TYPE,
    body: '{"name":"정도윤"}',
  });

  // Sandboxes that are gone: idle (hours, minutes, seconds), pushed out, a viewer replaced.
  for (const idleMs of [2 * 60 * 60 * 1000, 60_000, 30_000]) {
    let now = 0;
    const clock = open({ now: () => now, limits: { idleMs } });
    const idle = await newToken(clock);
    now = idleMs + 1;
    await send(clock, 'GET', '/users/1', { token: idle });
  }
  const crowded = open({ limits: { maxSandboxes: 1 } });
  const first = await newToken(crowded);
  await newToken(crowded);
  await send(crowded, 'GET', '/users/1', { token: first });
  const viewers = open({ limits: { maxViewers: 1 } });
  const owner = await newToken(viewers);
  const old = await newToken(viewers, 'viewer', owner);
  await newToken(viewers, 'viewer', owner);
  await send(viewers, 'GET', '/users/1', { token: old });
  await Promise.all(reads);
  return seen;
}

/**
 * One pattern per place in the code that records a fact (decision, English fact, and the status
 * where the same words settle two ways), so that a scenario that stops reaching one is noticed.
 */
const SITES: readonly (readonly [string, RegExp, number?])[] = [
  // uri-rules.ts, handle-resource.ts, error-handlers.ts, method-gate.ts
  ['method-known', /^PROPFIND ∉ \{GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS\}$/],
  ['method-known', /^GET ∈ \{GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS\}$/],
  ['uri-canonical', /^\/users\/1 is canonical$/],
  ['uri-canonical', /^\/users\/ → \/users \(no trailing slash\)$/],
  ['uri-canonical', /^\/Users breaks the lowercase rule$/],
  ['uri-canonical', /^\/deleteUser\/1 breaks the crud-verb rule$/],
  ['uri-canonical', /^\/users\.json breaks the file-extension rule$/],
  ['uri-canonical', /^\/user_profiles breaks the underscore rule$/],
  ['route-matched', /^\/users\/1 ↦ \/users\/:id$/],
  ['route-matched', /^no route matches \/nowhere$/],
  ['handler-succeeded', /^the handler failed with an unexpected error$/],
  ['method-allowed', /^DELETE ∉ \{GET, HEAD, OPTIONS\}$/],
  ['method-allowed', /^GET ∈ \{GET, HEAD, POST, OPTIONS\}$/],
  ['options', /^OPTIONS → Allow: GET, HEAD, POST, OPTIONS$/],
  // authorize.ts
  ['authorized', /^no token → shared sample data \(read-only\)$/],
  ['authorized', /^POST \/users needs a token; no Authorization header$/],
  ['authorized', /^Authorization scheme "Basic" is not "Bearer <token>"$/],
  ['authorized', /^teacher token$/],
  ['authorized', /^sandbox sb-[0-9a-f]{10} evicted: idle > 2 hours$/],
  ['authorized', /^sandbox sb-[0-9a-f]{10} evicted: idle > 1 minute$/],
  ['authorized', /^sandbox sb-[0-9a-f]{10} evicted: idle > 30 seconds$/],
  ['authorized', /^sandbox sb-[0-9a-f]{10} evicted: server at its sandbox limit$/],
  ['authorized', /^viewer token replaced \(sandbox sb-[0-9a-f]{10}\)$/],
  ['authorized', /^token revoked \(sandbox sb-[0-9a-f]{10}\)$/],
  ['authorized', /^token not recognized$/],
  ['authorized', /^Bearer token → sandbox sb-[0-9a-f]{10} \(editor\)$/],
  ['forbidden', /^the teacher may read every sandbox$/],
  ['forbidden', /^role viewer may not DELETE$/],
  ['forbidden', /^role editor is not the teacher$/],
  ['forbidden', /^role editor may POST$/],
  // content-gate.ts, json-body.ts, write-input.ts
  ['body-size', /^5000 bytes > 4096$/],
  ['body-size', /^\d+ bytes ≤ 4096$/],
  ['content-type-known', /^application\/json ∈ \{application\/json\}$/],
  ['content-type-known', /^no Content-Type ∉ \{application\/json\}$/],
  ['content-type-known', /^Content-Type text\/plain ∉ \{application\/json\}$/],
  ['body-well-formed', /^no content$/],
  ['body-well-formed', /^JSON parsed$/],
  [
    'body-well-formed',
    /^JSON\.parse: Expected property name or '\}' in JSON at position 1 \(line 1 column 2\)$/,
  ],
  ['body-well-formed', /^JSON\.parse: Unexpected end of JSON input$/],
  ['body-well-formed', /^JSON\.parse: Unexpected token '\}', .* is not valid JSON$/],
  ['body-well-formed', /^JSON\.parse: "undefined" is not valid JSON$/],
  ['body-valid', /^content matches the schema$/],
  ['body-valid', /^2 field error\(s\): #\/name Invalid input: expected string, received undefined$/],
  ['body-valid', /^1 field error\(s\): # Invalid input: expected object, received array$/],
  ['body-valid', /^1 field error\(s\): #\/role Invalid option: expected one of "editor"\|"viewer"$/],
  ['body-valid', /: #\/age "age" is not a member of this resource$/],
  ['body-valid', /: #\/id id 5 contradicts the URI \/users\/1; leave it out or make it 1$/],
  ['body-valid', /: #\/id "id" is read-only; the server sets it$/],
  ['body-valid', /: #\/name name must not be empty$/],
  ['body-valid', /: #\/name name is at most 60 characters$/],
  ['body-valid', /: #\/email email must be an email address$/],
  // paging.ts, accept-gate.ts, respond.ts
  ['query-valid', /^page=0 is not a whole number from 1$/],
  ['query-valid', /^limit=100 is not a whole number from 1 to 50$/],
  ['query-valid', /^page=2, limit=5$/],
  ['acceptable', /^Accept "image\/png" matches none of \{application\/json, text\/csv\}$/],
  ['acceptable', /^Accept \(none\) → application\/json$/],
  ['acceptable', /^Accept text\/csv → text\/csv$/],
  ['response-has-body', /^200 with application\/json$/],
  ['response-has-body', /^200 with text\/csv$/],
  // preconditions.ts
  ['if-match', /^If-Match "[^"]+" = current "[^"]+"(, "[^"]+")*$/],
  ['if-match', /^If-Match "stale" ≠ current "[^"]+"/],
  ['if-match', /^If-Match \* ≠ current \(none\)$/],
  ['if-unmodified-since', /^"yesterday" is not an HTTP-date: ignored$/],
  ['if-unmodified-since', /^no Last-Modified: ignored$/],
  ['if-unmodified-since', /^Last-Modified .+ GMT ≤ Fri, 01 Jan 2100 00:00:00 GMT$/],
  ['if-unmodified-since', /^Last-Modified .+ GMT > Wed, 01 Jan 2020 00:00:00 GMT$/],
  ['if-none-match', /^If-None-Match "other" ∌ current "[^"]+"/],
  ['if-none-match', /^If-None-Match \* ∌ current \(none\)$/],
  ['if-none-match', /^If-None-Match "[^"]+" ∋ current "[^"]+"/, 304],
  ['if-none-match', /^If-None-Match \* ∋ current "[^"]+"/, 412],
  ['if-modified-since', /^"yesterday" is not an HTTP-date: ignored$/],
  ['if-modified-since', /^no Last-Modified: ignored$/],
  ['if-modified-since', /^Fri, 01 Jan 2100 00:00:00 GMT is in the future: ignored$/],
  ['if-modified-since', /^Last-Modified .+ GMT > Wed, 01 Jan 2020 00:00:00 GMT$/],
  ['if-modified-since', /^Last-Modified .+ GMT ≤ Sat, 01 Jun 2024 00:00:00 GMT$/],
  ['precondition-required', /^PUT carries a precondition$/],
  ['precondition-required', /^PUT without If-Match$/],
  // outcomes.ts, guards.ts
  ['resource-exists', /^user 1 ∈ shared$/],
  ['resource-exists', /^user 2 ∉ sb-[0-9a-f]{10}$/],
  ['created', /^created \/users\/13$/],
  ['accepted', /^job queued at \/jobs\/2$/],
  ['response-has-body', /^200 with the new state$/],
  ['moved-permanently', /^\/members\/1 → \/users\/1$/],
  ['moved-temporarily', /^\/tickets → \/box-office\/tickets$/],
  ['job-done', /^\/jobs\/1 → \/reports\/1$/],
  ['sandbox-has-room', /^records 2 > 1$/],
  ['sandbox-has-room', /^bytes \d+ > 10$/],
  // resources/users
  ['resource-exists', /^collection of 12 users$/],
  ['resource-exists', /^user abc ∉ shared$/],
  ['conflict', /^email minjun\.kim@example\.com already belongs to \/users\/1$/],
  ['conflict', /^email jiho\.park@example\.com already belongs to \/users\/3$/],
  ['conflict', /^email jiwoo\.han@example\.com is free$/],
  ['delete-enacted', /^user 2 deleted$/],
  // resources/favorites
  ['resource-exists', /^favorite claudio ∈ shared$/],
  ['resource-exists', /^favorite "x--y" ∉ shared$/],
  ['resource-exists', /^favorite nobody ∉ shared$/],
  ['resource-exists', /^store \/users\/1\/favorites ∉ sb-[0-9a-f]{10}$/],
  ['resource-exists', /^user 99 ∉ sb-[0-9a-f]{10}$/],
  ['created', /^replaced \/users\/1\/favorites\/kept$/],
  ['response-has-body', /^replaced: nothing new to show$/],
  [
    'body-valid',
    /: #\/player player must be a player URI, e\.g\. \/leagues\/seattle\/teams\/trebuchet\/players\/21$/,
  ],
  ['body-valid', /: #\/player no player at \/leagues\/seattle\/teams\/trebuchet\/players\/99$/],
  ['body-valid', /: #\/note note is at most 140 characters$/],
  ['conflict', /^store holds 3 favorite\(s\)$/],
  ['conflict', /^store is empty$/],
  ['delete-enacted', /^favorite kept deleted$/],
  ['delete-enacted', /^store of user 1 deleted$/],
  // resources/soccer
  ['resource-exists', /^league nowhere ∉ shared$/],
  ['resource-exists', /^team nobody in league seattle ∉ shared$/],
  ['resource-exists', /^player 99 in team trebuchet ∉ shared$/],
  ['conflict', /^number 10 is worn by \/leagues\/seattle\/teams\/trebuchet\/players\/21$/],
  ['conflict', /^number 9 is worn by \/leagues\/seattle\/teams\/trebuchet\/players\/22$/],
  ['conflict', /^number 17 is free in trebuchet$/],
  ['conflict', /^number 11 is free in trebuchet$/],
  ['body-valid', /: #\/number number is 1 to 99$/],
  ['body-valid', /: #\/number number must be a whole number$/],
  ['body-valid', /: #\/position position is one of GK, DF, MF, FW$/],
  ['delete-enacted', /^player 24 released$/],
  // resources/tickets
  ['conflict', /^seat A-12 is sold: \/box-office\/tickets\/1$/],
  ['conflict', /^seat B-7 is free$/],
  ['body-valid', /: #\/seat seat looks like B-7: a row letter, a hyphen, a number$/],
  ['body-valid', /: #\/holder holder must not be empty$/],
  ['body-valid', /: #\/holder holder is at most 60 characters$/],
  ['body-valid', /: #\/game game is a game id \(a lowercase UUID\)$/],
  ['body-valid', /: #\/game there is no game 00000000-0000-4000-8000-000000000000$/],
  ['delete-enacted', /^ticket 1 refunded$/],
  ['resource-exists', /^ticket 999 ∉ shared$/],
  ['moved-permanently', /^\/tickets has not moved for good$/],
  // resources/games
  ['resource-exists', /^game xyz ∉ shared$/],
  ['body-valid', /: #\/league there is no league nowhere$/],
  ['body-valid', /: #\/home there is no team nobody in seattle$/],
  ['body-valid', /: #\/away a team cannot play itself$/],
  ['body-valid', /: #\/kickoff kickoff is an ISO 8601 date-time, e\.g\. 2026-12-13T15:00:00Z$/],
  ['body-valid', /: #\/league league is required$/],
  ['body-valid', /: #\/home home is required$/],
  ['body-valid', /: #\/away away is required$/],
  ['conflict', /^game is scheduled$/],
  ['conflict', /^game is finished; cannot be changed$/],
  ['conflict', /^game is finished; cannot be deleted$/],
  ['conflict', /^scheduled → finished is not allowed \(finish needs live\)$/],
  ['conflict', /^scheduled → live$/],
  ['conflict', /^live → live is not allowed \(start needs scheduled\)$/],
  ['conflict', /^live → finished$/],
  ['delete-enacted', /^game [0-9a-f-]{36} deleted$/],
  // resources/reports, delays, weather, sandboxes, tokens
  ['resource-exists', /^job 99 ∉ shared$/],
  ['job-done', /^pending, about 10s left$/],
  ['resource-exists', /^report 2 ∉ sb-[0-9a-f]{10}$/],
  ['resource-exists', /^delay 0 s ∈ 0\.\.10 s$/],
  ['resource-exists', /^delay 11 ∉ 0\.\.10 s$/],
  ['resource-exists', /^\/weather is defined; asking the weather station$/],
  ['resource-exists', /^\d+ live sandboxes$/],
  ['resource-exists', /^token tk-[0-9a-f]{10} ∈ sb-[0-9a-f]{10}$/],
  ['resource-exists', /^token tk-0000000000 ∉ sb-[0-9a-f]{10}$/],
  ['created', /^created \/tokens\/tk-[0-9a-f]{10}$/],
  ['forbidden', /^a viewer may revoke only itself$/],
  ['delete-enacted', /^token tk-[0-9a-f]{10} revoked$/],
];

/**
 * Words a symbolic fact may keep, each a technical token rather than English prose: `page` and
 * `limit` are query parameter names, and the game states are values of a game's `state` member
 * (`scheduled → live`).
 */
const TECHNICAL = new Set(['page', 'limit', 'scheduled', 'live', 'finished']);

/** English words that never belong in a Korean fact (field names and ids may stay). */
const ENGLISH =
  /\b(the|is|are|not|no|none|of|in|at|to|by|with|may|cannot|already|and|or|has|be|for|from|on|its|left|about|deleted|free|sold|holds|needs|matches|ignored|expected|received|invalid|unexpected)\b/i;

/** Takes the symbols out of a fact, in order: what both languages must carry as they are. */
function split(fact: string): { symbols: string[]; rest: string } {
  const symbols: string[] = [];
  let rest = fact;
  const take = (pattern: RegExp, clean = (s: string) => s) => {
    rest = rest.replace(pattern, (m) => {
      symbols.push(clean(m));
      return ' ';
    });
  };
  take(/"[^"]*"|'[^']*'/g); // quoted values, entity-tags, JSON snippets
  take(/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT\b/g); // HTTP-dates
  take(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g); // ISO 8601 date-times
  take(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g); // email addresses
  take(/(?<![\w*])#?\/[\w\-./{}:~%*=&?]*/g, (s) => s.replace(/[.:]+$/, '')); // paths, JSON pointers
  take(/\b[a-z]+\/[a-z0-9.+*-]+(?:\s*;\s*[\w-]+=[^\s;,}]*)*/g); // media types, with parameters
  take(/\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\b|\b(?:sb|tk)-[0-9a-f]{10}\b/g); // ids
  take(/\b[A-Z]-\d+\b/g); // seats
  take(/\b[A-Z][A-Za-z]*(?:-[A-Za-z]+)+\b/g); // header names, HTTP-date
  take(/\bcrud(?=-verb\b)/g, (s) => s.toUpperCase()); // the crud-verb rule, in Korean `CRUD 동사`
  take(/\b[A-Z]{2,}\b/g); // methods, JSON, URI, UUID
  take(/\d+(?:\.\d+)?/g); // numbers
  take(/[∈∉∋∌↦→≤≠=<>]/g); // operators
  return { symbols: symbols.sort(), rest };
}

/** The lowercase English words left once symbols, capitalized names and Korean are gone. */
function englishWords(fact: string): string[] {
  const words = split(fact).rest.match(/[A-Za-z][A-Za-z-]*/g) ?? [];
  return words.filter((w) => w.length >= 2 && /^[a-z]/.test(w) && !TECHNICAL.has(w.replace(/-$/, '')));
}

/**
 * The reviewed names a Korean fact may keep in Latin letters, besides its symbols (`split` has
 * taken out methods, media types, paths, ids, dates, quoted values, hyphenated header names such
 * as `If-Match` and `HTTP-date`, and uppercase names such as JSON, UUID, ISO and URI): one-word
 * header names, the auth scheme, the roles, the shared data's name, the game states and actions,
 * `id`, JSON's value types as zod names them, `JSON.parse`, and the `date-time` format.
 */
const IDENTIFIERS: ReadonlySet<string> = new Set([
  ...['Accept', 'Allow', 'Authorization', 'Location', 'Vary'],
  'Bearer',
  ...['editor', 'viewer', 'teacher'],
  'shared',
  ...['scheduled', 'live', 'finished', 'start', 'finish'],
  'id',
  ...['string', 'number', 'boolean', 'object', 'array', 'null', 'undefined'],
  'parse',
  'date-time',
]);

const LATIN = /[A-Za-z][A-Za-z-]*/g;

/**
 * The names a request may carry, as the API's OpenAPI document defines them: the members of the
 * request bodies' schemas (`name`, `seat`, `kickoff`…, `$ref`s followed) and the query
 * parameters (`page`, `limit`). Response members are left out: `token` or `sandbox` there are
 * English words too, and a Korean fact says 토큰, 샌드박스.
 */
function inputNames(doc: unknown): Set<string> {
  const names = new Set<string>();
  const followed = new Set<string>();
  const resolve = (ref: string): unknown =>
    ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
  const visit = (node: unknown, inBody: boolean): void => {
    if (Array.isArray(node)) for (const item of node) visit(item, inBody);
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
    const n = node as Record<string, unknown>;
    if (n.in === 'query' && typeof n.name === 'string') names.add(n.name);
    if (inBody && typeof n.properties === 'object' && n.properties !== null)
      for (const name of Object.keys(n.properties)) names.add(name);
    if (inBody && typeof n.$ref === 'string' && !followed.has(n.$ref)) {
      followed.add(n.$ref);
      visit(resolve(n.$ref), true);
    }
    for (const [key, value] of Object.entries(n)) visit(value, inBody || key === 'requestBody');
  };
  visit(doc, false);
  return names;
}

/** The words of what the learner sent: its path, query and content (`seattle`, `nobody`, `{"a":}`). */
function sentWords({ request, body }: Pick<Seen, 'request' | 'body'>): Set<string> {
  const url = new URL(request.slice(request.indexOf(' ') + 1));
  let target = url.pathname + url.search;
  try {
    target = decodeURIComponent(target);
  } catch {
    // Kept as sent.
  }
  return new Set(`${target} ${body}`.match(LATIN) ?? []);
}

/**
 * The Latin-letter words of a Korean fact that are not names: English prose. A word may stay
 * when it is a symbol, a reviewed identifier, a name a request's schema defines, or a word of the
 * request itself (a path segment, a query name or value, a JSON key or value the learner sent).
 */
function foreignWords(factKo: string, sent: ReadonlySet<string>, names: ReadonlySet<string>): string[] {
  const words = split(factKo).rest.match(LATIN) ?? [];
  return words.filter((w) => !IDENTIFIERS.has(w) && !names.has(w) && !sent.has(w));
}

type Site = (typeof SITES)[number];

/** Does a SITES entry describe this step? */
function matches([decision, fact, status]: Site, step: TraceStep): boolean {
  return (
    step.decision === decision && fact.test(step.fact) && (status === undefined || step.status === status)
  );
}

/**
 * The text of the mock API's source files, tests left out, by path under src (`flow/trace.ts`).
 * Read through Vite's glob import, as packages here take no `node:` imports (not even in tests);
 * its keys are relative to this file (`./trace.ts`, `../index.ts`).
 */
const SOURCES: ReadonlyMap<string, string> = new Map(
  Object.entries(
    import.meta.glob<string>(['../**/*.ts', '!../**/*.test.ts'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([path, text]) => [path.replace(/^\.\//, 'flow/').replace(/^\.\.\//, ''), text]),
);

/**
 * The string or template literal at `text[at]`, as a pattern for the text it makes (a `${…}`
 * matches anything), and the index after it; `undefined` when there is no literal there.
 */
function literal(text: string, at: number): { pattern: RegExp; end: number } | undefined {
  const quote = text.charAt(at);
  if (quote !== "'" && quote !== '"' && quote !== '`') return undefined;
  let source = '';
  let i = at + 1;
  while (i < text.length && text.charAt(i) !== quote) {
    if (text.charAt(i) === '\\') {
      source += '[\\s\\S]*?';
      i += 2;
    } else if (quote === '`' && text.startsWith('${', i)) {
      let depth = 0;
      i += 1;
      do {
        if (text.charAt(i) === '{') depth++;
        else if (text.charAt(i) === '}') depth--;
        i++;
      } while (depth > 0 && i < text.length);
      source += '[\\s\\S]*?';
    } else {
      source += text.charAt(i).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i++;
    }
  }
  return i < text.length ? { pattern: new RegExp(source), end: i + 1 } : undefined;
}

/** Skips the spaces and commas between a call's arguments. */
function gap(text: string, at: number): number {
  return at + (/^[\s,]*/.exec(text.slice(at))?.[0].length ?? 0);
}

interface WordsCall {
  /** `flow/authorize.ts:39` */
  where: string;
  en?: RegExp;
  ko?: RegExp;
}

/**
 * Every `words(` call in the mock API's source, tests, comments and the definition left out: its
 * place, and its English and Korean as patterns (missing when an argument is not a literal).
 */
function wordsCalls(): WordsCall[] {
  return [...SOURCES].flatMap(([file, text]) => {
    return [...text.matchAll(/(?<![\w.])words\(/g)].flatMap((m): WordsCall[] => {
      const line = text.slice(text.lastIndexOf('\n', m.index) + 1, text.indexOf('\n', m.index));
      if (/^\s*(?:\*|\/\/|\/\*)/.test(line) || line.includes('function words(')) return [];
      const where = `${file}:${text.slice(0, m.index).split('\n').length}`;
      const en = literal(text, gap(text, m.index + m[0].length));
      const ko = en && literal(text, gap(text, en.end));
      return [{ where, ...(en ? { en: en.pattern } : {}), ...(ko ? { ko: ko.pattern } : {}) }];
    });
  });
}

const where = (s: Seen) => `${s.request}: ${s.step.decision}: ${s.step.fact}`;

describe('trace facts in English and Korean', () => {
  let seen: Seen[] = [];
  let names = new Set<string>();
  beforeAll(async () => {
    seen = await drive();
    names = inputNames(await (await createMockApi().request('/openapi.json')).json());
  }, 60_000);

  it('reaches every place in the code that records a fact', () => {
    expect(seen.length).toBeGreaterThan(1500);
    const missing = SITES.filter((site) => !seen.some(({ step }) => matches(site, step))).map(
      ([decision, fact, status]) => `${decision} ${String(fact)}${status ? ` (${status})` : ''}`,
    );
    expect(missing).toEqual([]);
  });

  it('has a SITES entry for every words( call in the source', () => {
    // SITES is kept by hand, so on its own it would not notice a new worded fact. This reads the
    // source instead (SOURCES; tests, comments and the definition left out) and finds every
    // `words(en, ko)` call; each must have made a step that some SITES entry matches, with its
    // English and Korean literals (a `${…}` matching anything). A new `words(` call fails here
    // until a scenario in `drive` reaches it and SITES names its fact.
    const sited = seen.filter(
      ({ step }) => step.factKo !== undefined && SITES.some((site) => matches(site, step)),
    );
    const calls = wordsCalls();
    expect(calls.length).toBeGreaterThan(80);
    const unsited = calls
      .filter(
        ({ en, ko }) =>
          !en || !ko || !sited.some(({ step }) => en.test(step.fact) && ko.test(step.factKo ?? '')),
      )
      .map((c) => c.where);
    expect(unsited, `${calls.length} words( calls, ${calls.length - unsited.length} in SITES`).toEqual([]);
  });

  it('gives a fact with words a Korean version: Hangul, the same symbols and numbers, no English prose', () => {
    const worded = seen.filter((s) => s.step.factKo !== undefined);
    expect(worded.length).toBeGreaterThan(500);
    for (const s of worded) {
      const { fact, factKo = '' } = s.step;
      expect(factKo, where(s)).toMatch(/[가-힣]/);
      expect(split(factKo).symbols, `${where(s)} | ${factKo}`).toEqual(split(fact).symbols);
      expect(split(factKo).rest, `${where(s)} | ${factKo}`).not.toMatch(ENGLISH);
      expect(englishWords(fact).length, `${where(s)}: a symbolic fact needs no factKo`).toBeGreaterThan(0);
      expect(foreignWords(factKo, sentWords(s), names), `${where(s)} | ${factKo}`).toEqual([]);
    }
  });

  it('keeps a fact without a Korean version to symbols: no English word is left', () => {
    const symbolic = seen.filter((s) => s.step.factKo === undefined);
    expect(symbolic.length).toBeGreaterThan(500);
    for (const s of symbolic) expect(englishWords(s.step.fact), where(s)).toEqual([]);
  });

  it('the checks catch an untranslated fact and a Korean fact that drops a symbol', () => {
    expect(englishWords('user 2 deleted')).toEqual(['user', 'deleted']);
    expect(englishWords('page=2, limit=5')).toEqual([]);
    expect(englishWords('If-Match "a" = current "a"')).toEqual(['current']);
    expect(split('사용자 2 삭제됨').symbols).toEqual(split('user 2 deleted').symbols);
    expect(split('/reports/jobs/3에 작업 등록됨').symbols).toEqual(
      split('job queued at /reports/jobs/3').symbols,
    );
    expect(split('작업 등록됨').symbols).not.toEqual(split('job queued at /reports/jobs/3').symbols);
    expect('필드 오류 1개: #/name name must not be empty').toMatch(ENGLISH);
  });

  it('the checks let a Korean fact keep names, and catch an English word even when the English fact has it', () => {
    const get = (path: string, body = '') => sentWords({ request: `GET http://localhost${path}`, body });
    // `revoked` is in the English fact too, which is no reason to keep it in the Korean.
    expect(foreignWords('토큰 revoked (샌드박스 x)', get('/users/1'), names)).toContain('revoked');
    expect(foreignWords('토큰 폐기됨 (sandbox x)', get('/users/1'), names)).toContain('sandbox');
    expect(
      [...names].filter((n) => ['seat', 'kickoff', 'page', 'token', 'sandbox'].includes(n)).sort(),
    ).toEqual(['kickoff', 'page', 'seat']);
    expect(foreignWords('필드 오류 1개: #/name name must not be empty', get('/users'), names)).toEqual([
      'must',
      'not',
      'be',
      'empty',
    ]);
    expect(foreignWords('토큰 폐기됨 (샌드박스 sb-0123456789)', get('/users/1'), names)).toEqual([]);
    expect(foreignWords('viewer 역할은 DELETE 불가', get('/users/1'), names)).toEqual([]);
    expect(foreignWords('필드 오류 1개: #/name name은 비어 있으면 안 됨', get('/users'), names)).toEqual([]);
    expect(
      foreignWords('리그 seattle의 팀 nobody ∉ shared', get('/leagues/seattle/teams/nobody'), names),
    ).toEqual([]);
    expect(foreignWords('리그 seattle의 팀 nobody ∉ shared', get('/leagues'), names)).toEqual([
      'seattle',
      'nobody',
    ]);
    expect(foreignWords('예상치 못한 토큰 a', get('/users', '{"a":}'), names)).toEqual([]);
  });

  it('the source scan reads each words( call, and skips comments and the definition', () => {
    const calls = wordsCalls();
    expect(SOURCES.has('flow/authorize.ts') && !SOURCES.has('flow/trace-korean.test.ts')).toBe(true);
    expect(calls.filter((c) => c.where.startsWith('flow/trace.ts'))).toEqual([]);
    const accept = calls.find((c) => c.where.startsWith('flow/accept-gate.ts'));
    expect(accept?.en?.test('Accept "image/png" matches none of {application/json}')).toBe(true);
    expect(accept?.ko?.test('Accept "image/png": {application/json} 중 맞는 형식 없음')).toBe(true);
    const call = "`${n} error(s): ${first ? `${first.pointer} x` : ''}`, `b`";
    const nested = literal(call, 0);
    expect(nested?.pattern.test('2 error(s): #/name x')).toBe(true);
    expect(call.slice(nested?.end)).toBe(', `b`');
  });
});

describe('the read memo', () => {
  it('hands out a kept trace with its Korean facts', async () => {
    const traces: TraceStep[][] = [];
    const app = createMockApi({ onExchange: ({ trace }) => traces.push(trace.steps) });
    await app.request('/users/1');
    await app.request('/users/1');
    const [walked, kept] = traces;
    expect(kept).toBe(walked);
    const authorized = kept?.find((s) => s.decision === 'authorized');
    expect(authorized).toMatchObject({
      fact: 'no token → shared sample data (read-only)',
      factKo: '토큰 없음 → 공유 샘플 데이터(읽기 전용)',
    });
    expect(Object.isFrozen(authorized)).toBe(true);
  });
});
