import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/storage/schema';
import { completeReminder, linkJobKey, markNotified, saveDebrief } from '../../src/storage/writes';
import { recordOutcome } from '../../src/storage/outcome-writes';
import { saveSettings } from '../../src/storage/settings-writes';
import { csvRows, exportAll, exportCsv } from '../../src/storage/export';
import { importData } from '../../src/storage/import-writes';
import { getSettings, pendingReminders } from '../../src/storage/reads';
import { ImportError } from '../../src/storage/errors';
import { EXPORT_VERSION, validateExport, type ExportFile } from '../../src/core/export';
import { planAlarms } from '../../src/core/alarm-plan';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { makeExport, T0 } from '../export-builders';
import { args, DAY, freshDb, H, NOW, snapshot } from './helpers';
import { isJobKey } from '../../src/extract/job-key';

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

/** What the worker's importData handler does: validate the whole file, then write it in one transaction. */
async function importJson(target: Db, json: string, now = NOW + 30 * DAY) {
  const checked = validateExport(json, isJobKey);
  if (!checked.ok) throw new ImportError(checked.problem.key, checked.problem.detail);
  return importData(target, checked.value, { now });
}

/** A profile built through the real writes: two applications, outcomes, a link, done, notified, settings. */
async function buildProfile(target: Db) {
  await saveSettings(target, { ...DEFAULT_SETTINGS, reminderMinutes: 8 * 60, notifications: false }, { now: NOW });
  const acme = await saveDebrief(target, args({ jobKey: 'https://jobs.acme.test/42' }, { answerBy: NOW + 3 * DAY }), { now: NOW });
  await saveDebrief(
    target,
    args(
      { jobKey: 'https://jobs.acme.test/42' },
      { interviewAt: NOW + DAY, verdict: 'convinced', nextSteps: [{ withWhom: 'CTO', when: '2026-04-20' }], followUpAt: NOW + 8 * DAY },
    ),
    { now: NOW + DAY },
  );
  await linkJobKey(
    target,
    { applicationId: acme.application.id, jobKey: 'linkedin:4012345678', urls: ['https://www.linkedin.com/jobs/view/4012345678'] },
    { now: NOW + DAY },
  );
  const other = await saveDebrief(
    target,
    args({
      jobKey: 'https://beta.test/jobs/7',
      urls: ['https://beta.test/jobs/7'],
      posting: { title: 'Designer, "UX"', company: 'Béta, SAS', location: '', url: 'https://beta.test/jobs/7' },
    }),
    { now: NOW },
  );
  await markNotified(target, [other.reminders[0]!.id], NOW + 7 * DAY);
  await recordOutcome(
    target,
    {
      applicationId: other.application.id,
      reminderId: other.reminders[0]!.id,
      outcome: { kind: 'no-answer', at: NOW + 7 * DAY, note: 'Voicemail' },
    },
    { now: NOW + 7 * DAY },
  );
  const [retry] = (await target.getAll('reminders')).filter(
    (r) => r.applicationId === other.application.id && r.pendingDueAt !== undefined,
  );
  await completeReminder(target, retry!.id, { now: NOW + 9 * DAY });
  return { acme, other };
}

describe('exportAll', () => {
  it('writes every store in the versioned format, and validates as is', async () => {
    await buildProfile(db);
    const file = await exportAll(db, T0);
    expect(file).toMatchObject({ format: 'relance-export', version: 5, exportedAt: '2026-04-01T10:00:00.000Z' });
    expect(file.settings).toEqual({ ...DEFAULT_SETTINGS, reminderMinutes: 480, notifications: false });
    const all = await snapshot(db);
    expect(file.applications).toEqual(all.applications);
    expect(file.interviews).toEqual(all.interviews);
    expect(file.reminders).toEqual(all.reminders);
    expect(file.events).toEqual(all.events);
    expect(validateExport(JSON.stringify(file), isJobKey)).toEqual({ ok: true, value: file });
  });

  it('a fresh profile exports the default settings and empty lists', async () => {
    expect(await exportAll(db, T0)).toEqual({
      format: 'relance-export',
      version: EXPORT_VERSION,
      exportedAt: new Date(T0).toISOString(),
      settings: DEFAULT_SETTINGS,
      applications: [],
      interviews: [],
      reminders: [],
      events: [],
    });
  });
});

describe('round trip: export, wipe, import', () => {
  it('restores identical data, and the same alarms', async () => {
    await buildProfile(db);
    const before = await snapshot(db);
    const alarmsBefore = planAlarms(await pendingReminders(db), [], NOW);
    const json = JSON.stringify(await exportAll(db));
    db.close();
    db = await freshDb(); // the wipe: a new profile
    expect(await importJson(db, json)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await snapshot(db)).toEqual(before);
    expect(planAlarms(await pendingReminders(db), [], NOW)).toEqual(alarmsBefore);
    expect(alarmsBefore.create.length).toBeGreaterThan(0);
  });

  it('importing the same file again changes nothing', async () => {
    await buildProfile(db);
    const json = JSON.stringify(await exportAll(db));
    const before = await snapshot(db);
    expect(await importJson(db, json)).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('1,000 applications in one import', async () => {
    const file = makeExport(1000);
    expect(await importJson(db, JSON.stringify(file))).toEqual({ added: 1000, updated: 0, unchanged: 0 });
    expect(await db.count('applications')).toBe(1000);
    expect(await db.count('reminders')).toBe(2000);
    const back = await exportAll(db, T0);
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    for (const store of ['applications', 'interviews', 'reminders', 'events'] as const)
      expect(byId<{ id: string }>(back[store])).toEqual(byId<{ id: string }>(file[store]));
  });
});

describe('files of every earlier format version import', () => {
  const versions = Array.from({ length: EXPORT_VERSION - 1 }, (_, i) => i + 1);
  const fixture = (v: number) => readFileSync(join(import.meta.dirname, `../fixtures/export/relance-export-v${v}.json`), 'utf8');

  it.each(versions)('version %i, into a fresh profile: every row stored, and exported again as the current version', async (v) => {
    const raw = JSON.parse(fixture(v));
    const report = await importJson(db, fixture(v));
    expect(report).toEqual({ added: raw.applications.length, updated: 0, unchanged: 0 });
    const back = await exportAll(db, T0);
    expect(back.version).toBe(EXPORT_VERSION);
    for (const store of ['applications', 'interviews', 'reminders', 'events'] as const) expect(back[store]).toHaveLength(raw[store].length);
    expect(back.settings).toMatchObject(raw.settings);
    expect(validateExport(JSON.stringify(back), isJobKey)).toEqual({ ok: true, value: back });
  });

  it.each(versions)('version %i, into a profile in use: merged, and importing it again changes nothing', async (v) => {
    await buildProfile(db); // the same jobs as the file, recorded again: merged by job key
    const apps = JSON.parse(fixture(v)).applications.length;
    const first = await importJson(db, fixture(v));
    expect(first.added + first.updated).toBe(apps);
    const before = await snapshot(db);
    expect(await importJson(db, fixture(v))).toEqual({ added: 0, updated: 0, unchanged: apps });
    expect(await snapshot(db)).toEqual(before);
  });

  it('an interview saved with its stage and feeling not said comes back not said', async () => {
    await saveDebrief(db, args({ jobKey: 'https://jobs.acme.test/42' }, { stage: null, feeling: null }), { now: NOW });
    const json = JSON.stringify(await exportAll(db));
    db.close();
    db = await freshDb();
    await importJson(db, json);
    const [interview] = await db.getAll('interviews');
    expect([interview!.stage, interview!.feeling]).toEqual([null, null]);
  });
});

describe('what format version 2 added to the retry rules', () => {
  it('version 1: no retries setting (its default is taken), interviews without feedbackAt, a rejection with a follow-up date', async () => {
    const f = JSON.parse(JSON.stringify(makeExport(2, 'v1')));
    f.version = 1;
    delete f.settings.maxNoAnswerRetries;
    for (const i of f.interviews) delete i.feedbackAt;
    // Before version 2 a rejection still had a follow-up date: it is kept as recorded.
    f.interviews[1].verdict = 'rejected';
    f.interviews[1].answerBy = null;
    expect(await importJson(db, JSON.stringify(f))).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, followUpDelayDays: 5, maxNoAnswerRetries: 2 });
    expect((await db.get('interviews', f.interviews[0].id))!.feedbackAt).toBeNull();
    expect((await db.get('interviews', f.interviews[1].id))!.followUpAt).toBe(f.interviews[1].followUpAt);
  });

  it('version 2 carries the retries setting, a rejection without a call and a feedback reminder', async () => {
    const f = makeExport(1, 'v2');
    f.settings.maxNoAnswerRetries = 4;
    const i = f.interviews[0]!;
    Object.assign(i, { verdict: 'rejected', answerBy: null, followUpAt: null, feedbackAt: i.interviewAt + 3 * DAY });
    f.reminders[0] = { ...f.reminders[0]!, kind: 'feedback', dueAt: i.feedbackAt!, pendingDueAt: i.feedbackAt! };
    f.applications[0] = { ...f.applications[0]!, status: 'closed', lastVerdict: 'rejected', nextDueAt: i.feedbackAt };
    const checked = validateExport(JSON.stringify(f), isJobKey);
    expect(checked).toEqual({ ok: true, value: f });
    expect(await importJson(db, JSON.stringify(f))).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect((await getSettings(db)).maxNoAnswerRetries).toBe(4);
  });
});

describe('a refused import leaves the stored data exactly as it was', () => {
  const good = () => JSON.stringify(makeExport(3, 'imp'));
  const bad1000 = () => {
    const f = JSON.parse(JSON.stringify(makeExport(1000, 'imp')));
    f.reminders[1499].kind = 'call-back';
    return JSON.stringify(f);
  };
  it.each<[string, () => string, string, RegExp]>([
    ['a corrupt file', () => good().replace(/"applications"/, '"applications" oops'), 'errorImportNotJson', /not valid JSON/],
    ['a truncated file', () => good().slice(0, Math.floor(good().length / 2)), 'errorImportNotJson', /cut short/],
    [
      'a file from a future version',
      () => good().replace(`"version":${EXPORT_VERSION}`, '"version":7'),
      'errorImportNewerVersion',
      /newer Relance \(format version 7/,
    ],
    ['a 50 MB string', () => 'x'.repeat(50 * 1024 * 1024), 'errorImportTooLarge', /limit is 20 MB/],
    [
      'a __proto__ key',
      () => good().replace('"settings":{', '"settings":{"__proto__":{"polluted":true},'),
      'errorImportUnsafe',
      /"__proto__"/,
    ],
    [
      'a constructor key',
      () => good().replace('"posting":{', '"posting":{"constructor":{"prototype":{"polluted":true}},'),
      'errorImportUnsafe',
      /"constructor"/,
    ],
    [
      'one bad record among 1,000',
      bad1000,
      'errorImportRecord',
      /^reminders\[1499\] \(Company 749 — Frontend developer\): kind is not one of follow-up, answer-due, feedback, interview-soon, how-did-it-go, thank-you$/,
    ],
  ])('%s', async (_n, make, key, detail) => {
    await buildProfile(db);
    const before = await snapshot(db);
    const error = await importJson(db, make()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toBe(key);
    expect((error as ImportError).fields[0]!.message).toMatch(detail);
    expect(await snapshot(db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a conflict found while writing (a record matching two stored applications) aborts the whole import', async () => {
    const { acme, other } = await buildProfile(db);
    const file = makeExport(3, 'imp');
    // The third application carries the job keys of two different stored applications.
    file.applications[2]!.keys.push(acme.application.jobKey, other.application.jobKey);
    const before = await snapshot(db);
    await expect(importJson(db, JSON.stringify(file))).rejects.toThrow(/errorImportRecord/);
    const error = await importJson(db, JSON.stringify(file)).then(
      () => null,
      (e: ImportError) => e,
    );
    expect(error!.fields[0]!.message).toMatch(/^applications\[2\] \(Company 2 — .*\): matches 2 different stored applications$/);
    // The two applications before it would have been added: they are not.
    expect(await snapshot(db)).toEqual(before);
  });

  it('a write that fails after most of the plan was written (the last application cannot be stored) aborts the whole import', async () => {
    await buildProfile(db);
    const file = makeExport(3, 'imp');
    // Past validation, an uncloneable value makes IndexedDB refuse the last put of the plan.
    Object.assign(file.applications[2]!.posting, { title: () => 'not data' });
    const before = await snapshot(db);
    await expect(importData(db, file, { now: NOW })).rejects.toMatchObject({ name: 'DataCloneError' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a row whose id belongs to another stored application aborts the import', async () => {
    const { other } = await buildProfile(db);
    const file = makeExport(2, 'imp');
    file.events[1]!.id = (await db.getAll('events')).find((e) => e.applicationId === other.application.id)!.id;
    const before = await snapshot(db);
    const error = await importJson(db, JSON.stringify(file)).then(
      () => null,
      (e: ImportError) => e,
    );
    expect(error!.fields[0]!.message).toMatch(
      /^events\[1\] \(Company 1 — Frontend developer\): id ".*" belongs to another stored application$/,
    );
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('merge with what is stored', () => {
  /** The stored profile, the export of it, and a way to edit a copy of the export. */
  async function exported() {
    const profile = await buildProfile(db);
    const file = await exportAll(db);
    const copy = (): ExportFile => JSON.parse(JSON.stringify(file));
    return { ...profile, file, copy };
  }

  it('a newer edit in the file wins; no duplicate application; its new rows are added', async () => {
    const { other, copy } = await exported();
    const f = copy();
    const app = f.applications.find((a) => a.id === other.application.id)!;
    app.posting.title = 'Lead designer';
    app.updatedAt = NOW + 20 * DAY;
    f.events.push({ id: 'ev-new', applicationId: app.id, at: NOW + 20 * DAY, type: 'kept-pursuing', createdAt: NOW + 20 * DAY });
    const storedRevision = (await db.get('applications', app.id))!.revision;
    expect(await importJson(db, JSON.stringify(f))).toEqual({ added: 0, updated: 1, unchanged: 1 });
    expect(await db.count('applications')).toBe(2);
    expect(await db.get('applications', app.id)).toMatchObject({
      posting: { title: 'Lead designer' },
      updatedAt: NOW + 20 * DAY,
      revision: storedRevision + 1,
    });
    expect(await db.get('events', 'ev-new')).toBeTruthy();
  });

  it('an older edit in the file loses, but its rows are kept (merged by id) and a reminder pending only there does not come back pending', async () => {
    const { other, copy } = await exported();
    const f = copy();
    const app = f.applications.find((a) => a.id === other.application.id)!;
    app.posting.title = 'Old title';
    app.updatedAt = NOW - DAY;
    f.reminders.push({
      id: 'rem-old',
      applicationId: app.id,
      interviewId: f.interviews.find((i) => i.applicationId === app.id)!.id,
      kind: 'follow-up',
      dueAt: NOW + 40 * DAY,
      pendingDueAt: NOW + 40 * DAY,
    });
    const stored = (await db.get('applications', app.id))!;
    expect(await importJson(db, JSON.stringify(f), NOW + 30 * DAY)).toEqual({ added: 0, updated: 1, unchanged: 1 });
    expect(await db.get('applications', app.id)).toEqual({ ...stored, revision: stored.revision + 1 });
    expect(await db.get('reminders', 'rem-old')).toMatchObject({ closedBy: 'superseded', doneAt: NOW + 30 * DAY });
    expect((await db.get('reminders', 'rem-old'))?.pendingDueAt).toBeUndefined();
  });

  it('a newer file: a reminder pending only in storage is superseded, so no follow-up is doubled', async () => {
    const { acme, copy } = await exported();
    const f = copy();
    const app = f.applications.find((a) => a.id === acme.application.id)!;
    app.updatedAt = NOW + 20 * DAY;
    // In the file, the pending follow-up was moved (done there, a new one later).
    const pending = f.reminders.find((r) => r.applicationId === app.id && r.kind === 'follow-up' && r.pendingDueAt !== undefined)!;
    const { pendingDueAt: _p, ...closed } = pending;
    Object.assign(pending, { ...closed, doneAt: NOW + 20 * DAY, closedBy: 'done' });
    delete pending.pendingDueAt;
    f.reminders.push({
      id: 'rem-later',
      applicationId: app.id,
      interviewId: pending.interviewId,
      kind: 'follow-up',
      dueAt: NOW + 25 * DAY,
      pendingDueAt: NOW + 25 * DAY,
    });
    // And a reminder that exists only in storage (made after the export on this machine).
    await db.put('reminders', {
      id: 'rem-local',
      applicationId: app.id,
      interviewId: pending.interviewId,
      kind: 'follow-up',
      dueAt: NOW + 22 * DAY,
      pendingDueAt: NOW + 22 * DAY,
    });
    await importJson(db, JSON.stringify(f));
    const followUps = (await db.getAll('reminders')).filter(
      (r) => r.applicationId === app.id && r.kind === 'follow-up' && r.pendingDueAt !== undefined,
    );
    expect(followUps.map((r) => r.id)).toEqual(['rem-later']);
    expect((await db.get('applications', app.id))!.nextDueAt).toBe(NOW + 25 * DAY);
  });

  it('the same job under another id (another profile) merges by job key, its rows moving to the stored application', async () => {
    const { acme, copy } = await exported();
    const f = copy();
    const app = f.applications.find((a) => a.id === acme.application.id)!;
    const oldId = app.id;
    app.id = 'other-profile-id';
    app.keys = ['linkedin:4012345678', 'https://jobs.acme.test/42?ref=other'];
    app.jobKey = 'linkedin:4012345678';
    for (const store of ['interviews', 'reminders', 'events'] as const)
      for (const r of f[store]) if (r.applicationId === oldId) r.applicationId = app.id;
    f.interviews.push({ ...f.interviews.find((i) => i.applicationId === app.id)!, id: 'int-elsewhere', notes: 'Recorded on the laptop' });
    await importJson(db, JSON.stringify(f));
    expect(await db.count('applications')).toBe(2);
    expect(await db.get('applications', 'other-profile-id')).toBeUndefined();
    expect(await db.get('interviews', 'int-elsewhere')).toMatchObject({ applicationId: acme.application.id });
    expect((await db.get('applications', acme.application.id))!.keys).toContain('https://jobs.acme.test/42?ref=other');
  });

  it('two applications of the file on one stored application are refused', async () => {
    const { acme, copy } = await exported();
    const f = copy();
    // The file's own copy no longer lists the LinkedIn key; another application of the file has it.
    const own = f.applications.find((a) => a.id === acme.application.id)!;
    own.keys = own.keys.filter((k) => k !== 'linkedin:4012345678');
    const extra = makeExport(1, 'dup');
    extra.applications[0]!.keys.push('linkedin:4012345678');
    f.applications.push(extra.applications[0]!);
    f.interviews.push(...extra.interviews);
    f.reminders.push(...extra.reminders);
    f.events.push(...extra.events);
    const before = await snapshot(db);
    const error = await importJson(db, JSON.stringify(f)).then(
      () => null,
      (e: ImportError) => e,
    );
    expect(error!.fields[0]!.message).toMatch(/is the same stored application as applications\[\d\]$/);
    expect(await snapshot(db)).toEqual(before);
  });

  it("the file's settings apply to a profile without settings only", async () => {
    const file = makeExport(1);
    await importJson(db, JSON.stringify(file));
    expect(await db.get('settings', 'settings')).toEqual(file.settings);
    const other = await freshDb();
    try {
      await saveSettings(other, { ...DEFAULT_SETTINGS, reminderMinutes: 600 }, { now: NOW });
      await importJson(other, JSON.stringify(file));
      expect((await other.get('settings', 'settings'))!.reminderMinutes).toBe(600);
    } finally {
      other.close();
    }
  });
});

describe('CSV from storage', () => {
  it('the "next follow-up call" column is the call, not a promised answer that comes before it', async () => {
    const { application } = await saveDebrief(db, args({}, { answerBy: NOW + 2 * DAY, followUpAt: NOW + 7 * DAY }), { now: NOW });
    expect(application.nextDueAt).toBe(NOW + 2 * DAY);
    const [row] = await csvRows(db);
    expect(row!.followUpAt).toBe(NOW + 7 * DAY);
    const [header, line] = (await exportCsv(db)).slice(1).split('\r\n');
    const column = header!.split(',').indexOf('next follow-up call');
    const local = (t: number) => new Date(t - new Date(t).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    // The cells up to this column hold no comma.
    expect(line!.split(',')[column]).toBe(local(NOW + 7 * DAY));
    expect(line).toContain(local(NOW + 2 * DAY));
  });

  it('one row per application with its newest debrief', async () => {
    const { acme } = await buildProfile(db);
    const rows = await csvRows(db);
    expect(rows).toHaveLength(2);
    const row = rows.find((r) => r.application.id === acme.application.id)!;
    expect(row.interview?.verdict).toBe('convinced');
    const csv = await exportCsv(db);
    expect(csv.startsWith('\uFEFFcompany,title,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4); // header, 2 rows, and the final line end
    expect(csv).toContain('"Béta, SAS","Designer, ""UX"""');
    expect(H).toBe(3600_000);
  });
});
