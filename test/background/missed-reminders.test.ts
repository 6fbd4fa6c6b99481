// Reminders that came due while the browser was closed fire once at the next start, grouped in one
// notification when there are several; later starts do not fire them again.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GROUP_NOTIFICATION, REMINDER_NOTIFICATION } from '../../src/background/notifications';
import { syncReminders } from '../../src/background/reminders';
import type { Db } from '../../src/storage/schema';
import { saveDebrief } from '../../src/storage/writes';
import { fakePorts } from '../fakes/ports';
import { args, DAY, debrief, freshDb, NOW } from '../storage/helpers';

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

describe('missed reminders at the next start', () => {
  it('several: one grouped notification naming each, once', async () => {
    for (const [i, company] of ['Acme', 'Globex', 'Initech'].entries()) {
      await saveDebrief(
        db,
        args(
          { jobKey: `https://jobs.test/${i}`, posting: { title: `Role ${i}`, company, location: '', url: `https://jobs.test/${i}` } },
          { followUpAt: NOW + (i + 1) * DAY },
        ),
        { now: NOW },
      );
    }
    const ports = fakePorts();
    const { shown } = ports.notifications;
    await syncReminders(ports, db, NOW + 10 * DAY); // the browser was closed for ten days
    expect(shown).toHaveLength(1);
    expect(shown[0]!.id).toBe(GROUP_NOTIFICATION);
    expect(shown[0]!.title).toBe('notifyGroupTitle_other 3');
    for (const c of ['Acme', 'Globex', 'Initech']) expect(shown[0]!.message).toContain(c);
    await syncReminders(ports, db, NOW + 10 * DAY + 60_000); // another start, a minute later
    expect(shown).toHaveLength(1);
  });

  it('one: its own notification, with the interviewer and the weak point', async () => {
    const { reminders } = await saveDebrief(
      db,
      args({}, debrief({ followUpAt: NOW + DAY, interviewerName: 'Claire Martin', weakPoint: 'No Kubernetes' })),
      { now: NOW },
    );
    const ports = fakePorts();
    const { shown } = ports.notifications;
    await syncReminders(ports, db, NOW + 3 * DAY);
    expect(shown.map((s) => s.id)).toEqual([REMINDER_NOTIFICATION + reminders[0]!.id]);
    expect(shown[0]!.message).toContain('Claire Martin');
    expect(shown[0]!.message).toContain('No Kubernetes');
  });

  it('none due: nothing shown', async () => {
    await saveDebrief(db, args(), { now: NOW });
    const ports = fakePorts();
    const { shown } = ports.notifications;
    await syncReminders(ports, db, NOW + DAY);
    expect(shown).toEqual([]);
  });
});
