import type { IDBPTransaction, StoreNames } from 'idb';
import { DEFAULT_SETTINGS, type Application, type Settings } from '../core/types';
import { ConflictError } from './errors';
import type { Db, RelanceDb } from './schema';

export type Names = StoreNames<RelanceDb>;
export type WriteTx<S extends Names[]> = IDBPTransaction<RelanceDb, S, 'readwrite'>;
export type ReadTx<S extends Names[]> = IDBPTransaction<RelanceDb, S, 'readonly'>;

/** What every write takes from its caller: the clock, and ids (fixed in tests). */
export interface WriteDeps {
  now: number;
  newId?: () => string;
}

/** The id maker of a write: the caller's, else random UUIDs. */
export const idMaker = (deps: WriteDeps): (() => string) => deps.newId ?? (() => crypto.randomUUID());

const writeListeners = new Set<() => void>();

/**
 * Calls `listener` as each write transaction starts and once it has ended (committed or aborted), so
 * that what is derived from the data in this context (the worker's badge cache) is dropped, never
 * served stale. Returns the unsubscribe.
 */
export function onWrite(listener: () => void): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

const notifyWrite = () => {
  for (const listener of writeListeners) listener();
};

/**
 * Runs `work` in one readwrite transaction that lands whole or not at all: any throw aborts it.
 * `work` may await idb requests of `tx` only (idb README, "Transaction lifetime").
 */
export async function inWriteTx<S extends Names[], T>(db: Db, stores: S, work: (tx: WriteTx<S>) => Promise<T>): Promise<T> {
  notifyWrite();
  try {
    if (!stores.some((s) => ROW_STORES.has(s))) return await settle(db.transaction(stores, 'readwrite'), work);
    // Applications or reminders may change: the same transaction counts one more revision of them,
    // which makes the list kept for the dashboard (storage/list-cache.ts) stale.
    const tx = db.transaction([...stores, 'derived'] as Names[], 'readwrite');
    return await settle(tx as unknown as WriteTx<S>, async (t) => {
      await countRevision(tx as unknown as WriteTx<['derived']>);
      return work(t);
    });
  } finally {
    notifyWrite();
  }
}

/** The stores the dashboard's rows are made from (core/list-row.ts rowOf). */
const ROW_STORES: ReadonlySet<Names> = new Set(['applications', 'reminders']);

async function countRevision(tx: WriteTx<['derived']>): Promise<void> {
  const derived = tx.objectStore('derived');
  await derived.put((await storedRevision(derived)) + 1, 'revision');
}

/** How many write transactions changed applications or reminders (0 before the first). */
export async function storedRevision(derived: { get(key: 'revision'): Promise<unknown> }): Promise<number> {
  const revision = await derived.get('revision');
  return typeof revision === 'number' ? revision : 0;
}

/**
 * Runs `work` in one read transaction, so what it reads is one state of the data (no write lands
 * between two of its requests). Same lifetime rule as inWriteTx.
 */
export function inReadTx<S extends Names[], T>(db: Db, stores: S, work: (tx: ReadTx<S>) => Promise<T>): Promise<T> {
  return settle(db.transaction(stores, 'readonly'), work);
}

async function settle<Tx extends { abort(): void; done: Promise<void> }, T>(tx: Tx, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    const out = await work(tx);
    await tx.done;
    return out;
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }
}

/** Aborts a transaction that may already have finished, without an unhandled rejection of `done`. */
function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
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

/** The application as a write leaves it: its changes, the time of the write, the next revision. */
export function revised(app: Application, now: number, changes: Partial<Application> = {}): Application {
  return { ...app, ...changes, updatedAt: now, revision: app.revision + 1 };
}

/** The stored settings over the defaults (a field added later gets its default). */
export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...stored };
}
