/**
 * Read-only knowledge base resources for the UI and tutorial authors:
 * /api/status-codes, /api/methods, /api/headers, /api/rules (and one of each by key).
 */
import { Hono } from 'hono';
import {
  HEADERS,
  METHODS,
  RULES,
  STATUS_CODES,
  getHeaderInfo,
  getMethod,
  getRule,
  getStatusCode,
} from '@teapot/http-notes';
import type { StatusCodeEntry } from '@teapot/http-notes';
import { STATUS_EXAMPLES } from '@teapot/mock-api';
import { PlaygroundError } from '../lib/problem.ts';
import { cachedJson } from './cached-json.ts';
import type { Lang } from './cached-json.ts';

function statusView(entry: StatusCodeEntry, lang: Lang) {
  const example = STATUS_EXAMPLES.find((e) => e.status === entry.code);
  return {
    ...entry,
    title: entry.summary[lang],
    producible: Boolean(example),
    ...(example ? { example: example.request, setup: example.setup ?? [], why: example.why } : {}),
  };
}

function notFound(what: string, key: string): never {
  throw new PlaygroundError({
    status: 404,
    code: 'knowledge-not-found',
    title: 'Not Found',
    detail: `The knowledge base has no ${what} "${key}".`,
  });
}

export function knowledgeRoutes() {
  const app = new Hono();

  app.get('/status-codes', (c) =>
    cachedJson(c, 'status-codes', (lang) => STATUS_CODES.map((e) => statusView(e, lang))),
  );
  app.get('/status-codes/:code', (c) => {
    const code = c.req.param('code');
    const entry = /^\d{3}$/.test(code) ? getStatusCode(Number(code)) : undefined;
    if (!entry) notFound('status code', code);
    return cachedJson(c, `status-codes/${code}`, (lang) => statusView(entry, lang));
  });

  app.get('/methods', (c) => cachedJson(c, 'methods', (lang) => METHODS.map((m) => ({ ...m, title: m.summary[lang] }))));
  app.get('/methods/:name', (c) => {
    const name = c.req.param('name');
    const entry = getMethod(name) ?? getMethod(name.toUpperCase());
    if (!entry) notFound('method', name);
    return cachedJson(c, `methods/${entry.name}`, (lang) => ({ ...entry, title: entry.summary[lang] }));
  });

  app.get('/headers', (c) => cachedJson(c, 'headers', (lang) => HEADERS.map((h) => ({ ...h, title: h.summary[lang] }))));
  app.get('/headers/:name', (c) => {
    const name = c.req.param('name');
    const entry = getHeaderInfo(name);
    if (!entry) notFound('header field', name);
    return cachedJson(c, `headers/${entry.name.toLowerCase()}`, (lang) => ({ ...entry, title: entry.summary[lang] }));
  });

  // Design rules: the Rulebook's and the RFCs' requirements the linter's notes link to.
  app.get('/rules', (c) => cachedJson(c, 'rules', (lang) => RULES.map((r) => ({ ...r, title: r.summary[lang] }))));
  app.get('/rules/:id', (c) => {
    const id = c.req.param('id');
    const entry = getRule(id);
    if (!entry) notFound('design rule', id);
    return cachedJson(c, `rules/${entry.id}`, (lang) => ({ ...entry, title: entry.summary[lang] }));
  });

  return app;
}
