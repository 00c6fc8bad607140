/** Every resource of the mock world, in the order the documentation lists them. */
import type { ResourceDef } from './define.ts';
import { favoriteDocument } from './favorites/favorite-document.ts';
import { favoritesStore } from './favorites/favorites-store.ts';
import { finishGame, startGame } from './games/game-controllers.ts';
import { gameDocument, gamesCollection } from './games/games.ts';
import { movedResources } from './moved.ts';
import { generateReport } from './reports/generate-report.ts';
import { jobDocument } from './reports/jobs.ts';
import { reportDocument } from './reports/reports.ts';
import { root } from './root.ts';
import { sandboxesCollection } from './sandboxes.ts';
import { leagueDocument, leaguesCollection, teamDocument, teamsCollection } from './soccer/leagues.ts';
import { playerDocument, playersCollection } from './soccer/players.ts';
import { ticketDocument, ticketsCollection } from './tickets/tickets.ts';
import { tokenDocument } from './tokens/token-document.ts';
import { tokensCollection } from './tokens/tokens-collection.ts';
import { userDocument } from './users/user-document.ts';
import { usersCollection } from './users/users-collection.ts';
import { weather } from './weather.ts';
import { delayDocument } from './delays.ts';

export const RESOURCES: readonly ResourceDef[] = [
  root,
  usersCollection,
  userDocument,
  favoritesStore,
  favoriteDocument,
  leaguesCollection,
  leagueDocument,
  teamsCollection,
  teamDocument,
  playersCollection,
  playerDocument,
  gamesCollection,
  gameDocument,
  startGame,
  finishGame,
  generateReport,
  jobDocument,
  reportDocument,
  ticketsCollection,
  ticketDocument,
  ...movedResources,
  weather,
  delayDocument,
  tokensCollection,
  tokenDocument,
  sandboxesCollection,
];
