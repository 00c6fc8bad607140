/**
 * GET /api/classroom: the addresses students on the LAN can open, for the teacher's
 * student link and QR code. Only non-internal IPv4 addresses, and only when the server
 * listens beyond loopback (HOST=0.0.0.0).
 */
import { networkInterfaces } from 'node:os';
import { Hono } from 'hono';

export interface ClassroomOptions {
  host: string;
  port: number;
}

export function lanUrls({ host, port }: ClassroomOptions): string[] {
  if (host !== '0.0.0.0' && host !== '::') {
    return host === '127.0.0.1' || host === 'localhost' ? [] : [`http://${host}:${port}`];
  }
  const urls: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) urls.push(`http://${a.address}:${port}`);
  }
  return urls;
}

export function classroomRoutes(options: ClassroomOptions) {
  return new Hono().get('/', (c) =>
    c.json({ urls: lanUrls(options), listening: options.host }, 200, { 'Cache-Control': 'no-store' }),
  );
}
