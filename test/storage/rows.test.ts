import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/storage/schema';
import { completeReminder, saveDebrief } from '../../src/storage/writes';
import { planInterview } from '../../src/storage/edit-writes';
import { saveDraft } from '../../src/storage/draft-writes';
import { pendingOf } from '../../src/core/reminders';
import { recordOutcome } from '../../src/storage/outcome-writes';
import { applicationDetail, applicationShown, applicationsWithPending, shownRowsOf } from '../../src/storage/reads';
import { latestInterview, newerThan } from '../../src/storage/rows';
import { args, DAY, freshDb, H, ids, NOW } from './helpers';

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

describe('newerThan: which of two interviews is the newer', () => {
  const at = (interviewAt: number, createdAt: number) => ({ interviewAt, createdAt });

  it.each([
    ['a later interview, recorded earlier', at(NOW, NOW - DAY), at(NOW - H, NOW), true],
    ['an earlier interview, recorded later', at(NOW - H, NOW), at(NOW, NOW - DAY), false],
    ['the same interview time, recorded later', at(NOW, NOW + 1), at(NOW, NOW), true],
    ['the same interview time, recorded earlier', at(NOW, NOW), at(NOW, NOW + 1), false],
    ['the same interview time, recorded at the same time', at(NOW, NOW), at(NOW, NOW), false],
  ])('%s → %s', (_n, a, b, newer) => {
    expect(newerThan(a, b)).toBe(newer);
  });
});

describe('latestInterview', () => {
  it('of three debriefs for one interview time, the one recorded last, whatever the order of their ids', async () => {
    // Recorded z, then a, then m: the index lists ties by id (z, m, a from the newest end), the last recorded in the middle.
    const debriefAt = (now: number, prefix: string) => saveDebrief(db, args({}, { interviewAt: NOW - DAY }), { now, newId: ids(prefix) });
    await debriefAt(NOW, 'z');
    await debriefAt(NOW + H, 'a');
    const last = await debriefAt(NOW + 2 * H, 'm');
    // An earlier interview recorded later still does not count as the latest.
    await saveDebrief(db, args({}, { interviewAt: NOW - 3 * DAY }), { now: NOW + 3 * H, newId: ids('zz') });
    const tx = db.transaction(['interviews'], 'readonly');
    expect((await latestInterview(tx, last.application.id))?.id).toBe(last.interview.id);
  });

  it('is undefined for an application without interviews', async () => {
    const tx = db.transaction(['interviews'], 'readonly');
    expect(await latestInterview(tx, 'none')).toBeUndefined();
  });
});

describe('applicationDetail: every row of an application in its order', () => {
  it('interviews and timeline newest first, reminders by due time, whatever the order of their ids', async () => {
    // The first debrief's ids sort after the second's, and its reminders (superseded since) fall due first.
    const first = await saveDebrief(db, args({}, { interviewAt: NOW - 10 * DAY, followUpAt: NOW + DAY, answerBy: null }), {
      now: NOW - 10 * DAY,
      newId: ids('b'),
    });
    const second = await saveDebrief(db, args({}, { interviewAt: NOW - DAY, followUpAt: NOW + 2 * DAY, answerBy: NOW + 3 * DAY }), {
      now: NOW,
      newId: ids('a'),
    });
    const id = first.application.id;
    await recordOutcome(
      db,
      { applicationId: id, outcome: { kind: 'no-answer', at: NOW + 2 * H, note: '' } },
      { now: NOW, newId: ids('e2') },
    );
    await recordOutcome(db, { applicationId: id, outcome: { kind: 'no-answer', at: NOW + H, note: '' } }, { now: NOW, newId: ids('e1') });
    const detail = await applicationDetail(db, id);
    expect(detail!.interviews.map((i) => i.id)).toEqual([second.interview.id, first.interview.id]);
    const dues = detail!.reminders.map((r) => r.dueAt);
    expect(dues).toEqual([...dues].sort((x, y) => x - y));
    // The first debrief's earliest reminder (its evening's thank-you, due before its call) comes first.
    const earliest = [...first.reminders].sort((x, y) => x.dueAt - y.dueAt)[0]!;
    expect(detail!.reminders[0]!.id).toBe(earliest.id);
    expect(detail!.events.map((e) => e.at)).toEqual([NOW + 2 * H, NOW + H]);
  });

  it('is null for an unknown application', async () => {
    expect(await applicationDetail(db, 'none')).toBeNull();
  });
});

describe('the readers of the popup and the dashboard', () => {
  it('shownRowsOf: an application’s timeline oldest first, its pending reminders only, its card draft', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    await recordOutcome(db, { applicationId: application.id, outcome: { kind: 'no-answer', at: NOW + 2 * H, note: '' } }, { now: NOW });
    await recordOutcome(db, { applicationId: application.id, outcome: { kind: 'no-answer', at: NOW + H, note: '' } }, { now: NOW });
    const rows = await shownRowsOf(db, application.id);
    expect(rows.events.map((e) => e.at)).toEqual([NOW + H, NOW + 2 * H]);
    const all = (await applicationDetail(db, application.id))!.reminders;
    expect(rows.reminders.length).toBeGreaterThan(0);
    expect(rows.reminders.length).toBeLessThan(all.length);
    expect(rows.reminders).toEqual(pendingOf(all));
    expect(rows.draft).toBeUndefined();
    await saveDraft(db, { applicationId: application.id, ticks: [], heard: 'convinced' }, { now: NOW });
    expect((await shownRowsOf(db, application.id)).draft).toEqual({
      applicationId: application.id,
      ticks: [],
      heard: 'convinced',
      updatedAt: NOW,
    });
    expect(await shownRowsOf(db, 'none')).toEqual({ interviews: [], reminders: [], events: [], draft: undefined });
  });

  it('applicationShown: the application with the same rows as shownRowsOf, in one read; nothing for an unknown id', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    await saveDebrief(db, args({ jobKey: 'other', urls: [] }), { now: NOW });
    await recordOutcome(db, { applicationId: application.id, outcome: { kind: 'no-answer', at: NOW + H, note: '' } }, { now: NOW });
    await saveDraft(db, { applicationId: application.id, ticks: [], heard: 'convinced' }, { now: NOW });
    const shown = await applicationShown(db, application.id);
    expect(shown?.application).toEqual(await db.get('applications', application.id));
    expect(shown?.rows).toEqual(await shownRowsOf(db, application.id));
    expect(shown?.rows.interviews.length).toBe(1);
    expect(shown?.rows.events.length).toBe(1);
    expect(shown?.rows.draft?.heard).toBe('convinced');
    expect(await applicationShown(db, 'none')).toBeUndefined();
  });

  it('applicationsWithPending: every application with its pending calls only, none for one without', async () => {
    const acme = await saveDebrief(db, args({}, { answerBy: NOW + 3 * DAY }), { now: NOW });
    const other = await saveDebrief(db, args({ jobKey: 'other', urls: [] }), { now: NOW });
    await completeReminder(db, other.reminders[0]!.id, { now: NOW });
    await planInterview(
      db,
      { applicationId: acme.application.id, plan: { on: '2026-04-20', time: '', channel: null, withWhom: '', role: '', stage: null } },
      { now: NOW },
    );
    const rows = await applicationsWithPending(db);
    const of = (id: string) =>
      rows
        .find((r) => r.application.id === id)!
        .pending.map((r) => r.kind)
        .sort();
    expect(rows).toHaveLength(2);
    expect(of(acme.application.id)).toEqual(['answer-due', 'follow-up']);
    expect(of(other.application.id)).toEqual([]);
  });
});
