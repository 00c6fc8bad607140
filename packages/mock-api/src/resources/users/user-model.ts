/** Users as the API shows them: the JSON and CSV views, and the content a client may send. */
import { z } from '@hono/zod-openapi';
import type { UserRow } from '../../data/rows.ts';
import { toCsv } from '../../http/csv.ts';
import { fieldMessage } from '../../flow/messages-ko.ts';
import { json } from '../../flow/respond.ts';
import { words } from '../../flow/trace.ts';

export const UserInput = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1, fieldMessage('name must not be empty', 'name은 비어 있으면 안 됨'))
      .max(60, fieldMessage('name is at most 60 characters', 'name은 최대 60자')),
    email: z.email(fieldMessage('email must be an email address', 'email은 이메일 주소여야 함')),
  })
  .openapi('UserInput', { example: { name: '한지우', email: 'jiwoo.han@example.com' } });

export type UserInput = z.infer<typeof UserInput>;

export const UserSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    email: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    links: z.object({ self: z.string(), favorites: z.string() }),
  })
  .openapi('User');

export function userView(u: UserRow) {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
    links: { self: `/users/${u.id}`, favorites: `/users/${u.id}/favorites` },
  };
}

const COLUMNS = ['id', 'name', 'email', 'createdAt', 'updatedAt'] as const;

export function usersCsv(users: readonly UserRow[]): string {
  return toCsv(COLUMNS, users);
}

export function userVariants(u: UserRow) {
  return { json: () => json(userView(u)), csv: () => usersCsv([u]) };
}

/** The user already holding this email (case-insensitive), other than `self`. */
export function emailOwner(users: readonly UserRow[], email: string, self?: number): UserRow | undefined {
  const wanted = email.toLowerCase();
  return users.find((u) => u.id !== self && u.email.toLowerCase() === wanted);
}

/** The fact when no other user has this email. */
export const emailFree = (email: string) => words(`email ${email} is free`, `이메일 ${email} 사용 가능`);

export function emailClash(owner: UserRow | undefined, email: string) {
  return owner
    ? {
        fact: words(
          `email ${email} already belongs to /users/${owner.id}`,
          `이메일 ${email}: 이미 /users/${owner.id} 사용자가 사용 중`,
        ),
        params: { reason: 'duplicate', field: 'email', value: email },
        problem: {
          code: 'duplicate' as const,
          detail: `Another user (/users/${owner.id}) already has the email ${email}, and emails are unique.`,
          extensions: { field: 'email', conflictsWith: `/users/${owner.id}` },
        },
      }
    : undefined;
}
