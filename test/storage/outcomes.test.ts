// Fixed time zone: default follow-up dates are local. Set before any Date use.
import '../paris-time';

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/storage/schema';
import { completeReminder, saveDebrief } from '../../src/storage/writes';
import { flagProbablyClosed, recordOutcome, resolveProbablyClosed } from '../../src/storage/outcome-writes';
import { applicationDetail, pendingRemindersOf } from '../../src/storage/reads';
import { ApplicationNotFoundError, ConflictError, ReminderNotFoundError } from '../../src/storage/errors';
import { DEFAULT_SETTINGS, type OutcomeInput } from '../../src/core/types';
import { args, DAY, freshDb, H, ids, NOW, snapshot } from './helpers';

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

/** NOW is Wed 1 April 2026, 12:00 in Paris; the call happens on the follow-up day, Wed 8 April. */
const CALL = NOW + 7 * DAY;
const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
const outcome = (over: Partial<OutcomeInput> = {}): OutcomeInput => ({ kind: 'no-answer', at: CALL, note: '', ...over });

/** An undecided debrief with an answer promised in 3 days: a pending follow-up and answer-due. */
async function seed(answerBy: number | null = NOW + 3 * DAY) {
  const saved = await saveDebrief(db, args({}, { answerBy }), { now: NOW, newId: ids('s') });
  const followUp = saved.reminders.find((r) => r.kind === 'follow-up')!;
  const answerDue = saved.reminders.find((r) => r.kind === 'answer-due');
  return { ...saved, followUp, answerDue };
}

describe('recordOutcome', () => {
  it('no answer, from the follow-up reminder: that reminder done, a retry in 2 working days, the promised answer kept, a timeline entry', async () => {
    const { application, followUp, answerDue, interview } = await seed();
    const { application: app, closedReminderIds } = await recordOutcome(
      db,
      { applicationId: application.id, reminderId: followUp.id, outcome: outcome({ note: 'Voicemail' }), expectedRevision: 1 },
      { now: CALL, newId: ids('o') },
    );
    expect(closedReminderIds).toEqual([followUp.id]);
    expect(await db.get('reminders', followUp.id)).toEqual({ ...followUp, pendingDueAt: undefined, doneAt: CALL, closedBy: 'done' });
    const retryAt = local(2026, 4, 10, 9); // Wed → Fri, 09:00
    const pending = await pendingRemindersOf(db, application.id);
    expect(pending.map((r) => [r.kind, r.dueAt, r.interviewId])).toEqual([
      ['answer-due', answerDue!.dueAt, interview.id],
      ['follow-up', retryAt, interview.id],
    ]);
    expect(await db.getAll('events')).toEqual([
      {
        id: 'o-1',
        applicationId: application.id,
        at: CALL,
        type: 'outcome',
        outcome: { kind: 'no-answer', at: CALL, note: 'Voicemail', nextFollowUpAt: retryAt },
        createdAt: CALL,
      },
    ]);
    expect(app).toEqual({
      ...application,
      status: 'waiting',
      probablyClosed: true,
      nextInterview: null,
      nextDueAt: answerDue!.dueAt,
      updatedAt: CALL,
      revision: 2,
    });
    // Probably closed: the promised answer date (NOW + 3 days) passed and nobody answered.
    expect(await db.get('applications', application.id)).toEqual(app);
  });

  it('no answer with a chosen retry date; without a promised date it is not "probably closed" after one call', async () => {
    const { application, followUp } = await seed(null);
    const { application: app } = await recordOutcome(
      db,
      { applicationId: application.id, reminderId: followUp.id, outcome: outcome({ nextFollowUpAt: CALL + 5 * DAY }) },
      { now: CALL },
    );
    expect(app.probablyClosed).toBe(false);
    expect(app.nextDueAt).toBe(CALL + 5 * DAY);
  });

  it('the retries end: the call and its 2 retries with no answer, then probably closed and no retry', async () => {
    const { application, followUp } = await seed(null);
    await recordOutcome(db, { applicationId: application.id, reminderId: followUp.id, outcome: outcome() }, { now: CALL });
    for (const n of [1, 2]) {
      const [retry] = await pendingRemindersOf(db, application.id);
      const at = CALL + 2 * n * DAY;
      const { application: app } = await recordOutcome(
        db,
        { applicationId: application.id, reminderId: retry!.id, outcome: outcome({ at }) },
        { now: at },
      );
      expect(app.probablyClosed).toBe(n === 2);
    }
    expect(await pendingRemindersOf(db, application.id)).toEqual([]);
    const detail = await applicationDetail(db, application.id);
    expect(detail!.application.nextDueAt).toBeNull();
    expect(detail!.events[0]!.outcome).toEqual({ kind: 'no-answer', at: CALL + 4 * DAY, note: '' });
  });

  it('the number of retries is the setting', async () => {
    await db.put('settings', { ...DEFAULT_SETTINGS, maxNoAnswerRetries: 1 }, 'settings');
    const { application, followUp } = await seed(null);
    await recordOutcome(db, { applicationId: application.id, reminderId: followUp.id, outcome: outcome() }, { now: CALL });
    const [retry] = await pendingRemindersOf(db, application.id);
    const { application: app } = await recordOutcome(
      db,
      { applicationId: application.id, reminderId: retry!.id, outcome: outcome({ at: CALL + 2 * DAY }) },
      { now: CALL + 2 * DAY },
    );
    expect(app).toMatchObject({ probablyClosed: true, nextDueAt: null });
  });

  it('a new date replaces every pending reminder with one follow-up then (default +7 days)', async () => {
    const { application, followUp, answerDue } = await seed();
    const { application: app, closedReminderIds } = await recordOutcome(
      db,
      { applicationId: application.id, outcome: outcome({ kind: 'new-date' }) },
      { now: CALL },
    );
    expect(closedReminderIds.sort()).toEqual([followUp.id, answerDue!.id].sort());
    expect((await db.get('reminders', followUp.id))?.closedBy).toBe('superseded');
    const pending = await pendingRemindersOf(db, application.id);
    expect(pending.map((r) => [r.kind, r.dueAt])).toEqual([['follow-up', local(2026, 4, 15, 9)]]);
    expect(app).toMatchObject({ status: 'waiting', probablyClosed: false, nextDueAt: local(2026, 4, 15, 9) });
  });

  it.each([
    ['offer', {}, 'offer', null],
    ['rejected', { reason: 'Internal hire' }, 'closed', null],
    [
      'next-interview',
      { nextInterview: { withWhom: 'Léa, CTO', on: '2026-04-20', time: '10:00', channel: 'on-site' as const, stage: 'director' as const } },
      'in-process',
      { withWhom: 'Léa, CTO', on: '2026-04-20', time: '10:00', channel: 'on-site', role: '', stage: 'director' },
    ],
  ] as const)('an answer "%s": status follows, every reminder stops, none is set', async (result, extra, status, nextInterview) => {
    const { application, followUp } = await seed();
    const { application: app } = await recordOutcome(
      db,
      { applicationId: application.id, reminderId: followUp.id, outcome: outcome({ kind: 'answer', result, ...extra }) },
      { now: CALL },
    );
    expect(app).toMatchObject({ status, nextInterview, probablyClosed: false, nextDueAt: null, revision: 2 });
    expect(await pendingRemindersOf(db, application.id)).toEqual([]);
    expect((await db.get('reminders', followUp.id))?.closedBy).toBe('done');
    const [event] = await db.getAll('events');
    expect(event?.outcome).toMatchObject({ kind: 'answer', result, ...extra });
  });

  it('accepts the reminder already marked done (Done on the notification, then the outcome)', async () => {
    const { application, followUp } = await seed(null);
    const done = await completeReminder(db, followUp.id, { now: CALL });
    await recordOutcome(db, { applicationId: application.id, reminderId: followUp.id, outcome: outcome() }, { now: CALL + H });
    expect(await db.get('reminders', followUp.id)).toEqual(done);
    expect(await pendingRemindersOf(db, application.id)).toHaveLength(1);
  });

  describe('refused, with nothing written', () => {
    it('a stale revision: ConflictError', async () => {
      const { application, followUp } = await seed();
      const before = await snapshot(db);
      await expect(
        recordOutcome(
          db,
          { applicationId: application.id, reminderId: followUp.id, outcome: outcome(), expectedRevision: 0 },
          { now: CALL },
        ),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await snapshot(db)).toEqual(before);
    });

    it('an unknown application', async () => {
      await seed();
      const before = await snapshot(db);
      await expect(recordOutcome(db, { applicationId: 'nope', outcome: outcome() }, { now: CALL })).rejects.toBeInstanceOf(
        ApplicationNotFoundError,
      );
      expect(await snapshot(db)).toEqual(before);
    });

    it("another application's reminder", async () => {
      const { application } = await seed();
      const other = await saveDebrief(db, args({ jobKey: 'https://other.test/1', urls: [] }), { now: NOW });
      const before = await snapshot(db);
      await expect(
        recordOutcome(db, { applicationId: application.id, reminderId: other.reminders[0]!.id, outcome: outcome() }, { now: CALL }),
      ).rejects.toBeInstanceOf(ReminderNotFoundError);
      expect(await snapshot(db)).toEqual(before);
    });
  });

  it('follows the stored settings for the default retry', async () => {
    const { application } = await seed(null);
    await db.put('settings', { ...DEFAULT_SETTINGS, noAnswerRetryWorkingDays: 5, reminderMinutes: 8 * 60 }, 'settings');
    const { application: app } = await recordOutcome(db, { applicationId: application.id, outcome: outcome() }, { now: CALL });
    expect(app.nextDueAt).toBe(local(2026, 4, 15, 8));
  });
});

describe('resolveProbablyClosed', () => {
  async function flagged() {
    const s = await seed();
    await recordOutcome(db, { applicationId: s.application.id, reminderId: s.followUp.id, outcome: outcome() }, { now: CALL });
    expect((await db.get('applications', s.application.id))?.probablyClosed).toBe(true);
    return s;
  }

  it('confirm: closed, every reminder stops, a timeline entry', async () => {
    const { application } = await flagged();
    const { application: app } = await resolveProbablyClosed(
      db,
      { applicationId: application.id, decision: 'confirm', expectedRevision: 2 },
      { now: CALL + H },
    );
    expect(app).toMatchObject({ status: 'closed', probablyClosed: false, nextDueAt: null, revision: 3 });
    expect(await pendingRemindersOf(db, application.id)).toEqual([]);
    expect((await applicationDetail(db, application.id))!.events.map((e) => e.type)).toEqual(['confirmed-closed', 'outcome']);
  });

  it('keep pursuing: the flag clears, the reminders stay, and the rule does not flag it again for that date', async () => {
    const { application } = await flagged();
    const pendingBefore = await pendingRemindersOf(db, application.id);
    const { application: app } = await resolveProbablyClosed(db, { applicationId: application.id, decision: 'keep' }, { now: CALL + H });
    expect(app).toMatchObject({ status: 'waiting', probablyClosed: false });
    expect(await pendingRemindersOf(db, application.id)).toEqual(pendingBefore);
    expect(await flagProbablyClosed(db, [application.id], { now: CALL + 2 * H })).toEqual([]);
  });

  it('keep pursuing with no follow-up pending sets a retry', async () => {
    const { application, followUp, answerDue } = await seed();
    await completeReminder(db, followUp.id, { now: CALL });
    await completeReminder(db, answerDue!.id, { now: CALL });
    await resolveProbablyClosed(db, { applicationId: application.id, decision: 'keep' }, { now: CALL });
    expect((await pendingRemindersOf(db, application.id)).map((r) => [r.kind, r.dueAt])).toEqual([['follow-up', local(2026, 4, 10, 9)]]);
  });

  it('a stale revision: ConflictError, nothing written', async () => {
    const { application } = await flagged();
    const before = await snapshot(db);
    await expect(
      resolveProbablyClosed(db, { applicationId: application.id, decision: 'confirm', expectedRevision: 1 }, { now: CALL }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('flagProbablyClosed (a reminder fired)', () => {
  it('never on the promised day; once it ended and the call after it is a full working day overdue, flags it and bumps the revision', async () => {
    // Answer promised Sat 4 April; the call is Wed 8; Thu 9 is the working day after it.
    const { application, answerDue } = await seed();
    for (const now of [answerDue!.dueAt, local(2026, 4, 4, 23, 59), local(2026, 4, 8, 18), local(2026, 4, 9, 23, 59)])
      expect(await flagProbablyClosed(db, [application.id], { now })).toEqual([]);
    const t = local(2026, 4, 10);
    expect(await flagProbablyClosed(db, [application.id, application.id], { now: t })).toEqual([application.id]);
    expect(await db.get('applications', application.id)).toMatchObject({ probablyClosed: true, revision: 2, updatedAt: t });
    // Already flagged: nothing more.
    expect(await flagProbablyClosed(db, [application.id], { now: t + DAY })).toEqual([]);
  });

  it('does not flag when they answered in the meantime, nor a convinced verdict, nor unknown ids', async () => {
    const { application } = await seed();
    await recordOutcome(db, { applicationId: application.id, outcome: outcome({ kind: 'new-date', at: NOW + DAY }) }, { now: NOW + DAY });
    const convinced = await saveDebrief(
      db,
      args({ jobKey: 'https://other.test/2', urls: [] }, { verdict: 'convinced', answerBy: NOW + DAY }),
      { now: NOW },
    );
    const before = await snapshot(db);
    expect(await flagProbablyClosed(db, [application.id, convinced.application.id, 'nope'], { now: NOW + 4 * DAY })).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  });
});
