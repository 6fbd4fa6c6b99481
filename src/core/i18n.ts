export type Translate = (key: string, substitutions?: string | string[]) => string;

/** The two calls of `browser.i18n` that choose the language dates and numbers are written in. */
export interface LocaleSource {
  getMessage(key: string): string;
  getUILanguage(): string;
}

/** What the extension reads of `browser.i18n`: its messages, with substitutions, and the UI language. */
export interface MessageSource extends LocaleSource {
  getMessage(key: string, substitutions?: string | string[]): string;
}

/**
 * The locale for `Intl` formats: the language of the message catalog in use, so a French sentence
 * never carries an English date. The browser picks the catalog, but its reported UI language may
 * differ: Debian's Chromium started with `--lang=fr` without its French locale pack loads the French
 * catalog and still reports "en-US". Each catalog names its own language (`catalogLocale`); the UI
 * language is kept only when it is a regional form of that language ("en-GB" days before months).
 */
export function messageLocale(i18n: LocaleSource): string {
  const ui = i18n.getUILanguage();
  const catalog = i18n.getMessage('catalogLocale');
  if (!isLocale(catalog)) return isLocale(ui) ? ui : 'en';
  return isLocale(ui) && ui.split('-')[0]!.toLowerCase() === catalog.toLowerCase() ? ui : catalog;
}

/** Whether `Intl` accepts this language tag (a catalog without the message gives '', a port may give anything). */
function isLocale(tag: string): boolean {
  try {
    return tag !== '' && Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** One PluralRules per locale: building one costs more than formatting a whole list item. */
let plural: { locale: string; rules: Intl.PluralRules } | undefined;

/**
 * The catalog key for `count` of something: `<base>_one` or `<base>_other`, chosen by the plural
 * rules of `locale` (French puts 0 and 1 in "one", English only 1). The catalogs have these two forms;
 * any other category a language has for large numbers ("many") reads as "other".
 */
export function pluralKey(base: string, count: number, locale: string): string {
  if (plural?.locale !== locale) plural = { locale, rules: new Intl.PluralRules(locale) };
  return plural.rules.select(count) === 'one' ? `${base}_one` : `${base}_other`;
}
