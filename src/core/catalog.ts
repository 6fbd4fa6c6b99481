/**
 * A packaged message catalog (`_locales/<locale>/messages.json`) read the way `browser.i18n.getMessage`
 * reads it. The browser's own answer comes first; this is what stands behind it when the browser hands
 * an extension process an empty catalog (messages/catalog.ts says when).
 */

/** The manifest's `default_locale`: the catalog the browser falls back to (test/core/catalog.test.ts checks it). */
export const DEFAULT_LOCALE = 'en';

/** Messages by lower-cased name, their named placeholders already replaced by their content. */
export type Catalog = ReadonlyMap<string, string>;

/** Longest message kept, and most messages: the file is the extension's own, but a catalog is parsed, not trusted. */
const MAX_MESSAGE = 4000;
const MAX_MESSAGES = 5000;

/**
 * The catalog in a parsed messages.json, or null when it is not one. As the browser does when it loads
 * one, names are case-insensitive and `$name$` is replaced by its placeholder's content (`"$1"`); a
 * placeholder the message does not declare (a catalog Chrome refuses to load) is left as written.
 */
export function parseCatalog(json: unknown): Catalog | null {
  if (!isRecord(json)) return null;
  const catalog = new Map<string, string>();
  for (const [name, entry] of Object.entries(json)) {
    if (catalog.size >= MAX_MESSAGES) break;
    if (!isRecord(entry) || typeof entry.message !== 'string') continue;
    const declared = new Map<string, string>();
    if (isRecord(entry.placeholders))
      for (const [p, v] of Object.entries(entry.placeholders))
        if (isRecord(v) && typeof v.content === 'string') declared.set(p.toLowerCase(), v.content);
    const message = entry.message
      .slice(0, MAX_MESSAGE)
      .replace(/\$([a-z0-9_@]+)\$/gi, (whole, p: string) => declared.get(p.toLowerCase()) ?? whole);
    catalog.set(name.toLowerCase(), message);
  }
  return catalog.size > 0 ? catalog : null;
}

/**
 * The message `name` with its substitutions, as `getMessage` gives it: `$1`–`$9` are the
 * substitutions (an absent one is empty), `$$` is a dollar sign; '' when the catalog has no such message.
 */
export function catalogMessage(catalog: Catalog, name: string, substitutions?: string | string[]): string {
  const message = catalog.get(name.toLowerCase());
  if (message === undefined) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/**
 * The catalogs to try for a UI language, in the browser's order: the regional one (`fr_CA`), the
 * language's (`fr`), then the default.
 */
export function catalogCandidates(uiLanguage: string, defaultLocale: string = DEFAULT_LOCALE): string[] {
  const tag = uiLanguage.replace(/-/g, '_');
  const valid = /^[A-Za-z]{2,3}(_[A-Za-z0-9]{2,8})*$/.test(tag);
  const language = tag.split('_')[0]!;
  return [...new Set([...(valid ? [tag, language] : []), defaultLocale])];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
