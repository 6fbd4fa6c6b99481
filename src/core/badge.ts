import { calendarDaysBetween } from './dates';
import type { Application } from './types';

export type BadgeTone = 'due' | 'scheduled' | 'closed' | 'count' | 'none';

/** What the toolbar badge shows. `text` and the tooltip carry the meaning; the tone only adds colour. */
export interface BadgeView {
  /** '' hides the badge. `days` is set for the "3d" form, so the text can be translated. */
  text: string;
  days?: number;
  tone: BadgeTone;
  /** i18n key of the tooltip and its substitutions. */
  title: { key: string; subs: string[] };
}

/**
 * The badge of a tab showing a tracked posting: a cross for a closed application, "!" when a
 * reminder is due or overdue, the days until the next one ("3d"), a tick when nothing is scheduled.
 */
export function badgeForApplication(app: Application, now: number, formatDate: (t: number) => string): BadgeView {
  const company = app.posting.company;
  // A closed application has no call to make (docs/method.md §3: none after a rejection); a reminder
  // to ask for feedback still shows in the due count and lists.
  if (app.status === 'closed') {
    return { text: '×', tone: 'closed', title: { key: 'badgeTitleClosed', subs: [company] } };
  }
  if (app.nextDueAt !== null && app.nextDueAt <= now) {
    return { text: '!', tone: 'due', title: { key: 'badgeTitleDue', subs: [company] } };
  }
  if (app.nextDueAt !== null) {
    const days = Math.max(0, calendarDaysBetween(now, app.nextDueAt));
    return { text: `${days}d`, days, tone: 'scheduled', title: { key: 'badgeTitleDays', subs: [company, formatDate(app.nextDueAt)] } };
  }
  return { text: '✓', tone: 'scheduled', title: { key: 'badgeTitleTracked', subs: [company] } };
}

/** The badge of every other tab: how many applications have a follow-up due; empty when none. */
export function badgeForCount(count: number): BadgeView {
  return count > 0
    ? { text: count > 99 ? '99+' : String(count), tone: 'count', title: { key: 'badgeTitleCount', subs: [String(count)] } }
    : { text: '', tone: 'none', title: { key: 'actionTitle', subs: [] } };
}

/** Badge colours, chosen for white text at ≥ 4.5:1 contrast. */
export const BADGE_COLORS: Record<BadgeTone, string> = {
  due: '#B3261E',
  count: '#B3261E',
  scheduled: '#3730A3',
  closed: '#52525B',
  none: '#3730A3',
};
