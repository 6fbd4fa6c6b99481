// The worker's handlers over the ports and a database passed in: a write clears the notifications
// of the reminders it stopped, re-plans the alarms, and tells the job-site tabs; the open-* messages
// focus or open the right tab.
import 'fake-indexeddb/auto';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHandlers, SNOOZE_MS } from '../../src/background/handlers';
import { ALARM_PREFIX } from '../../src/core/reminders';
import { APPLICATIONS_CHANGED } from '../../src/messages/protocol';
import { listNeedsMaking, refreshList } from '../../src/storage/list-cache';
import { currentList } from '../../src/storage/reads';
import type { Db } from '../../src/storage/schema';
import { CHANGED_MAX } from '../../src/storage/tx';
import { saveDebrief } from '../../src/storage/writes';
import { makeExport } from '../export-builders';
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

  it(`importData: an import of more than ${CHANGED_MAX} applications leaves the dashboard's list made again when it replies`, async () => {
    await saveDebrief(db, args(), { now: NOW });
    expect(await refreshList(db)).toBe(true);
    const n = CHANGED_MAX + 1;
    const report = await makeHandlers(fakePorts(), db, () => NOW).importData({ json: JSON.stringify(makeExport(n, 'wide')) });
    expect(report.added).toBe(n);
    // Too wide for the list to follow: without the handler's making it again, the dashboard would read every application.
    expect(await listNeedsMaking(db)).toBe(false);
    expect((await currentList(db))?.map((r) => r.id).sort()).toEqual((await db.getAllKeys('applications')).sort());
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

  it('jobChips: the tracked jobs among the keys, each chip worded with its label; untracked keys are absent', async () => {
    const { application, reminders } = await saveDebrief(db, args(), { now: NOW });
    const days = Math.round((reminders[0]!.dueAt - NOW) / 86_400_000);
    const chips = await makeHandlers(fakePorts(), db, () => NOW).jobChips({ jobKeys: ['jobs.acme.test/42', 'linkedin:404'] });
    expect(chips).toEqual({
      'jobs.acme.test/42': {
        applicationId: application.id,
        text: `chipFollowUpIn ${days}`,
        label: `chipLabel chipFollowUpIn ${days}`,
        tone: 'scheduled',
      },
    });
  });
});

describe('calendarFile', () => {
  /** The events of a file the worker produced, as a real iCalendar parser (ical.js) reads them. */
  const eventsOf = (text: string) =>
    new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => {
      const alarm = e.getFirstSubcomponent('valarm');
      return {
        uid: e.getFirstPropertyValue('uid'),
        sequence: e.getFirstPropertyValue('sequence'),
        status: e.getFirstPropertyValue('status'),
        start: (e.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime(),
        summary: e.getFirstPropertyValue('summary'),
        alarm: alarm && { action: alarm.getFirstPropertyValue('action'), trigger: String(alarm.getFirstPropertyValue('trigger')) },
      };
    });
  const tenMinutesBefore = { action: 'DISPLAY', trigger: '-PT10M' };

  it('one reminder: its event alone; once snoozed, every upcoming date moves it (same UID, higher SEQUENCE, the new time)', async () => {
    const { reminders } = await saveDebrief(db, args(), { now: NOW });
    const id = reminders[0]!.id;
    const handlers = makeHandlers(fakePorts(), db, () => NOW);
    const one = await handlers.calendarFile({ reminderId: id });
    expect(one.fileName).toMatch(/^relance-.+\.ics$/);
    const [first, ...others] = eventsOf(one.text);
    expect(others).toEqual([]);
    expect(first).toMatchObject({
      uid: `reminder-${id}@relance`,
      sequence: 0,
      status: 'CONFIRMED',
      start: reminders[0]!.dueAt,
      alarm: tenMinutesBefore,
    });
    expect(first!.summary).toContain('Acme');

    // Snoozed, the reminder keeps its id: the same event, moved, not a cancelled one and a new one.
    await handlers.snoozeReminder({ reminderId: id });
    const all = await handlers.calendarFile({});
    expect(all.fileName).toBe('relance-2026-04-01.ics');
    expect(eventsOf(all.text)).toEqual([{ ...first, sequence: 1, start: NOW + SNOOZE_MS, summary: expect.stringContaining('Acme') }]);
  });

  it('every upcoming date: a call done since the last file goes out once more, cancelled at its time and without alarm', async () => {
    const { reminders } = await saveDebrief(db, args(), { now: NOW });
    const id = reminders[0]!.id;
    const handlers = makeHandlers(fakePorts(), db, () => NOW);
    await handlers.calendarFile({});
    await handlers.completeReminder({ reminderId: id });
    const after = await handlers.calendarFile({});
    expect(eventsOf(after.text)).toEqual([
      {
        uid: `reminder-${id}@relance`,
        sequence: 1,
        status: 'CANCELLED',
        start: reminders[0]!.dueAt,
        summary: expect.stringContaining('Acme'),
        alarm: null,
      },
    ]);
    expect(eventsOf((await handlers.calendarFile({})).text)).toEqual([]);
  });

  it('a planned interview: its own event; moved, then done, the export of upcoming dates updates then cancels it', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    const handlers = makeHandlers(fakePorts(), db, () => NOW);
    const plan = { on: '2026-04-08', time: '14:30', channel: 'video' as const, withWhom: 'Léa', role: 'CTO', stage: null };
    await handlers.planInterview({ applicationId: application.id, plan });
    const uid = `interview-${application.id}-1@relance`;
    const at = (time: string) => new Date(`2026-04-08T${time}`).getTime();
    const one = await handlers.calendarFile({ applicationId: application.id });
    expect(one.fileName).toMatch(/^relance-interview-.+\.ics$/);
    expect(eventsOf(one.text)).toEqual([expect.objectContaining({ uid, sequence: 0, start: at('14:30'), alarm: tenMinutesBefore })]);

    await handlers.planInterview({ applicationId: application.id, plan: { ...plan, time: '16:00' } });
    const moved = await handlers.calendarFile({});
    expect(eventsOf(moved.text)).toContainEqual(
      expect.objectContaining({ uid, sequence: 1, status: 'CONFIRMED', start: at('16:00'), alarm: tenMinutesBefore }),
    );

    // The interview took place: its debrief is recorded, and nothing is planned after it.
    await handlers.saveDebrief({ ...args({}, { interviewAt: Date.UTC(2026, 3, 8, 14) }), pageUrl: null });
    const done = await handlers.calendarFile({});
    expect(eventsOf(done.text)).toContainEqual(expect.objectContaining({ uid, sequence: 2, status: 'CANCELLED', alarm: null }));
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
