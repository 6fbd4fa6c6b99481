import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { isSiteKey, jobKeyFor, normalizeForMatch } from '../extract/job-key';
import type { CalendarEntry } from '../core/calendar-plan';
import type { CardDraft } from '../core/closing-card';
import type { RowColumns } from '../core/list-row';
import { UNKNOWN_PLAN_PARTS } from '../core/planned-interview';
import type { Application, Channel, Interview, Reminder, Settings, TimelineEvent } from '../core/types';
import { DB_NAME, type DB_VERSION } from './version';
import type { Changed } from './tx';
// Imported last: a migration's fingerprint (test/storage/migrations-lock.test.ts) includes the
// transformed names of the imports it uses, which follow their order.
import { contactsOfInterviews } from '../core/debrief-contacts';

export { DB_NAME } from './version';

export interface RelanceDb extends DBSchema {
  applications: {
    key: string;
    value: Application;
    indexes: { 'by-url': string; 'by-key': string; 'by-match': string; 'by-interview-day': string; 'by-next-due': number };
  };
  interviews: {
    key: string;
    value: Interview;
    indexes: { 'by-application': [string, number] };
  };
  reminders: {
    key: string;
    value: Reminder;
    // by-pending-due holds pending reminders only: done ones have no pendingDueAt.
    indexes: { 'by-pending-due': number; 'by-application': string };
  };
  settings: { key: string; value: Settings };
  /** An application's timeline: follow-up outcomes and the user's decisions (schema v3). */
  events: {
    key: string;
    value: TimelineEvent;
    indexes: { 'by-application': [string, number] };
  };
  /**
   * The events this browser last put in .ics files, by UID (schema v5): what lets a later file move
   * or cancel them. Not part of the export: it describes this browser's files, not the search.
   */
  calendar: { key: string; value: CalendarEntry };
  /**
   * The closing card's debrief in progress, one per application (core/closing-card.ts). Transient: deleted
   * when the debrief is recorded or the application deleted; not part of the export.
   */
  drafts: { key: string; value: CardDraft };
  /**
   * What is derived from the data, kept to be read fast (schema v9; storage/list-cache.ts): under
   * 'revision', the number of write transactions that may have changed applications or reminders;
   * under 'list', every application's Row as of one revision, that revision under 'listRevision' and
   * the version of rowOf that made it under 'listVersion' (read without the list: list-cache.ts
   * listNeedsMaking); under 'changed', the applications written since that revision (tx.ts Changed).
   * Not part of the export; emptied by every upgrade.
   */
  derived: { key: 'revision' | 'list' | 'listRevision' | 'listVersion' | 'changed'; value: number | ListSnapshot | Changed };
}

/** Every application's Row, as of the data's `revision`, made by rowOf of LIST_ROW_VERSION `version`, as columns. */
export interface ListSnapshot {
  revision: number;
  version: number;
  columns: RowColumns;
}

export type Db = IDBPDatabase<RelanceDb>;

/**
 * The schema as migrations see it: every index some version had, so that a shipped migration which
 * created an index a later one dropped still compiles unchanged.
 */
interface UpgradeSchema extends RelanceDb {
  applications: RelanceDb['applications'] & { indexes: { 'by-job-key': string } };
}
type UpgradeTx = IDBPTransaction<UpgradeSchema, StoreNames<UpgradeSchema>[], 'versionchange'>;
/** A data migration may await idb requests of the upgrade transaction, and nothing else (idb README, "Transaction lifetime"). */
type Migration = (db: IDBPDatabase<UpgradeSchema>, tx: UpgradeTx) => void | Promise<void>;

/**
 * The migrations as a tuple, so that their count is a type. A call rather than an `as const`
 * expression: mutation testing skips what sits inside a type assertion, and would leave every
 * migration unmeasured.
 */
const inOrder = <const M extends readonly Migration[]>(...list: M): M => list;

/**
 * Append-only: migration i upgrades version i to i + 1. Never edit one that has shipped; add a new
 * one at the end, and raise DB_VERSION (storage/version.ts) with it: the version is the length of
 * this list, which the compiler checks below, so the two cannot drift apart.
 */
export const migrations = inOrder(
  // v1: the core loop.
  (db) => {
    const apps = db.createObjectStore('applications', { keyPath: 'id' });
    apps.createIndex('by-job-key', 'jobKey', { unique: true });
    apps.createIndex('by-url', 'urls', { multiEntry: true });
    apps.createIndex('by-next-due', 'nextDueAt');
    const interviews = db.createObjectStore('interviews', { keyPath: 'id' });
    interviews.createIndex('by-application', ['applicationId', 'interviewAt']);
    const reminders = db.createObjectStore('reminders', { keyPath: 'id' });
    reminders.createIndex('by-pending-due', 'pendingDueAt');
    reminders.createIndex('by-application', 'applicationId');
    db.createObjectStore('settings');
  },
  // v2: per-site job keys. Every application gets `keys` (all job keys leading to it,
  // unique across applications) and `matchKey`; URL keys of supported sites become site keys.
  async (_db, tx) => {
    const apps = tx.objectStore('applications');
    apps.createIndex('by-key', 'keys', { unique: true, multiEntry: true });
    apps.createIndex('by-match', 'matchKey');
    const taken = new Set<string>();
    const rows = await apps.getAll();
    for (const row of rows) taken.add(row.jobKey);
    for (const row of rows) {
      const siteKey = [row.posting.url, ...row.urls].map((u) => jobKeyFor(u)).find((k) => k && k !== row.jobKey && isSiteKey(k));
      // Two rows of one job under two URL keys: the first keeps the site key, the other its URL key
      // (still found, and offered for linking through matchKey). An upgrade must never fail on data.
      const rekey = siteKey && !taken.has(siteKey) ? siteKey : null;
      if (rekey) taken.add(rekey);
      await apps.put({
        ...row,
        jobKey: rekey ?? row.jobKey,
        keys: rekey ? [rekey, row.jobKey] : [row.jobKey],
        matchKey: normalizeForMatch(row.posting.company, row.posting.title),
      });
    }
  },
  // v3: follow-up outcomes. The timeline of each application, in time order through the index.
  (db) => {
    db.createObjectStore('events', { keyPath: 'id' }).createIndex('by-application', ['applicationId', 'at']);
  },
  // v4: drop the indexes nothing reads, two less to update on every write. by-job-key: by-key finds an
  // application by any of its keys, its own among them, and keeps each unique. by-next-due: the
  // dashboard sorts its sections in memory, and due reminders come from reminders' by-pending-due.
  (_db, tx) => {
    const apps = tx.objectStore('applications');
    apps.deleteIndex('by-job-key');
    apps.deleteIndex('by-next-due');
  },
  // v5: the calendar ledger, so a later .ics file updates or cancels the events of an earlier one.
  (db) => {
    db.createObjectStore('calendar', { keyPath: 'uid' });
  },
  // v6: a planned interview gains its start time, channel and the interviewer's role; the ones
  // planned before say none of them.
  async (_db, tx) => {
    const apps = tx.objectStore('applications');
    for (const row of await apps.getAll()) {
      if (row.nextInterview) await apps.put({ ...row, nextInterview: { ...UNKNOWN_PLAN_PARTS, ...row.nextInterview } });
    }
  },
  // v7: the closing card's drafts: what is ticked during an interview, kept until its debrief is recorded.
  (db) => {
    db.createObjectStore('drafts', { keyPath: 'applicationId' });
  },
  // v8: each application gains its contacts; the interviewers (and recovery contacts) of the debriefs
  // recorded before become its first ones.
  async (_db, tx) => {
    const apps = tx.objectStore('applications');
    const byApp = new Map<string, Interview[]>();
    for (const i of await tx.objectStore('interviews').getAll()) byApp.set(i.applicationId, [...(byApp.get(i.applicationId) ?? []), i]);
    for (const row of await apps.getAll()) await apps.put({ ...row, contacts: contactsOfInterviews(byApp.get(row.id) ?? []) });
  },
  // v9: what is derived from the data, kept to be read fast: the dashboard's list (storage/list-cache.ts).
  (db) => {
    db.createObjectStore('derived');
  },
  // v10: an interview gains the user's own answer to the weak point, and a follow-up outcome "next
  // interview" its start time and channel; none was written before. Today's types say the rows have
  // them: `before` reads each as it may be stored.
  async (_db, tx) => {
    const interviews = tx.objectStore('interviews');
    for (const row of await interviews.getAll()) {
      const before: Partial<Pick<Interview, 'weakPointAnswer'>> = row;
      await interviews.put({ ...row, weakPointAnswer: before.weakPointAnswer ?? '' });
    }
    const events = tx.objectStore('events');
    for (const row of await events.getAll()) {
      const next = row.outcome?.nextInterview;
      if (!row.outcome || !next) continue;
      const before: { time?: string; channel?: Channel | null } = next;
      await events.put({
        ...row,
        outcome: { ...row.outcome, nextInterview: { ...next, time: before.time ?? '', channel: before.channel ?? null } },
      });
    }
  },
  // v11: applications by their planned interview's day, so the closing card finds today's interviews
  // without reading every application. Rows with no planned interview have no key there.
  (_db, tx) => {
    tx.objectStore('applications').createIndex('by-interview-day', 'nextInterview.on');
  },
  // v12: applications by their next call's due time again (v4 dropped it): the popup's due list reads
  // the applications with a call due in one request, not one per due reminder (reads.ts dueItems).
  // Rows with no call pending (nextDueAt null) have no key there.
  (_db, tx) => {
    tx.objectStore('applications').createIndex('by-next-due', 'nextDueAt');
  },
);

/** A type error here: a migration was added (or removed) without DB_VERSION following it. */
const LATEST: typeof DB_VERSION = migrations.length;

export function openRelanceDb(name = DB_NAME, version: number = LATEST): Promise<Db> {
  return openDB<RelanceDb>(name, version, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      try {
        // In order, each after the previous one's requests: a data migration sees the data it expects.
        // Migrations see the indexes of every version: the cast idb's README gives for a schema
        // that changed across versions ("Opting out of types").
        const upgradeDb = db as unknown as IDBPDatabase<UpgradeSchema>;
        const upgradeTx = tx as unknown as UpgradeTx;
        for (let v = oldVersion; v < version; v++) await migrations[v](upgradeDb, upgradeTx);
        // A migration changes stored rows without counting a write: what was derived from them is dropped.
        if (db.objectStoreNames.contains('derived')) await tx.objectStore('derived').clear();
      } catch (e) {
        // A failed migration aborts the upgrade: the database stays at its old version, data intact.
        console.error(`Relance: migration failed`, e);
        tx.abort();
      }
    },
    // Another context (popup, newer worker) wants to upgrade: let it, instead of blocking it forever.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
    },
  });
}
