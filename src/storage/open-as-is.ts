import { DB_NAME } from './version';

/**
 * The database at whatever version it is, opened without idb (the popup's first statements run it
 * before the rest of its script is evaluated), or null when there is none yet: the upgrade that would
 * create it is aborted, nothing changes. open-current.ts `fromOpenedAsIs` then keeps it only at the
 * current version.
 */
export function openAsIs(name = DB_NAME): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      // Another context (a newer worker) wants to upgrade: let it, instead of blocking it forever.
      db.onversionchange = () => db.close();
      resolve(db);
    };
  });
}
