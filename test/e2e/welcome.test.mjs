// The first minutes: a fresh profile is an install, and the extension opens its welcome page in a tab
// of its own, with the popup's keyboard shortcut as Chromium assigned it. Only once: a worker that
// stops and starts again (as Chrome idles it out) does not open it again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { extensionPage, launchWithExtension, stopServiceWorker, welcomePage } from './harness.mjs';

let ext;

before(async () => {
  ext = await launchWithExtension(undefined, { keepWelcome: true });
});

after(async () => {
  await ext?.close();
});

/** The tabs showing the welcome page, as the extension sees them. */
const welcomeTabs = (page) => page.evaluate(async () => (await chrome.tabs.query({ url: chrome.runtime.getURL('welcome.html') })).length);

test('installing opens the welcome page in a tab, with its heading and the shortcut', async () => {
  const page = await welcomePage(ext.browser);
  await page.waitForFunction(() => performance.getEntriesByName('relance-welcome-ready').length > 0);
  assert.equal(page.url(), `chrome-extension://${ext.extensionId}/welcome.html`);
  assert.equal(await page.$eval('h1', (h) => h.textContent), 'Welcome to Relance');
  assert.equal(await page.title(), 'Welcome to Relance');
  const sections = await page.$$eval('h2', (hs) => hs.map((h) => h.textContent));
  assert.deepEqual(sections, ['Pin the Relance icon', 'The method in five steps', 'Open Relance from the keyboard']);
  assert.equal(await page.$$eval('ol.method > li', (li) => li.length), 5);
  // Chromium assigned the manifest's suggested key (it refuses keys it keeps for itself), and the page shows it.
  const commands = await page.evaluate(() => chrome.commands.getAll());
  const action = commands.find((c) => c.name === '_execute_action');
  assert.equal(action?.shortcut, 'Alt+Shift+E');
  assert.equal(await page.$eval('kbd.shortcut', (k) => k.textContent), 'Alt+Shift+E');
  // The picture is drawn, and its icon image loads.
  assert.ok(await page.$eval('svg.pin-picture title', (t) => t.textContent.includes('puzzle-piece')));
  assert.equal(await welcomeTabs(page), 1);
});

test('a worker restart does not open it a second time', async () => {
  const page = await extensionPage(ext.browser, ext.extensionId);
  await stopServiceWorker(ext.browser, ext.extensionId, { via: page });
  // Any message wakes the worker again, and its top-level code runs anew; the reply shows it is up.
  const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'wakeUp', data: {} }));
  assert.deepEqual(reply, { ok: false, error: 'errorUnknownMessage' });
  // Give a wrongly placed tabs.create (at top level, or on every start) time to show.
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await welcomeTabs(page), 1);
  const pages = (await ext.browser.pages()).map((p) => p.url()).filter((u) => u.endsWith('/welcome.html'));
  assert.equal(pages.length, 1);
  await page.close();
});
