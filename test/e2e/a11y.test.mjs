// axe-core (its default rules: WCAG 2.x A and AA, best practices) on every page in light and dark: the
// real popup on a job posting (the debrief form, then the tracked application with its due follow-up
// and the outcome form), the dashboard's list, an application's page with its outcome form, the
// settings and the welcome page. Any violation fails, with the rule and the elements.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { editRows, extensionPage, launchWithExtension, openPopup, readStore, startFixtureServer } from './harness.mjs';
import { axeViolations, colorScheme, openDashboardPage, seedDebrief } from './dashboard-pages.mjs';

let server;
let ext;
let posting;
let extPage;
const SCHEMES = ['light', 'dark'];

before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
  extPage = await extensionPage(ext.browser, ext.extensionId);
  // One application per section, one "probably closed", one interview that went badly.
  const { application: bad } = await seedDebrief(extPage, {
    company: 'Acme',
    title: 'Frontend developer',
    feeling: 'badly',
    recoveryContacts: 'Marc, the team lead',
    recoveryTopics: 'Show the design system work',
    followUpInDays: 1,
  });
  await seedDebrief(extPage, {
    company: 'Globex',
    title: 'Data engineer',
    verdict: 'rejected',
    weakPoint: '',
    rejectionReason: 'Profile too junior',
  });
  const { application: maybe } = await seedDebrief(extPage, { company: 'Initech', title: 'Designer' });
  await seedDebrief(extPage, {
    company: 'Umbrella',
    title: 'Product manager',
    verdict: 'convinced',
    weakPoint: '',
    nextSteps: [{ withWhom: 'Paul Durand, CTO', when: new Date(Date.now() + 7 * 86_400_000).toLocaleDateString('sv') }],
  });
  const [due] = (await readStore(ext.worker, 'reminders')).filter((r) => r.applicationId === bad.id);
  const past = await ext.worker.evaluate(() => Date.now() - 86_400_000);
  await editRows(ext.worker, [
    { store: 'reminders', id: due.id, change: { dueAt: past, pendingDueAt: past, notifiedAt: past } },
    { store: 'applications', id: bad.id, change: { nextDueAt: past } },
    { store: 'applications', id: maybe.id, change: { probablyClosed: true } },
  ]);
  posting = await ext.browser.newPage();
  await posting.goto(`${server.origin}/demo-posting.html`);
  ext.badId = bad.id;
});

after(async () => {
  await ext?.close();
  await server?.close();
});

async function expectNoViolations(page, what) {
  for (const scheme of SCHEMES) {
    await colorScheme(page, scheme);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${what}, ${scheme}:\n${violations.join('\n')}`);
  }
}

test('popup: the debrief form on a job posting', async () => {
  await posting.bringToFront();
  const popup = await openPopup(ext.browser, ext.worker);
  await popup.waitForSelector('#f-posting-title');
  // Show the conditional parts too: the weak point, the recovery plan.
  await popup.click('#f-verdict-undecided');
  await popup.click('#f-feeling-badly');
  await expectNoViolations(popup, 'popup debrief form');
  await popup.close();
});

test('popup: a tracked application with a due follow-up, and the outcome form', async () => {
  // The due view of the popup page lists the due follow-up; the application page of the popup offers the outcome.
  const page = await ext.browser.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?app=${encodeURIComponent(ext.badId)}`);
  await page.waitForFunction(() => performance.getEntriesByName('relance-popup-ready').length > 0);
  await expectNoViolations(page, 'popup application view with due list');
  await page.click("::-p-text(Record the call's outcome)");
  await page.waitForSelector('#f-outcome-kind-answer');
  await page.click('#f-outcome-kind-answer');
  await page.click('#f-outcome-result-next-interview');
  await expectNoViolations(page, 'popup outcome form');
  await page.close();
});

test('dashboard: the list, with its sections and a "probably closed" row', async () => {
  const page = await openDashboardPage(ext.browser, ext.extensionId, '#');
  await page.waitForSelector('.row.probably');
  await expectNoViolations(page, 'dashboard list');
  // Keyboard: one Tab from the search reaches the list's first row, and the focus is visible.
  await page.focus('#f-statusFilter');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({
    cls: document.activeElement.className,
    outline: getComputedStyle(document.activeElement).outlineStyle,
  }));
  assert.equal(focused.cls, 'row-link');
  assert.notEqual(focused.outline, 'none');
  await page.close();
});

test('dashboard: an application page with the outcome form, and the probably-closed banner', async () => {
  const page = await openDashboardPage(ext.browser, ext.extensionId, `#app/${encodeURIComponent(ext.badId)}/outcome`);
  await page.waitForSelector('#f-outcome-kind-no-answer');
  await page.click('#f-outcome-kind-no-answer');
  await expectNoViolations(page, 'application page with outcome form');
  await page.evaluate(() => {
    location.hash = '#';
  });
  await page.waitForSelector('.row.probably .row-link');
  await page.click('.row.probably .row-link');
  await page.waitForSelector('.notice.probably');
  await expectNoViolations(page, 'application page, probably closed');
  await page.close();
});

test('dashboard: the settings', async () => {
  const page = await openDashboardPage(ext.browser, ext.extensionId, '#settings');
  await page.waitForSelector('#f-followUpDelayDays');
  await expectNoViolations(page, 'settings');
  await page.close();
});

test('welcome page: pinning, the method, the shortcut', async () => {
  const page = await ext.browser.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/welcome.html`);
  await page.waitForFunction(() => performance.getEntriesByName('relance-welcome-ready').length > 0);
  await expectNoViolations(page, 'welcome page');
  await page.close();
});
