import type Browser from 'webextension-polyfill';
import { BADGE_COLORS, badgeForApplication, badgeForCount, type BadgeView } from '../core/badge';
import { formatDate } from '../core/format';
import { jobKeyFor, normalizedUrls } from '../core/job-key';
import { dueCount, findTracked } from '../storage/reads';
import type { Db } from '../storage/schema';

type Ext = typeof Browser;

/** Repaints the global badge (due count) and the badge of every open tab. */
export async function refreshBadges(ext: Ext, db: Db, now: number): Promise<void> {
  const global = badgeForCount(await dueCount(db, now));
  await paint(ext, global);
  const tabs = await ext.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? null : refreshTab(ext, db, now, tab.id, tab.url, global))));
}

/** Repaints one tab: its application's state when its address is a tracked posting, else the count. */
export async function refreshTab(
  ext: Ext,
  db: Db,
  now: number,
  tabId: number,
  url: string | undefined,
  global?: BadgeView,
): Promise<void> {
  const app = url && /^https?:/.test(url) ? await findTracked(db, jobKeyFor(url), normalizedUrls(url)) : undefined;
  const locale = ext.i18n.getUILanguage();
  const view = app
    ? badgeForApplication(app, now, (t) => formatDate(t, locale))
    : (global ?? badgeForCount(await dueCount(db, now)));
  await paint(ext, view, tabId);
}

async function paint(ext: Ext, view: BadgeView, tabId?: number): Promise<void> {
  const text = view.days !== undefined ? ext.i18n.getMessage('badgeDays', String(view.days)) : view.text;
  const title = ext.i18n.getMessage(view.title.key, view.title.subs) || 'Relance';
  try {
    await Promise.all([
      ext.action.setBadgeText({ text, tabId }),
      ext.action.setBadgeBackgroundColor({ color: BADGE_COLORS[view.tone], tabId }),
      ext.action.setTitle({ title, tabId }),
      // Firefox has no setBadgeTextColor before 63 and Chrome picks black on some colours: force white.
      ext.action.setBadgeTextColor?.({ color: '#FFFFFF', tabId }),
    ]);
  } catch {
    // The tab closed while we painted it: nothing to show.
  }
}
