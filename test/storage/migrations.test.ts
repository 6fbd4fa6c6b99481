import 'fake-indexeddb/auto';
import { deleteDB, openDB, unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, migrations, openRelanceDb, type Db } from '../../src/storage/schema';
import {
  dueItems,
  dueReminders,
  findByJobKey,
  findByUrl,
  getSettings,
  plannedOn,
  shownRowsOf,
  pendingRemindersOf,
} from '../../src/storage/reads';
import { saveDebrief } from '../../src/storage/writes';
import { DEFAULT_SETTINGS, type Application, type Interview, type Reminder, type Settings, type TimelineEvent } from '../../src/core/types';
import { normalizeForMatch } from '../../src/core/job-key';
import { args, DAY, debrief, NOW, uniqueName } from './helpers';

/** The schema at the latest version: stores, and each index's key path and flags. */
const EXPECTED_SCHEMA = {
  applications: {
    keyPath: 'id',
    indexes: {
      'by-url': { keyPath: 'urls', unique: false, multiEntry: true },
      'by-key': { keyPath: 'keys', unique: true, multiEntry: true },
      'by-match': { keyPath: 'matchKey', unique: false, multiEntry: false },
      'by-interview-day': { keyPath: 'nextInterview.on', unique: false, multiEntry: false },
      'by-next-due': { keyPath: 'nextDueAt', unique: false, multiEntry: false },
    },
  },
  interviews: {
    keyPath: 'id',
    indexes: { 'by-application': { keyPath: ['applicationId', 'interviewAt'], unique: false, multiEntry: false } },
  },
  reminders: {
    keyPath: 'id',
    indexes: {
      'by-pending-due': { keyPath: 'pendingDueAt', unique: false, multiEntry: false },
      'by-application': { keyPath: 'applicationId', unique: false, multiEntry: false },
    },
  },
  settings: { keyPath: null, indexes: {} },
  events: {
    keyPath: 'id',
    indexes: { 'by-application': { keyPath: ['applicationId', 'at'], unique: false, multiEntry: false } },
  },
  calendar: { keyPath: 'uid', indexes: {} },
  drafts: { keyPath: 'applicationId', indexes: {} },
  derived: { keyPath: null, indexes: {} },
};

/** The stores and indexes as the browser has them, read natively (any version's schema). */
function describeSchema(typed: Db) {
  const db = unwrap(typed);
  const tx = db.transaction([...db.objectStoreNames], 'readonly');
  const out: Record<string, unknown> = {};
  for (const name of db.objectStoreNames) {
    const store = tx.objectStore(name);
    const indexes: Record<string, unknown> = {};
    for (const i of store.indexNames) {
      const index = store.index(i);
      indexes[i] = { keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    }
    out[name] = { keyPath: store.keyPath, indexes };
  }
  return out;
}

// Plain rows as each version stored them, written with raw puts so they do not depend on the write
// code. `app` is the application as the latest version holds it; `appAt(v)` as version v stored it.
const OLD_URL_KEY = 'https://www.linkedin.com/jobs/view/4012345678';
const appBeforeContacts: Application = {
  id: 'app-old',
  jobKey: 'linkedin:4012345678',
  keys: ['linkedin:4012345678', OLD_URL_KEY],
  matchKey: normalizeForMatch('Old Corp', 'Dev'),
  urls: [OLD_URL_KEY, 'https://www.linkedin.com/jobs/search?currentJobId=4012345678'],
  posting: { title: 'Dev', company: 'Old Corp', location: 'Paris', url: 'https://www.linkedin.com/jobs/view/4012345678/' },
  status: 'waiting',
  lastVerdict: 'undecided',
  nextDueAt: NOW - DAY,
  createdAt: NOW - 10 * DAY,
  updatedAt: NOW - 10 * DAY,
  revision: 3,
};
const interviews: Interview[] = [
  {
    ...debrief({ interviewAt: NOW - 20 * DAY, interviewerName: 'Anne Roy', interviewerRole: '' }),
    id: 'int-a',
    applicationId: appBeforeContacts.id,
    createdAt: NOW - 20 * DAY,
  },
  {
    ...debrief({
      interviewAt: NOW - 10 * DAY,
      interviewerName: 'anne roy',
      interviewerRole: 'HR',
      feeling: 'badly',
      recoveryContacts: 'Paul Lenoir (CTO); Léa',
    }),
    id: 'int-b',
    applicationId: appBeforeContacts.id,
    createdAt: NOW - 10 * DAY,
  },
];
/** v8: the debriefs' interviewer and recovery contacts became the application's contacts. */
const app: Application = {
  ...appBeforeContacts,
  contacts: [
    { id: 'int-a-contact-0', name: 'Anne Roy', role: 'HR', phone: '', email: '', link: '', note: '' },
    { id: 'int-b-contact-0', name: 'Paul Lenoir', role: 'CTO', phone: '', email: '', link: '', note: '' },
    { id: 'int-b-contact-1', name: 'Léa', role: '', phone: '', email: '', link: '', note: '' },
  ],
};
function appAt(version: number): object {
  if (version >= 8) return app;
  if (version >= 2) return appBeforeContacts;
  // v1: keyed by canonical URL, no `keys` nor `matchKey`.
  const { keys: _keys, matchKey: _match, ...v1 } = appBeforeContacts;
  return { ...v1, jobKey: OLD_URL_KEY };
}
/** The version that gave every interview the user's answer to its weak point (and a call's next interview its time and channel). */
const ANSWER_VERSION = 10;
/** The interviews as version v stored them: before ANSWER_VERSION, without an answer to the weak point. */
function interviewsAt(version: number): object[] {
  return version >= ANSWER_VERSION ? interviews : interviews.map(({ weakPointAnswer: _answer, ...before }) => before);
}
const reminders: Reminder[] = [
  { id: 'rem-pending', applicationId: app.id, interviewId: 'int-b', kind: 'follow-up', dueAt: NOW - DAY, pendingDueAt: NOW - DAY },
  {
    id: 'rem-done',
    applicationId: app.id,
    interviewId: 'int-a',
    kind: 'follow-up',
    dueAt: NOW - 15 * DAY,
    doneAt: NOW - 14 * DAY,
    closedBy: 'done',
  },
];

async function seedRaw(db: Db, version: number) {
  await db.put('applications', appAt(version) as unknown as Application);
  for (const i of interviewsAt(version)) await db.put('interviews', i as Interview);
  for (const r of reminders) await db.put('reminders', r);
  await db.put('settings', { followUpDelayDays: 5, reminderMinutes: 8 * 60 } as Settings, 'settings');
}

async function expectDataIntact(db: Db) {
  expect(db.version).toBe(migrations.length);
  expect(describeSchema(db)).toEqual(EXPECTED_SCHEMA);
  expect(await findByJobKey(db, app.jobKey)).toEqual(app);
  // The URL key of before per-site keys still finds the application.
  expect(await findByJobKey(db, OLD_URL_KEY)).toEqual(app);
  expect(await findByUrl(db, 'https://www.linkedin.com/jobs/search?currentJobId=4012345678')).toEqual(app);
  expect((await shownRowsOf(db, app.id)).interviews.map((i) => i.id)).toEqual(['int-b', 'int-a']);
  expect(await db.getAll('interviews')).toEqual(interviews);
  expect((await dueReminders(db, NOW)).map((r) => r.id)).toEqual(['rem-pending']);
  expect(await db.get('reminders', 'rem-done')).toEqual(reminders[1]);
  // The next due date survives (the dashboard sorts on it in memory).
  expect((await db.getAll('applications')).filter((a) => a.nextDueAt !== null && a.nextDueAt <= NOW)).toEqual([app]);
  expect(await db.getAllFromIndex('applications', 'by-next-due', IDBKeyRange.upperBound(NOW))).toEqual([app]);
  expect((await dueItems(db, NOW)).map((d) => [d.reminder.id, d.application.id])).toEqual([['rem-pending', app.id]]);
  expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, followUpDelayDays: 5, reminderMinutes: 480 });
  // Writes work on migrated data: the unique index finds the old application, its reminder is superseded.
  const { application, reminders: fresh } = await saveDebrief(
    db,
    { ...args({ jobKey: app.jobKey, urls: [] }), expectedRevision: 3 },
    { now: NOW },
  );
  expect(application.id).toBe(app.id);
  expect(application.revision).toBe(4);
  expect(await db.get('reminders', 'rem-pending')).toMatchObject({ closedBy: 'superseded', doneAt: NOW });
  expect((await pendingRemindersOf(db, app.id)).map((r) => r.id)).toEqual(fresh.map((r) => r.id));
  await expect(db.add('applications', { ...app, id: 'dup' })).rejects.toMatchObject({ name: 'ConstraintError' });
  await expect(db.add('applications', { ...app, id: 'dup2', jobKey: 'other', keys: ['other', OLD_URL_KEY] })).rejects.toMatchObject({
    name: 'ConstraintError',
  });
}

describe('openRelanceDb', () => {
  it('opens the default database name at the length of the migration list', async () => {
    expect(DB_NAME).toBe('relance');
    expect(migrations.length).toBeGreaterThanOrEqual(1);
    const db = await openRelanceDb();
    try {
      expect(db.name).toBe('relance');
      expect(db.version).toBe(migrations.length);
    } finally {
      db.close();
      await deleteDB('relance');
    }
  });

  it('a fresh database at the latest version has the expected schema', async () => {
    const db = await openRelanceDb(uniqueName());
    expect(db.version).toBe(migrations.length);
    expect(describeSchema(db)).toEqual(EXPECTED_SCHEMA);
    db.close();
  });

  it('each version can be opened from scratch', async () => {
    for (let v = 1; v <= migrations.length; v++) {
      const db = await openRelanceDb(uniqueName(), v);
      expect(db.version).toBe(v);
      db.close();
    }
  });
});

// Each stored version i (1 … latest), reopened at the latest: the data survives and the indexes work.
// At i = latest this checks that reopening without an upgrade keeps everything.
describe.each(Array.from({ length: migrations.length }, (_, i) => i + 1))('database written at version %i', (version) => {
  it(`reopened at version ${migrations.length}: data intact, indexes work`, async () => {
    const name = uniqueName();
    const old = await openRelanceDb(name, version);
    expect(old.version).toBe(version);
    await seedRaw(old, version);
    old.close();
    const db = await openRelanceDb(name);
    try {
      await expectDataIntact(db);
    } finally {
      db.close();
    }
  });

  it.runIf(version < migrations.length)('an open older connection does not block the upgrade', async () => {
    const name = uniqueName();
    const old = await openRelanceDb(name, version);
    await seedRaw(old, version);
    const db = await openRelanceDb(name); // `blocking` closes `old`
    try {
      await expectDataIntact(db);
    } finally {
      db.close();
    }
  });
});

describe('v1 → v2: per-site job keys', () => {
  const v1App = (id: string, url: string, title = 'Dev', company = 'Acme') => ({
    id,
    jobKey: url.replace(/\/$/, ''),
    urls: [url.replace(/\/$/, '')],
    posting: { title, company, location: '', url },
    status: 'waiting',
    lastVerdict: 'undecided',
    nextDueAt: null,
    createdAt: NOW,
    updatedAt: NOW,
    revision: 1,
  });

  it('re-keys supported sites, keeps URL keys elsewhere, and never fails on two rows of one job', async () => {
    const name = uniqueName();
    (await openRelanceDb(name, 1)).close();
    // Rows of the v1 shape, written through an untyped handle: today's types describe today's rows.
    const old = await openDB(name, 1);
    await old.put('applications', v1App('a', 'https://www.linkedin.com/jobs/view/111/'));
    // The same LinkedIn job tracked twice under two URL keys before site keys existed.
    await old.put('applications', v1App('b', 'https://fr.linkedin.com/jobs/view/111/'));
    await old.put('applications', v1App('c', 'https://careers.acme.test/jobs/42', 'Designer', 'Acme SAS'));
    old.close();
    const db = await openRelanceDb(name);
    try {
      const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((id) => db.get('applications', id)));
      const keys = [a!, b!].map((x) => x.jobKey);
      expect(keys.filter((k) => k === 'linkedin:111')).toHaveLength(1);
      const rekeyed = a!.jobKey === 'linkedin:111' ? a! : b!;
      const other = rekeyed === a ? b! : a!;
      expect(rekeyed.keys).toEqual(['linkedin:111', rekeyed.urls[0]]);
      expect(other.keys).toEqual([other.jobKey]);
      expect(other.jobKey).toMatch(/^https:/);
      expect(c!.jobKey).toBe('https://careers.acme.test/jobs/42');
      expect(c!.keys).toEqual(['https://careers.acme.test/jobs/42']);
      expect(c!.matchKey).toBe(normalizeForMatch('Acme SAS', 'Designer'));
      // Both duplicates share a match key: the popup offers to link them.
      expect(a!.matchKey).toBe(b!.matchKey);
      expect((await findByJobKey(db, 'linkedin:111'))?.id).toBe(rekeyed.id);
    } finally {
      db.close();
    }
  });
});

describe('v2 → v3: the timeline store', () => {
  const event = { id: 'ev-1', applicationId: app.id, at: NOW - DAY, type: 'kept-pursuing' as const, createdAt: NOW - DAY };

  it('adds an empty events store, indexed by application and time, next to the data of v2', async () => {
    const name = uniqueName();
    const old = await openRelanceDb(name, 2);
    await seedRaw(old, 2);
    expect([...old.objectStoreNames]).not.toContain('events');
    old.close();
    const db = await openRelanceDb(name, 3);
    try {
      expect(db.version).toBe(3);
      expect(await db.count('events')).toBe(0);
      await db.put('events', event);
      await db.put('events', { ...event, id: 'ev-0', at: NOW - 2 * DAY });
      const range = IDBKeyRange.bound([app.id, -Infinity], [app.id, Infinity]);
      expect((await db.getAllFromIndex('events', 'by-application', range)).map((e) => e.id)).toEqual(['ev-0', 'ev-1']);
      expect(await findByJobKey(db, app.jobKey)).toEqual(appBeforeContacts);
    } finally {
      db.close();
    }
  });

  it('a v3 database with a timeline reopens with it intact', async () => {
    const name = uniqueName();
    const old = await openRelanceDb(name, 3);
    await seedRaw(old, 3);
    await old.put('events', event);
    old.close();
    const db = await openRelanceDb(name);
    try {
      expect(await db.getAll('events')).toEqual([event]);
    } finally {
      db.close();
    }
  });
});

describe('v3 → v4: the job-key index dropped', () => {
  it.each([1, 2, 3])(
    'from v%i with data: by-job-key and by-next-due are gone; by-key still finds every job key and keeps it unique',
    async (version) => {
      const name = uniqueName();
      const old = await openRelanceDb(name, version);
      await seedRaw(old, version);
      old.close();
      const db = await openRelanceDb(name, 4);
      try {
        expect(db.version).toBe(4);
        expect([...db.transaction('applications').store.indexNames]).not.toContain('by-job-key');
        expect([...db.transaction('applications').store.indexNames]).not.toContain('by-next-due');
        expect(await findByJobKey(db, app.jobKey)).toEqual(appBeforeContacts);
        // Another application under the same own job key: refused through by-key, as by-job-key did.
        await expect(db.add('applications', { ...app, id: 'same-job', keys: [app.jobKey] })).rejects.toMatchObject({
          name: 'ConstraintError',
        });
        expect(await db.count('applications')).toBe(1);
      } finally {
        db.close();
      }
    },
  );

  it('a v3 database with a timeline keeps it, and every row, through the upgrade', async () => {
    const name = uniqueName();
    const old = await openRelanceDb(name, 3);
    await seedRaw(old, 3);
    const event = { id: 'ev-1', applicationId: app.id, at: NOW - DAY, type: 'kept-pursuing' as const, createdAt: NOW - DAY };
    await old.put('events', event);
    const before = {
      interviews: await old.getAll('interviews'),
      reminders: await old.getAll('reminders'),
      events: await old.getAll('events'),
    };
    old.close();
    const db = await openRelanceDb(name, 4);
    try {
      expect({
        interviews: await db.getAll('interviews'),
        reminders: await db.getAll('reminders'),
        events: await db.getAll('events'),
      }).toEqual(before);
      expect(await db.getAll('applications')).toEqual([appBeforeContacts]);
    } finally {
      db.close();
    }
  });
});

describe('v4 → v5: the calendar ledger', () => {
  it.each([1, 2, 3, 4])('from v%i with data: an empty calendar store keyed by UID, every row kept', async (version) => {
    const name = uniqueName();
    const old = await openRelanceDb(name, version);
    await seedRaw(old, version);
    expect([...old.objectStoreNames]).not.toContain('calendar');
    old.close();
    const db = await openRelanceDb(name, 5);
    try {
      expect(db.version).toBe(5);
      expect(await db.count('calendar')).toBe(0);
      expect(await db.getAll('reminders')).toEqual(expect.arrayContaining(reminders));
      expect(await db.count('reminders')).toBe(reminders.length);
      const entry = {
        uid: 'reminder-r@relance',
        applicationId: app.id,
        event: {
          uid: 'reminder-r@relance',
          sequence: 0,
          start: { kind: 'date' as const, on: '2026-04-01' },
          summary: 's',
          description: '',
        },
      };
      await db.put('calendar', entry);
      expect(await db.get('calendar', entry.uid)).toEqual(entry);
    } finally {
      db.close();
    }
  });
});

describe('v5 → v6: a planned interview gains its time, channel and role', () => {
  const planned = { on: '2026-04-22', withWhom: 'Head of design', stage: 'director' as const };
  it.each([1, 2, 3, 4, 5])('from v%i: the planned interview is kept, with no time, channel nor role', async (version) => {
    const name = uniqueName();
    const old = await openRelanceDb(name, version);
    await seedRaw(old, version);
    await old.put('applications', { ...appAt(version), nextInterview: planned } as unknown as Application);
    old.close();
    const db = await openRelanceDb(name, 6);
    try {
      expect(await db.getAll('applications')).toEqual([
        { ...appBeforeContacts, nextInterview: { ...planned, time: '', channel: null, role: '' } },
      ]);
      expect(await db.getAll('interviews')).toEqual(interviewsAt(6));
      expect(await db.getAll('reminders')).toEqual([...reminders].sort((a, b) => a.id.localeCompare(b.id)));
    } finally {
      db.close();
    }
  });

  it('an application with no planned interview (or null) is left as it was', async () => {
    const name = uniqueName();
    const old = await openRelanceDb(name, 5);
    await seedRaw(old, 5);
    await old.put('applications', { ...appBeforeContacts, id: 'app-null', jobKey: 'x', keys: ['x'], urls: [], nextInterview: null });
    old.close();
    const db = await openRelanceDb(name, 6);
    try {
      expect(await db.get('applications', app.id)).toEqual(appBeforeContacts);
      expect(await db.get('applications', 'app-null')).toMatchObject({ nextInterview: null });
    } finally {
      db.close();
    }
  });
});

/**
 * The version that added the drafts store, found rather than written down: it is the last migration
 * today, and a migration appended by a parallel branch may come before it once both are merged.
 */
async function draftsVersion(): Promise<number> {
  for (let v = 1; v <= migrations.length; v++) {
    const db = await openRelanceDb(uniqueName(), v);
    const has = db.objectStoreNames.contains('drafts');
    db.close();
    if (has) return v;
  }
  throw new Error('no version has the drafts store');
}

describe("the closing card's drafts store", () => {
  it('from every earlier version with data: an empty drafts store keyed by application, every row kept', async () => {
    const target = await draftsVersion();
    expect(target).toBeGreaterThanOrEqual(7);
    for (let version = 1; version < target; version++) {
      const name = uniqueName();
      const old = await openRelanceDb(name, version);
      await seedRaw(old, version);
      expect([...old.objectStoreNames]).not.toContain('drafts');
      old.close();
      const db = await openRelanceDb(name, target);
      try {
        expect(db.version).toBe(target);
        expect(await db.count('drafts')).toBe(0);
        expect(await db.count('reminders')).toBe(reminders.length);
        expect(await db.getAll('interviews')).toEqual(interviewsAt(target));
        const draft = { applicationId: app.id, ticks: ['thanked' as const], heard: null, updatedAt: NOW };
        await db.put('drafts', draft);
        expect(await db.get('drafts', app.id)).toEqual(draft);
      } finally {
        db.close();
      }
    }
  });
});

describe('v7 → v8: contacts', () => {
  it.each([1, 2, 3, 4, 5, 6, 7])(
    "from v%i: the debriefs' interviewers and recovery contacts become contacts, once each",
    async (version) => {
      const name = uniqueName();
      const old = await openRelanceDb(name, version);
      await seedRaw(old, version);
      old.close();
      const db = await openRelanceDb(name, 8);
      try {
        expect(await db.get('applications', app.id)).toEqual(app);
        expect(await db.getAll('interviews')).toEqual(interviewsAt(8));
      } finally {
        db.close();
      }
    },
  );

  it('an application with no debrief gets an empty list', async () => {
    const name = uniqueName();
    const old = await openRelanceDb(name, 7);
    await old.put('applications', { ...appBeforeContacts, id: 'app-bare', jobKey: 'x', keys: ['x'], urls: [] });
    old.close();
    const db = await openRelanceDb(name, 8);
    try {
      expect(await db.get('applications', 'app-bare')).toMatchObject({ contacts: [] });
    } finally {
      db.close();
    }
  });
});

describe('v9 → v10: the answer to the weak point, and the start time and channel of a next interview announced by a call', () => {
  const at = NOW - 2 * DAY;
  const head = { applicationId: app.id, at, createdAt: at };
  const nextWithWhom = { withWhom: 'Léa Roux, CTO', on: '2026-04-20', stage: 'final' };
  // As versions 3 to 9 stored them: a call's next interview said whom, when and the stage only.
  const announced = {
    ...head,
    id: 'ev-next',
    type: 'outcome',
    outcome: { kind: 'answer', at, note: 'Final round', result: 'next-interview', nextInterview: nextWithWhom },
  };
  const others = [
    { ...head, id: 'ev-retry', type: 'outcome', outcome: { kind: 'no-answer', at, note: '', nextFollowUpAt: NOW + DAY } },
    { ...head, id: 'ev-offer', type: 'outcome', outcome: { kind: 'answer', at, note: '', result: 'offer' } },
    { ...head, id: 'ev-kept', type: 'kept-pursuing' },
  ];

  it.each(Array.from({ length: ANSWER_VERSION - 1 }, (_, i) => i + 1))(
    'from v%i: every interview has an empty answer, a next interview of a call no time nor channel; nothing else changes',
    async (version) => {
      const name = uniqueName();
      const old = await openRelanceDb(name, version);
      await seedRaw(old, version);
      const timeline = old.objectStoreNames.contains('events');
      if (timeline) for (const e of [announced, ...others]) await old.put('events', e as unknown as TimelineEvent);
      old.close();
      const db = await openRelanceDb(name, ANSWER_VERSION);
      try {
        expect(await db.getAll('interviews')).toEqual(interviews);
        expect((await db.getAll('interviews')).map((i) => i.weakPointAnswer)).toEqual(['', '']);
        if (timeline) {
          expect(await db.get('events', 'ev-next')).toEqual({
            ...announced,
            outcome: { ...announced.outcome, nextInterview: { ...nextWithWhom, time: '', channel: null } },
          });
          for (const e of others) expect(await db.get('events', e.id)).toEqual(e);
        }
        expect(await db.get('applications', app.id)).toEqual(app);
        expect(await db.count('reminders')).toBe(reminders.length);
      } finally {
        db.close();
      }
    },
  );

  it('what a row already holds is kept', async () => {
    const name = uniqueName();
    const old = await openRelanceDb(name, ANSWER_VERSION - 1);
    const answered = { ...interviews[0]!, weakPointAnswer: 'I run a cluster at home.' };
    await old.put('interviews', answered);
    const timed = { ...announced, outcome: { ...announced.outcome, nextInterview: { ...nextWithWhom, time: '14:30', channel: 'video' } } };
    await old.put('events', timed as unknown as TimelineEvent);
    old.close();
    const db = await openRelanceDb(name, ANSWER_VERSION);
    try {
      expect(await db.get('interviews', answered.id)).toEqual(answered);
      expect(await db.get('events', timed.id)).toEqual(timed);
    } finally {
      db.close();
    }
  });
});

describe('v10 → v11: applications by the day of their planned interview', () => {
  const planned = { on: '2026-04-22', withWhom: 'Head of design', stage: 'director' as const, time: '', channel: null, role: '' };
  it.each(Array.from({ length: 10 }, (_, i) => i + 1))(
    'from v%i: the index finds the planned interview of its day only',
    async (version) => {
      const name = uniqueName();
      const old = await openRelanceDb(name, version);
      await seedRaw(old, version);
      await old.put('applications', { ...appAt(version), nextInterview: planned } as unknown as Application);
      const other = { ...appAt(version), id: 'app-none', jobKey: 'none', keys: ['none'], urls: [], matchKey: 'none' };
      await old.put('applications', { ...other, nextInterview: null } as unknown as Application);
      old.close();
      const db = await openRelanceDb(name, 11);
      try {
        expect((await plannedOn(db, '2026-04-22')).map((a) => a.id)).toEqual([app.id]);
        expect(await plannedOn(db, '2026-04-23')).toEqual([]);
        expect(await db.count('applications')).toBe(2);
      } finally {
        db.close();
      }
    },
  );
});
