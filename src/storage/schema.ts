import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Application, Interview, Reminder, Settings } from '../core/types';

export interface RelanceDb extends DBSchema {
  applications: {
    key: string;
    value: Application;
    indexes: { 'by-job-key': string; 'by-url': string; 'by-next-due': number };
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
}

export type Db = IDBPDatabase<RelanceDb>;
type UpgradeTx = IDBPTransaction<RelanceDb, StoreNames<RelanceDb>[], 'versionchange'>;
export type Migration = (db: Db, tx: UpgradeTx) => void;

/**
 * Append-only: migration i upgrades version i to i + 1. Never edit one that has shipped; add a new
 * one at the end. The database version is the length of this list, so the two cannot drift apart.
 */
export const migrations: Migration[] = [
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
];

export const DB_NAME = 'relance';

export function openRelanceDb(name = DB_NAME, version = migrations.length): Promise<Db> {
  return openDB<RelanceDb>(name, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < version; v++) migrations[v](db, tx);
    },
    // Another context (popup, newer worker) wants to upgrade: let it, instead of blocking it forever.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
    },
  });
}
