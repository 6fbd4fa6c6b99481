import type { IDBPTransaction, StoreNames } from 'idb';
import type { Application, FullApplication, Interview, Reminder, TimelineEvent } from '../core/types';
import type { RelanceDb } from './schema';

/**
 * One application's rows, read through the by-application indexes inside the caller's transaction
 * (read or write), so that every reader and writer gets them the same way.
 */
type AnyTx = IDBPTransaction<RelanceDb, StoreNames<RelanceDb>[], IDBTransactionMode>;

/** A key range over one application's rows of a compound [applicationId, time] index. */
const ofApplication = (id: string) => IDBKeyRange.bound([id, -Infinity], [id, Infinity]);

/** Its interviews, oldest first (the compound index orders them by interview time). */
export function interviewRows(tx: AnyTx, applicationId: string): Promise<Interview[]> {
  return tx.objectStore('interviews').index('by-application').getAll(ofApplication(applicationId));
}

/** How many interviews it has. */
export function interviewCount(tx: AnyTx, applicationId: string): Promise<number> {
  return tx.objectStore('interviews').index('by-application').count(ofApplication(applicationId));
}

/**
 * Whether `a` is newer than `b`: a later interview, or one at the same time recorded later (a second
 * debrief for the same time replaces the first, as saveDebrief decides). Every reader of "the latest
 * interview" must agree on ties, or the reminders follow one debrief and the verdicts another.
 */
export const newerThan = (a: Pick<Interview, 'interviewAt' | 'createdAt'>, b: Pick<Interview, 'interviewAt' | 'createdAt'>): boolean =>
  a.interviewAt > b.interviewAt || (a.interviewAt === b.interviewAt && a.createdAt > b.createdAt);

/** Its newest interview (by interview time, then by when it was recorded), if any. */
export async function latestInterview(tx: AnyTx, applicationId: string): Promise<Interview | undefined> {
  let cursor = await tx.objectStore('interviews').index('by-application').openCursor(ofApplication(applicationId), 'prev');
  let latest = cursor?.value;
  // The index orders ties on interview time by id: the one recorded later is found among them.
  while (cursor && latest) {
    cursor = await cursor.continue();
    if (!cursor || cursor.value.interviewAt !== latest.interviewAt) break;
    if (newerThan(cursor.value, latest)) latest = cursor.value;
  }
  return latest;
}

/** Its reminders, pending and past, in key order. */
export function reminderRows(tx: AnyTx, applicationId: string): Promise<Reminder[]> {
  return tx.objectStore('reminders').index('by-application').getAll(applicationId);
}

/** Its timeline, oldest first. */
export function eventRows(tx: AnyTx, applicationId: string): Promise<TimelineEvent[]> {
  return tx.objectStore('events').index('by-application').getAll(ofApplication(applicationId));
}

/** The application with every row of it, in FullApplication's order. */
export async function fullApplication(tx: AnyTx, application: Application): Promise<FullApplication> {
  const [interviews, reminders, events] = await Promise.all([
    interviewRows(tx, application.id),
    reminderRows(tx, application.id),
    eventRows(tx, application.id),
  ]);
  return {
    application,
    interviews: interviews.reverse(),
    reminders: reminders.sort((a, b) => a.dueAt - b.dueAt),
    events: events.reverse(),
  };
}
