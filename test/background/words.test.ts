// The worker writes its notifications and badge tooltips in the language of the message catalog in
// use, dates and plural forms included, even when the browser reports another UI language (Debian's
// Chromium with --lang=fr and no French locale pack: French messages, "en-US"). The "interview soon"
// notification invites, in either language, to open the closing card.
import '../paris-time';

import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refreshBadges, refreshTab } from '../../src/background/badges';
import { syncReminders } from '../../src/background/reminders';
import type { I18nPort } from '../../src/background/ports';
import type { PlannedInterview } from '../../src/core/types';
import { makeTranslator, type MessageCatalog } from '../catalog';
import { planInterview } from '../../src/storage/edit-writes';
import type { Db } from '../../src/storage/schema';
import { saveDebrief } from '../../src/storage/writes';
import { fakePorts } from '../fakes/ports';
import { args, DAY, freshDb, NOW } from '../storage/helpers';

const catalog = (lang: string) =>
  makeTranslator(
    JSON.parse(readFileSync(fileURLToPath(new URL(`../../_locales/${lang}/messages.json`, import.meta.url)), 'utf8')) as MessageCatalog,
  );
const fr = catalog('fr');
const en = catalog('en');
const frenchCatalogEnglishUi: I18nPort = { getMessage: (key, subs) => fr(key, subs), getUILanguage: () => 'en-US' };
const NB = '\u00a0';
/** 1 April 2026 is a Wednesday: the promised answer on Friday 3 April, the call on Wednesday 8 April. */
const ANSWER = NOW + 2 * DAY;
const CALL = NOW + 7 * DAY;

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

const ports = () => ({ ...fakePorts([{ id: 7, url: 'https://jobs.acme.test/42' }]), i18n: frenchCatalogEnglishUi });

describe('in French, whatever UI language the browser reports', () => {
  it('the badge tooltip names the promised answer and the call, with French dates', async () => {
    await saveDebrief(db, args({}, { answerBy: ANSWER, followUpAt: CALL }), { now: NOW });
    const p = ports();
    await refreshTab(p, db, NOW, 7, 'https://jobs.acme.test/42');
    expect(p.action.titles.at(-1)).toEqual({
      title: `Relance${NB}: réponse promise par Acme pour le ven. 3 avr. 2026, relance le mer. 8 avr. 2026`,
      tabId: 7,
    });
  });

  it('the count badge on other tabs: "1 relance à faire", singular', async () => {
    await saveDebrief(db, args({}, { followUpAt: NOW + DAY }), { now: NOW });
    const p = { ...fakePorts([{ id: 8, url: 'https://example.test/' }]), i18n: frenchCatalogEnglishUi };
    await refreshBadges(p, db, NOW + 2 * DAY);
    expect(p.action.titles.find((t) => t.tabId === undefined)?.title).toBe(`Relance${NB}: 1 relance à faire`);
  });

  it('a reminder notification gives its date in French (the answer due today: the call after it)', async () => {
    await saveDebrief(db, args({}, { answerBy: ANSWER, followUpAt: CALL }), { now: NOW });
    const p = ports();
    await syncReminders(p, db, ANSWER + 60_000);
    const [shown] = p.notifications.shown;
    expect(`${shown!.title}\n${shown!.message}`).toContain('mer. 8 avr. 2026');
    expect(shown!.message).not.toMatch(/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Apr)\b/);
  });

  it('several due together: the group title in the plural', async () => {
    for (const i of [1, 2]) {
      const url = `https://jobs.test/${i}`;
      await saveDebrief(db, args({ jobKey: url, urls: [url], posting: { title: 'Dev', company: `C${i}`, location: '', url } }), {
        now: NOW,
      });
    }
    const p = ports();
    await syncReminders(p, db, NOW + 10 * DAY);
    expect(p.notifications.shown.map((s) => s.title)).toEqual(['2 relances à faire']);
  });
});

describe('"interview soon" invites to open the closing card', () => {
  const plan = (over: Partial<PlannedInterview> = {}): PlannedInterview => ({
    on: '2026-04-03',
    time: '14:00',
    channel: 'video',
    withWhom: 'Léa Roux',
    role: 'CTO',
    stage: null,
    ...over,
  });
  /** The notification's second line: whom, when, and what to do. */
  async function soonLine(i18n: I18nPort, planned: PlannedInterview): Promise<string> {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    await planInterview(db, { applicationId: application.id, plan: planned }, { now: NOW });
    const soon = (await db.getAllFromIndex('reminders', 'by-application', application.id)).find((r) => r.kind === 'interview-soon')!;
    const p = { ...fakePorts(), i18n };
    await syncReminders(p, db, soon.dueAt);
    const [shown] = p.notifications.shown;
    expect(shown!.id).toBe(`interview-card:${soon.id}`);
    return shown!.message.split('\n')[1]!;
  }

  it('in English: whom, when, "open your closing card"', async () => {
    const english: I18nPort = { getMessage: (key, subs) => en(key, subs), getUILanguage: () => 'en-US' };
    const line = await soonLine(english, plan());
    expect(line).toBe('Interview with Léa Roux, CTO at 14:00 — open your closing card');
    // The card under its own name: one name per concept.
    expect(line).toContain(en('panelTitle', undefined).toLowerCase());
  });

  it('in French, under the name the card has there', async () => {
    const line = await soonLine(frenchCatalogEnglishUi, plan());
    expect(line).toBe('Entretien avec Léa Roux, CTO à 14:00 – ouvrez votre fiche de fin d’entretien');
    expect(line).toContain(fr('panelTitle', undefined).toLowerCase());
  });

  it('without a time nor a name: today, and the same invitation', async () => {
    expect(await soonLine(frenchCatalogEnglishUi, plan({ time: '', withWhom: '', role: '' }))).toBe(
      'Entretien aujourd’hui – ouvrez votre fiche de fin d’entretien',
    );
  });
});
