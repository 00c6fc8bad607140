// The baseline: a bare node:http JSON server doing the least a REST read or write can do.
import { createServer } from 'node:http';

const users = new Map([[1, { id: 1, name: 'Kim Minji', email: 'minji@example.com' }]]);
let next = 2;
const port = Number(process.env.PORT ?? 9091);

createServer((req, res) => {
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
