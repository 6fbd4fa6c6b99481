import type { Catalog } from '../core/catalog';
import type { MessageSource } from '../core/i18n';

/** `browser.i18n` with the packaged catalog behind it; `ready()` before the first word is shown. */
export type SteadyI18n = MessageSource & {
  /** Resolves at once when the browser's catalog answers, else once the packaged one is read (or could not be). */
  ready(): Promise<void>;
};

/**
 * Chromium loads an extension's messages once per process, with a synchronous call to the browser,
 * and keeps what came back: when that call fails (seen while the worker was being stopped and started
 * in quick succession), every page and worker start in that process gets '' for every message until
 * the process ends. Badges went blank and pages would show message names. So the first `ready()`
 * asks the browser for `catalogLocale`, which every catalog has: when it answers nothing, the catalog
 * of the UI language is read from the package (`readFile`) and answers in its place. The code that
 * reads it (core/catalog.ts) is imported then only: a chunk in the popup, whose first script it would
 * outgrow.
 */
export function steadyI18n(i18n: MessageSource, readFile: (path: string) => Promise<unknown>): SteadyI18n {
  let packaged: ((name: string, substitutions?: string | string[]) => string) | null = null;
  let checked: Promise<void> | null = null;
  const load = async () => {
    if (i18n.getMessage('catalogLocale') !== '') return;
    const { catalogCandidates, catalogMessage, parseCatalog } = await import('../core/catalog');
    for (const locale of catalogCandidates(i18n.getUILanguage())) {
      const catalog: Catalog | null = parseCatalog(await readFile(`_locales/${locale}/messages.json`).catch(() => null));
      if (catalog) {
        packaged = (name, substitutions) => catalogMessage(catalog, name, substitutions);
        return;
      }
    }
  };
  return {
    getMessage: (name, substitutions) => i18n.getMessage(name, substitutions) || (packaged?.(name, substitutions) ?? ''),
    getUILanguage: () => i18n.getUILanguage(),
    ready: () => (checked ??= load().catch(() => {})),
  };
}

/** A page's words, ready to show: its entry's `browser.i18n`, the packaged catalog behind it. */
export async function pageStrings(api: { i18n: MessageSource; runtime: { getURL(path: string): string } }): Promise<SteadyI18n> {
  const strings = steadyI18n(api.i18n, packagedJson(api.runtime));
  await strings.ready();
  return strings;
}

/** Reads one of the extension's own files as JSON (null when absent): nothing leaves the machine. */
export const packagedJson =
  (runtime: { getURL(path: string): string }) =>
  async (path: string): Promise<unknown> => {
    const response = await fetch(runtime.getURL(path));
    return response.ok ? response.json() : null;
  };
