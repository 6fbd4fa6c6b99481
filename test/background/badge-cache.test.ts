// The worker's badge cache: tab events paint from it without opening the database, every write empties
// it, a read under way when a write starts is not kept, and a restarted worker starts from IndexedDB.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BadgeCache, type TabApp } from '../../src/background/badge-cache';
import { refreshTabCached } from '../../src/background/badges';
import type { Db } from '../../src/storage/schema';
import { onWrite } from '../../src/storage/tx';
import { deleteApplication } from '../../src/storage/edit-writes';
import { saveDebrief } from '../../src/storage/writes';
import { fakePorts } from '../fakes/ports';
import { args, DAY, freshDb, NOW } from '../storage/helpers';

const URL_42 = 'https://jobs.acme.test/42';
const OTHER = 'https://example.test/';

let db: Db;
let opened: number;
/** The database as a tab event opens it: counted, to see when the cache spared the open. */
const open = async () => {
  opened++;
  return db;
};
let unsubscribe: (() => void)[] = [];
/** A worker's cache, emptied by every write as background/index.ts wires it. */
function workerCache(): BadgeCache {
  const cache = new BadgeCache();
  unsubscribe.push(onWrite(() => cache.clear()));
  return cache;
}

beforeEach(async () => {
  db = await freshDb();
  opened = 0;
});
afterEach(() => {
  for (const u of unsubscribe) u();
  unsubscribe = [];
  db.close();
});

const lastBadge = (p: ReturnType<typeof fakePorts>, tabId: number) => p.action.badges.filter((b) => b.tabId === tabId).at(-1)?.text;

describe('badge cache', () => {
  it('a second event on the same address paints from the cache, without opening the database', async () => {
    await saveDebrief(db, args({}, { followUpAt: NOW + 3 * DAY }), { now: NOW });
    const p = fakePorts();
    const cache = workerCache();
    await refreshTabCached(p, cache, open, NOW, 7, URL_42);
    const first = lastBadge(p, 7);
    expect(opened).toBe(1);
    await refreshTabCached(p, cache, open, NOW, 7, URL_42);
    await refreshTabCached(p, cache, open, NOW, 8, OTHER);
    await refreshTabCached(p, cache, open, NOW, 8, OTHER);
    expect(opened).toBe(3); // the other address's lookup and the count's inputs, once each
    expect(lastBadge(p, 7)).toBe(first);
    expect(first).toBeTruthy();
  });

  it('the clock is the event’s: a cached application’s due reminder shows as due once its time has come', async () => {
    await saveDebrief(db, args({}, { followUpAt: NOW + DAY }), { now: NOW });
    const p = fakePorts();
    const cache = workerCache();
    await refreshTabCached(p, cache, open, NOW, 7, URL_42);
    await refreshTabCached(p, cache, open, NOW, 8, OTHER);
    expect(lastBadge(p, 8)).toBe('');
    await refreshTabCached(p, cache, open, NOW + 2 * DAY, 7, URL_42);
    await refreshTabCached(p, cache, open, NOW + 2 * DAY, 8, OTHER);
    expect(lastBadge(p, 7)).toBe('!');
    expect(lastBadge(p, 8)).toBe('1');
    // The count's inputs hold what was due when read, and when the next reminder falls due: read again
    // once it has, then kept while nothing else falls due.
    expect(opened).toBe(4);
    await refreshTabCached(p, cache, open, NOW + 3 * DAY, 8, OTHER);
    expect(lastBadge(p, 8)).toBe('1');
    expect(opened).toBe(4);
  });

  it('every write empties it: a page tracked since, and an application deleted since, paint as stored', async () => {
    const p = fakePorts();
    const cache = workerCache();
    await refreshTabCached(p, cache, open, NOW, 7, URL_42);
    const untracked = lastBadge(p, 7);
    const saved = await saveDebrief(db, args({}, { followUpAt: NOW + 3 * DAY }), { now: NOW });
    await refreshTabCached(p, cache, open, NOW, 7, URL_42);
    expect(lastBadge(p, 7)).not.toBe(untracked);
    await deleteApplication(db, { applicationId: saved.application.id });
    await refreshTabCached(p, cache, open, NOW, 7, URL_42);
    expect(lastBadge(p, 7)).toBe(untracked);
  });

  it('a read under way when a write starts is not kept', async () => {
    const cache = new BadgeCache();
    let finish!: (v: TabApp | null) => void;
    const slow = cache.tracked(URL_42, () => new Promise((r) => (finish = r)));
    cache.clear(); // a write started
    finish(null);
    expect(await slow).toBeNull();
    let loads = 0;
    await cache.tracked(URL_42, async () => {
      loads++;
      return null;
    });
    expect(loads).toBe(1);
  });

  it('a stopped and restarted worker never paints a stale badge: its cache starts empty, from IndexedDB', async () => {
    const p = fakePorts();
    const before = workerCache();
    await refreshTabCached(p, before, open, NOW, 7, URL_42);
    const untracked = lastBadge(p, 7);
    // The worker stops (its memory goes, its listener with it); the data changes meanwhile.
    for (const u of unsubscribe) u();
    unsubscribe = [];
    await saveDebrief(db, args({}, { followUpAt: NOW + 3 * DAY }), { now: NOW });
    // The restarted worker reads what is stored.
    const after = workerCache();
    await refreshTabCached(p, after, open, NOW, 7, URL_42);
    expect(lastBadge(p, 7)).not.toBe(untracked);
    expect(lastBadge(p, 7)).toBeTruthy();
  });
});
