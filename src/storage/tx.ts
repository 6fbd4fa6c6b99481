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
    // and notes the applications it touched, with which a reader brings the list kept for the
    // dashboard (storage/list-cache.ts) up to date rather than read every application.
    const tx = db.transaction([...stores, 'derived'] as Names[], 'readwrite');
    return await settle(tx as unknown as WriteTx<S>, async (t) => {
      const derived = (tx as unknown as WriteTx<['derived']>).objectStore('derived');
      await countRevision(derived);
      const touched = new Touched();
      const out = await work(tracked(t, touched));
      await noteChanged(derived, touched);
      return out;
    });
  } finally {
    notifyWrite();
  }
}

/**
 * The applications whose rows may have changed since the kept list's revision, under 'changed' in the
 * derived store: their ids, or 'unknown' (too many to be worth it, or a write this module cannot
 * follow). Emptied when the list is made again (storage/list-cache.ts refreshList).
 */
export type Changed = string[] | 'unknown';

/** Past this many, reading every application is about as quick as reading the kept list and these. */
export const CHANGED_MAX = 500;

class Touched {
  readonly ids = new Set<string>();
  unknown = false;
  add(id: unknown): void {
    if (typeof id === 'string') this.ids.add(id);
    else this.unknown = true;
  }
}

async function noteChanged(derived: WriteTx<['derived']>['store'], touched: Touched): Promise<void> {
  if (!touched.unknown && touched.ids.size === 0) return;
  const before = await derived.get('changed');
  const ids = Array.isArray(before) && !touched.unknown ? new Set([...before, ...touched.ids]) : null;
  const changed: Changed = ids && ids.size <= CHANGED_MAX ? [...ids] : 'unknown';
  await derived.put(changed, 'changed');
}

/**
 * The write transaction as `work` sees it: the same, except that every put, add and delete on a store
 * the rows are made from (ROW_STORES) notes the application it concerns. A cursor (which can write in
 * place) or a cleared store makes the change unknown.
 */
function tracked<T extends object>(tx: T, touched: Touched): T {
  return new Proxy(tx, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (prop !== 'objectStore' || typeof value !== 'function') return bind(value, target);
      return (name: Names) => {
        const store = (value as (n: Names) => object).call(target, name);
        return ROW_STORES.has(name) ? trackedStore(store, name as RowStore, touched) : store;
      };
    },
  });
}

type AnyStore = Record<string, (...a: unknown[]) => Promise<unknown>>;

function trackedStore(store: object, name: RowStore, touched: Touched): object {
  const owner = (value: unknown) =>
    (value as { id?: unknown; applicationId?: unknown } | null)?.[name === 'applications' ? 'id' : 'applicationId'];
  const view = (source: object): object =>
    new Proxy(source, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop, target);
        const call = value as (...a: unknown[]) => Promise<unknown>;
        switch (prop) {
          case 'put':
          case 'add':
            return (row: unknown, ...rest: unknown[]) => {
              touched.add(owner(row));
              return call.call(target, row, ...rest);
            };
          case 'delete':
            return async (key: unknown) => {
              if (name === 'applications' || typeof key !== 'string') touched.add(key);
              else {
                // A reminder's key is its own id: the application is read off the row going away.
                const row = await (target as AnyStore).get!.call(target, key);
                if (row !== undefined) touched.add(owner(row));
              }
              return call.call(target, key);
            };
          case 'index':
            return (indexName: string) => view(call.call(target, indexName) as object);
          case 'clear':
          case 'openCursor':
          case 'iterate':
          case Symbol.asyncIterator:
            touched.unknown = true;
            return bind(value, target);
          default:
            return bind(value, target);
        }
      },
    });
  return view(store);
}

const bind = (value: unknown, target: object): unknown => (typeof value === 'function' ? (value as () => unknown).bind(target) : value);

/** The stores the dashboard's rows are made from (core/list-row.ts rowOf). */
type RowStore = 'applications' | 'reminders';
const ROW_STORES: ReadonlySet<Names> = new Set<RowStore>(['applications', 'reminders']);

async function countRevision(derived: WriteTx<['derived']>['store']): Promise<void> {
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
