// The worker writes its notifications and badge tooltips in the language of the message catalog in
// use, dates and plural forms included, even when the browser reports another UI language (Debian's
// Chromium with --lang=fr and no French locale pack: French messages, "en-US").
import '../paris-time';

import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refreshBadges, refreshTab } from '../../src/background/badges';
import { syncReminders } from '../../src/background/reminders';
import type { I18nPort } from '../../src/background/ports';
import { makeTranslator, type MessageCatalog } from '../catalog';
import type { Db } from '../../src/storage/schema';
import { saveDebrief } from '../../src/storage/writes';
import { fakePorts } from '../fakes/ports';
import { args, DAY, freshDb, NOW } from '../storage/helpers';

const fr = makeTranslator(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../_locales/fr/messages.json', import.meta.url)), 'utf8')) as MessageCatalog,
);
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
