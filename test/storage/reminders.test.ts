import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/storage/schema';
import { completeReminder, markNotified, saveDebrief, snoozeReminder, type SaveDebriefResult } from '../../src/storage/writes';
import {
  alarmReminders,
  applicationsWithPending,
  applicationsDueBefore,
  dueAndNext,
  dueCount,
  dueHead,
  dueItems,
  dueReminders,
  findByJobKey,
  getSettings,
  pendingReminders,
  pendingRemindersOf,
} from '../../src/storage/reads';
import { ReminderNotFoundError } from '../../src/storage/errors';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/types';
import { args, DAY, freshDb, H, ids, NOW, snapshot } from './helpers';

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

/** Acme: answer-due NOW-1d, follow-up NOW+1h. Other: follow-up NOW-2h. Third: follow-up NOW+5d. */
async function seed() {
  // Each debrief is saved on its interview's day: without this, each would add the evening's thank-you
  // (test/storage/thanks-reminder.test.ts).
  await db.put('settings', { ...DEFAULT_SETTINGS, thankYouReminder: false }, 'settings');
  const acme = await saveDebrief(db, args({}, { interviewAt: NOW - 5 * DAY, answerBy: NOW - DAY, followUpAt: NOW + H }), {
    now: NOW - 5 * DAY,
    newId: ids('acme'),
  });
  const other = await saveDebrief(
    db,
    args({ jobKey: 'other', urls: ['https://other.test/'] }, { interviewAt: NOW - 8 * DAY, followUpAt: NOW - 2 * H }),
    {
      now: NOW - 8 * DAY,
      newId: ids('other'),
    },
  );
  const third = await saveDebrief(db, args({ jobKey: 'third', urls: [] }, { interviewAt: NOW - DAY, followUpAt: NOW + 5 * DAY }), {
    now: NOW - DAY,
    newId: ids('third'),
  });
  return { acme, other, third };
}
const byKind = (r: SaveDebriefResult, kind: string) => r.reminders.find((x) => x.kind === kind)!;

describe('due reminders with a fixed now', () => {
  it('dueReminders: pending reminders at or before now, oldest first', async () => {
    const { acme, other } = await seed();
    expect((await dueReminders(db, NOW)).map((r) => r.id)).toEqual([byKind(acme, 'answer-due').id, other.reminders[0]!.id]);
  });

  it.each([
    ['long before', NOW - 30 * DAY, 0, 0],
    ['just before the first', NOW - DAY - 1, 0, 0],
    ['exactly the first', NOW - DAY, 1, 1],
    ['now', NOW, 2, 2],
    ['exactly the acme follow-up', NOW + H, 3, 2],
    ['in a week', NOW + 7 * DAY, 4, 3],
  ])('%s: %i reminders, %i applications', async (_n, at, reminders, apps) => {
    await seed();
    expect(await dueReminders(db, at)).toHaveLength(reminders);
    expect(await dueCount(db, at)).toBe(apps);
  });

  it('dueItems pairs each due reminder with its application', async () => {
    const { acme, other } = await seed();
    const items = await dueItems(db, NOW + H);
    expect(items.map((i) => [i.reminder.id, i.application.id])).toEqual([
      [byKind(acme, 'answer-due').id, acme.application.id],
      [other.reminders[0]!.id, other.application.id],
      [byKind(acme, 'follow-up').id, acme.application.id],
    ]);
    expect(items[1]!.application).toEqual(other.application);
  });

  it('dueHead reads the applications of the most overdue only, and gives the other due calls as reminders', async () => {
    const { acme, other } = await seed();
    // At NOW + 1h: acme's answer (NOW - 1d), other's follow-up (NOW - 2h), acme's follow-up (NOW + 1h).
    const one = await dueHead(db, NOW + H, 1);
    expect(one.items.map((i) => [i.reminder.id, i.application.id])).toEqual([
      [byKind(acme, 'answer-due').id, acme.application.id],
      [byKind(acme, 'follow-up').id, acme.application.id],
    ]);
    expect(one.rest.map((r) => r.id)).toEqual([other.reminders[0]!.id]);
    const all = await dueHead(db, NOW + H);
    expect(all.items).toEqual(await dueItems(db, NOW + H));
    expect(all.rest).toEqual([]);
  });

  it('dueHead reads by id an application the index misses, and drops a reminder whose application is gone', async () => {
    const { acme, other } = await seed();
    await db.put('applications', { ...acme.application, nextDueAt: null });
    const head = await dueHead(db, NOW + H, 1);
    expect(head.items.map((i) => i.reminder.id)).toEqual([
      byKind(acme, 'answer-due').id,
      other.reminders[0]!.id,
      byKind(acme, 'follow-up').id,
    ]);
    await db.delete('applications', acme.application.id);
    expect((await dueHead(db, NOW + H, 1)).items.map((i) => i.reminder.id)).toEqual([other.reminders[0]!.id]);
  });

  it('dueItems finds the application of a due reminder even when its next due time says otherwise', async () => {
    const { acme, other } = await seed();
    // The by-next-due index gives most applications at once; one it misses is read by its id.
    await db.put('applications', { ...other.application, nextDueAt: null });
    const items = await dueItems(db, NOW + H);
    expect(items.map((i) => [i.reminder.id, i.application.id])).toEqual([
      [byKind(acme, 'answer-due').id, acme.application.id],
      [other.reminders[0]!.id, other.application.id],
      [byKind(acme, 'follow-up').id, acme.application.id],
    ]);
  });

  it('pendingReminders lists every pending one by due time; pendingRemindersOf one application', async () => {
    const { acme, other, third } = await seed();
    expect((await pendingReminders(db)).map((r) => r.id)).toEqual([
      byKind(acme, 'answer-due').id,
      other.reminders[0]!.id,
      byKind(acme, 'follow-up').id,
      third.reminders[0]!.id,
    ]);
    expect((await pendingRemindersOf(db, acme.application.id)).map((r) => r.kind)).toEqual(['answer-due', 'follow-up']);
    expect(await pendingRemindersOf(db, 'none')).toEqual([]);
  });

  it('alarmReminders: what is due and the next few after it, not every pending one; dueAndNext: the due ones and when the next falls due', async () => {
    const { acme, other, third } = await seed();
    const due = [byKind(acme, 'answer-due').id, other.reminders[0]!.id];
    expect((await alarmReminders(db, NOW, 1)).map((r) => r.id)).toEqual([...due, byKind(acme, 'follow-up').id]);
    expect((await alarmReminders(db, NOW, 5)).map((r) => r.id)).toEqual([...due, byKind(acme, 'follow-up').id, third.reminders[0]!.id]);
    const { due: dueNow, nextDueAt } = await dueAndNext(db, NOW);
    expect(dueNow.map((r) => r.id)).toEqual(due);
    expect(nextDueAt).toBe(NOW + H);
    expect((await dueAndNext(db, NOW + 7 * DAY)).nextDueAt).toBeNull();
  });

  it('applicationsDueBefore: the applications with a reminder pending before a time, with all their pending calls, and how many there are', async () => {
    const { acme, other, third } = await seed();
    const { rows, total } = await applicationsDueBefore(db, NOW);
    expect(total).toBe(3);
    expect(rows.map((r) => r.application.id).sort()).toEqual([acme.application.id, other.application.id].sort());
    const full = await applicationsWithPending(db);
    // The same rows as the full read: every pending call of each, the ones still ahead too.
    for (const row of rows) expect(row).toEqual(full.find((f) => f.application.id === row.application.id));
    expect((await applicationsDueBefore(db, NOW + 7 * DAY)).rows.map((r) => r.application.id)).toContain(third.application.id);
    expect((await applicationsDueBefore(db, NOW - 30 * DAY)).rows).toEqual([]);
  });

  it('an empty database has nothing due', async () => {
    expect(await dueReminders(db, NOW)).toEqual([]);
    expect(await dueItems(db, NOW)).toEqual([]);
    expect(await dueCount(db, NOW)).toBe(0);
  });
});

describe('completeReminder', () => {
  it('closes the reminder, drops it from the due index and moves nextDueAt to the next pending one', async () => {
    const { acme } = await seed();
    const answer = byKind(acme, 'answer-due');
    const done = await completeReminder(db, answer.id, { now: NOW });
    expect(done).toEqual({
      id: answer.id,
      applicationId: answer.applicationId,
      interviewId: answer.interviewId,
      kind: 'answer-due',
      dueAt: answer.dueAt,
      doneAt: NOW,
      closedBy: 'done',
    });
    expect(done).not.toHaveProperty('pendingDueAt');
    expect(await db.get('reminders', answer.id)).toEqual(done);
    expect((await dueReminders(db, NOW)).map((r) => r.id)).not.toContain(answer.id);
    expect(await dueCount(db, NOW)).toBe(1);
    const app = await db.get('applications', acme.application.id);
    expect(app).toEqual({ ...acme.application, nextDueAt: NOW + H, updatedAt: NOW, revision: 2 });
  });

  it('completing the last pending reminder sets nextDueAt to null', async () => {
    const { other } = await seed();
    await completeReminder(db, other.reminders[0]!.id, { now: NOW });
    expect((await findByJobKey(db, 'other'))?.nextDueAt).toBeNull();
  });

  it('leaves the other applications alone', async () => {
    const { acme, other, third } = await seed();
    await completeReminder(db, other.reminders[0]!.id, { now: NOW });
    expect(await db.get('applications', acme.application.id)).toEqual(acme.application);
    expect(await db.get('applications', third.application.id)).toEqual(third.application);
  });
});

describe('snoozeReminder', () => {
  it('moves dueAt and pendingDueAt, clears notifiedAt, and updates nextDueAt', async () => {
    const { other } = await seed();
    const r = other.reminders[0]!;
    await markNotified(db, [r.id], NOW);
    const snoozed = await snoozeReminder(db, r.id, NOW + DAY, { now: NOW });
    expect(snoozed).toEqual({ ...r, dueAt: NOW + DAY, pendingDueAt: NOW + DAY });
    expect(snoozed).not.toHaveProperty('notifiedAt');
    expect(await db.get('reminders', r.id)).toEqual(snoozed);
    expect(await dueReminders(db, NOW)).not.toContainEqual(expect.objectContaining({ id: r.id }));
    expect((await dueReminders(db, NOW + DAY)).map((x) => x.id)).toContain(r.id);
    expect(await db.get('applications', other.application.id)).toMatchObject({ nextDueAt: NOW + DAY, updatedAt: NOW, revision: 2 });
  });

  it('nextDueAt stays the earliest pending one when a reminder is snoozed past another', async () => {
    const { acme } = await seed();
    await snoozeReminder(db, byKind(acme, 'answer-due').id, NOW + 3 * DAY, { now: NOW });
    expect((await db.get('applications', acme.application.id))?.nextDueAt).toBe(NOW + H);
  });

  it('does not reopen a reminder that is done', async () => {
    const { other } = await seed();
    const done = await completeReminder(db, other.reminders[0]!.id, { now: NOW });
    expect(await snoozeReminder(db, done.id, NOW + DAY, { now: NOW + 1 })).toEqual(done);
    expect(await db.get('reminders', done.id)).toEqual(done);
    expect((await db.get('applications', other.application.id))?.nextDueAt).toBeNull();
  });
});

describe('markNotified', () => {
  it('stamps pending, not yet notified reminders only', async () => {
    const { acme, other, third } = await seed();
    const answer = byKind(acme, 'answer-due');
    await markNotified(db, [answer.id], NOW - H);
    const done = await completeReminder(db, third.reminders[0]!.id, { now: NOW });
    await markNotified(db, [answer.id, other.reminders[0]!.id, done.id, 'unknown-id'], NOW);
    expect((await db.get('reminders', answer.id))?.notifiedAt).toBe(NOW - H); // first stamp kept
    expect((await db.get('reminders', other.reminders[0]!.id))?.notifiedAt).toBe(NOW);
    expect(await db.get('reminders', done.id)).toEqual(done);
    expect((await db.get('reminders', byKind(acme, 'follow-up').id))?.notifiedAt).toBeUndefined();
  });

  it('a notified reminder stays pending and due until done', async () => {
    const { other } = await seed();
    await markNotified(db, [other.reminders[0]!.id], NOW);
    expect((await dueReminders(db, NOW)).map((r) => r.id)).toContain(other.reminders[0]!.id);
  });

  it('with no ids does nothing', async () => {
    await seed();
    const before = await snapshot(db);
    await markNotified(db, [], NOW);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('unknown reminder id', () => {
  it.each([
    ['completeReminder', (d: Db) => completeReminder(d, 'nope', { now: NOW })],
    ['snoozeReminder', (d: Db) => snoozeReminder(d, 'nope', NOW + DAY, { now: NOW })],
  ])('%s → ReminderNotFoundError, nothing changed', async (_n, act) => {
    await seed();
    const before = await snapshot(db);
    const attempt = act(db);
    await expect(attempt).rejects.toBeInstanceOf(ReminderNotFoundError);
    await expect(attempt).rejects.toThrow('errorReminderNotFound');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('getSettings', () => {
  it('returns the defaults on a fresh database', async () => {
    expect(await getSettings(db)).toEqual({
      followUpDelayDays: 7,
      reminderMinutes: 540,
      noAnswerRetryWorkingDays: 2,
      maxNoAnswerRetries: 2,
      interviewSoonMinutes: 15,
      interviewLengthMinutes: 60,
      thankYouReminder: true,
      profile: { name: '', phone: '', email: '' },
      profileAsked: false,
      notifications: true,
      badgeCountOnOtherTabs: true,
    });
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('merges stored values over the defaults', async () => {
    await db.put('settings', { followUpDelayDays: 3 } as Settings, 'settings');
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, followUpDelayDays: 3 });
  });

  it('does not hand out the shared defaults object', async () => {
    const s = await getSettings(db);
    s.followUpDelayDays = 99;
    expect(DEFAULT_SETTINGS.followUpDelayDays).toBe(7);
  });
});

describe('completeReminder on a reminder already closed', () => {
  it('keeps it as it was closed: its time and reason stay, the application is left as it was', async () => {
    const { other } = await seed();
    const done = await completeReminder(db, other.reminders[0]!.id, { now: NOW });
    const app = await db.get('applications', other.application.id);
    expect(await completeReminder(db, done.id, { now: NOW + DAY })).toEqual(done);
    expect(await db.get('reminders', done.id)).toEqual(done);
    expect((await db.get('applications', other.application.id))?.nextDueAt).toBe(app?.nextDueAt);
  });
});
