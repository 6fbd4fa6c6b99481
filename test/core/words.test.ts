// Numbers and dates in the language of the message catalog in use: plural forms by the catalog
// language's rules (French puts 0 and 1 in the singular), and the locale Intl formats with.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messageLocale, pluralKey } from '../../src/core/i18n';
import { makeTranslator, type MessageCatalog } from '../catalog';
import { formatDate } from '../../src/core/format';

const catalog = (lang: string): MessageCatalog =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../_locales/${lang}/messages.json`, import.meta.url)), 'utf8')) as MessageCatalog;
const fr = makeTranslator(catalog('fr'));
const en = makeTranslator(catalog('en'));
const NB = '\u00a0';

/** What `browser.i18n` answers with this catalog loaded and this UI language reported. */
const source = (t: (key: string) => string, ui: string) => ({ getMessage: (key: string) => t(key), getUILanguage: () => ui });

describe('messageLocale: the language of the catalog in use', () => {
  it.each<[string, (key: string) => string, string, string]>([
    // Debian's Chromium with --lang=fr and no French locale pack: French messages, English UI language.
    ['French catalog, English UI language', fr, 'en-US', 'fr'],
    ['French catalog, French UI language', fr, 'fr', 'fr'],
    ['French catalog, Canadian French UI', fr, 'fr-CA', 'fr-CA'],
    ['English catalog, British UI keeps its day-month order', en, 'en-GB', 'en-GB'],
    ['English catalog (the default) for a German UI', en, 'de-DE', 'en'],
    ['a catalog without the message: the UI language', () => '', 'fr-FR', 'fr-FR'],
    ['nothing usable at all', () => '', '', 'en'],
  ])('%s → %s', (_n, t, ui, expected) => {
    expect(messageLocale(source(t, ui))).toBe(expected);
  });

  it('a French sentence gets a French date even when the browser reports English', () => {
    const locale = messageLocale(source(fr, 'en-US'));
    const date = formatDate(new Date(2026, 11, 5, 9).getTime(), locale);
    expect(fr('notifyPromised', date)).toBe('Réponse promise d’ici le sam. 5 déc. 2026');
  });
});

describe('pluralKey', () => {
  it.each<[string, number, string]>([
    ['fr', 0, 'x_one'],
    ['fr', 1, 'x_one'],
    ['fr', 2, 'x_other'],
    ['fr', 1_000_000, 'x_other'],
    ['en', 0, 'x_other'],
    ['en', 1, 'x_one'],
    ['en', 2, 'x_other'],
    ['en-GB', 1, 'x_one'],
  ])('%s, %d → %s', (locale, n, expected) => {
    expect(pluralKey('x', n, locale)).toBe(expected);
  });

  const say = (t: typeof fr, locale: string, key: string, n: number, subs: string[] = [String(n)]) => t(pluralKey(key, n, locale), subs);

  it.each<[string, number, string]>([
    ['notifyGroupTitle', 1, '1 relance à faire'],
    ['notifyGroupTitle', 2, '2 relances à faire'],
    ['badgeTitleCount', 1, `Relance${NB}: 1 relance à faire`],
    ['badgeTitleCount', 3, `Relance${NB}: 3 relances à faire`],
    ['applicationCount', 0, '0 candidature'],
    ['applicationCount', 1, '1 candidature'],
    ['applicationCount', 2, '2 candidatures'],
    ['overdueDays', 1, '1 jour de retard'],
    ['importAdded', 0, '0 ajoutée'],
    ['importUpdated', 2, '2 mises à jour'],
    ['dueMore', 1, `1 autre relance à faire${NB}: la voir dans le tableau de bord`],
  ])('French: %s with %d → %j', (key, n, expected) => {
    expect(say(fr, 'fr', key, n)).toBe(expected);
  });

  it('French: "1 candidature sur 1" never takes a plural, and 0 is singular too', () => {
    expect(say(fr, 'fr', 'shownCount', 1, ['1', '3'])).toBe('1 candidature sur 3');
    expect(say(fr, 'fr', 'shownCount', 0, ['0', '3'])).toBe('0 candidature sur 3');
    expect(say(fr, 'fr', 'shownCount', 2, ['2', '3'])).toBe('2 candidatures sur 3');
  });

  it.each<[string, number, string]>([
    ['notifyGroupTitle', 1, '1 follow-up is due'],
    ['badgeTitleCount', 1, 'Relance: 1 follow-up due'],
    ['badgeTitleCount', 0, 'Relance: 0 follow-ups due'],
    ['applicationCount', 1, '1 application'],
    ['applicationCount', 0, '0 applications'],
  ])('English: %s with %d → %j', (key, n, expected) => {
    expect(say(en, 'en', key, n)).toBe(expected);
  });
});
