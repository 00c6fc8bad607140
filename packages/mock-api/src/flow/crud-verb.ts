/**
 * Spots CRUD verbs in a path (`/deleteUser/1`, `/users/1/delete`) and works out the request
 * that was meant (`DELETE /users/1`): in REST the method is the verb, and the path names things.
 * Controller names such as `start` or `generate-report` are not CRUD verbs.
 */

const VERB_METHOD = {
  get: 'GET',
  read: 'GET',
  fetch: 'GET',
  list: 'GET',
  show: 'GET',
  find: 'GET',
  create: 'POST',
  add: 'POST',
  new: 'POST',
  insert: 'POST',
  update: 'PUT',
  save: 'PUT',
  set: 'PUT',
  edit: 'PATCH',
  modify: 'PATCH',
  change: 'PATCH',
  delete: 'DELETE',
  remove: 'DELETE',
  destroy: 'DELETE',
  erase: 'DELETE',
} as const satisfies Record<string, string>;

type Verb = keyof typeof VERB_METHOD;

/** Verbs that also start ordinary hyphenated words (`new-york`, `set-pieces`) are left out here. */
const HYPHEN_VERBS: ReadonlySet<string> = new Set([
  'get',
  'read',
  'fetch',
  'list',
  'create',
  'add',
  'insert',
  'update',
  'edit',
  'modify',
  'delete',
  'remove',
  'destroy',
]);

/** A cheap first look: does any segment start with a verb at all? */
const MAYBE_VERB = new RegExp(`(?:^|/)(?:${Object.keys(VERB_METHOD).join('|')})(?:$|[/A-Z_-])`, 'i');

function isVerb(word: string): word is Verb {
  return Object.hasOwn(VERB_METHOD, word);
}

function plural(noun: string): string {
  if (noun.endsWith('s')) return noun;
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  return noun + 's';
}

function kebab(camel: string): string {
  return camel.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

export interface CrudVerb {
  verb: string;
  method: string;
  /** The request that does what the path meant, e.g. `DELETE /users/1`. */
  hint: string;
}

function split(segment: string): { verb: string; noun?: string } | undefined {
  const camel = /^([a-z]+)([A-Z][A-Za-z0-9]*)$/.exec(segment);
  if (camel?.[1] && camel[2] && isVerb(camel[1])) return { verb: camel[1], noun: kebab(camel[2]) };
  const hyphen = /^([a-z]+)[-_]([a-z0-9][a-z0-9_-]*)$/.exec(segment);
  if (hyphen?.[1] && hyphen[2] && HYPHEN_VERBS.has(hyphen[1]))
    return { verb: hyphen[1], noun: hyphen[2].replace(/_/g, '-') };
  return isVerb(segment.toLowerCase()) ? { verb: segment.toLowerCase() } : undefined;
}

/**
 * Finds the first CRUD verb in a path and suggests the request that was meant.
 * @example findCrudVerb('/deleteUser/1', '') // { verb: 'delete', method: 'DELETE', hint: 'DELETE /users/1' }
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9.1
 */
export function findCrudVerb(path: string, search: string): CrudVerb | undefined {
  if (!MAYBE_VERB.test(path)) return undefined;
  const segments = path.split('/').filter((s) => s !== '');
  for (let i = 0; i < segments.length; i++) {
    const found = split(segments[i] ?? '');
    if (!found || !isVerb(found.verb)) continue;
    const method = VERB_METHOD[found.verb];
    const rest = [...segments];
    if (found.noun) rest.splice(i, 1, plural(found.noun));
    else rest.splice(i, 1);
    const id = new URLSearchParams(search).get('id');
    if (id && /^[\w-]+$/.test(id) && method !== 'POST') rest.push(id);
    return { verb: found.verb, method, hint: `${method} /${rest.join('/')}` };
  }
  return undefined;
}
