// A real quota failure: the extension origin's quota is shrunk in the browser itself (DevTools
// protocol, Storage.overrideQuotaForOrigin) to what it already uses, so the next save fails inside
// IndexedDB with its own QuotaExceededError. The user must see "no storage space left", never "Saved", and the data stay as it was.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { extensionPage, launchWithExtension, openPopup, readStore, startFixtureServer, waitFor } from './harness.mjs';

let server;
let ext;
before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
});
after(async () => {
  await ext?.close();
  await server?.close();
});

const STORES = ['applications', 'interviews', 'reminders', 'events', 'settings'];
const snapshot = async (page) => Object.fromEntries(await Promise.all(STORES.map(async (s) => [s, await readStore(page, s)])));

test('a save that hits the quota says so and changes nothing', async () => {
  const admin = await extensionPage(ext.browser, ext.extensionId);
  // Earlier data, saved while there was room.
  const first = await admin.evaluate(() =>
    chrome.runtime.sendMessage({
      type: 'saveDebrief',
      data: {
        posting: { title: 'Earlier job', company: 'Co', location: '', url: 'http://127.0.0.1/earlier' },
        jobKey: 'http://127.0.0.1/earlier',
        pageUrl: null,
        debrief: { verdict: 'undecided', interviewAt: Date.now() - 36e5, followUpAt: Date.now() + 7 * 864e5 },
      },
    }),
  );
  assert.equal(first.ok, true, JSON.stringify(first));
  const before = await snapshot(admin);
  const alarmsBefore = (await admin.evaluate(() => chrome.alarms.getAll())).map((a) => a.name).sort();

  const origin = `chrome-extension://${ext.extensionId}`;
  const cdp = await admin.createCDPSession();
  const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: Math.floor(usage) });
  const { quota } = await cdp.send('Storage.getUsageAndQuota', { origin });
  assert.ok(quota <= usage, `quota ${quota} not shrunk to the usage ${usage}`);
  // IndexedDB grants writes from the room it last heard of, decaying to none over 30 s (Chromium's
  // BucketContext::kBucketSpaceCacheTimeLimit); past that, the next write asks the quota again.
  await new Promise((resolve) => setTimeout(resolve, 31_000));

  const page = await ext.browser.newPage();
  await page.goto(`${server.origin}/demo-posting.html`);
  await page.bringToFront();
  const popup = await openPopup(ext.browser, ext.worker);
  await popup.waitForSelector('#f-verdict-undecided');
  await popup.click('#f-verdict-undecided');
  await popup.click('button[type=submit]');
  const shown = await waitFor(async () => {
    const text = await popup.$eval('body', (b) => b.innerText);
    return /no storage space left/.test(text) ? text : null;
  }, 'the "no storage space left" message');
  assert.doesNotMatch(shown, /\bSaved\b/);

  assert.deepEqual(await snapshot(admin), before);
  assert.deepEqual((await admin.evaluate(() => chrome.alarms.getAll())).map((a) => a.name).sort(), alarmsBefore);

  // Room again (the override lifted): the same Save goes through.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await popup.click('button[type=submit]');
  await popup.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Saved'), { timeout: 10000 });
  assert.equal((await readStore(admin, 'applications')).length, 2);
});
