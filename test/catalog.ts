// browser.i18n.getMessage over a real catalog file, for tests: they see the real texts with the
// browser's `$1` / `$name$` substitution rules. The extension itself uses browser.i18n.
import type { Translate } from '../src/core/i18n';

/** The shape of a `_locales/<lang>/messages.json` file. */
export type MessageCatalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * A translator over a catalog, with the browser's `$1`/`$name$` substitution rules.
 */
export function makeTranslator(catalog: MessageCatalog): Translate {
  return (key, substitutions) => {
    if (!Object.hasOwn(catalog, key)) return '';
    const entry = catalog[key];
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const positional = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => {
      const ph = entry.placeholders?.[name.toLowerCase()];
      return ph ? positional(ph.content) : whole;
    });
  };
}
