// The settings that change what the worker shows: notifications off, no count on untracked tabs. The ports are recording fakes: the
// logic under test is which calls are made, from the stored data.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refreshBadges } from '../../src/background/badges';
import { fireDue } from '../../src/background/reminders';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import type { Db } from '../../src/storage/schema';
import { saveSettings } from '../../src/storage/settings-writes';
import { saveDebrief } from '../../src/storage/writes';
import { fakePorts } from '../fakes/ports';
import { args, DAY, freshDb, NOW } from '../storage/helpers';

/** Tabs paint concurrently: compare by tab (the global badge first). */
const sorted = (b: { text: string | null; tabId?: number }[]) => [...b].sort((x, y) => (x.tabId ?? -1) - (y.tabId ?? -1));

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

describe('fireDue', () => {
  it('shows a notification and marks the reminder, by default', async () => {
    const { reminders } = await saveDebrief(db, args(), { now: NOW });
    const ports = fakePorts();
    await fireDue(ports, db, NOW + 8 * DAY);
    expect(ports.notifications.shown.map((n) => n.id)).toEqual([`reminder:${reminders[0]!.id}`]);
    expect((await db.get('reminders', reminders[0]!.id))?.notifiedAt).toBe(NOW + 8 * DAY);
  });

  it('with notifications off, marks the reminder without showing anything; it stays due', async () => {
    const { reminders } = await saveDebrief(db, args(), { now: NOW });
    await saveSettings(db, { ...DEFAULT_SETTINGS, notifications: false }, { now: NOW });
    const ports = fakePorts();
    await fireDue(ports, db, NOW + 8 * DAY);
    expect(ports.notifications.shown.map((n) => n.id)).toEqual([]);
    expect(await db.get('reminders', reminders[0]!.id)).toMatchObject({ notifiedAt: NOW + 8 * DAY, pendingDueAt: reminders[0]!.dueAt });
  });
});

describe('refreshBadges', () => {
  it('untracked tabs show the due count, or nothing when the setting is off; a tracked posting keeps its badge', async () => {
    await saveDebrief(db, args(), { now: NOW });
    const tabs = [
      { id: 1, url: 'https://elsewhere.test/' },
      { id: 2, url: 'https://jobs.acme.test/42' },
    ];
    let ports = fakePorts(tabs);
    await refreshBadges(ports, db, NOW + 8 * DAY);
    expect(sorted(ports.action.badges)).toEqual([
      { text: '1', tabId: undefined },
      { text: '1', tabId: 1 },
      { text: '!', tabId: 2 },
    ]);

    await saveSettings(db, { ...DEFAULT_SETTINGS, badgeCountOnOtherTabs: false }, { now: NOW });
    ports = fakePorts(tabs);
    await refreshBadges(ports, db, NOW + 8 * DAY);
    expect(sorted(ports.action.badges)).toEqual([
      { text: '', tabId: undefined },
      { text: '', tabId: 1 },
      { text: '!', tabId: 2 },
    ]);
  });
});
