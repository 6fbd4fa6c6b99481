// The catalogs in _locales/ against each other and against the code: every locale has every key
// with the same placeholders, every key the code uses exists, and every key is used somewhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTranslator, type MessageCatalog } from '../catalog';
import { FEELINGS, REMINDER_KINDS, STAGES, STATUSES, VERDICTS } from '../../src/core/types';
import { feelingLabel, reminderKindLabel, stageLabel, statusLabel, verdictLabel } from '../../src/ui/labels';
import { setLocale, setTranslator } from '../../src/ui/i18n';

const root = join(import.meta.dirname, '../..');
const localesDir = join(root, '_locales');
const langs = readdirSync(localesDir).sort();
const catalogs = Object.fromEntries(
  langs.map((lang) => [lang, JSON.parse(readFileSync(join(localesDir, lang, 'messages.json'), 'utf8')) as MessageCatalog]),
);
const en = catalogs.en!;

const sourceFiles = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => ({ file: `src/${f}`, text: readFileSync(join(root, 'src', f), 'utf8') }));
const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');

/** The keys a piece of code produces, run with a translator that returns the key itself. */
function keysProducedBy(produce: () => string[]): string[] {
  setTranslator((key) => key);
  setLocale('en');
  return produce();
}

/**
 * Keys the code builds from template strings. Each template literal in src/ that could produce a
 * key (only identifier characters around its `${…}`) must be listed here with the keys it builds,
 * computed by the code itself. A new one fails the test below until it is added.
 */
const DYNAMIC: Record<string, () => string[]> = {
  '`verdict${suffix(v)}`': () => VERDICTS.map(verdictLabel),
  '`stage${suffix(v)}`': () => STAGES.map(stageLabel),
  '`feeling${suffix(v)}`': () => FEELINGS.map(feelingLabel),
  '`status${suffix(v)}`': () => STATUSES.map(statusLabel),
  '`reminderKind${suffix(v)}`': () => REMINDER_KINDS.map(reminderKindLabel),
};
// Keys start with a letter: `${days}d` (the badge's fallback text) is not one.
const KEY_TEMPLATE = /`[A-Za-z][A-Za-z0-9_]*(?:\$\{[^`{}]*\}[A-Za-z0-9_]*)+`/g;
const dynamicKeys = Object.values(DYNAMIC).flatMap((produce) => keysProducedBy(produce));

/**
 * Plural messages: `<base>_one` and `<base>_other`, one key per form the catalogs have; the code
 * names the base and core/i18n.ts pluralKey picks the form with the language's plural rules.
 */
const PLURAL_FORMS = ['one', 'other'];
const pluralBases = new Set(Object.keys(en).flatMap((k) => (k.endsWith('_one') ? [k.slice(0, -'_one'.length)] : [])));

/** Every key mentioned in the code: any whole string literal naming a key or a plural base, `__MSG_key__` in the manifest, built keys. */
function usedKeys(): Set<string> {
  const used = new Set<string>(dynamicKeys);
  for (const { text } of sourceFiles) {
    for (const m of text.matchAll(/(['"`])([A-Za-z0-9_@]+)\1/g)) {
      if (Object.hasOwn(en, m[2]!)) used.add(m[2]!);
      if (pluralBases.has(m[2]!)) for (const form of PLURAL_FORMS) used.add(`${m[2]}_${form}`);
    }
  }
  for (const m of manifest.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) used.add(m[1]!);
  return used;
}

const placeholdersOf = (entry: MessageCatalog[string]) =>
  Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));

describe('every locale matches English', () => {
  it('French and English are both there, English is the default', () => {
    expect(langs).toEqual(expect.arrayContaining(['en', 'fr']));
    expect(JSON.parse(manifest).default_locale).toBe('en');
  });

  it.each(langs)('%s: no control character in any message', (lang) => {
    const bad = Object.entries(catalogs[lang]!).filter(([, e]) => /[\u0000-\u001f\u007f]/.test(e.message.replace(/\n/g, '')));
    expect(bad.map(([k]) => k)).toEqual([]);
  });

  describe.each(langs.filter((l) => l !== 'en'))('%s', (lang) => {
    const catalog = catalogs[lang]!;

    it('has every English key', () => {
      expect(Object.keys(en).filter((k) => !Object.hasOwn(catalog, k))).toEqual([]);
    });

    it('has no key English lacks', () => {
      expect(Object.keys(catalog).filter((k) => !Object.hasOwn(en, k))).toEqual([]);
    });

    it('has the same placeholders as English, with the same contents', () => {
      const differ = Object.keys(en)
        .filter((k) => Object.hasOwn(catalog, k))
        .filter((k) => JSON.stringify(placeholdersOf(catalog[k]!)) !== JSON.stringify(placeholdersOf(en[k]!)))
        .map((k) => `${k}: ${JSON.stringify(placeholdersOf(catalog[k]!))} vs ${JSON.stringify(placeholdersOf(en[k]!))}`);
      expect(differ).toEqual([]);
    });

    it('uses each placeholder it defines (in its own words)', () => {
      const unused = Object.entries(catalog).flatMap(([k, e]) =>
        Object.keys(e.placeholders ?? {})
          .filter((name) => !e.message.toLowerCase().includes(`$${name.toLowerCase()}$`))
          .map((name) => `${k}: $${name}$`),
      );
      expect(unused).toEqual([]);
    });
  });
});

describe('English wording', () => {
  it.each<[string, string]>([
    ['recordOutcome', "Record the call's outcome"],
    ['reminderKindFollowUp', 'Follow-up call'],
    ['reminderKindAnswerDue', 'Answer due'],
  ])('%s reads %j', (key, expected) => {
    expect(en[key]!.message).toBe(expected);
  });
});

describe('the code and the catalog', () => {
  it('every template literal that could build a key is listed in DYNAMIC', () => {
    const found = sourceFiles.flatMap(({ file, text }) => [...text.matchAll(KEY_TEMPLATE)].map((m) => ({ file, template: m[0] })));
    const unknown = found.filter(({ template }) => !Object.hasOwn(DYNAMIC, template)).map(({ file, template }) => `${file}: ${template}`);
    expect(unknown, 'teach DYNAMIC in this test which keys these templates build').toEqual([]);
    // And DYNAMIC lists nothing the code no longer has.
    expect(Object.keys(DYNAMIC).filter((t) => !found.some((f) => f.template === t))).toEqual([]);
  });

  it('every built key exists in English', () => {
    expect(dynamicKeys.length).toBeGreaterThanOrEqual(VERDICTS.length + STAGES.length + 2);
    expect(dynamicKeys.filter((k) => !Object.hasOwn(en, k))).toEqual([]);
  });

  it('every key passed literally to a translator, and every __MSG_ key of the manifest, exists in English', () => {
    const literal = sourceFiles.flatMap(({ file, text }) =>
      [...text.matchAll(/\b(?:t|getMessage|msg|message)\(\s*'([A-Za-z0-9_@]+)'/g)].map((m) => ({ file, key: m[1]! })),
    );
    expect(literal.length).toBeGreaterThan(50);
    const manifestKeys = [...manifest.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => ({ file: 'manifest.json', key: m[1]! }));
    expect([...literal, ...manifestKeys].filter(({ key }) => !Object.hasOwn(en, key))).toEqual([]);
  });

  it('every plural base the code passes to tn or pluralKey has each form, and nothing else ends like a form', () => {
    const bases = sourceFiles.flatMap(({ file, text }) =>
      [...text.matchAll(/\b(?:tn|pluralKey)\(\s*'([A-Za-z0-9_@]+)'/g)].map((m) => ({ file, base: m[1]! })),
    );
    expect(bases.length).toBeGreaterThan(5);
    const missing = bases.flatMap(({ file, base }) =>
      PLURAL_FORMS.filter((f) => !Object.hasOwn(en, `${base}_${f}`)).map((f) => `${file}: ${base}_${f}`),
    );
    expect(missing).toEqual([]);
    const forms = Object.keys(en).filter((k) => /_(?:zero|one|two|few|many|other)$/.test(k));
    expect(forms.filter((k) => !pluralBases.has(k.replace(/_[a-z]+$/, '')) || !PLURAL_FORMS.some((f) => k.endsWith(`_${f}`)))).toEqual([]);
  });

  it('every English key is used by the code or the manifest', () => {
    const used = usedKeys();
    expect(Object.keys(en).filter((k) => !used.has(k))).toEqual([]);
  });
});

describe('French', () => {
  const fr = makeTranslator(catalogs.fr!);

  it.each<[string, string | string[], string]>([
    ['badgeDays', '3', '3j'],
    ['notifyFollowUpTitle', 'Acme', 'Relancez Acme'],
    ['overdueDays_one', '1', '1 jour de retard'],
    ['overdueDays_other', '4', '4 jours de retard'],
    ['verdictUndecided', [], 'Indécis\u00a0: demande du temps'],
  ])('%s with %j → %j', (key, subs, expected) => {
    expect(fr(key, subs)).toBe(expected);
  });

  it('follows French typography: a no-break space before : ; ? !, typographic apostrophes', () => {
    const fr = catalogs.fr!;
    expect(Object.keys(fr).filter((k) => / [:;?!]/.test(fr[k]!.message))).toEqual([]);
    expect(Object.keys(fr).filter((k) => fr[k]!.message.includes("'"))).toEqual([]);
  });

  it('names itself, so dates and plurals follow the catalog in use', () => {
    expect(catalogs.fr!.catalogLocale!.message).toBe('fr');
    expect(en.catalogLocale!.message).toBe('en');
  });

  it.each<[string, string]>([
    // "Noter l’entretien" reads as grading it.
    ['formHeadingNew', 'Bilan de l’entretien'],
    // "Rappel" is the extension's own reminder, not the recruiter's answer.
    ['answerByCallBackLabel', 'Le recruteur doit vous répondre au plus tard le'],
    ['reminderActionFollowUp', 'Relancer le recruteur'],
    ['probablyClosedMarker', 'Candidature sans suite\u00a0?'],
    ['timelinePending', '$kind$ (prévue)'],
    ['recordOutcome', 'Noter le résultat de la relance'],
  ])('%s reads %j', (key, expected) => {
    expect(catalogs.fr![key]!.message).toBe(expected);
  });

  it('one word for a closed application: "sans suite", never "close", "clôture" or "terminée"', () => {
    const keys = [
      'statusClosed',
      'chipClosed',
      'badgeTitleClosed',
      'probablyClosedMarker',
      'confirmClosed',
      'confirmedClosedStatus',
      'timelineConfirmedClosed',
    ];
    for (const key of keys) expect(catalogs.fr![key]!.message.toLowerCase(), key).toContain('sans suite');
    const other = Object.keys(en).filter((k) => /\b(?:close|clôture|clôturée|terminée)\b/i.test(catalogs.fr![k]!.message));
    expect(other).toEqual([]);
  });

  it('"rappel" is only ever the extension\'s reminder, never the recruiter\'s call or answer', () => {
    const about = Object.keys(en).filter((k) => /rappel(?!s?\b)|rappeler/i.test(catalogs.fr![k]!.message));
    expect(about).toEqual([]);
  });

  it('is written in French (no message with words in it left identical to English)', () => {
    const words = (m: string) => m.replace(/\$[A-Za-z0-9_@]+\$/g, '').trim();
    const same = Object.keys(en).filter((k) => words(en[k]!.message).length > 12 && catalogs.fr![k]?.message === en[k]!.message);
    expect(same).toEqual([]);
  });
});
