import { openRelanceDb, type Db } from '../storage/schema';

/**
 * Opens the database for one piece of work and closes it after. The worker keeps no connection in
 * a module variable: it may be stopped between any two events.
 */
export async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = await openRelanceDb();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}
