import { uiLocale } from '../ui/i18n';

/** A date as it is said aloud, in the UI language: "Tuesday 21 April" / "mardi 21 avril". */
export function spokenDate(at: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { weekday: 'long', day: 'numeric', month: 'long' }).format(at);
}
