/** The shape of a `_locales/<lang>/messages.json` file. */
export type MessageCatalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export type Translate = (key: string, substitutions?: string | string[]) => string;

/**
 * A translator over a catalog, with the browser's `$1`/`$name$` substitution rules. The extension
 * uses `browser.i18n.getMessage`; tests use this on the real catalog so they see the real texts.
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
