// browser.i18n.getMessage over a real catalog file, for tests: they see the real texts with the
// browser's `$1` / `$name$` substitution rules (src/core/catalog.ts, which the extension keeps behind
// browser.i18n). The extension itself uses browser.i18n first.
import { catalogMessage, parseCatalog } from '../src/core/catalog';
import type { Translate } from '../src/core/i18n';

/** The shape of a `_locales/<lang>/messages.json` file. */
export type MessageCatalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** A translator over a catalog, with the browser's `$1`/`$name$` substitution rules. */
export function makeTranslator(catalog: MessageCatalog): Translate {
  const parsed = parseCatalog(catalog);
  if (!parsed) throw new Error('not a message catalog');
  return (key, substitutions) => catalogMessage(parsed, key, substitutions);
}
