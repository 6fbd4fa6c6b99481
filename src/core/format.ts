import { calendarDaysBetween } from './dates';

let relative: { locale: string; rtf: Intl.RelativeTimeFormat } | undefined;

/** "in 3 days" / "today" / "2 days overdue", in the UI language, through Intl. */
export function relativeDay(now: number, t: number, locale: string): string {
  const days = calendarDaysBetween(now, t);
  // One formatter per locale (no time zone in it, unlike date formats): lists format many dates.
  if (relative?.locale !== locale) relative = { locale, rtf: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }) };
  return relative.rtf.format(days, 'day');
}

/** A date as the user reads it: "Tue 2 Dec 2026". */
export function formatDate(t: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(t);
}

/** A date and time: "Tue 2 Dec 2026, 09:00". */
export function formatDateTime(t: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(t);
}
