// Nothing leaves the machine because of the extension: every request made by the service
// worker, the popup and the extension's pages, during the core journey and the listing journey, is
// recorded through CDP; the only ones allowed are the extension's own files.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { extensionPage, launchWithExtension, openPopup, startSiteServer, waitFor } from './harness.mjs';

let site;
let ext;
const requests = [];

/** Records the requests of every extension target (worker, popup, pages), present and future. */
async function recordExtensionRequests(browser, extensionId) {
  const watched = new WeakSet();
  const watch = async (target) => {
    if (watched.has(target) || !target.url().startsWith(`chrome-extension://${extensionId}/`)) return;
    watched.add(target);
    const session = await target.createCDPSession().catch(() => null);
    if (!session) return;
    session.on('Network.requestWillBeSent', ({ request }) => requests.push({ from: target.url(), url: request.url }));
    await session.send('Network.enable').catch(() => {});
  };
  browser.on('targetcreated', watch);
  browser.on('targetchanged', watch);
  await Promise.all(browser.targets().map(watch));
}

before(async () => {
  site = await startSiteServer((host, path) => {
    if (host !== 'www.linkedin.com') return null;
    if (path.startsWith('/jobs/search')) return 'linkedin/search-20.html';
    if (path.startsWith('/jobs/view/')) return 'demo-posting.html';
    return null;
  });
  ext = await launchWithExtension(undefined, { extraArgs: site.args });
  await recordExtensionRequests(ext.browser, ext.extensionId);
});

after(async () => {
  await ext?.close();
  await site?.close();
});

test('the core journey and the listing journey make no request outside the extension', async () => {
  // Core journey: recognise, record, see the application, get the due list.
  const page = await ext.browser.newPage();
  await page.goto('https://www.linkedin.com/jobs/view/4000000011/');
  await page.bringToFront();
  const popup = await openPopup(ext.browser, ext.worker);
  await popup.click('#f-verdict-undecided');
  await popup.click('button[type=submit]');
  await popup.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Saved'), { timeout: 10000 });
  const admin = await extensionPage(ext.browser, ext.extensionId);
  await admin.evaluate(() =>
    chrome.runtime.sendMessage({
      type: 'saveDebrief',
      data: {
        posting: { title: 'Job', company: 'Co', location: '', url: 'https://www.linkedin.com/jobs/view/4000000003/' },
        jobKey: 'linkedin:4000000003',
        pageUrl: null,
        debrief: { verdict: 'undecided', interviewAt: Date.now(), followUpAt: Date.now() + 864e5 },
      },
    }),
  );

  // Listing journey: chips on a job site.
  const listing = await ext.browser.newPage();
  await listing.goto('https://www.linkedin.com/jobs/search/?keywords=dev');
  await waitFor(async () => (await listing.$$('::-p-aria([role="button"])')).length > 0, 'a chip');

  const outside = requests.filter(({ url }) => !url.startsWith(`chrome-extension://${ext.extensionId}/`) && !url.startsWith('data:'));
  assert.deepEqual(outside, []);
  assert.ok(requests.length > 0, 'the recorder saw the extension load its own files');
  // The job site saw only its own page requested: no request carried anything to another host.
  assert.ok(site.requests.some((u) => u.startsWith('https://www.linkedin.com/jobs/search')));
});
