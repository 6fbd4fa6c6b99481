import { calendarDaysBetween } from '../core/dates';
import { relativeDay } from '../core/format';
import { t, tn, uiLocale } from './i18n';

/**
 * How far a date is, for a reminder: "in 3 days", "tomorrow", "today" (Intl.RelativeTimeFormat) while it
 * is ahead; "due today" once its time has passed today; "2 days overdue" after that.
 */
export function dueText(now: number, at: number): string {
  if (at > now) return relativeDay(now, at, uiLocale());
  const late = -calendarDaysBetween(now, at);
  if (late <= 0) return t('dueToday');
  return tn('overdueDays', late);
}

/** Where a reminder's date stands, as dueText words it: still ahead, due today, or overdue. */
type DueTone = 'upcoming' | 'due' | 'overdue';

function dueTone(now: number, at: number): DueTone {
  if (at > now) return 'upcoming';
  return calendarDaysBetween(now, at) < 0 ? 'overdue' : 'due';
}

/**
 * The class that colours a date by its tone (base.css): upcoming stays neutral, due today is amber,
 * overdue is red, so the colour says what the words say.
 */
export const toneClass = (now: number, at: number): string => `tone-${dueTone(now, at)}`;

/** "09:00" (or "9:00 AM"), the wall-clock time of `at` in the UI language. */
export function formatTime(at: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { hour: '2-digit', minute: '2-digit' }).format(at);
}
