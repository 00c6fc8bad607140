/** Sample async work (a finished job and its report) and box-office tickets. */
import type { JobRow, ReportRow, TicketRow } from './rows.ts';

const REPORTED = '2024-04-15T08:00:00.000Z';

/** Job 1 finished long ago, so `GET /jobs/1` answers 303 to `/reports/1` on any sandbox. */
export const SAMPLE_JOBS: readonly JobRow[] = [
  {
    id: 1,
    league: 'seattle',
    doneAt: Date.parse(REPORTED),
    report: 1,
    createdAt: REPORTED,
    updatedAt: REPORTED,
  },
];

export const SAMPLE_REPORTS: readonly ReportRow[] = [
  {
    id: 1,
    league: 'seattle',
    job: 1,
    standings: [
      { team: 'catapult', played: 1, won: 1, drawn: 0, lost: 0, points: 3 },
      { team: 'trebuchet', played: 1, won: 0, drawn: 0, lost: 1, points: 0 },
    ],
    createdAt: REPORTED,
    updatedAt: REPORTED,
  },
];

export const SAMPLE_TICKETS: readonly TicketRow[] = [
  {
    id: 1,
    game: '3fd65a60-cb8b-11e0-9572-0800200c9a66',
    seat: 'A-12',
    holder: '김민준',
    createdAt: REPORTED,
    updatedAt: REPORTED,
  },
  {
    id: 2,
    game: '3fd65a60-cb8b-11e0-9572-0800200c9a66',
    seat: 'A-13',
    holder: '이서연',
    createdAt: REPORTED,
    updatedAt: REPORTED,
  },
];
