import { uiLocale } from '../ui/i18n';

/** One formatter per locale and form: the list formats a date per visible row on every scroll step. */
let cached: { locale: string; withYear: Intl.DateTimeFormat; withoutYear: Intl.DateTimeFormat } | null = null;

/**
 * A list row's date: "Tue 8 Dec", with the year ("Tue 8 Dec 2027") only when it is not the year of
 * `now`; the row's column is narrow and its dates are mostly days away.
 */
export function shortDate(t: number, now: number): string {
  const locale = uiLocale();
  if (cached?.locale !== locale) {
    const day = { weekday: 'short', day: 'numeric', month: 'short' } as const;
    cached = {
      locale,
      withYear: new Intl.DateTimeFormat(locale, { ...day, year: 'numeric' }),
      withoutYear: new Intl.DateTimeFormat(locale, day),
    };
  }
  const sameYear = new Date(t).getFullYear() === new Date(now).getFullYear();
  return (sameYear ? cached.withoutYear : cached.withYear).format(t);
}
