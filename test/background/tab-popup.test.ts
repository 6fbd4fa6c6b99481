// Each tab's popup page as the worker sets it while painting the tab's badge (core/tab-popup.ts): the
// application on a tracked posting's tab, so that the popup reads it at once; the plain page elsewhere.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BadgeCache } from '../../src/background/badge-cache';
import { refreshBadges, refreshTab, refreshTabCached } from '../../src/background/badges';
import { normalizedUrls } from '../../src/core/job-key';
import type { Db } from '../../src/storage/schema';
import { deleteApplication } from '../../src/storage/edit-writes';
import { saveDebrief } from '../../src/storage/writes';
import { fakePorts } from '../fakes/ports';
import { args, DAY, freshDb, NOW } from '../storage/helpers';

const LINKEDIN_VIEW = 'https://www.linkedin.com/jobs/view/3912345678/';
const LINKEDIN_SEARCH = 'https://www.linkedin.com/jobs/search/?currentJobId=3912345678&keywords=go';

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

const tracked = () =>
  saveDebrief(
    db,
    args(
      {
        posting: { title: 'Go developer', company: 'Acme', location: '', url: LINKEDIN_VIEW },
        jobKey: 'linkedin:3912345678',
        urls: normalizedUrls(LINKEDIN_VIEW),
      },
      { followUpAt: NOW + 3 * DAY },
    ),
    { now: NOW },
  );

describe('tab popup', () => {
  it('a tracked posting’s tab opens the popup on its application; another tab on the plain page', async () => {
    const { application } = await tracked();
    const p = fakePorts();
    await refreshTab(p, db, NOW, 7, LINKEDIN_VIEW);
    await refreshTab(p, db, NOW, 8, 'https://example.test/');
    await refreshTab(p, db, NOW, 9, 'chrome://newtab/');
    expect(p.action.popups.get(7)).toBe(`popup.html?posting=${application.id}`);
    expect(p.action.popups.get(8)).toBe('popup.html');
    expect(p.action.popups.get(9)).toBe('popup.html');
  });

  it('the same through the cache, and for every tab at once', async () => {
    const { application } = await tracked();
    const p = fakePorts();
    await refreshTabCached(p, new BadgeCache(), async () => db, NOW, 7, LINKEDIN_VIEW);
    expect(p.action.popups.get(7)).toBe(`popup.html?posting=${application.id}`);
    const all = fakePorts([
      { id: 3, url: LINKEDIN_VIEW },
      { id: 4, url: 'https://example.test/' },
    ]);
    await refreshBadges(all, db, NOW);
    expect(all.action.popups.get(3)).toBe(`popup.html?posting=${application.id}`);
    expect(all.action.popups.get(4)).toBe('popup.html');
  });

  it('no hint where the posting is found by its job key at an address it was never seen at: the popup looks it up', async () => {
    await tracked();
    const p = fakePorts();
    await refreshTab(p, db, NOW, 7, LINKEDIN_SEARCH);
    expect(p.action.badges.filter((b) => b.tabId === 7).at(-1)?.text).toBeTruthy(); // tracked: its badge shows
    expect(p.action.popups.get(7)).toBe('popup.html');
  });

  it('a deleted application’s tab is given the plain page back', async () => {
    const { application } = await tracked();
    const p = fakePorts();
    await refreshTab(p, db, NOW, 7, LINKEDIN_VIEW);
    await deleteApplication(db, { applicationId: application.id });
    await refreshTab(p, db, NOW, 7, LINKEDIN_VIEW);
    expect(p.action.popups.get(7)).toBe('popup.html');
  });
});
