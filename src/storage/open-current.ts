import { openDB, wrap } from 'idb';
import type { Db, RelanceDb } from './schema';
import { DB_NAME, DB_VERSION } from './version';

/**
 * Opens the database when it is already at the current version, without the migrations (they carry
 * every site's key rules): a page's fast path. Null when the database is older or does not exist
 * yet: the upgrade is aborted, nothing changes, and the caller opens it with schema.ts openRelanceDb.
 */
export async function openCurrent(name = DB_NAME): Promise<Db | null> {
  let outdated = false;
  try {
    return await openDB<RelanceDb>(name, DB_VERSION, {
      upgrade(_db, _old, _new, tx) {
        outdated = true;
        // The abort rejects the transaction's `done` too: expected, not an error to report.
        tx.done.catch(() => {});
        tx.abort();
      },
      // Another context (a newer worker) wants to upgrade: let it, instead of blocking it forever.
      blocking(_current, _next, event) {
        (event.target as IDBDatabase).close();
      },
    });
  } catch (e) {
    if (outdated) return null;
    throw e;
  }
}

/** A connection `openAsIs` gave, as idb's: when the database is at the current version (else closed, and null). */
export function fromOpenedAsIs(raw: IDBDatabase | null): Db | null {
  const db = asCurrent(raw);
  if (!db) raw?.close();
  return db;
}

/** What a boot script's `openAsIs` gave, once it has: fromOpenedAsIs of it; null when there was none or it failed. */
export async function fromBootOpen(opening: Promise<IDBDatabase | null> | undefined): Promise<Db | null> {
  return fromOpenedAsIs((await opening?.catch(() => null)) ?? null);
}

/** The same, leaving an outdated connection open: for a boot script's read, its page then decides. */
export function asCurrent(raw: IDBDatabase | null): Db | null {
  return raw?.version === DB_VERSION ? (wrap(raw) as unknown as Db) : null;
}
