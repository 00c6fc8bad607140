import { describe, expect, it } from 'vitest';
import { createMockApi } from '../../create-mock-api.ts';
import { bearer, newToken } from '../../testing/send-raw.ts';

const TICKET = '{"game":"3fd65a60-cb8b-11e0-9572-0800200c9a66","seat":"B-7","holder":"박지호"}';

describe('tickets, temporarily at the box office', () => {
  it('/tickets answers 307 for every method; repeating the same POST at Location sells the ticket', async () => {
    const app = createMockApi();
    const token = await newToken(app);
    const init = { method: 'POST', headers: bearer(token, 'application/json'), body: TICKET };
    const redirected = await app.request('/tickets', init);
    expect(redirected.status).toBe(307);
    expect(redirected.headers.get('location')).toBe('/box-office/tickets');
    const sold = await app.request(redirected.headers.get('location') ?? '', init);
    expect(sold.status).toBe(201);
    expect(
      (await app.request('/tickets/1', { method: 'DELETE', headers: bearer(token) })).headers.get('location'),
    ).toBe('/box-office/tickets/1');
  });

  it('a seat is sold once per game (409)', async () => {
    const app = createMockApi();
    const token = await newToken(app);
    const sell = () =>
      app.request('/box-office/tickets', {
        method: 'POST',
        headers: bearer(token, 'application/json'),
        body: TICKET,
      });
    expect((await sell()).status).toBe(201);
    expect((await sell()).status).toBe(409);
  });
});

describe('/weather', () => {
  it('is a genuine 500 problem detail, with nothing of the failure leaked', async () => {
    const app = createMockApi();
    const res = await app.request('/weather');
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const text = await res.text();
    expect(text).not.toMatch(/ECONNREFUSED|weather-station|stack|\.ts/);
    expect(JSON.parse(text)).toMatchObject({
      status: 500,
      title: 'Internal server error',
      instance: '/weather',
    });
  });
});
