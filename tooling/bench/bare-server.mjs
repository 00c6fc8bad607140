// The baseline: a bare node:http JSON server doing the least a REST read or write can do.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

// With SAME_BYTES=<file>, every GET gets one fixed reply ({ status, headers, body }): the mock
// API's own answer, copied, so the bench can tell the cost of what an answer carries (more
// header fields, a bigger body) from the cost of deciding it.
const same = process.env.SAME_BYTES ? JSON.parse(readFileSync(process.env.SAME_BYTES, 'utf8')) : null;

const users = new Map([[1, { id: 1, name: 'Kim Minji', email: 'minji@example.com' }]]);
let next = 2;
const port = Number(process.env.PORT ?? 9091);

createServer((req, res) => {
  if (same && req.method === 'GET') {
    res.writeHead(same.status, { ...same.headers, 'Content-Length': Buffer.byteLength(same.body) });
    res.end(same.body);
    return;
  }
  if (req.method === 'GET' && req.url?.startsWith('/users/')) {
    const user = users.get(Number(req.url.slice(7)));
    const body = JSON.stringify(user ?? { status: 404 });
    res.writeHead(user ? 200 : 404, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
    return;
  }
  if (req.method === 'POST' && req.url === '/users') {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const input = JSON.parse(Buffer.concat(chunks).toString() || '{}');
      const user = { id: next++, ...input };
      const body = JSON.stringify(user);
      res.writeHead(201, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
        Location: `/users/${user.id}`,
      });
      res.end(body);
    });
    return;
  }
  res.writeHead(404).end();
}).listen(port, '127.0.0.1', () => process.send?.('ready'));
