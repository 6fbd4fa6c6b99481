import 'fake-indexeddb/auto';
import { openRelanceDb, type Db } from '../../src/storage/schema';
import type { SaveDebriefArgs } from '../../src/storage/writes';
import type { DebriefInput } from '../../src/core/types';
import { makeDebrief } from '../builders';

export const H = 3600_000;
export const DAY = 24 * H;
/** A fixed clock: 2026-04-01 10:00Z. */
export const NOW = Date.UTC(2026, 3, 1, 10);

export const uniqueName = () => `relance-test-${crypto.randomUUID()}`;

/** A fresh database at the latest version, closed by the returned `close`. */
export async function freshDb(): Promise<Db> {
  return openRelanceDb(uniqueName());
}

/** Deterministic ids: prefix-1, prefix-2, … */
export function ids(prefix = 'id') {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export function debrief(over: Partial<DebriefInput> = {}): DebriefInput {
  return makeDebrief({ interviewAt: NOW - DAY - 2 * H, followUpAt: NOW + 7 * DAY, ...over });
}

export function args(over: Partial<SaveDebriefArgs> = {}, debriefOver: Partial<DebriefInput> = {}): SaveDebriefArgs {
  return {
    posting: { title: 'Frontend developer', company: 'Acme', location: 'Lyon', url: 'https://jobs.acme.test/42' },
    jobKey: 'jobs.acme.test/42',
    urls: ['https://jobs.acme.test/42', 'https://acme.test/careers/42'],
    debrief: debrief(debriefOver),
    ...over,
  };
}

/** Every row of every store, to compare before and after a write that must not land. */
export async function snapshot(db: Db) {
  return {
    applications: await db.getAll('applications'),
    interviews: await db.getAll('interviews'),
    reminders: await db.getAll('reminders'),
    settings: await db.getAll('settings'),
    events: await db.getAll('events'),
  };
}
