/**
 * The dashboard's list kept whole (schema v9, the `derived` store): every application's Row as of one
 * revision of the data, read in one request instead of every application and its reminders (at 10,000
 * applications, about 10 ms instead of 200). Derived and disposable: a write transaction that may
 * change applications or reminders counts a revision and notes the applications it touched (tx.ts
 * inWriteTx); a reader brings the list up to date with those few (reads.ts currentList) until it is
 * made again (by the worker: refreshList). An upgrade empties it, a write too wide to follow leaves it
 * stale, and rows made by another version of rowOf are ignored.
 */
import { inListOrder } from '../core/list-order';
import { LIST_ROW_VERSION, rowOf, toColumns } from '../core/list-row';
import { applicationsWithPendingIn } from './reads';
import type { Db, ListSnapshot } from './schema';
import { inReadTx, storedRevision } from './tx';

/**
 * Makes the list again from the data, and keeps it unless a write counted a revision meanwhile (it
 * would then be of an older state). Returns whether it was kept. The worker's to call: it writes.
 * The rows are kept in the list's order as of `now` (core/list-order.ts): the dashboard sorts them
 * again on opening, and a sort finds rows already in order at once.
 */
export async function refreshList(db: Db, now = Date.now()): Promise<boolean> {
  const { revision, rows } = await inReadTx(db, ['applications', 'reminders', 'derived'], async (tx) => {
    const [revision, all] = await Promise.all([storedRevision(tx.objectStore('derived')), applicationsWithPendingIn(tx)]);
    return {
      revision,
      rows: inListOrder(
        all.map(({ application, pending }) => rowOf(application, pending)),
        now,
      ),
    };
  });
  // Not through inWriteTx: no data changes (no revision to count, nothing derived from it to drop).
  const tx = db.transaction('derived', 'readwrite');
  try {
    if ((await storedRevision(tx.store)) !== revision) return false;
    const list: ListSnapshot = { revision, version: LIST_ROW_VERSION, columns: toColumns(rows) };
    await Promise.all([
      tx.store.put(list, 'list'),
      tx.store.put(revision, 'listRevision'),
      tx.store.put(LIST_ROW_VERSION, 'listVersion'),
      tx.store.put([], 'changed'),
    ]);
    return true;
  } finally {
    await tx.done;
  }
}

/**
 * Whether no reader can use the kept list: none made, made by another version of rowOf, or written
 * past since by changes it cannot follow ('unknown'). A list behind by a few known applications is of
 * use (its reader brings it up to date). Reads three small keys and the revision, never the list (a
 * few megabytes at 10,000 applications): cheap enough for every start of the worker, which then makes
 * it again when its timer did not (it was stopped within a second of an update or a wide write).
 */
export function listNeedsMaking(db: Db): Promise<boolean> {
  return inReadTx(db, ['derived'], async (tx) => {
    const derived = tx.objectStore('derived');
    const [revision, listRevision, listVersion, changed] = await Promise.all([
      storedRevision(derived),
      derived.get('listRevision'),
      derived.get('listVersion'),
      derived.get('changed'),
    ]);
    if (typeof listRevision !== 'number' || listVersion !== LIST_ROW_VERSION) return true;
    return listRevision !== revision && !Array.isArray(changed);
  });
}

/** Makes the list again only when no reader can use it (listNeedsMaking); whether it was made and kept. */
export async function makeListIfUnusable(db: Db): Promise<boolean> {
  return (await listNeedsMaking(db)) && refreshList(db);
}
