import type { IDBPTransaction, StoreNames } from 'idb';
import { DEFAULT_SETTINGS, type Application, type Reminder, type Settings } from '../core/types';
import { ConflictError } from './errors';
import type { Db, RelanceDb } from './schema';

type Names = StoreNames<RelanceDb>;
export type WriteTx<S extends Names[]> = IDBPTransaction<RelanceDb, S, 'readwrite'>;

/**
 * Runs `work` in one readwrite transaction that lands whole or not at all: any throw aborts it.
 * `work` may await idb requests of `tx` only (idb README, "Transaction lifetime").
 */
export async function inWriteTx<S extends Names[], T>(db: Db, stores: S, work: (tx: WriteTx<S>) => Promise<T>): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  try {
    const out = await work(tx);
    await tx.done;
    return out;
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }
}

export function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => {});
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
}

/** A concurrent edit since the writer read the application: refuse rather than clobber it. */
export function checkRevision(app: Application, expected: number | undefined): void {
  if (expected !== undefined && app.revision !== expected) throw new ConflictError();
}

/** The reminder stopped: done by the user, or replaced by a newer agreement. */
export function closeReminder(r: Reminder, by: 'done' | 'superseded', now: number): Reminder {
  const { pendingDueAt: _pending, ...rest } = r;
  return { ...rest, doneAt: now, closedBy: by };
}

export function mergeUrls(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].slice(0, 20);
}

/** The stored settings over the defaults (a field added later gets its default). */
export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...stored };
}

/** A key range over one application's rows of a compound [applicationId, time] index. */
export const ofApplication = (id: string) => IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
