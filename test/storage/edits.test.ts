// Fixed time zone: moving reminders to a new time of their day is local. Set before any Date use.
import '../paris-time';

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/storage/schema';
import { markNotified, saveDebrief, snoozeReminder } from '../../src/storage/writes';
import {
  deleteApplication,
  planInterview,
  restoreApplication,
  trackInterview,
  updateInterview,
  updatePosting,
} from '../../src/storage/edit-writes';
import { recordOutcome } from '../../src/storage/outcome-writes';
import { saveSettings } from '../../src/storage/settings-writes';
import { applicationDetail, getSettings, pendingRemindersOf } from '../../src/storage/reads';
import { ApplicationNotFoundError, ConflictError, InterviewNotFoundError, KeyTakenError } from '../../src/storage/errors';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { args, DAY, debrief, freshDb, H, ids, NOW, snapshot } from './helpers';

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
const LATER = NOW + H;

describe('planInterview', () => {
  const plan = { on: '2026-04-20', time: '14:00', channel: 'video' as const, withWhom: 'Léa Roux', role: 'CTO', stage: 'final' as const };

  it('plans the next interview: in process again, no longer probably closed, reminders untouched', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    await db.put('applications', { ...application, status: 'waiting', probablyClosed: true });
    const pending = await pendingRemindersOf(db, application.id);
    const app = await planInterview(db, { applicationId: application.id, plan, expectedRevision: 1 }, { now: LATER });
    expect(app).toEqual({
      ...application,
      nextInterview: plan,
      status: 'in-process',
      probablyClosed: false,
      updatedAt: LATER,
      revision: 2,
    });
    expect(await db.get('applications', application.id)).toEqual(app);
    expect(await pendingRemindersOf(db, application.id)).toEqual(pending);
  });

  it('null cancels the planned interview, the status as it was', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    await planInterview(db, { applicationId: application.id, plan }, { now: LATER });
    const app = await planInterview(db, { applicationId: application.id, plan: null }, { now: LATER + H });
    expect(app).toMatchObject({ nextInterview: null, status: 'in-process', revision: 3 });
  });

  it('refuses a stale revision or an unknown application, writing nothing', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    const before = await snapshot(db);
    await expect(planInterview(db, { applicationId: application.id, plan, expectedRevision: 0 }, { now: LATER })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(planInterview(db, { applicationId: 'nope', plan }, { now: LATER })).rejects.toBeInstanceOf(ApplicationNotFoundError);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('trackInterview ("I have an interview for this job")', () => {
  const plan = { on: '2026-04-20', time: '', channel: 'on-site' as const, withWhom: '', role: '', stage: null };

  it('tracks the posting with its planned interview: in process, no debrief, no call to make', async () => {
    const a = args();
    const app = await trackInterview(db, { posting: a.posting, jobKey: a.jobKey, urls: a.urls, plan }, { now: NOW, newId: ids('n') });
    expect(app).toEqual({
      id: 'n-1',
      jobKey: a.jobKey,
      keys: [a.jobKey],
      matchKey: 'acme | frontend developer',
      urls: a.urls,
      posting: a.posting,
      status: 'in-process',
      lastVerdict: null,
      nextDueAt: null,
      createdAt: NOW,
      updatedAt: NOW,
      revision: 1,
      probablyClosed: false,
      nextInterview: plan,
      contacts: [],
    });
    const detail = await applicationDetail(db, 'n-1');
    expect(detail).toMatchObject({ application: app, interviews: [], events: [] });
    // Only the interview's own reminders: "interview soon" at the reminder hour on its day (no time given), "how did it go?" the next day.
    expect(detail!.reminders.map((r) => [r.kind, r.dueAt])).toEqual([
      ['interview-soon', local(2026, 4, 20, 9)],
      ['how-did-it-go', local(2026, 4, 21, 9)],
    ]);
    // The debrief after the interview lands on the same application.
    const { application } = await saveDebrief(db, { ...args(), expectedRevision: 1 }, { now: LATER });
    expect(application.id).toBe('n-1');
  });

  it('a posting already tracked under the key gets the plan, nothing duplicated', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    const a = args();
    const app = await trackInterview(db, { posting: a.posting, jobKey: a.jobKey, urls: a.urls, plan }, { now: LATER });
    expect(app).toEqual({ ...application, nextInterview: plan, status: 'in-process', updatedAt: LATER, revision: 2 });
    expect(await db.count('applications')).toBe(1);
  });
});

describe('updatePosting', () => {
  it('edits the posting; the match key and the known URLs follow; the revision goes up', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    const posting = { title: 'Senior developer', company: 'Acme SAS', location: 'Paris', url: 'https://acme.test/jobs/42' };
    const app = await updatePosting(
      db,
      { applicationId: application.id, posting, urls: ['https://acme.test/jobs/42'], expectedRevision: 1 },
      { now: LATER },
    );
    expect(app).toEqual({
      ...application,
      posting,
      matchKey: 'acme | senior developer',
      urls: [...application.urls, 'https://acme.test/jobs/42'],
      updatedAt: LATER,
      revision: 2,
    });
    expect(await db.getFromIndex('applications', 'by-match', 'acme | senior developer')).toEqual(app);
    expect(await db.getFromIndex('applications', 'by-url', 'https://acme.test/jobs/42')).toEqual(app);
  });

  it('refuses a stale revision or an unknown application, writing nothing', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    const before = await snapshot(db);
    const posting = { ...application.posting, title: 'x' };
    await expect(
      updatePosting(db, { applicationId: application.id, posting, urls: [], expectedRevision: 0 }, { now: LATER }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(updatePosting(db, { applicationId: 'nope', posting, urls: [] }, { now: LATER })).rejects.toBeInstanceOf(
      ApplicationNotFoundError,
    );
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('updateInterview', () => {
  it('of two debriefs for the same interview time, editing the one recorded first leaves the later one in charge', async () => {
    // Ids sort the other way round from the recording order: the tie is decided by when each was recorded.
    const first = await saveDebrief(db, args({}, { interviewAt: NOW - DAY, followUpAt: NOW + 5 * DAY }), { now: NOW, newId: ids('z') });
    const second = await saveDebrief(db, args({}, { interviewAt: NOW - DAY, followUpAt: NOW + 7 * DAY }), {
      now: LATER,
      newId: ids('a'),
    });
    const before = (await pendingRemindersOf(db, second.application.id)).map((r) => [r.id, r.dueAt]);
    await updateInterview(
      db,
      { interviewId: first.interview.id, debrief: { ...debrief({ interviewAt: NOW - DAY, followUpAt: NOW + 2 * DAY }) } },
      { now: LATER + H },
    );
    expect((await pendingRemindersOf(db, second.application.id)).map((r) => [r.id, r.dueAt])).toEqual(before);
  });

  async function seed() {
    return saveDebrief(db, args({}, { answerBy: NOW + 3 * DAY }), { now: NOW, newId: ids('s') });
  }

  it('an edit that keeps the dates leaves the reminders alone (a snoozed one stays snoozed)', async () => {
    const { application, interview, reminders } = await seed();
    await snoozeReminder(db, reminders[0]!.id, NOW + 8 * DAY, { now: NOW });
    const pendingBefore = await pendingRemindersOf(db, application.id);
    const { application: app, closedReminderIds } = await updateInterview(
      db,
      { interviewId: interview.id, debrief: { ...interview, notes: 'Ask about the team', weakPoint: 'No Rust' }, expectedRevision: 2 },
      { now: LATER },
    );
    expect(closedReminderIds).toEqual([]);
    expect(await pendingRemindersOf(db, application.id)).toEqual(pendingBefore);
    expect(await db.get('interviews', interview.id)).toMatchObject({
      id: interview.id,
      applicationId: application.id,
      createdAt: NOW,
      notes: 'Ask about the team',
      weakPoint: 'No Rust',
    });
    expect(app).toMatchObject({ revision: 3, updatedAt: LATER, status: 'waiting' });
  });

  it('a new follow-up date moves that reminder only; the next date follows', async () => {
    const { application, interview, reminders } = await seed();
    const [followUp, answerDue] = reminders;
    const { application: app, closedReminderIds } = await updateInterview(
      db,
      { interviewId: interview.id, debrief: { ...interview, followUpAt: NOW + 10 * DAY } },
      { now: LATER, newId: ids('u') },
    );
    expect(closedReminderIds).toEqual([followUp!.id]);
    expect((await db.get('reminders', followUp!.id))?.closedBy).toBe('superseded');
    expect((await pendingRemindersOf(db, application.id)).map((r) => [r.id, r.kind, r.dueAt])).toEqual([
      [answerDue!.id, 'answer-due', NOW + 3 * DAY],
      ['u-1', 'follow-up', NOW + 10 * DAY],
    ]);
    expect(app.nextDueAt).toBe(NOW + 3 * DAY);
  });

  it('removing the promised date stops its reminder; a new verdict sets the status', async () => {
    const { application, interview } = await seed();
    const next = [{ withWhom: 'CTO', when: '2026-04-10' }];
    const { application: app } = await updateInterview(
      db,
      { interviewId: interview.id, debrief: { ...interview, answerBy: null, verdict: 'convinced', nextSteps: next } },
      { now: LATER },
    );
    expect((await pendingRemindersOf(db, application.id)).map((r) => r.kind)).toEqual(['follow-up']);
    expect(app).toMatchObject({
      status: 'in-process',
      lastVerdict: 'convinced',
      nextInterview: { on: '2026-04-10', withWhom: 'CTO', stage: null },
      nextDueAt: interview.followUpAt,
    });
    expect(await db.get('interviews', interview.id)).toMatchObject({ weakPoint: '', verdict: 'convinced' });
  });

  it('an older interview, or one followed by an outcome, no longer drives the reminders nor the status', async () => {
    const first = await seed();
    const second = await saveDebrief(db, args({}, { interviewAt: NOW + DAY, followUpAt: NOW + 8 * DAY, verdict: 'convinced' }), {
      now: NOW + DAY,
    });
    const pending = await pendingRemindersOf(db, first.application.id);
    await updateInterview(
      db,
      { interviewId: first.interview.id, debrief: { ...first.interview, followUpAt: NOW + 20 * DAY, verdict: 'rejected' } },
      { now: LATER },
    );
    expect(await pendingRemindersOf(db, first.application.id)).toEqual(pending);
    expect(await db.get('applications', first.application.id)).toMatchObject({ status: 'in-process', lastVerdict: 'convinced' });

    await recordOutcome(
      db,
      { applicationId: first.application.id, outcome: { kind: 'no-answer', at: NOW + 8 * DAY, note: '' } },
      { now: NOW + 8 * DAY },
    );
    const afterOutcome = await pendingRemindersOf(db, first.application.id);
    await updateInterview(
      db,
      { interviewId: second.interview.id, debrief: { ...second.interview, followUpAt: NOW + 30 * DAY } },
      { now: NOW + 8 * DAY },
    );
    expect(await pendingRemindersOf(db, first.application.id)).toEqual(afterOutcome);
  });

  it('refuses an unknown interview or a stale revision, writing nothing', async () => {
    const { interview } = await seed();
    const before = await snapshot(db);
    await expect(updateInterview(db, { interviewId: 'nope', debrief: interview }, { now: LATER })).rejects.toBeInstanceOf(
      InterviewNotFoundError,
    );
    await expect(
      updateInterview(db, { interviewId: interview.id, debrief: { ...interview, notes: 'x' }, expectedRevision: 7 }, { now: LATER }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('deleteApplication and restoreApplication (undo)', () => {
  async function seed() {
    const kept = await saveDebrief(db, args({ jobKey: 'https://kept.test/1', urls: [] }), { now: NOW });
    const gone = await saveDebrief(db, args({}, { answerBy: NOW + 3 * DAY }), { now: NOW });
    await saveDebrief(db, args({}, { interviewAt: NOW + DAY, followUpAt: NOW + 9 * DAY }), { now: NOW + DAY });
    await recordOutcome(
      db,
      { applicationId: gone.application.id, outcome: { kind: 'no-answer', at: NOW + 9 * DAY, note: '' } },
      { now: NOW + 9 * DAY },
    );
    return { kept, gone };
  }

  it('deletes every row of the application in one go and returns them; undo puts them back', async () => {
    const { kept, gone } = await seed();
    const detail = await applicationDetail(db, gone.application.id);
    const keptRows = await applicationDetail(db, kept.application.id);
    const snap = await deleteApplication(db, { applicationId: gone.application.id, expectedRevision: detail!.application.revision });
    expect(snap).toEqual(detail);
    expect(await applicationDetail(db, gone.application.id)).toBeNull();
    expect(await db.count('interviews')).toBe(1);
    expect(await db.count('reminders')).toBe(1);
    expect(await db.count('events')).toBe(0);
    expect(await applicationDetail(db, kept.application.id)).toEqual(keptRows);

    const restored = await restoreApplication(db, snap, { now: NOW + 10 * DAY });
    expect(restored).toEqual({ ...snap.application, updatedAt: NOW + 10 * DAY, revision: snap.application.revision + 1 });
    expect(await applicationDetail(db, gone.application.id)).toEqual({ ...snap, application: restored });
  });

  it('undo is refused when another application now tracks the job, or when it is back already', async () => {
    const { gone } = await seed();
    const snap = await deleteApplication(db, { applicationId: gone.application.id });
    await saveDebrief(db, args(), { now: NOW + 10 * DAY });
    let before = await snapshot(db);
    await expect(restoreApplication(db, snap, { now: NOW + 10 * DAY })).rejects.toBeInstanceOf(KeyTakenError);
    expect(await snapshot(db)).toEqual(before);

    const other = await freshDb();
    try {
      await restoreApplication(other, snap, { now: NOW });
      before = await snapshot(other);
      await expect(restoreApplication(other, snap, { now: NOW })).rejects.toBeInstanceOf(ConflictError);
      expect(await snapshot(other)).toEqual(before);
    } finally {
      other.close();
    }
  });

  it('delete refuses a stale revision or an unknown application', async () => {
    const { gone } = await seed();
    const before = await snapshot(db);
    await expect(deleteApplication(db, { applicationId: gone.application.id, expectedRevision: 1 })).rejects.toBeInstanceOf(ConflictError);
    await expect(deleteApplication(db, { applicationId: 'nope' })).rejects.toBeInstanceOf(ApplicationNotFoundError);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('saveSettings', () => {
  it('stores the settings', async () => {
    const settings = { ...DEFAULT_SETTINGS, followUpDelayDays: 5, notifications: false, badgeCountOnOtherTabs: false };
    expect(await saveSettings(db, settings, { now: NOW })).toEqual({ settings, moved: 0 });
    expect(await getSettings(db)).toEqual(settings);
  });

  it('a new reminder time moves the pending reminders not yet notified to that time of their day', async () => {
    const nine = (d: number) => local(2026, 4, d, 9);
    const a = await saveDebrief(db, args({}, { followUpAt: nine(8), answerBy: nine(3) }), { now: NOW });
    const b = await saveDebrief(db, args({ jobKey: 'https://b.test/1', urls: [] }, { followUpAt: nine(9) }), { now: NOW });
    await markNotified(db, [a.reminders[1]!.id], NOW); // the answer-due one was already shown
    const { moved } = await saveSettings(db, { ...DEFAULT_SETTINGS, reminderMinutes: 17 * 60 + 30 }, { now: LATER });
    expect(moved).toBe(2);
    expect((await pendingRemindersOf(db, a.application.id)).map((r) => [r.kind, r.dueAt])).toEqual([
      ['answer-due', nine(3)],
      ['follow-up', local(2026, 4, 8, 17, 30)],
    ]);
    expect((await pendingRemindersOf(db, b.application.id))[0]!.dueAt).toBe(local(2026, 4, 9, 17, 30));
    expect(await db.get('applications', b.application.id)).toMatchObject({
      nextDueAt: local(2026, 4, 9, 17, 30),
      revision: 2,
      updatedAt: LATER,
    });
    // Across the change to summer time (29 March) the wall-clock time is kept.
    expect(new Date(local(2026, 4, 8, 17, 30)).getHours()).toBe(17);
  });

  it('the same reminder time moves nothing', async () => {
    await saveDebrief(db, args(), { now: NOW });
    const reminders = await db.getAll('reminders');
    await saveSettings(db, { ...DEFAULT_SETTINGS, followUpDelayDays: 3 }, { now: LATER });
    expect(await db.getAll('reminders')).toEqual(reminders);
  });
});

it('debrief helper stays in sync', () => {
  expect(debrief().followUpAt).toBe(NOW + 7 * DAY);
});
