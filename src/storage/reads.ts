import type { Application, Interview, Reminder, Settings, TimelineEvent } from '../core/types';
import { DEFAULT_SETTINGS } from '../core/types';
import type { RecordSet } from '../core/export';
import { normalizeForMatch } from '../core/job-key';
import { pendingOf } from '../core/reminders';
import type { Db } from './schema';

/** The application tracking this job, through the unique index of every application's job keys. */
export function findByJobKey(db: Db, jobKey: string): Promise<Application | undefined> {
  return db.getFromIndex('applications', 'by-key', jobKey);
}

/** Applications that look like the same job (same normalised company and title), through an index. */
export function findSimilar(db: Db, company: string, title: string): Promise<Application[]> {
  return db.getAllFromIndex('applications', 'by-match', normalizeForMatch(company, title));
}

/** The applications of these job keys, one index lookup each, in one read transaction. */
export async function findManyByJobKey(db: Db, jobKeys: string[]): Promise<Map<string, Application>> {
  const index = db.transaction('applications').store.index('by-key');
  const found = await Promise.all(jobKeys.map((k) => index.get(k)));
  const map = new Map<string, Application>();
  jobKeys.forEach((k, i) => {
    if (found[i]) map.set(k, found[i]);
  });
  return map;
}

/** The application seen at this normalised URL (a tab's address), through the multi-entry URL index. */
export function findByUrl(db: Db, url: string): Promise<Application | undefined> {
  return db.getFromIndex('applications', 'by-url', url);
}

/** The first of `keys` (job keys, then URLs) that finds an application. */
export async function findTracked(db: Db, jobKey: string | null, urls: string[]): Promise<Application | undefined> {
  if (jobKey) {
    const byKey = await findByJobKey(db, jobKey);
    if (byKey) return byKey;
  }
  for (const url of urls) {
    const byUrl = await findByUrl(db, url);
    if (byUrl) return byUrl;
  }
  return undefined;
}

/** An application's interviews, newest first (the compound index orders them by interview time). */
export async function interviewsOf(db: Db, applicationId: string): Promise<Interview[]> {
  const range = IDBKeyRange.bound([applicationId, -Infinity], [applicationId, Infinity]);
  const rows = await db.getAllFromIndex('interviews', 'by-application', range);
  return rows.reverse();
}

/** Pending reminders due at or before `now`, oldest first. */
export function dueReminders(db: Db, now: number): Promise<Reminder[]> {
  return db.getAllFromIndex('reminders', 'by-pending-due', IDBKeyRange.upperBound(now));
}

/** Every pending reminder, by due time: the set the alarms are derived from. */
export function pendingReminders(db: Db): Promise<Reminder[]> {
  return db.getAllFromIndex('reminders', 'by-pending-due');
}

/** An application's pending reminders, by due time. */
export async function pendingRemindersOf(db: Db, applicationId: string): Promise<Reminder[]> {
  const rows = await db.getAllFromIndex('reminders', 'by-application', applicationId);
  return pendingOf(rows);
}

export interface DueItem {
  reminder: Reminder;
  application: Application;
}

/** Due reminders with their applications, for the popup's list and grouped notifications. */
export async function dueItems(db: Db, now: number): Promise<DueItem[]> {
  const tx = db.transaction(['reminders', 'applications']);
  const due = await tx.objectStore('reminders').index('by-pending-due').getAll(IDBKeyRange.upperBound(now));
  const apps = tx.objectStore('applications');
  // Every get queued at once in the one transaction, rather than each waiting for the previous answer.
  const found = await Promise.all(due.map((r) => apps.get(r.applicationId)));
  const items: DueItem[] = [];
  due.forEach((reminder, i) => {
    const application = found[i];
    if (application) items.push({ reminder, application });
  });
  return items;
}

/** Number of distinct applications with a reminder due at or before `now` (the toolbar count). */
export async function dueCount(db: Db, now: number): Promise<number> {
  const due = await dueReminders(db, now);
  return new Set(due.map((r) => r.applicationId)).size;
}

export async function getSettings(db: Db): Promise<Settings> {
  const stored = await db.get('settings', 'settings');
  return { ...DEFAULT_SETTINGS, ...stored };
}

/** An application's timeline, newest first. */
export async function eventsOf(db: Db, applicationId: string): Promise<TimelineEvent[]> {
  const range = IDBKeyRange.bound([applicationId, -Infinity], [applicationId, Infinity]);
  return (await db.getAllFromIndex('events', 'by-application', range)).reverse();
}

/**
 * Everything an application's page shows, in one read transaction: its interviews and timeline
 * newest first, every reminder (pending and past) by due time. Null when there is no such application.
 */
export async function applicationDetail(db: Db, applicationId: string): Promise<RecordSet | null> {
  const tx = db.transaction(['applications', 'interviews', 'reminders', 'events']);
  const application = await tx.objectStore('applications').get(applicationId);
  if (!application) return null;
  const range = IDBKeyRange.bound([applicationId, -Infinity], [applicationId, Infinity]);
  const interviews = (await tx.objectStore('interviews').index('by-application').getAll(range)).reverse();
  const reminders = (await tx.objectStore('reminders').index('by-application').getAll(applicationId)).sort((a, b) => a.dueAt - b.dueAt);
  const events = (await tx.objectStore('events').index('by-application').getAll(range)).reverse();
  return { application, interviews, reminders, events };
}
