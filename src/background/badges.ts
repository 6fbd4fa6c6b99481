import { BADGE_COLORS, badgeForApplication, badgeForCount, type BadgeView } from '../core/badge';
import { formatDate } from '../core/format';
import { messageLocale, pluralKey } from '../core/i18n';
import { normalizedUrls } from '../core/job-key';
import { isPostingAt, tabPopup } from '../core/tab-popup';
import { jobKeyFor } from '../extract/job-key';
import { dueAndNext, findTracked, getSettings, pendingRemindersOf } from '../storage/reads';
import type { Db } from '../storage/schema';
import type { BadgeCache, CountInputs, TabApp } from './badge-cache';
import type { Ports } from './ports';

/** What painting badges needs: the badge itself, the open tabs, and the strings. */
type BadgePorts = Pick<Ports, 'action' | 'tabs' | 'i18n'>;
declare const __BENCH__: boolean;

/** Repaints the global badge (due count) and the badge of every open tab. */
export async function refreshBadges(ports: BadgePorts, db: Db, now: number): Promise<void> {
  const global = countView(await countInputs(db, now), now);
  await paint(ports, global);
  const tabs = await ports.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? null : refreshTab(ports, db, now, tab.id, tab.url, global))));
}

/** Repaints one tab: its application's state when its address is a tracked posting, else the count. */
export async function refreshTab(
  ports: BadgePorts,
  db: Db,
  now: number,
  tabId: number,
  url: string | undefined,
  global?: BadgeView,
): Promise<void> {
  const tab = isWeb(url) ? await tabApp(db, url) : null;
  const view = tab ? appView(ports, tab, now) : (global ?? countView(await countInputs(db, now), now));
  await paint(ports, view, tabTarget(tabId, tab, url));
}

/**
 * The same through the worker's cache (a tab event): the database is opened (`db`) only when the
 * cache lacks what the badge needs.
 */
export async function refreshTabCached(
  ports: BadgePorts,
  cache: BadgeCache,
  db: () => Promise<Db>,
  now: number,
  tabId: number,
  url: string | undefined,
): Promise<void> {
  const tab = isWeb(url) ? await cache.tracked(url, async () => tabApp(await db(), url)) : null;
  const view = tab ? appView(ports, tab, now) : countView(await cache.count(now, async () => countInputs(await db(), now)), now);
  await paint(ports, view, tabTarget(tabId, tab, url));
}

/**
 * One tab's badge target, with its popup page: naming the tab's posting when the tab's address is one
 * its application was seen at (the popup checks the same, core/tab-popup.ts).
 */
const tabTarget = (tabId: number, tab: TabApp | null, url: string | undefined) => ({
  tabId,
  popup: tabPopup(tab && url && isPostingAt(tab.app, url) ? tab.app.id : null),
});

const isWeb = (url: string | undefined): url is string => !!url && /^https?:/.test(url);

/** The application whose posting is at `url`, with what its badge shows; null when none is tracked there. */
async function tabApp(db: Db, url: string): Promise<TabApp | null> {
  const app = await findTracked(db, jobKeyFor(url), normalizedUrls(url));
  if (!app) return null;
  // The tooltip names which date is next: read the reminders only when one is.
  return { app, pending: app.nextDueAt === null ? [] : await pendingRemindersOf(db, app.id) };
}

function appView(ports: BadgePorts, { app, pending }: TabApp, now: number): BadgeView {
  const locale = messageLocale(ports.i18n);
  return badgeForApplication(app, pending, now, (t) => formatDate(t, locale));
}

/**
 * The count badge's inputs at `now`: the setting, and when it is on the pending reminders due by then
 * and when the next one falls due (through the due index: what is due, not every pending reminder).
 */
async function countInputs(db: Db, now: number): Promise<CountInputs> {
  const { badgeCountOnOtherTabs } = await getSettings(db);
  if (!badgeCountOnOtherTabs) return { show: false, pending: [], until: null };
  const { due, nextDueAt } = await dueAndNext(db, now);
  return { show: true, pending: due, until: nextDueAt };
}

/** The badge of tabs that are not a tracked posting: how many applications have a reminder due, unless turned off. */
function countView({ show, pending }: CountInputs, now: number): BadgeView {
  if (!show) return badgeForCount(0);
  return badgeForCount(
    new Set(pending.filter((r) => r.pendingDueAt !== undefined && r.pendingDueAt <= now).map((r) => r.applicationId)).size,
  );
}

/** Paints the badge: every tab's default, or one tab's (with its popup page) when `tab` is given. */
async function paint(
  { action, i18n }: Pick<Ports, 'action' | 'i18n'>,
  view: BadgeView,
  tab?: { tabId: number; popup: string },
): Promise<void> {
  const tabId = tab?.tabId;
  const text = view.days !== undefined ? i18n.getMessage('badgeDays', String(view.days)) : view.text;
  const { key, subs, count } = view.title;
  const title = i18n.getMessage(count === undefined ? key : pluralKey(key, count, messageLocale(i18n)), subs) || 'Relance';
  try {
    await Promise.all([
      action.setBadgeText({ text, tabId }),
      action.setBadgeBackgroundColor({ color: BADGE_COLORS[view.tone], tabId }),
      action.setTitle({ title, tabId }),
      // Firefox has no setBadgeTextColor before 63 and Chrome picks black on some colours: force white.
      action.setBadgeTextColor?.({ color: '#FFFFFF', tabId }),
      tab && action.setPopup(tab),
    ]);
  } catch {
    // The tab closed while it was being painted: nothing to show.
    return;
  }
  // Benchmark builds only (npm run bench times tab event → badge set); compiled out of the others, and
  // undefined, so false, where nothing defines it (unit tests).
  if (typeof __BENCH__ !== 'undefined' && __BENCH__) performance.mark('relance-badge', { detail: { tabId, text } });
}
