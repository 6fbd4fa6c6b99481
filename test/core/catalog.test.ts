import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogCandidates, catalogMessage, DEFAULT_LOCALE, parseCatalog } from '../../src/core/catalog';

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

describe('parseCatalog and catalogMessage, as browser.i18n.getMessage reads a catalog', () => {
  const catalog = parseCatalog({
    plain: { message: 'Saved' },
    Mixed: { message: 'Mixed case name' },
    count: { message: '$count$ follow-ups due', placeholders: { COUNT: { content: '$1' } } },
    two: { message: '$who$ at $when$ ($who$)', placeholders: { who: { content: '$1' }, when: { content: '$2' } } },
    fixed: { message: 'Hello $name$', placeholders: { name: { content: 'Camille' } } },
    undeclared: { message: 'A $ghost$ here' },
    dollars: { message: 'Costs $$5 for $1' },
    nine: { message: '$9-$1' },
  })!;

  it('replaces named placeholders by their content, names in any case', () => {
    expect(catalogMessage(catalog, 'count', '3')).toBe('3 follow-ups due');
    expect(catalogMessage(catalog, 'count', ['3'])).toBe('3 follow-ups due');
    expect(catalogMessage(catalog, 'two', ['Camille', 'Tuesday'])).toBe('Camille at Tuesday (Camille)');
    expect(catalogMessage(catalog, 'fixed')).toBe('Hello Camille');
  });

  it('finds a message by its name in any case', () => {
    expect(catalogMessage(catalog, 'mixed')).toBe('Mixed case name');
    expect(catalogMessage(catalog, 'PLAIN')).toBe('Saved');
  });

  it('gives an absent substitution as nothing, an undeclared placeholder as written, $$ as a dollar sign', () => {
    expect(catalogMessage(catalog, 'two', ['Camille'])).toBe('Camille at  (Camille)');
    expect(catalogMessage(catalog, 'undeclared')).toBe('A $ghost$ here');
    expect(catalogMessage(catalog, 'dollars', 'you')).toBe('Costs $5 for you');
    expect(catalogMessage(catalog, 'nine', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'])).toBe('i-a');
  });

  it('does not put a substitution through the rules again', () => {
    expect(catalogMessage(catalog, 'count', '$1 and $$')).toBe('$1 and $$ follow-ups due');
  });

  it('gives an unknown message as empty, as the browser does', () => {
    expect(catalogMessage(catalog, 'nope')).toBe('');
  });

  it('refuses what is not a catalog and skips entries without a message', () => {
    for (const bad of [null, 'text', 42, [], {}, { a: 1 }, { a: { text: 'x' } }]) expect(parseCatalog(bad)).toBeNull();
    const some = parseCatalog({ ok: { message: 'ok' }, bad: { message: 3 }, worse: 'x' })!;
    expect([...some.keys()]).toEqual(['ok']);
  });

  it('reads both packaged catalogs whole, with the same messages', () => {
    const en = json('_locales/en/messages.json') as Record<string, unknown>;
    const fr = json('_locales/fr/messages.json') as Record<string, unknown>;
    expect(parseCatalog(en)!.size).toBe(Object.keys(en).length);
    expect([...parseCatalog(fr)!.keys()].sort()).toEqual([...parseCatalog(en)!.keys()].sort());
    expect(catalogMessage(parseCatalog(fr)!, 'catalogLocale')).toBe('fr');
    expect(catalogMessage(parseCatalog(en)!, 'badgeDays', '5')).toBe('5d');
  });
});

describe('catalogCandidates', () => {
  it('tries the regional catalog, the language, then the default, as the browser picks them', () => {
    expect(catalogCandidates('fr-CA')).toEqual(['fr_CA', 'fr', 'en']);
    expect(catalogCandidates('fr')).toEqual(['fr', 'en']);
    expect(catalogCandidates('en-US')).toEqual(['en_US', 'en']);
    expect(catalogCandidates('zh-Hant-TW')).toEqual(['zh_Hant_TW', 'zh', 'en']);
  });

  it('never builds a path from a language tag that is not one', () => {
    expect(catalogCandidates('')).toEqual(['en']);
    expect(catalogCandidates('../../x')).toEqual(['en']);
    expect(catalogCandidates('fr/../../x')).toEqual(['en']);
  });

  it('falls back to the manifest’s default locale', () => {
    expect((json('manifest.json') as { default_locale: string }).default_locale).toBe(DEFAULT_LOCALE);
  });
});
