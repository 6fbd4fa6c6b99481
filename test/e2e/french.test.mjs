// Relance in French, in the real browser: Chromium started with --lang=fr (and LANGUAGE=fr, so it
// also reports a French UI; Debian ships its French locale pack apart, chromium-l10n, which
// .ci/run installs). The popup on a posting and the dashboard with 0, 1 and 2 applications write
// French dates and French plurals (0 and 1 singular). Then the case that used to mix languages:
// --lang=fr without LANGUAGE, where Chromium loads the French messages but reports "en-US".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { extensionPage, launchWithExtension, openPopup, startFixtureServer, waitFor } from './harness.mjs';
import { openDashboardPage, seedDebrief } from './dashboard-pages.mjs';

const FRENCH = JSON.parse(readFileSync(new URL('../../_locales/fr/messages.json', import.meta.url), 'utf8'));

/** A French short date as Intl writes it: "mar. 8 déc. 2026" ("mar. 8 déc." in the list, for this year's dates). */
const FRENCH_DATE =
  /(?:lun|mar|mer|jeu|ven|sam|dim)\. \d{1,2} (?:janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.)(?: \d{4})?/;
/** English words Intl would write in a date or a relative time. */
const ENGLISH_DATE = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|days?|ago|today|tomorrow)\b/;
const NB = '\u00a0';

let server;
let ext;
let posting;

before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension(undefined, { lang: 'fr', env: { LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' } });
  posting = await ext.browser.newPage();
  await posting.goto(`${server.origin}/demo-posting.html`);
});

after(async () => {
  await ext?.close();
  await server?.close();
});

const text = (page, selector = 'body') => page.$eval(selector, (el) => el.innerText);
const countLine = (page) => page.$eval('p.count', (p) => p.textContent);

test('the browser runs in French: French messages and a French UI language', async () => {
  const page = await extensionPage(ext.browser, ext.extensionId);
  const [ui, message] = await page.evaluate(() => [chrome.i18n.getUILanguage(), chrome.i18n.getMessage('catalogLocale')]);
  await page.close();
  assert.equal(message, 'fr');
  assert.match(ui, /^fr/, 'Chromium reports a French UI: is chromium-l10n installed?');
});

test('the dashboard with no application says so in French', async () => {
  const page = await openDashboardPage(ext.browser, ext.extensionId);
  assert.match(await text(page), /Aucune candidature pour l’instant/);
  assert.equal(await countLine(page), '');
  await page.close();
});

test('the popup records a debrief in French and gives the follow-up call in a French date', async () => {
  await posting.bringToFront();
  const popup = await openPopup(ext.browser, ext.worker);
  assert.match(await text(popup, 'h2'), /Bilan de l’entretien/);
  await popup.click('#f-verdict-undecided');
  await popup.type('#f-interviewerName', 'Camille Martin');
  await popup.focus('#f-interviewerName');
  await popup.keyboard.press('Enter');
  const status = await waitFor(
    () => popup.evaluate(() => document.querySelector('[role=status]')?.textContent ?? '').then((s) => s.includes('Enregistré') && s),
    'saved status',
  );
  assert.match(status, new RegExp(`^Enregistré\\. Relance prévue le ${FRENCH_DATE.source}`));
  const shown = await text(popup);
  assert.match(shown, /Prochaine relance/);
  assert.match(shown, /dans 7 jours/);
  assert.doesNotMatch(shown, ENGLISH_DATE);
  await popup.close();
});

test('the badge tooltip names the call in French', async () => {
  const title = await waitFor(
    () =>
      ext.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1/*' });
        return chrome.action.getTitle({ tabId: tab.id });
      }),
    'tab badge title',
  );
  assert.match(title, new RegExp(`^Relance${NB}: relancer Luciole Labs le ${FRENCH_DATE.source}$`));
});

test('one application, then two: French plurals, and both dates named in the row', async () => {
  const page = await openDashboardPage(ext.browser, ext.extensionId);
  assert.equal(await countLine(page), '1 candidature');
  assert.match(await page.$eval('.row .next', (el) => el.textContent), new RegExp(`^Relance le ${FRENCH_DATE.source} \\(dans 7 jours\\)$`));

  // A second application, with an answer promised in three days and the call in six.
  const answerBy = await page.evaluate(() => {
    const d = new Date();
    return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 3, 9).getTime();
  });
  await seedDebrief(page, { company: 'Globex', title: 'Data Engineer', followUpInDays: 6, answerBy });
  await page.reload();
  await page.waitForFunction(() => document.querySelector('p.count')?.textContent === '2 candidatures', { timeout: 10000 });
  const globex = await page.$$eval('.row', (rows) => rows.find((r) => r.textContent.includes('Globex')).querySelector('.next').textContent);
  assert.match(globex, new RegExp(`^Réponse promise le ${FRENCH_DATE.source} \\(dans 3 jours\\) · relance le ${FRENCH_DATE.source}$`));
  assert.doesNotMatch(await text(page), ENGLISH_DATE);

  // A search that keeps one of the two: singular.
  await page.type('input[type=search]', 'Globex');
  await page.waitForFunction(() => document.querySelector('p.count')?.textContent === '1 candidature sur 2', { timeout: 10000 });
  await page.close();
});

test('pages whose browser catalog answers nothing take their words from the packaged French catalog', async () => {
  // As in a process where Chromium's one load of the catalog failed (src/messages/catalog.ts).
  const page = await ext.browser.newPage();
  await page.evaluateOnNewDocument(() => {
    chrome.i18n.getMessage = () => '';
  });
  // A message's name shown instead of its words (ui/i18n.ts shows the name when a message is empty).
  const names = new RegExp(
    `\\b(?:${Object.keys(FRENCH)
      .filter((k) => /[a-z][A-Z]/.test(k))
      .join('|')})\\b`,
  );
  for (const [path, ready, words] of [
    ['dashboard.html', 'relance-dashboard-ready', /Candidatures/],
    ['popup.html?view=due', 'relance-popup-ready', /Relances à faire/],
    ['welcome.html', 'relance-welcome-ready', /Bienvenue dans Relance/],
  ]) {
    await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, { timeout: 10000 }, ready);
    const [browserSays, lang, shown] = await page.evaluate(() => [
      chrome.i18n.getMessage('catalogLocale'),
      document.documentElement.lang,
      `${document.title}\n${document.body.innerText}`,
    ]);
    assert.equal(browserSays, '', 'the browser answers nothing');
    assert.equal(lang, 'fr', path);
    assert.match(shown, words, path);
    assert.doesNotMatch(shown, names, `${path} shows no message name`);
  }
  await page.close();
});

test('with French messages but an English UI language reported, dates are still French', async () => {
  // --lang=fr alone: Chromium picks the French catalog and reports "en-US".
  const mixed = await launchWithExtension(undefined, { lang: 'fr', env: { LANGUAGE: 'en', LANG: 'C.UTF-8' } });
  try {
    const page = await extensionPage(mixed.browser, mixed.extensionId);
    const [ui, message] = await page.evaluate(() => [chrome.i18n.getUILanguage(), chrome.i18n.getMessage('catalogLocale')]);
    assert.equal(message, 'fr');
    assert.match(ui, /^en/);
    await seedDebrief(page, { company: 'Initech', title: 'QA', followUpInDays: 3 });
    const dashboard = await openDashboardPage(mixed.browser, mixed.extensionId);
    assert.equal(await countLine(dashboard), '1 candidature');
    assert.match(
      await dashboard.$eval('.row .next', (el) => el.textContent),
      new RegExp(`^Relance le ${FRENCH_DATE.source} \\(dans 3 jours\\)$`),
    );
    assert.equal(await dashboard.evaluate(() => document.documentElement.lang), 'fr');
  } finally {
    await mixed.close();
  }
});
