import { wrap } from 'idb';
import type { Db } from './schema';
import { DB_VERSION } from './version';

/*
 * A boot script's connection (open-as-is.ts), taken over by its page as idb's. Apart from
 * open-current.ts: the popup loads that one only when this gives nothing (a rare fallback).
 */

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
