import { type MessageSource, messageLocale, pluralKey, type Translate } from '../core/i18n';

/**
 * The translator the UI renders with. Entry points install `browser.i18n.getMessage`; tests install
 * a translator over the real English catalog. Components stay free of browser APIs either way.
 */
let current: Translate = (key) => key;

export function setTranslator(t: Translate): void {
  current = t;
}

export const t: Translate = (key, substitutions) => current(key, substitutions) || key;

/**
 * A message about `count` things, in the plural form the locale's rules give for it (`<key>_one`
 * or `<key>_other` in the catalogs). The substitutions default to the count itself.
 */
export function tn(key: string, count: number, substitutions: string | string[] = String(count)): string {
  return t(pluralKey(key, count, locale), substitutions);
}

/** The language of dates and numbers: the message catalog's (core/i18n.ts messageLocale) in the extension. */
let locale = 'en';
export function setLocale(l: string): void {
  locale = l;
}
export const uiLocale = (): string => locale;

/**
 * Installs a page's words (messages/catalog.ts pageStrings): the translator, the language of dates
 * (the catalog's) and the page's `lang`.
 */
export function setStrings(strings: MessageSource): void {
  setTranslator((key, subs) => strings.getMessage(key, subs));
  setLocale(messageLocale(strings));
  document.documentElement.lang = locale;
}
