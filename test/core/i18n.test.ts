import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTranslator, type MessageCatalog } from '../catalog';
import { badgeForApplication, badgeForCount } from '../../src/core/badge';
import { checkDebrief, checkPosting } from '../../src/core/validate';
import { ConflictError, ReminderNotFoundError } from '../../src/storage/errors';
import type { Application } from '../../src/core/types';

const localesDir = fileURLToPath(new URL('../../_locales/', import.meta.url));
const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));
const readCatalog = (lang: string): MessageCatalog =>
  JSON.parse(readFileSync(`${localesDir}${lang}/messages.json`, 'utf8')) as MessageCatalog;
const en = readCatalog('en');
const t = makeTranslator(en);

describe('makeTranslator on the real English catalog', () => {
  it.each<[string, string | string[] | undefined, string]>([
    ['notifyDone', undefined, 'Done'],
    ['notifyDone', 'ignored', 'Done'],
    ['actionTitle', [], 'Relance'],
    ['notifyFollowUpTitle', 'Acme', 'Follow up with Acme'],
    ['notifyFollowUpTitle', ['Acme'], 'Follow up with Acme'],
    ['notifyAnswerDueTitle', ['Acme'], 'Acme promised an answer today'],
    ['badgeTitleDays', ['Acme', 'Wed 1 Apr'], 'Relance: follow up with Acme on Wed 1 Apr'],
    ['badgeTitleCount_other', ['150'], 'Relance: 150 follow-ups due'],
    ['badgeTitleCount_one', ['1'], 'Relance: 1 follow-up due'],
    ['badgeDays', '3', '3d'],
    ['notifyFollowUpTitle', undefined, 'Follow up with '],
    ['badgeTitleDays', ['Acme'], 'Relance: follow up with Acme on '],
  ])('%s with %j → %j', (key, subs, expected) => {
    expect(t(key, subs)).toBe(expected);
  });

  it('does not expand $ sequences found inside substitutions', () => {
    expect(t('badgeTitleDays', ['$2', '$company$'])).toBe('Relance: follow up with $2 on $company$');
    expect(t('notifyFollowUpTitle', ['$$1'])).toBe('Follow up with $$1');
  });

  it.each(['', 'noSuchKey', 'errorConflictX'])('missing key %j → empty string', (key) => {
    expect(t(key)).toBe('');
  });

  it('finds a message by its name in any case, as Chrome does', () => {
    expect(t('ERRORCONFLICT')).toBe(t('errorConflict'));
    expect(t('notifydone')).toBe('Done');
  });

  // BUG (src/core/i18n.ts:12-13): `catalog[key]` reads inherited Object.prototype members, so these
  // keys find a function (or the prototype) instead of nothing and `entry.message.replace` throws
  // "TypeError: Cannot read properties of undefined (reading 'replace')". Expected ''.
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])('inherited name %j → empty string', (key) => {
    expect(t(key)).toBe('');
  });
});

describe('makeTranslator substitution rules', () => {
  const tr = makeTranslator({
    two: { message: '$a$ then $b$', placeholders: { a: { content: '$2' }, b: { content: '$1' } } },
    mixedCase: { message: 'Hi $Name$ and $NAME$', placeholders: { name: { content: '$1' } } },
    literal: { message: 'Made by $brand$', placeholders: { brand: { content: 'Relance' } } },
    around: { message: '[$who$]', placeholders: { who: { content: 'Dr $1!' } } },
    undefinedPh: { message: 'Keep $nope$', placeholders: {} },
    nine: { message: '$x$', placeholders: { x: { content: '$9' } } },
  });

  it.each<[string, string[], string]>([
    ['two', ['one', 'two'], 'two then one'],
    ['mixedCase', ['Ana'], 'Hi Ana and Ana'],
    ['literal', ['ignored'], 'Made by Relance'],
    ['around', ['Ng'], '[Dr Ng!]'],
    ['undefinedPh', ['x'], 'Keep $nope$'],
    ['nine', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], '9'],
  ])('%s', (key, subs, expected) => {
    expect(tr(key, subs)).toBe(expected);
  });
});

describe('_locales catalogs (Chrome rules)', () => {
  const langs = readdirSync(localesDir);

  it('English is present', () => {
    expect(langs).toContain('en');
  });

  describe.each(langs)('%s', (lang) => {
    const catalog = readCatalog(lang);
    const entries = Object.entries(catalog);

    it('is not empty', () => {
      expect(entries.length).toBeGreaterThan(0);
    });

    it.each(entries.map(([k]) => k))('key %s uses only [A-Za-z0-9_@] and is not reserved', (key) => {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(key.startsWith('@@')).toBe(false);
    });

    it.each(entries)('%s has a non-empty message', (_key, entry) => {
      expect(typeof entry.message).toBe('string');
      expect(entry.message.trim()).not.toBe('');
    });

    it.each(entries)('%s: every $name$ it uses is defined, every placeholder is used', (_key, entry) => {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
      const defined = Object.keys(entry.placeholders ?? {});
      for (const name of defined) expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
      expect([...new Set(used)].sort()).toEqual(defined.map((n) => n.toLowerCase()).sort());
      for (const ph of Object.values(entry.placeholders ?? {})) expect(typeof ph.content).toBe('string');
    });

    if (lang !== 'en') {
      it('has the same keys as English', () => {
        expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
      });
    }
  });
});

describe('every i18n key produced by core, storage and messages exists in English', () => {
  const app = (status: Application['status'], nextDueAt: number | null): Application => ({
    id: 'a',
    jobKey: 'k',
    keys: ['k'],
    matchKey: 'acme|dev',
    urls: [],
    posting: { title: 't', company: 'c', location: '', url: 'https://a.test/' },
    status,
    lastVerdict: null,
    nextDueAt,
    createdAt: 0,
    updatedAt: 0,
    revision: 1,
  });

  it('keys returned at run time', () => {
    const now = Date.UTC(2026, 3, 1);
    const keys = new Set<string>([
      ...[app('waiting', now), app('closed', null), app('waiting', now + 86400_000 * 3), app('waiting', null)].map(
        (a) => badgeForApplication(a, [], now, String).title.key,
      ),
      badgeForCount(0).title.key,
      // A count's key is a plural base: both forms must exist.
      `${badgeForCount(3).title.key}_one`,
      `${badgeForCount(3).title.key}_other`,
      new ConflictError().message,
      new ReminderNotFoundError().message,
    ]);
    const posting = checkPosting({});
    const debriefs = [checkDebrief({}), checkDebrief({ verdict: 'x', interviewAt: 1e12, followUpAt: 1e12 - 1, answerBy: 'x' })];
    for (const r of [posting, ...debriefs]) if (!r.ok) for (const e of r.errors) keys.add(e.message);
    expect(keys.size).toBeGreaterThanOrEqual(15);
    for (const key of keys) expect(en, key).toHaveProperty([key]);
  });

  it("every 'errorXxx' string literal in src/core, src/storage and src/messages", () => {
    const keys = new Set<string>();
    for (const dir of ['core', 'storage', 'messages']) {
      for (const file of readdirSync(`${srcDir}${dir}`)) {
        if (!file.endsWith('.ts')) continue;
        const source = readFileSync(`${srcDir}${dir}/${file}`, 'utf8');
        for (const m of source.matchAll(/['"`](error[A-Z][A-Za-z]*)['"`]/g)) keys.add(m[1]!);
      }
    }
    expect(keys).toContain('errorStorage');
    expect(keys).toContain('errorSender');
    for (const key of keys) expect(en, key).toHaveProperty([key]);
  });
});
