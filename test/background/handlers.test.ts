// The worker's handlers over the ports and a database passed in: a write clears the notifications
// of the reminders it stopped, re-plans the alarms, and tells the job-site tabs; the open-* messages
// focus or open the right tab.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHandlers, SNOOZE_MS } from '../../src/background/handlers';
import { ALARM_PREFIX } from '../../src/core/reminders';
import { APPLICATIONS_CHANGED } from '../../src/messages/protocol';
import type { Db } from '../../src/storage/schema';
import { saveDebrief } from '../../src/storage/writes';
import { fakePorts } from '../fakes/ports';
import { args, freshDb, NOW } from '../storage/helpers';

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

describe('makeHandlers', () => {
  it('completeReminder: clears both notification ids, drops its alarm, tells the job-site tabs', async () => {
    const { reminders } = await saveDebrief(db, args(), { now: NOW });
    const id = reminders[0]!.id;
    const ports = fakePorts([{ id: 7, url: 'https://www.linkedin.com/jobs/view/1' }]);
    ports.alarms.scheduled.set(ALARM_PREFIX + id, reminders[0]!.dueAt);
    await makeHandlers(ports, db, () => NOW).completeReminder({ reminderId: id });
    expect(ports.notifications.cleared).toEqual([
      `reminder:${id}`,
      `reminder-open:${id}`,
      `interview-card:${id}`,
      `interview-debrief:${id}`,
    ]);
    expect(ports.alarms.scheduled.has(ALARM_PREFIX + id)).toBe(false);
    expect(ports.tabs.messages).toEqual([{ tabId: 7, message: { type: APPLICATIONS_CHANGED } }]);
    expect(ports.action.badges.length).toBeGreaterThan(0);
  });

  it('snoozeReminder: the reminder moves a day on, and so does its alarm', async () => {
    const { reminders } = await saveDebrief(db, args(), { now: NOW });
    const id = reminders[0]!.id;
    const ports = fakePorts();
    const snoozed = await makeHandlers(ports, db, () => NOW).snoozeReminder({ reminderId: id });
    expect(snoozed.dueAt).toBe(NOW + SNOOZE_MS);
    expect(ports.alarms.scheduled.get(ALARM_PREFIX + id)).toBe(NOW + SNOOZE_MS);
  });

  it('openPosting: focuses a tab already on the posting and its window, else opens it', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    const ports = fakePorts([{ id: 3, url: 'https://jobs.acme.test/42?utm_source=x', windowId: 9 }]);
    await makeHandlers(ports, db).openPosting({ applicationId: application.id });
    expect(ports.tabs.activated).toEqual([3]);
    expect(ports.windows.focused).toEqual([9]);
    expect(ports.tabs.created).toEqual([]);

    const none = fakePorts();
    await makeHandlers(none, db).openPosting({ applicationId: application.id });
    expect(none.tabs.created).toEqual([application.posting.url]);
  });

  it('openApplication: opens the application in the dashboard; an unknown id is refused', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    const ports = fakePorts();
    const handlers = makeHandlers(ports, db);
    await handlers.openApplication({ applicationId: application.id });
    expect(ports.tabs.created).toEqual([`chrome-extension://x/dashboard.html#app/${encodeURIComponent(application.id)}`]);
    await expect(handlers.openApplication({ applicationId: 'nope' })).rejects.toThrow('errorApplicationNotFound');
  });
});

describe('calendarFile', () => {
  const field = (text: string, name: string) =>
    text
      .replace(/\r\n /g, '')
      .split('\r\n')
      .filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
      .map((l) => l.slice(l.indexOf(':') + 1));

  it('one reminder: its event alone; then every upcoming date moves it (same UID, higher SEQUENCE) once snoozed', async () => {
    const { reminders } = await saveDebrief(db, args(), { now: NOW });
    const id = reminders[0]!.id;
    const handlers = makeHandlers(fakePorts(), db, () => NOW);
    const one = await handlers.calendarFile({ reminderId: id });
    expect(one.fileName).toMatch(/^relance-.+\.ics$/);
    expect(field(one.text, 'UID')).toEqual([`reminder-${id}@relance`]);
    expect(field(one.text, 'SEQUENCE')).toEqual(['0']);
    expect(field(one.text, 'SUMMARY')[0]).toContain('Acme');

    await handlers.snoozeReminder({ reminderId: id });
    const all = await handlers.calendarFile({});
    expect(all.fileName).toBe('relance-2026-04-01.ics');
    expect(field(all.text, 'UID')).toEqual([`reminder-${id}@relance`]);
    expect(field(all.text, 'SEQUENCE')).toEqual(['1']);
    expect(field(all.text, 'STATUS')).toEqual(['CONFIRMED']);
  });

  it('every upcoming date: a call done since the last file goes out once more, cancelled', async () => {
    const { reminders } = await saveDebrief(db, args(), { now: NOW });
    const id = reminders[0]!.id;
    const handlers = makeHandlers(fakePorts(), db, () => NOW);
    await handlers.calendarFile({});
    await handlers.completeReminder({ reminderId: id });
    const after = await handlers.calendarFile({});
    expect(field(after.text, 'UID')).toEqual([`reminder-${id}@relance`]);
    expect(field(after.text, 'STATUS')).toEqual(['CANCELLED']);
    expect(field(after.text, 'SEQUENCE')).toEqual(['1']);
    expect(field((await handlers.calendarFile({})).text, 'UID')).toEqual([]);
  });

  it('a planned interview: its own event; moved, then done, the export of upcoming dates updates then cancels it', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    const handlers = makeHandlers(fakePorts(), db, () => NOW);
    const plan = { on: '2026-04-08', time: '14:30', channel: 'video' as const, withWhom: 'Léa', role: 'CTO', stage: null };
    await handlers.planInterview({ applicationId: application.id, plan });
    const uid = `interview-${application.id}-1@relance`;
    const one = await handlers.calendarFile({ applicationId: application.id });
    expect(one.fileName).toMatch(/^relance-interview-.+\.ics$/);
    expect(field(one.text, 'UID')).toEqual([uid]);
    expect(field(one.text, 'DTSTART')).toEqual([expect.stringMatching(/^20260408T\d{4}00Z$/)]);
    expect(field(one.text, 'TRIGGER')).toEqual(['-PT10M']);

    await handlers.planInterview({ applicationId: application.id, plan: { ...plan, time: '16:00' } });
    const moved = await handlers.calendarFile({});
    const events = (text: string) => field(text, 'UID').map((u, i) => [u, field(text, 'SEQUENCE')[i], field(text, 'STATUS')[i]] as const);
    expect(events(moved.text)).toContainEqual([uid, '1', 'CONFIRMED']);

    // The interview took place: its debrief is recorded, and nothing is planned after it.
    await handlers.saveDebrief({ ...args({}, { interviewAt: Date.UTC(2026, 3, 8, 14) }), pageUrl: null });
    const done = await handlers.calendarFile({});
    expect(events(done.text)).toContainEqual([uid, '2', 'CANCELLED']);
  });

  it('a planned interview: refused when none is planned or the application is gone', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    const handlers = makeHandlers(fakePorts(), db, () => NOW);
    await expect(handlers.calendarFile({ applicationId: application.id })).rejects.toThrow('errorPlannedInterviewNotFound');
    await expect(handlers.calendarFile({ applicationId: 'nope' })).rejects.toThrow('errorApplicationNotFound');
    expect(await db.count('calendar')).toBe(0);
  });

  it('a reminder no longer pending is refused, and nothing is recorded', async () => {
    const { reminders } = await saveDebrief(db, args(), { now: NOW });
    const handlers = makeHandlers(fakePorts(), db, () => NOW);
    await handlers.completeReminder({ reminderId: reminders[0]!.id });
    await expect(handlers.calendarFile({ reminderId: reminders[0]!.id })).rejects.toThrow();
    await expect(handlers.calendarFile({ reminderId: 'nope' })).rejects.toThrow();
    expect(await db.count('calendar')).toBe(0);
  });
});
