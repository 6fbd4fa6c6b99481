import type { Translate } from '../core/i18n';

/**
 * The translator the UI renders with. Entry points install `browser.i18n.getMessage`; tests install
 * a translator over the real English catalog. Components stay free of browser APIs either way.
 */
let current: Translate = (key) => key;

export function setTranslator(t: Translate): void {
  current = t;
}

export const t: Translate = (key, substitutions) => current(key, substitutions) || key;

/** The UI language, for `Intl` formatting: the browser's UI language in the extension. */
let locale = 'en';
export function setLocale(l: string): void {
  locale = l;
}
export const uiLocale = (): string => locale;
