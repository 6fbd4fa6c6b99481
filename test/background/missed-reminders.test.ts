// Reminders that came due while the browser was closed fire once at the next start, grouped in one
// notification when there are several; later starts do not fire them again.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GROUP_NOTIFICATION, REMINDER_NOTIFICATION } from '../../src/background/notifications';
import { syncReminders } from '../../src/background/reminders';
import type { Db } from '../../src/storage/schema';
import { saveDebrief } from '../../src/storage/writes';
import { planInterview } from '../../src/storage/edit-writes';
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

describe("a planned interview's reminders notify", () => {
  const plan = { on: '2026-04-03', time: '14:00', channel: 'video' as const, withWhom: 'Léa Roux', role: 'CTO', stage: null };

  it('"interview soon" names whom and when and the closing steps; "how did it go?" asks for the debrief; neither has Done or Snooze', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    await planInterview(db, { applicationId: application.id, plan }, { now: NOW });
    const rows = (await db.getAllFromIndex('reminders', 'by-application', application.id)).filter((r) => r.interviewId === '');
    const soon = rows.find((r) => r.kind === 'interview-soon')!;
    const after = rows.find((r) => r.kind === 'how-did-it-go')!;
    const ports = fakePorts();
    const { shown } = ports.notifications;
    await syncReminders(ports, db, soon.dueAt);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ id: `interview-card:${soon.id}`, title: 'notifyInterviewSoonTitle Acme' });
    expect(shown[0]!.message.split('\n')).toEqual([
      'Frontend developer',
      'notifyInterviewWithAt Léa Roux, CTO 14:00',
      'notifyInterviewClose',
    ]);
    await syncReminders(ports, db, after.dueAt);
    expect(shown).toHaveLength(2);
    expect(shown[1]).toMatchObject({
      id: `interview-debrief:${after.id}`,
      title: 'notifyHowDidItGoTitle Acme',
      message: 'Frontend developer\nnotifyHowDidItGoBody',
    });
  });

  it('"how did it go?" does not fire once the debrief is recorded', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    await planInterview(db, { applicationId: application.id, plan }, { now: NOW });
    const after = (await db.getAllFromIndex('reminders', 'by-application', application.id)).find((r) => r.kind === 'how-did-it-go')!;
    await saveDebrief(db, args({}, { interviewAt: after.dueAt - 60 * 60_000, followUpAt: after.dueAt + 7 * DAY }), {
      now: after.dueAt - 5 * 60_000,
    });
    const ports = fakePorts();
    await syncReminders(ports, db, after.dueAt);
    expect(ports.notifications.shown.map((n) => n.title)).not.toContain('notifyHowDidItGoTitle Acme');
  });
});
