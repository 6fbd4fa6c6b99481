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

/** "09:00" (or "9:00 AM"), the wall-clock time of `at` in the UI language. */
export function formatTime(at: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { hour: '2-digit', minute: '2-digit' }).format(at);
}
