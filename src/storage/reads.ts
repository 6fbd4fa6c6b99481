import type { CardDraft } from '../core/closing-card';
import { normalizeForMatch } from '../core/job-key';
import { fromColumns, LIST_ROW_VERSION, rowOf, type Row } from '../core/list-row';
import type { Application, FullApplication, Interview, Reminder, Settings, TimelineEvent } from '../core/types';
import { isCallReminder, pendingOf } from '../core/reminders';
import { eventRows, fullApplication, interviewRows, reminderRows } from './rows';
import type { Db, ListSnapshot } from './schema';
import { inReadTx, type Names, type ReadTx, storedRevision, withDefaults } from './tx';

/** The application tracking this job, through the unique index of every application's job keys. */
export function findByJobKey(db: Db, jobKey: string): Promise<Application | undefined> {
  return db.getFromIndex('applications', 'by-key', jobKey);
}

/** Applications that look like the same job (same normalised company and title), through an index. */
export function findSimilar(db: Db, company: string, title: string): Promise<Application[]> {
  return db.getAllFromIndex('applications', 'by-match', normalizeForMatch(company, title));
}

/** The application seen at this normalised URL (a tab's address), through the multi-entry URL index. */
export function findByUrl(db: Db, url: string): Promise<Application | undefined> {
  return db.getFromIndex('applications', 'by-url', url);
}

/** The applications whose planned interview is on this day (YYYY-MM-DD), through an index. */
export function plannedOn(db: Db, day: string): Promise<Application[]> {
  return db.getAllFromIndex('applications', 'by-interview-day', day);
}

/**
 * The application the job key finds, else the first of `urls` that finds one. Every lookup is queued
 * at once in one read transaction: one after another, a page's three or four addresses took as many
 * transactions, on the popup's path to its first view.
 */
export async function findTracked(db: Db, jobKey: string | null, urls: string[]): Promise<Application | undefined> {
  if (!jobKey && urls.length === 0) return undefined;
  return inReadTx(db, ['applications'], async (tx) => {
    const store = tx.objectStore('applications');
    const found = await Promise.all([
      jobKey ? store.index('by-key').get(jobKey) : undefined,
      ...urls.map((url) => store.index('by-url').get(url)),
    ]);
    return found.find((application) => application !== undefined);
  });
}

/** What the popup and the closing card show of one application, besides the application itself. */
export interface ShownRows {
  /** Newest first (the compound index orders them by interview time). */
  interviews: Interview[];
  /** Pending only, by due time. */
  reminders: Reminder[];
  /** The timeline, oldest first. */
  events: TimelineEvent[];
  /** The closing card's debrief in progress, if any. */
  draft: CardDraft | undefined;
}

/** An application's rows the popup and the closing card show, in one read transaction. */
export function shownRowsOf(db: Db, applicationId: string): Promise<ShownRows> {
  return inReadTx(db, ['interviews', 'reminders', 'events', 'drafts'], (tx) => shownRowsIn(tx, applicationId));
}

/**
 * An application by id with the rows the popup shows of it, every read queued at once in one
 * transaction (the toolbar popup may know the id before reading anything: core/tab-popup.ts);
 * undefined when there is no such application.
 */
export function applicationShown(db: Db, applicationId: string): Promise<{ application: Application; rows: ShownRows } | undefined> {
  return inReadTx(db, ['applications', 'interviews', 'reminders', 'events', 'drafts'], async (tx) => {
    const [application, rows] = await Promise.all([tx.objectStore('applications').get(applicationId), shownRowsIn(tx, applicationId)]);
    return application && { application, rows };
  });
}

async function shownRowsIn(tx: ReadTx<Names[]>, applicationId: string): Promise<ShownRows> {
  const [interviews, reminders, events, draft] = await Promise.all([
    interviewRows(tx, applicationId),
    reminderRows(tx, applicationId),
    eventRows(tx, applicationId),
    tx.objectStore('drafts').get(applicationId),
  ]);
  return { interviews: interviews.reverse(), reminders: pendingOf(reminders), events, draft };
}

/** Pending reminders due at or before `now`, oldest first. */
export function dueReminders(db: Db, now: number): Promise<Reminder[]> {
  return db.getAllFromIndex('reminders', 'by-pending-due', IDBKeyRange.upperBound(now));
}

/** Every pending reminder, by due time. */
export function pendingReminders(db: Db): Promise<Reminder[]> {
  return db.getAllFromIndex('reminders', 'by-pending-due');
}

/**
 * What the alarms are derived from (core/alarm-plan.ts): the pending reminders due by `now`, and the
 * next `future` ones after it, by due time, through the due index in one transaction. Bounded by what
 * is due and the alarms wanted, not by the data.
 */
export function alarmReminders(db: Db, now: number, future: number): Promise<Reminder[]> {
  return inReadTx(db, ['reminders'], async (tx) => {
    const due = tx.objectStore('reminders').index('by-pending-due');
    const [past, next] = await Promise.all([
      due.getAll(IDBKeyRange.upperBound(now)),
      due.getAll(IDBKeyRange.lowerBound(now, true), future),
    ]);
    return [...past, ...next];
  });
}

/** The pending reminders due by `now`, and the due time of the next one after it (null: none). */
export function dueAndNext(db: Db, now: number): Promise<{ due: Reminder[]; nextDueAt: number | null }> {
  return inReadTx(db, ['reminders'], async (tx) => {
    const index = tx.objectStore('reminders').index('by-pending-due');
    const [due, [next]] = await Promise.all([
      index.getAll(IDBKeyRange.upperBound(now)),
      index.getAll(IDBKeyRange.lowerBound(now, true), 1),
    ]);
    return { due, nextDueAt: next?.pendingDueAt ?? null };
  });
}

/** An application's pending reminders, by due time. */
export async function pendingRemindersOf(db: Db, applicationId: string): Promise<Reminder[]> {
  const rows = await inReadTx(db, ['reminders'], (tx) => reminderRows(tx, applicationId));
  return pendingOf(rows);
}

/**
 * Every application with its pending reminders, in one read transaction: the dashboard's list names
 * each pending date as what it is. Pending reminders come through the due index, which holds only them.
 */
export function applicationsWithPending(db: Db): Promise<{ application: Application; pending: Reminder[] }[]> {
  return inReadTx(db, ['applications', 'reminders'], applicationsWithPendingIn);
}

/** applicationsWithPending inside a read transaction that holds both stores. */
export async function applicationsWithPendingIn(
  tx: ReadTx<['applications', 'reminders', ...Names[]]>,
): Promise<{ application: Application; pending: Reminder[] }[]> {
  const [apps, pending] = await Promise.all([
    tx.objectStore('applications').getAll(),
    tx.objectStore('reminders').index('by-pending-due').getAll(),
  ]);
  const byApp = new Map<string, Reminder[]>();
  for (const r of pending.filter(isCallReminder)) {
    const list = byApp.get(r.applicationId);
    if (list) list.push(r);
    else byApp.set(r.applicationId, [r]);
  }
  return apps.map((application) => ({ application, pending: byApp.get(application.id) ?? [] }));
}

/**
 * The applications with a reminder pending before `before`, each with its pending calls, and how many
 * applications there are: the top of the dashboard's list (its "due now" section), read through the due
 * index before every application is. One read of the pending reminders, one of each such application.
 */
export function applicationsDueBefore(
  db: Db,
  before: number,
): Promise<{ rows: { application: Application; pending: Reminder[] }[]; total: number }> {
  return inReadTx(db, ['applications', 'reminders'], async (tx) => {
    const apps = tx.objectStore('applications');
    const [pending, total] = await Promise.all([tx.objectStore('reminders').index('by-pending-due').getAll(), apps.count()]);
    const due = new Set(pending.filter((r) => r.dueAt < before).map((r) => r.applicationId));
    const found = await Promise.all([...due].map((id) => apps.get(id)));
    const rows = found.flatMap((application) =>
      application ? [{ application, pending: pending.filter((r) => r.applicationId === application.id && isCallReminder(r)) }] : [],
    );
    return { rows, total };
  });
}

export interface DueItem {
  reminder: Reminder;
  application: Application;
}

/**
 * Due reminders with their applications: the calls and answers for the popup's list; `'all'`, the
 * reminders about a planned interview too, for the notifications. Two index reads, whatever the number
 * due: an application with a call due has its `nextDueAt` at or before `now` (by-next-due). An
 * application that index does not give (a reminder about a planned interview) is read by its id.
 */
export function dueItems(db: Db, now: number, kinds: 'calls' | 'all' = 'calls'): Promise<DueItem[]> {
  return inReadTx(db, ['reminders', 'applications'], async (tx) => (await readDue(tx, now, kinds, undefined)).items);
}

/** The due calls, the first ones with their applications, the others as reminders only. */
export interface DueHead {
  /** Oldest first: at least every reminder of the `apps` most overdue applications. */
  items: DueItem[];
  /** The due calls after those, oldest first, their applications not read: counted, not shown. */
  rest: Reminder[];
}

/**
 * The popup's due list: every due call, with the applications of the `apps` most overdue only (the
 * popup shows a few and counts the others), so that reading it costs the same at 10 or 10,000
 * applications. Without `apps`, every application.
 */
export function dueHead(db: Db, now: number, apps?: number): Promise<DueHead> {
  return inReadTx(db, ['reminders', 'applications'], (tx) => readDue(tx, now, 'calls', apps));
}

async function readDue(
  tx: ReadTx<['reminders', 'applications']>,
  now: number,
  kinds: 'calls' | 'all',
  apps: number | undefined,
): Promise<DueHead> {
  const store = tx.objectStore('applications');
  const [rows, first] = await Promise.all([
    tx.objectStore('reminders').index('by-pending-due').getAll(IDBKeyRange.upperBound(now)),
    store.index('by-next-due').getAll(IDBKeyRange.upperBound(now), apps),
  ]);
  const due = kinds === 'all' ? rows : rows.filter(isCallReminder);
  const byId = new Map(first.map((a) => [a.id, a]));
  // The first `apps` reminders belong to the `apps` most overdue applications, unless an application's
  // nextDueAt is not what its reminders say (or the reminder is not a call): those are read by id, every
  // get queued at once in the one transaction.
  const wanted = due.slice(0, apps).map((r) => r.applicationId);
  const missing = new Set(wanted.filter((id) => !byId.has(id)));
  const read = await Promise.all([...missing].map((id) => store.get(id)));
  for (const application of read) if (application) byId.set(application.id, application);
  const items: DueItem[] = [];
  const rest: Reminder[] = [];
  for (const reminder of due) {
    const application = byId.get(reminder.applicationId);
    if (application) items.push({ reminder, application });
    // A reminder whose application was looked for and is gone is dropped, as from the full list.
    else if (apps !== undefined && !missing.has(reminder.applicationId)) rest.push(reminder);
  }
  return { items, rest };
}

/** Number of distinct applications with a reminder due at or before `now` (the toolbar count). */
export async function dueCount(db: Db, now: number): Promise<number> {
  const due = (await dueReminders(db, now)).filter(isCallReminder);
  return new Set(due.map((r) => r.applicationId)).size;
}

/** The stored settings over the defaults. */
export async function getSettings(db: Db): Promise<Settings> {
  return withDefaults(await db.get('settings', 'settings'));
}

/**
 * Everything an application's page shows, in one read transaction (FullApplication's order). Null
 * when there is no such application.
 */
export function applicationDetail(db: Db, applicationId: string): Promise<FullApplication | null> {
  return inReadTx(db, ['applications', 'interviews', 'reminders', 'events'], async (tx) => {
    const application = await tx.objectStore('applications').get(applicationId);
    return application ? fullApplication(tx, application) : null;
  });
}

/** The closing card's debrief in progress for this application, if any. */
export function draftOf(db: Db, applicationId: string): Promise<CardDraft | undefined> {
  return db.get('drafts', applicationId);
}

/**
 * Every application's Row from the list kept whole (storage/list-cache.ts), brought up to date with
 * the applications written since it was made; null when there is none to start from, or the writes
 * since are unknown or too many.
 */
export function currentList(db: Db): Promise<Row[] | null> {
  return inReadTx(db, ['derived', 'applications', 'reminders'], async (tx) => {
    const derived = tx.objectStore('derived');
    // The list's own revision first: a list that cannot be used (a few megabytes at 10,000 applications) is not read.
    const [revision, listRevision, changed] = await Promise.all([
      storedRevision(derived),
      derived.get('listRevision'),
      derived.get('changed'),
    ]);
    const ids = listRevision === revision ? [] : Array.isArray(changed) ? (changed as string[]) : null;
    if (ids === null || typeof listRevision !== 'number') return null;
    const list = await derived.get('list');
    if (!isList(list) || list.revision !== listRevision || list.version !== LIST_ROW_VERSION) return null;
    const rows = fromColumns(list.columns);
    if (!rows) return null;
    if (ids.length === 0) return rows;
    const apps = tx.objectStore('applications');
    const fresh = await Promise.all(
      ids.map(async (id) => {
        const [application, reminders] = await Promise.all([apps.get(id), reminderRows(tx, id)]);
        return application ? rowOf(application, pendingOf(reminders)) : null;
      }),
    );
    const written = new Set(ids);
    return [...rows.filter((r) => !written.has(r.id)), ...fresh.filter((r): r is Row => r !== null)];
  });
}

const isList = (v: unknown): v is ListSnapshot =>
  typeof v === 'object' && v !== null && typeof (v as ListSnapshot).columns === 'object' && (v as ListSnapshot).columns !== null;
