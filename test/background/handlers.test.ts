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
    expect(ports.notifications.cleared).toEqual([`reminder:${id}`, `reminder-open:${id}`]);
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
