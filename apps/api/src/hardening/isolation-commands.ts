/**
 * The operations of the isolation test, as fast-check commands: each one runs against the
 * real mock API as one learner (with a spoof) and checks the answer against that learner's
 * model only. Ids are picked from both learners' ids, so learners try each other's.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { send, SPOOFS } from './isolation-world.ts';
import type { LearnerModel, Model, Real, Spoof, User, Who } from './isolation-world.ts';

type Command = fc.AsyncCommand<Model, Real>;

const FAVORITE_NAMES = ['son', 'park', 'lee-kang-in'] as const;
const PLAYERS = [
  '/leagues/seattle/teams/trebuchet/players/21',
  '/leagues/seattle/teams/trebuchet/players/22',
] as const;

/** An id from either learner's users, or one neither has. */
function pickId(model: Model, pick: number): number {
  const ids = new Set([...model.learners[0].users.keys(), ...model.learners[1].users.keys(), 998, 999]);
  const sorted = [...ids].sort((a, b) => a - b);
  return sorted[pick % sorted.length] ?? 999;
}

function fresh(model: Model, real: Real, who: Who): User {
  model.seq += 1;
  const mark = real.learners[who].mark;
  return { name: `${mark} ${model.seq}`, email: `${mark}-${model.seq}@example.com` };
}

const sorted = (users: Map<number, User>) => [...users].sort(([a], [b]) => a - b);

abstract class LearnerCommand implements Command {
  constructor(
    readonly who: Who,
    readonly spoof: Spoof,
  ) {}
  check(_model: Readonly<Model>): boolean {
    return true;
  }
  mine(model: Model): LearnerModel {
    return model.learners[this.who];
  }
  abstract run(model: Model, real: Real): Promise<void>;
  toString(): string {
    return `${this.constructor.name}(learner ${this.who}, spoof ${this.spoof})`;
  }
}

abstract class UserCommand extends LearnerCommand {
  constructor(
    who: Who,
    spoof: Spoof,
    readonly pick: number,
  ) {
    super(who, spoof);
  }
  override toString(): string {
    return `${this.constructor.name}(learner ${this.who}, pick ${this.pick}, spoof ${this.spoof})`;
  }
}

class CreateUser extends LearnerCommand {
  override check(model: Readonly<Model>): boolean {
    return model.learners[this.who].users.size < 45;
  }
  async run(model: Model, real: Real) {
    const user = fresh(model, real, this.who);
    const res = await send(real, this.who, this.spoof, 'POST', '/users', {
      type: 'application/json',
      json: user,
    });
    expect(res.status, res.text).toBe(201);
    const id = Number(/^\/users\/(\d+)$/.exec(res.location ?? '')?.[1]);
    expect(this.mine(model).users.has(id), `new id ${id} was already taken`).toBe(false);
    this.mine(model).users.set(id, user);
    this.mine(model).favorites.set(id, new Set());
  }
}

class ReadUser extends UserCommand {
  async run(model: Model, real: Real) {
    const id = pickId(model, this.pick);
    const res = await send(real, this.who, this.spoof, 'GET', `/users/${id}`);
    const user = this.mine(model).users.get(id);
    expect(res.status, `GET /users/${id}`).toBe(user ? 200 : 404);
    if (user) expect(JSON.parse(res.text)).toMatchObject({ id, ...user });
  }
}

class ReplaceUser extends UserCommand {
  async run(model: Model, real: Real) {
    const id = pickId(model, this.pick);
    const next = fresh(model, real, this.who);
    const res = await send(real, this.who, this.spoof, 'PUT', `/users/${id}`, {
      type: 'application/json',
      json: next,
    });
    const exists = this.mine(model).users.has(id);
    expect(res.status, `PUT /users/${id}: ${res.text}`).toBe(exists ? 200 : 404);
    if (exists) this.mine(model).users.set(id, next);
  }
}

class PatchUser extends UserCommand {
  async run(model: Model, real: Real) {
    const id = pickId(model, this.pick);
    const { name } = fresh(model, real, this.who);
    const patch = { type: 'application/merge-patch+json', json: { name } };
    const res = await send(real, this.who, this.spoof, 'PATCH', `/users/${id}`, patch);
    const user = this.mine(model).users.get(id);
    expect(res.status, `PATCH /users/${id}: ${res.text}`).toBe(user ? 200 : 404);
    if (user) this.mine(model).users.set(id, { ...user, name });
  }
}

class DeleteUser extends UserCommand {
  async run(model: Model, real: Real) {
    const id = pickId(model, this.pick);
    const res = await send(real, this.who, this.spoof, 'DELETE', `/users/${id}`);
    const exists = this.mine(model).users.delete(id);
    expect(res.status, `DELETE /users/${id}: ${res.text}`).toBe(exists ? 204 : 404);
  }
}

class ListUsers extends LearnerCommand {
  async run(model: Model, real: Real) {
    const res = await send(real, this.who, this.spoof, 'GET', '/users?limit=50');
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text) as { items: ({ id: number } & User)[]; total: number };
    const seen = new Map(body.items.map((u) => [u.id, { name: u.name, email: u.email }]));
    expect(sorted(seen)).toEqual(sorted(this.mine(model).users));
    expect(body.total).toBe(this.mine(model).users.size);
  }
}

abstract class FavoriteCommand extends UserCommand {
  constructor(
    who: Who,
    spoof: Spoof,
    pick: number,
    readonly nameAt: number,
  ) {
    super(who, spoof, pick);
  }
  target(model: Model) {
    const id = pickId(model, this.pick);
    const name = FAVORITE_NAMES[this.nameAt % FAVORITE_NAMES.length] ?? 'son';
    const mine = this.mine(model);
    const store = mine.users.has(id) ? mine.favorites.get(id) : undefined;
    return { id, name, exists: mine.users.has(id), store };
  }
}

class PutFavorite extends FavoriteCommand {
  async run(model: Model, real: Real) {
    const { id, name, exists, store } = this.target(model);
    model.seq += 1;
    const json = {
      player: PLAYERS[model.seq % PLAYERS.length],
      note: `${real.learners[this.who].mark} ${model.seq}`,
    };
    const res = await send(real, this.who, this.spoof, 'PUT', `/users/${id}/favorites/${name}`, {
      type: 'application/json',
      json,
    });
    expect(res.status, `PUT /users/${id}/favorites/${name}: ${res.text}`).toBe(
      !exists ? 404 : store?.has(name) ? 204 : 201,
    );
    if (exists) this.mine(model).favorites.set(id, new Set([...(store ?? []), name]));
  }
}

class DeleteFavorite extends FavoriteCommand {
  async run(model: Model, real: Real) {
    const { id, name, store } = this.target(model);
    const res = await send(real, this.who, this.spoof, 'DELETE', `/users/${id}/favorites/${name}`);
    expect(res.status, `DELETE /users/${id}/favorites/${name}`).toBe(store?.has(name) ? 204 : 404);
    store?.delete(name);
  }
}

class ListFavorites extends UserCommand {
  async run(model: Model, real: Real) {
    const id = pickId(model, this.pick);
    const mine = this.mine(model);
    const store = mine.users.has(id) ? mine.favorites.get(id) : undefined;
    const res = await send(real, this.who, this.spoof, 'GET', `/users/${id}/favorites`);
    expect(res.status, `GET /users/${id}/favorites`).toBe(store ? 200 : 404);
    if (store) {
      const names = (JSON.parse(res.text) as { items: { name: string }[] }).items.map((f) => f.name);
      expect(names.sort()).toEqual([...store].sort());
    }
  }
}

/** The other learner's token resource, by its id: it does not exist for me, and I cannot revoke it. */
class TouchOtherToken extends LearnerCommand {
  async run(_model: Model, real: Real) {
    const other = real.learners[this.who === 0 ? 1 : 0];
    for (const method of ['GET', 'DELETE']) {
      expect((await send(real, this.who, this.spoof, method, `/tokens/${other.tokenId}`)).status).toBe(404);
    }
    const mine = await send(real, this.who, this.spoof, 'GET', `/tokens/${real.learners[this.who].tokenId}`);
    expect(JSON.parse(mine.text)).toMatchObject({ sandbox: real.learners[this.who].sandbox });
  }
}

const who = fc.constantFrom<Who>(0, 1);
const spoof = fc.constantFrom(...SPOOFS);
const pick = fc.nat();
const nameAt = fc.nat();

/**
 * Every command, as arbitraries for `fc.commands`.
 *
 * @example fc.commands(COMMANDS, { maxCommands: 60 })
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export const COMMANDS: fc.Arbitrary<Command>[] = [
  fc.tuple(who, spoof).map(([w, s]) => new CreateUser(w, s)),
  fc.tuple(who, spoof, pick).map(([w, s, p]) => new ReadUser(w, s, p)),
  fc.tuple(who, spoof, pick).map(([w, s, p]) => new ReplaceUser(w, s, p)),
  fc.tuple(who, spoof, pick).map(([w, s, p]) => new PatchUser(w, s, p)),
  fc.tuple(who, spoof, pick).map(([w, s, p]) => new DeleteUser(w, s, p)),
  fc.tuple(who, spoof).map(([w, s]) => new ListUsers(w, s)),
  fc.tuple(who, spoof, pick, nameAt).map(([w, s, p, n]) => new PutFavorite(w, s, p, n)),
  fc.tuple(who, spoof, pick, nameAt).map(([w, s, p, n]) => new DeleteFavorite(w, s, p, n)),
  fc.tuple(who, spoof, pick).map(([w, s, p]) => new ListFavorites(w, s, p)),
  fc.tuple(who, spoof).map(([w, s]) => new TouchOtherToken(w, s)),
];
