import { calendarDaysBetween } from './dates';
import type { Application, Reminder } from './types';

export type BadgeTone = 'due' | 'scheduled' | 'closed' | 'count' | 'none';

/** What the toolbar badge shows. `text` and the tooltip carry the meaning; the tone only adds colour. */
export interface BadgeView {
  /** '' hides the badge. `days` is set for the "3d" form, so the text can be translated. */
  text: string;
  days?: number;
  tone: BadgeTone;
  /** i18n key of the tooltip and its substitutions; with `count`, the key is a plural base. */
  title: { key: string; subs: string[]; count?: number };
}

/**
 * The badge of a tab showing a tracked posting: a cross for a closed application, "!" when a
 * reminder is due or overdue, the days until the next one ("3d"), a tick when nothing is scheduled.
 * `pending` holds the application's pending reminders: the tooltip names the date it gives as what
 * it is, the follow-up call or the promised answer (docs/method.md §3), and both when both are ahead.
 */
export function badgeForApplication(
  app: Application,
  pending: readonly Pick<Reminder, 'kind' | 'dueAt'>[],
  now: number,
  formatDate: (t: number) => string,
): BadgeView {
  const company = app.posting.company;
  // A closed application has no call to make (docs/method.md §3: none after a rejection); a reminder
  // to ask for feedback still shows in the due count and lists.
  if (app.status === 'closed') {
    return { text: '×', tone: 'closed', title: { key: 'badgeTitleClosed', subs: [company] } };
  }
  if (app.nextDueAt !== null && app.nextDueAt <= now) {
    // A due follow-up call is the thing to do; otherwise what is due is the promised answer.
    const callDue = pending.some((r) => r.kind === 'follow-up' && r.dueAt <= now);
    const answerDue = !callDue && pending.some((r) => r.kind === 'answer-due' && r.dueAt <= now);
    return { text: '!', tone: 'due', title: { key: answerDue ? 'badgeTitleAnswerDue' : 'badgeTitleDue', subs: [company] } };
  }
  if (app.nextDueAt !== null) {
    const days = Math.max(0, calendarDaysBetween(now, app.nextDueAt));
    return { text: `${days}d`, days, tone: 'scheduled', title: nextTitle(company, app.nextDueAt, pending, formatDate) };
  }
  return { text: '✓', tone: 'scheduled', title: { key: 'badgeTitleTracked', subs: [company] } };
}

/** The tooltip of a date ahead: the follow-up call, or the promised answer and the call after it. */
function nextTitle(
  company: string,
  next: number,
  pending: readonly Pick<Reminder, 'kind' | 'dueAt'>[],
  formatDate: (t: number) => string,
): BadgeView['title'] {
  const soonest = pending.filter((r) => r.dueAt === next);
  if (soonest.length === 0 || soonest.some((r) => r.kind === 'follow-up')) {
    return { key: 'badgeTitleDays', subs: [company, formatDate(next)] };
  }
  const call = pending.filter((r) => r.kind === 'follow-up' && r.dueAt > next).sort((a, b) => a.dueAt - b.dueAt)[0];
  return call
    ? { key: 'badgeTitleAnswerThenCall', subs: [company, formatDate(next), formatDate(call.dueAt)] }
    : { key: 'badgeTitleAnswerDays', subs: [company, formatDate(next)] };
}

/**
 * The badge of every other tab: how many applications have a follow-up due; empty when none. The
 * tooltip's key is a plural base (`_one`/`_other`): the painter picks the form with the catalog's rules.
 */
export function badgeForCount(count: number): BadgeView {
  return count > 0
    ? { text: count > 99 ? '99+' : String(count), tone: 'count', title: { key: 'badgeTitleCount', subs: [String(count)], count } }
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
