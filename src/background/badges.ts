import { BADGE_COLORS, badgeForApplication, badgeForCount, type BadgeView } from '../core/badge';
import { formatDate } from '../core/format';
import { messageLocale, pluralKey } from '../core/i18n';
import { normalizedUrls } from '../core/job-key';
import { jobKeyFor } from '../extract/job-key';
import { dueCount, findTracked, getSettings, pendingRemindersOf } from '../storage/reads';
import type { Db } from '../storage/schema';
import type { Ports } from './ports';

/** What painting badges needs: the badge itself, the open tabs, and the strings. */
type BadgePorts = Pick<Ports, 'action' | 'tabs' | 'i18n'>;
declare const __BENCH__: boolean;

/** Repaints the global badge (due count) and the badge of every open tab. */
export async function refreshBadges(ports: BadgePorts, db: Db, now: number): Promise<void> {
  const global = await countBadge(db, now);
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
  const app = url && /^https?:/.test(url) ? await findTracked(db, jobKeyFor(url), normalizedUrls(url)) : undefined;
  let view: BadgeView;
  if (app) {
    // The tooltip names which date is next: read the reminders only when one is.
    const pending = app.nextDueAt === null ? [] : await pendingRemindersOf(db, app.id);
    const locale = messageLocale(ports.i18n);
    view = badgeForApplication(app, pending, now, (t) => formatDate(t, locale));
  } else {
    view = global ?? (await countBadge(db, now));
  }
  await paint(ports, view, tabId);
}

/** The badge of tabs that are not a tracked posting: the due count, unless the settings turn it off. */
async function countBadge(db: Db, now: number): Promise<BadgeView> {
  const { badgeCountOnOtherTabs } = await getSettings(db);
  return badgeForCount(badgeCountOnOtherTabs ? await dueCount(db, now) : 0);
}

async function paint({ action, i18n }: Pick<Ports, 'action' | 'i18n'>, view: BadgeView, tabId?: number): Promise<void> {
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
    ]);
  } catch {
    // The tab closed while it was being painted: nothing to show.
    return;
  }
  // Benchmark builds only (npm run bench times tab event → badge set); compiled out of the others, and
  // undefined, so false, where nothing defines it (unit tests).
  if (typeof __BENCH__ !== 'undefined' && __BENCH__) performance.mark('relance-badge', { detail: { tabId, text } });
}
