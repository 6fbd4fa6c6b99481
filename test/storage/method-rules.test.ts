// Fixed time zone: promised days and working days are local. Set before any Date use.
import '../paris-time';

// Storage writes apply the method's rules (docs/method.md §3) whatever the path: an edited debrief
// that becomes a rejection stops its call; "keep pursuing" does not set a call before a pending promise.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateInterview } from '../../src/storage/edit-writes';
import { resolveProbablyClosed } from '../../src/storage/outcome-writes';
import { pendingRemindersOf } from '../../src/storage/reads';
import type { Db } from '../../src/storage/schema';
import { completeReminder, saveDebrief } from '../../src/storage/writes';
import { args, debrief, freshDb } from './helpers';

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
const INTERVIEW = local(2026, 12, 1, 10);

describe('an edited debrief', () => {
  it('changed to "rejected": its follow-up call and promised answer stop, the application closes', async () => {
    const saved = await saveDebrief(
      db,
      args({}, { interviewAt: INTERVIEW, answerBy: local(2026, 12, 4, 9), followUpAt: local(2026, 12, 7, 9) }),
      { now: INTERVIEW + 1 },
    );
    const { application, closedReminderIds } = await updateInterview(
      db,
      { interviewId: saved.interview.id, debrief: { ...saved.interview, verdict: 'rejected' } },
      { now: INTERVIEW + 2 },
    );
    expect(closedReminderIds.sort()).toEqual(saved.reminders.map((r) => r.id).sort());
    expect(await pendingRemindersOf(db, application.id)).toEqual([]);
    expect(application).toMatchObject({ status: 'closed', nextDueAt: null });
  });

  it('changed to "rejected" with "ask for feedback": that reminder only', async () => {
    const saved = await saveDebrief(db, args({}, { interviewAt: INTERVIEW, followUpAt: local(2026, 12, 8, 9) }), { now: INTERVIEW + 1 });
    const feedbackAt = local(2026, 12, 3, 9);
    const { application } = await updateInterview(
      db,
      { interviewId: saved.interview.id, debrief: debrief({ ...saved.interview, verdict: 'rejected', feedbackAt }) },
      { now: INTERVIEW + 2 },
    );
    expect((await pendingRemindersOf(db, application.id)).map((r) => [r.kind, r.dueAt])).toEqual([['feedback', feedbackAt]]);
  });
});

describe('keep pursuing', () => {
  it('the retry it sets does not come before a promised answer still pending', async () => {
    // The user called early and marked the call done; the promised answer (Mon 14) is still ahead.
    const saved = await saveDebrief(
      db,
      args({}, { interviewAt: INTERVIEW, answerBy: local(2026, 12, 14, 9), followUpAt: local(2026, 12, 2, 9) }),
      { now: INTERVIEW + 1 },
    );
    await completeReminder(db, saved.reminders.find((r) => r.kind === 'follow-up')!.id, { now: local(2026, 12, 2, 10) });
    await resolveProbablyClosed(db, { applicationId: saved.application.id, decision: 'keep' }, { now: local(2026, 12, 2, 10) });
    const retry = (await pendingRemindersOf(db, saved.application.id)).find((r) => r.kind === 'follow-up');
    expect(retry?.dueAt).toBe(local(2026, 12, 15, 9));
  });
});
