/**
 * The database's name and current version, apart from the migrations (schema.ts) so that a page can
 * open a database that is already up to date without loading them (storage/open-current.ts).
 */
export const DB_NAME = 'relance';

/** The number of migrations in schema.ts: the compiler checks there that the two agree. */
export const DB_VERSION = 12;
