import { describe, expect, it } from 'vitest';
import { lanUrls } from './classroom.ts';

describe('classroom addresses', () => {
  it('offers no LAN address while bound to loopback', () => {
    expect(lanUrls({ host: '127.0.0.1', port: 8080 })).toEqual([]);
  });
  it('offers the machine’s non-internal IPv4 addresses when bound to all interfaces', () => {
    for (const url of lanUrls({ host: '0.0.0.0', port: 8080 })) {
      expect(url).toMatch(/^http:\/\/\d+\.\d+\.\d+\.\d+:8080$/);
      expect(url).not.toContain('127.0.0.1');
    }
  });
  it('uses an explicit host as given', () => {
    expect(lanUrls({ host: '192.168.0.7', port: 9000 })).toEqual(['http://192.168.0.7:9000']);
  });
});
