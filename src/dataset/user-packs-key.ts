/**
 * Where imported data packs are kept in `storage.local`. Its own module so the content script can
 * see whether there are any without loading user-packs.ts, which loads zod.
 */
export const USER_PACKS_KEY = 'userPacks';
