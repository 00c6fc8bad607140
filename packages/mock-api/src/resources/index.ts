/** Every resource of the mock world, in the order the documentation lists them. */
import type { ResourceDef } from './define.ts';
import { favoriteDocument } from './favorites/favorite-document.ts';
import { favoritesStore } from './favorites/favorites-store.ts';
import { root } from './root.ts';
import { userDocument } from './users/user-document.ts';
import { usersCollection } from './users/users-collection.ts';

export const RESOURCES: readonly ResourceDef[] = [root, usersCollection, userDocument, favoritesStore, favoriteDocument];
