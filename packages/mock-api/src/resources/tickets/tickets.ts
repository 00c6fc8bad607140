/**
 * `/box-office/tickets` and `/box-office/tickets/{ticket}`: where ticket sales happen for now.
 * A seat can be sold once per game (409 on a second sale).
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10
 */
import { z } from '@hono/zod-openapi';
import type { TicketRow } from '../../data/rows.ts';
import { ensureRoom, noConflict, stamp } from '../../flow/guards.ts';
import { refuseInvalid } from '../../flow/json-body.ts';
import { created, found, noContent } from '../../flow/outcomes.ts';
import { checkPreconditions } from '../../flow/preconditions.ts';
import { currentOf, json, represent } from '../../flow/respond.ts';
import { fieldMessage } from '../../flow/messages-ko.ts';
import { words } from '../../flow/trace.ts';
import { inputForPut } from '../../flow/write-input.ts';
import { defineResource } from '../define.ts';
import { UUID } from '../games/game-model.ts';
import { isoToMs } from '../../http/http-date.ts';

export const TicketInput = z
  .strictObject({
    game: z
      .string()
      .regex(UUID, fieldMessage('game is a game id (a lowercase UUID)', 'game은 경기 id (소문자 UUID)')),
    seat: z
      .string()
      .regex(
        /^[A-Z]-\d{1,3}$/,
        fieldMessage(
          'seat looks like B-7: a row letter, a hyphen, a number',
          'seat 형식은 B-7: 열을 뜻하는 대문자, 하이픈, 번호',
        ),
      ),
    holder: z
      .string()
      .trim()
      .min(1, fieldMessage('holder must not be empty', 'holder는 비어 있으면 안 됨'))
      .max(60, fieldMessage('holder is at most 60 characters', 'holder는 최대 60자')),
  })
  .openapi('TicketInput', {
    example: { game: '3fd65a60-cb8b-11e0-9572-0800200c9a66', seat: 'B-7', holder: '박지호' },
  });

const TicketSchema = z
  .object({ id: z.number(), game: z.string(), seat: z.string(), holder: z.string() })
  .catchall(z.unknown())
  .openapi('Ticket');

function ticketView(t: TicketRow) {
  return {
    id: t.id,
    game: t.game,
    seat: t.seat,
    holder: t.holder,
    createdAt: t.createdAt,
    links: { self: `/box-office/tickets/${t.id}`, game: `/games/${t.game}` },
  };
}

const variants = (t: TicketRow) => ({ json: () => json(ticketView(t)) });

export const ticketsCollection = defineResource({
  path: '/box-office/tickets',
  archetype: 'collection',
  tag: 'tickets',
  description: 'Tickets sold. (/tickets redirects here with 307 for now.)',
  example: '/box-office/tickets',
  cache: 'data',
  operations: {
    GET: {
      summary: 'List tickets',
      access: 'public',
      statuses: [200, 304, 412],
      responseSchema: z.object({ items: z.array(TicketSchema) }),
      handler(f) {
        const items = f.world.list('tickets').map(ticketView);
        return represent(f, { json: () => json({ items, total: items.length }) });
      },
    },
    POST: {
      summary: 'Sell a ticket',
      access: 'editor',
      body: { types: ['application/json'], required: true, schema: TicketInput },
      statuses: [201, 409, 422, 507],
      responseSchema: TicketSchema,
      handler(f) {
        const input = inputForPut(f, TicketInput);
        if (!f.world.get('games', input.game))
          refuseInvalid(f, [
            {
              pointer: '#/game',
              detail: `there is no game ${input.game}`,
              detailKo: `경기 ${input.game} 없음`,
            },
          ]);
        const taken = f.world.list('tickets', (t) => t.game === input.game && t.seat === input.seat)[0];
        noConflict(
          f,
          taken
            ? {
                fact: words(
                  `seat ${input.seat} is sold: /box-office/tickets/${taken.id}`,
                  `좌석 ${input.seat} 이미 판매됨: /box-office/tickets/${taken.id}`,
                ),
                params: { reason: 'duplicate', field: 'seat', value: input.seat },
                problem: {
                  code: 'duplicate',
                  detail: `Seat ${input.seat} for this game is already sold (/box-office/tickets/${taken.id}).`,
                  extensions: { field: 'seat', conflictsWith: `/box-office/tickets/${taken.id}` },
                },
              }
            : undefined,
          words(`seat ${input.seat} is free`, `좌석 ${input.seat} 판매 가능`),
        );
        const now = stamp(f);
        const id = f.world.nextId('tickets');
        const row: TicketRow = { id, ...input, createdAt: now, updatedAt: now };
        ensureRoom(f, 'tickets', String(id), row);
        f.world.put('tickets', String(id), row);
        return created(f, `/box-office/tickets/${id}`, ticketView(row));
      },
    },
  },
});

export const ticketDocument = defineResource({
  path: '/box-office/tickets/{ticket}',
  archetype: 'document',
  tag: 'tickets',
  description: 'One ticket.',
  example: '/box-office/tickets/1',
  params: z.object({ ticket: z.string().openapi({ example: '1' }) }),
  cache: 'data',
  operations: {
    GET: {
      summary: 'Read a ticket',
      access: 'public',
      statuses: [200, 304, 404, 412],
      responseSchema: TicketSchema,
      handler(f) {
        const id = f.param('ticket');
        const row = found(
          f,
          /^[1-9]\d{0,9}$/.test(id) ? f.world.get('tickets', id) : undefined,
          words(`ticket ${id}`, `티켓 ${id}`),
        );
        return represent(f, variants(row), { lastModified: isoToMs(row.updatedAt), cacheKey: row });
      },
    },
    DELETE: {
      summary: 'Refund a ticket',
      access: 'editor',
      statuses: [204, 404, 412, 507],
      handler(f) {
        const id = f.param('ticket');
        const row = found(
          f,
          /^[1-9]\d{0,9}$/.test(id) ? f.world.get('tickets', id) : undefined,
          words(`ticket ${id}`, `티켓 ${id}`),
        );
        checkPreconditions(f, currentOf(f, variants(row), isoToMs(row.updatedAt), row));
        ensureRoom(f, 'tickets', id, null);
        f.world.remove('tickets', id);
        return noContent(f, 'delete-enacted', words(`ticket ${id} refunded`, `티켓 ${id} 환불됨`));
      },
    },
  },
});
