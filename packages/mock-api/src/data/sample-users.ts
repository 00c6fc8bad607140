/** Sample users: integer ids, as in the Rulebook's `/users/1234`. */
import type { FavoriteRow, StoreRow, UserRow } from './rows.ts';

const JOINED = '2024-03-01T09:00:00.000Z';
const EDITED = '2024-05-20T11:30:00.000Z';

const PEOPLE = [
  ['김민준', 'minjun.kim@example.com'],
  ['이서연', 'seoyeon.lee@example.com'],
  ['박지호', 'jiho.park@example.com'],
  ['최하은', 'haeun.choi@example.com'],
  ['정도윤', 'doyun.jung@example.com'],
  ['강수아', 'sua.kang@example.com'],
  ['조예준', 'yejun.jo@example.com'],
  ['윤지우', 'jiwoo.yoon@example.com'],
  ['Claudio Reyna', 'claudio.reyna@example.com'],
  ['Ana Souza', 'ana.souza@example.com'],
  ['Kenji Mori', 'kenji.mori@example.com'],
  ['Lena Vogel', 'lena.vogel@example.com'],
] as const;

export const SAMPLE_USERS: readonly UserRow[] = PEOPLE.map(([name, email], i) => ({
  id: i + 1,
  name,
  email,
  createdAt: JOINED,
  updatedAt: EDITED,
}));

export const SAMPLE_STORES: readonly StoreRow[] = SAMPLE_USERS.map((u) => ({
  userId: u.id,
  createdAt: JOINED,
  updatedAt: EDITED,
}));

/** User 1's store holds two favorites (so deleting it is a 409); user 2's store is empty. */
export const SAMPLE_FAVORITES: readonly FavoriteRow[] = [
  {
    userId: 1,
    name: 'claudio',
    player: '/leagues/seattle/teams/trebuchet/players/21',
    note: '패스가 정확한 미드필더',
    createdAt: EDITED,
    updatedAt: EDITED,
  },
  {
    userId: 1,
    name: 'taeo',
    player: '/leagues/busan/teams/seagulls/players/41',
    createdAt: EDITED,
    updatedAt: EDITED,
  },
];
