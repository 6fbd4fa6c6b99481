// Fixed time zone: "this evening" is local.
import '../paris-time';

// The same-evening thank-you (docs/method.md §4): a stored reminder like the others, set when the
// debrief of an interview held today is saved, with the setting on, unless the verdict is a rejection.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHandlers } from '../../src/background/handlers';
import { syncReminders } from '../../src/background/reminders';
import { ALARM_PREFIX, isCallReminder, thanksReminderTime } from '../../src/core/reminders';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { dueCount } from '../../src/storage/reads';
import type { Db } from '../../src/storage/schema';
import { updateInterview } from '../../src/storage/edit-writes';
import { saveDebrief } from '../../src/storage/writes';
import { fakePorts } from '../fakes/ports';
import { args, freshDb } from './helpers';

const local = (d: number, h: number, mi = 0) => new Date(2026, 11, d, h, mi).getTime();
// Interview Tue 1 December 2026 at 10:00 (Paris).
const INTERVIEW = local(1, 10);
const EVENING = local(1, 18);

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

describe('thanksReminderTime', () => {
  const on = DEFAULT_SETTINGS;
  it('this evening at 18:00 for an interview of today, at once when saved later in the evening', () => {
    expect(thanksReminderTime({ verdict: 'undecided', interviewAt: INTERVIEW }, on, local(1, 12))).toBe(EVENING);
    expect(thanksReminderTime({ verdict: 'convinced', interviewAt: INTERVIEW }, on, local(1, 21, 30))).toBe(local(1, 21, 30));
    expect(thanksReminderTime({ verdict: 'no-answer', interviewAt: local(1, 19) }, on, local(1, 20))).toBe(local(1, 20));
  });
  it('none for an interview of another day, one still to come, after a rejection, or with the setting off', () => {
    expect(thanksReminderTime({ verdict: 'undecided', interviewAt: INTERVIEW }, on, local(2, 9))).toBeNull();
    expect(thanksReminderTime({ verdict: 'undecided', interviewAt: local(1, 15) }, on, local(1, 12))).toBeNull();
    expect(thanksReminderTime({ verdict: 'rejected', interviewAt: INTERVIEW }, on, local(1, 12))).toBeNull();
    expect(thanksReminderTime({ verdict: 'undecided', interviewAt: INTERVIEW }, { thankYouReminder: false }, local(1, 12))).toBeNull();
  });
});

describe('the thank-you reminder row', () => {
  it('is stored with the debrief, gets its alarm, is no call, and notifies without Done nor Snooze', async () => {
    const { reminders, application } = await saveDebrief(db, args({}, { interviewAt: INTERVIEW, followUpAt: local(8, 9) }), {
      now: local(1, 12),
    });
    const thanks = reminders.find((r) => r.kind === 'thank-you')!;
    expect(thanks).toMatchObject({ dueAt: EVENING, pendingDueAt: EVENING, applicationId: application.id });
    expect(isCallReminder(thanks)).toBe(false);
    // Not a follow-up date: the next date stays the call, and the badge does not count it.
    expect(application.nextDueAt).toBe(local(8, 9));
    const ports = fakePorts();
    await syncReminders(ports, db, local(1, 12));
    expect(ports.alarms.scheduled.get(ALARM_PREFIX + thanks.id)).toBe(EVENING);
    await syncReminders(ports, db, EVENING);
    expect(ports.notifications.shown).toEqual([
      { id: `reminder-open:${thanks.id}`, title: 'notifyThankYouTitle Acme', message: 'Frontend developer\nnotifyThankYouBody' },
    ]);
    expect(await dueCount(db, EVENING)).toBe(0);
  });

  it('the setting off: none', async () => {
    await db.put('settings', { ...DEFAULT_SETTINGS, thankYouReminder: false }, 'settings');
    const { reminders } = await saveDebrief(db, args({}, { interviewAt: INTERVIEW }), { now: local(1, 12) });
    expect(reminders.map((r) => r.kind)).toEqual(['follow-up']);
  });

  it('a debrief changed to a rejection stops it; a rejection never sets one', async () => {
    const saved = await saveDebrief(db, args({}, { interviewAt: INTERVIEW }), { now: local(1, 12) });
    const thanks = saved.reminders.find((r) => r.kind === 'thank-you')!;
    const { closedReminderIds } = await updateInterview(
      db,
      { interviewId: saved.interview.id, debrief: { ...saved.interview, verdict: 'rejected', followUpAt: null } },
      { now: local(1, 13) },
    );
    expect(closedReminderIds).toContain(thanks.id);
    expect(await db.get('reminders', thanks.id)).toMatchObject({ closedBy: 'superseded' });
    const rejected = await saveDebrief(
      db,
      args({ jobKey: 'other', urls: [] }, { interviewAt: INTERVIEW, verdict: 'rejected', followUpAt: null }),
      { now: local(1, 12) },
    );
    expect(rejected.reminders).toEqual([]);
  });

  it('through the worker: the setting is saved like the others and followed', async () => {
    const handlers = makeHandlers(fakePorts(), db, () => local(1, 12));
    await handlers.saveSettings({ ...DEFAULT_SETTINGS, thankYouReminder: false });
    const first = await handlers.saveDebrief({
      ...args({}, { interviewAt: INTERVIEW }),
      pageUrl: null,
    });
    expect(first.reminders.map((r) => r.kind)).toEqual(['follow-up']);
  });
});
