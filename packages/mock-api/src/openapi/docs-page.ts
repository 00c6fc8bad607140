/**
 * `/docs`: a self-contained HTML page rendered from the OpenAPI document (no scripts, no
 * assets from elsewhere, so it works offline and under a strict Content-Security-Policy).
 * @see https://spec.openapis.org/oas/v3.1.0
 */

interface Doc {
  info?: { title?: string; version?: string; description?: string };
  paths?: Record<string, Record<string, DocOperation | undefined> | undefined>;
}

interface DocOperation {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, { description?: string } | undefined>;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1f2328}
h1{margin-bottom:.25rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de;text-transform:capitalize}
.op{border:1px solid #d0d7de;border-radius:6px;margin:.5rem 0;padding:.5rem .75rem}
.m{display:inline-block;min-width:4.5rem;font-weight:600;font-family:ui-monospace,monospace}
.GET{color:#0969da}.POST{color:#1a7f37}.PUT,.PATCH{color:#9a6700}.DELETE{color:#cf222e}.HEAD,.OPTIONS{color:#57606a}
code{font-family:ui-monospace,monospace}.codes{font-size:13px;color:#57606a}.lock{font-size:12px;color:#9a6700}
`;

function operationHtml(path: string, method: string, op: DocOperation): string {
  const m = method.toUpperCase();
  const codes = Object.entries(op.responses ?? {})
    .map(([code, r]) => `<code title="${esc(r?.description ?? '')}">${esc(code)}</code>`)
    .join(' ');
  const body = op.requestBody?.content
    ? `<div class="codes">content: ${Object.keys(op.requestBody.content)
        .map((t) => `<code>${esc(t)}</code>`)
        .join(', ')}</div>`
    : '';
  const lock = op.security && op.security.length > 0 ? ' <span class="lock">needs a token</span>' : '';
  return `<div class="op"><span class="m ${m}">${m}</span> <code>${esc(path)}</code> — ${esc(op.summary ?? '')}${lock}
<div>${esc(op.description ?? '')}</div>${body}<div class="codes">responses: ${codes}</div></div>`;
}

/**
 * Renders the documentation page for an OpenAPI document.
 * @example docsPage(app.getOpenAPI31Document(config)) // '<!doctype html>...'
 * @see https://spec.openapis.org/oas/v3.1.0#openapi-object
 */
export function docsPage(doc: Doc): string {
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item ?? {})) {
      if (!op || typeof op !== 'object') continue;
      const tag = op.tags?.[0] ?? 'other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(path, method, op)]);
    }
  }
  const sections = [...byTag].map(([tag, ops]) => `<h2>${esc(tag)}</h2>\n${ops.join('\n')}`).join('\n');
  const title = esc(doc.info?.title ?? 'API');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body><h1>${title}</h1><p>${esc(doc.info?.description ?? '')}</p>
<p>Machine-readable: <a href="/openapi.json"><code>/openapi.json</code></a> (OpenAPI 3.1).</p>
${sections}
</body></html>
`;
}
