// Fixed time zone: promised days and working days are local. Set before any Date use.
import '../paris-time';

// The worker follows the method (docs/method.md §2, §3): the promised day ends before "probably
// closed" is asked, the answer-due notification names the call, a rejection schedules no alarm and
// a feedback reminder has its own words. Real worker code and storage; the ports are recording fakes.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncReminders } from '../../src/background/reminders';
import { ALARM_PREFIX } from '../../src/core/reminders';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import type { Db } from '../../src/storage/schema';
import { saveDebrief } from '../../src/storage/writes';
import { onWrite } from '../../src/storage/tx';
import { fakePorts } from '../fakes/ports';
import { args, freshDb } from '../storage/helpers';

const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
// Interview Tue 1 December 2026; answer promised Fri 4; the call after it is Mon 7 at 09:00.
const INTERVIEW = local(2026, 12, 1, 10);
const PROMISED = local(2026, 12, 4, 9);
const CALL = local(2026, 12, 7, 9);

let db: Db;
beforeEach(async () => {
  db = await freshDb();
  // Debriefs saved the day of their interview: the evening's thank-you is tested on its own
  // (test/storage/thanks-reminder.test.ts); here it would join the notifications of days later.
  await db.put('settings', { ...DEFAULT_SETTINGS, thankYouReminder: false }, 'settings');
});
afterEach(() => db.close());

async function undecided() {
  return saveDebrief(db, args({}, { verdict: 'undecided', interviewAt: INTERVIEW, answerBy: PROMISED, followUpAt: CALL, weakPoint: '' }), {
    now: INTERVIEW + 1,
  });
}
const flagged = async (id: string) => (await db.get('applications', id))?.probablyClosed ?? false;

describe('"probably closed" only once the promised day has really passed', () => {
  it('the answer-due reminder firing on the promised day does not flag it, however late that day', async () => {
    const { application } = await undecided();
    const ports = fakePorts();
    for (const now of [PROMISED, local(2026, 12, 4, 18), local(2026, 12, 4, 23, 59)]) {
      await syncReminders(ports, db, now);
      expect(await flagged(application.id)).toBe(false);
    }
    expect(ports.notifications.shown).toHaveLength(1);
  });

  it('nor the day after, the day of the call, nor the working day after the call; the day change after that does', async () => {
    const { application } = await undecided();
    const ports = fakePorts();
    // Sat 5, Sun 6, the call Mon 7, Tue 8 (the working day after it), up to its last minute.
    for (const now of [local(2026, 12, 5, 0, 1), local(2026, 12, 6, 12), CALL, local(2026, 12, 8, 12), local(2026, 12, 8, 23, 59)]) {
      await syncReminders(ports, db, now);
      expect(await flagged(application.id), new Date(now).toString()).toBe(false);
    }
    // The day-change alarm of Wed 9 re-syncs: the call is a full working day overdue, nothing recorded.
    await syncReminders(ports, db, local(2026, 12, 9, 0, 1));
    expect(await flagged(application.id)).toBe(true);
  });

  it('a worker start later the same day finds nothing new and writes nothing; the next day change checks again', async () => {
    const { application } = await undecided();
    const ports = fakePorts();
    await syncReminders(ports, db, local(2026, 12, 8, 9));
    let writes = 0;
    const stop = onWrite(() => writes++);
    try {
      // Overdue reminders, but the day was checked by the sync above: no write at all.
      await syncReminders(ports, db, local(2026, 12, 8, 23, 59));
      expect(writes).toBe(0);
      await syncReminders(ports, db, local(2026, 12, 9, 8));
      expect(writes).toBeGreaterThan(0);
      expect(await flagged(application.id)).toBe(true);
    } finally {
      stop();
    }
  });
});

describe('notifications', () => {
  it('the answer-due one says the answer was promised today and when the call is if nothing comes', async () => {
    const { reminders } = await undecided();
    const ports = fakePorts();
    await syncReminders(ports, db, PROMISED);
    const answerDue = reminders.find((r) => r.kind === 'answer-due')!;
    const [shown] = ports.notifications.shown;
    expect(shown!.id).toBe(`reminder:${answerDue.id}`);
    expect(shown!.title).toBe('notifyAnswerDueTitle Acme');
    expect(shown!.message).toMatch(/^notifyCallOn Mon, Dec 7\b/m);
    expect(shown!.message).not.toContain('notifyPromised');
  });

  it('the feedback one has its own title and recalls the reason given', async () => {
    const feedbackAt = local(2026, 12, 3, 9);
    const { reminders } = await saveDebrief(
      db,
      args({}, { verdict: 'rejected', interviewAt: INTERVIEW, rejectionReason: 'Internal hire', feedbackAt, followUpAt: null }),
      { now: INTERVIEW + 1 },
    );
    const ports = fakePorts();
    await syncReminders(ports, db, feedbackAt);
    expect(reminders.map((r) => r.kind)).toEqual(['feedback']);
    expect(ports.notifications.shown.map((n) => n.title)).toEqual(['notifyFeedbackTitle Acme']);
    expect(ports.notifications.shown[0]!.message.split('\n')).toContain('notifyReason Internal hire');
  });
});

describe('a rejection', () => {
  it('schedules no alarm: no call, no promised answer', async () => {
    await saveDebrief(db, args({}, { verdict: 'rejected', interviewAt: INTERVIEW, answerBy: PROMISED, followUpAt: CALL }), {
      now: INTERVIEW + 1,
    });
    const ports = fakePorts();
    await syncReminders(ports, db, INTERVIEW + 2);
    expect([...ports.alarms.scheduled.keys()].filter((n) => n.startsWith(ALARM_PREFIX))).toEqual([]);
  });
});
