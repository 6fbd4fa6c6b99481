import { uiLocale } from '../ui/i18n';

/** One formatter per locale: the list formats a date per visible row on every scroll step. */
let cached: { locale: string; format: Intl.DateTimeFormat } | null = null;

/** "Tue 8 Dec 2026", as core/format.ts formatDate, without a new Intl object per call. */
export function shortDate(t: number): string {
  const locale = uiLocale();
  if (cached?.locale !== locale) {
    cached = { locale, format: new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }) };
  }
  return cached.format.format(t);
}
