import { openDB } from 'idb';
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
