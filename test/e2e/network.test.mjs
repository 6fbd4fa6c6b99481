// Nothing leaves the machine because of the extension: every request made by the service
// worker, the popup and the extension's pages, during the core journey and the listing journey, is
// recorded through CDP; the only ones allowed are the extension's own files. The job-site pages,
// where the content script runs, are recorded too: once they have idled, the only requests they made
// are the navigations the test made, and the site's server saw nothing else.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { extensionPage, launchWithExtension, openPopup, startSiteServer, waitFor } from './harness.mjs';

let site;
let ext;
const requests = [];
/** Every request of the job-site pages (the content script's own would be among them). */
const pageRequests = [];

/** A new tab whose every request is recorded, opened at `url` once the recorder is on. */
async function recordedPage(url) {
  const page = await ext.browser.newPage();
  page.on('request', (r) =>
    pageRequests.push({
      url: r.url(),
      navigation: r.isNavigationRequest() && r.frame() === page.mainFrame(),
      initiator: r.initiator()?.type,
      from: r.initiator()?.stack?.callFrames?.[0]?.url ?? r.initiator()?.url,
    }),
  );
  await page.goto(url);
  return page;
}

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
  const page = await recordedPage('https://www.linkedin.com/jobs/view/4000000011/');
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
  const listing = await recordedPage('https://www.linkedin.com/jobs/search/?keywords=dev');
  await waitFor(async () => (await listing.$$('::-p-aria([role="button"])')).length > 0, 'a chip');
  // A chip clicked asks the worker (a message, not a request); then everything is left to idle, so
  // that a request sent late (a timer, a retry) is seen too.
  await Promise.all([page, listing].map((p) => p.waitForNetworkIdle({ idleTime: 1500, timeout: 15000 })));

  const outside = requests.filter(({ url }) => !url.startsWith(`chrome-extension://${ext.extensionId}/`) && !url.startsWith('data:'));
  assert.deepEqual(outside, []);
  assert.ok(requests.length > 0, 'the recorder saw the extension load its own files');
  // The job-site pages made only the navigations the test made and the requests of their own markup
  // (its images, the favicon): none from a script. The fixtures' own scripts never run (the site
  // server's CSP), so a script's request could only be the content script's.
  const navigations = ['https://www.linkedin.com/jobs/view/4000000011/', 'https://www.linkedin.com/jobs/search/?keywords=dev'];
  const own = (r) => r.navigation || r.initiator === 'parser' || (r.initiator === 'other' && r.url.endsWith('/favicon.ico'));
  assert.deepEqual(
    pageRequests.filter((r) => !own(r) && !r.url.startsWith('data:')),
    [],
    'a job-site page made a request that is not its own',
  );
  assert.deepEqual(
    pageRequests.filter((r) => r.navigation).map((r) => r.url),
    navigations,
  );
  // And the server, which answers for every host, saw nothing else, apart from Chromium's own
  // service calls (updates, accounts), which no page or extension makes.
  const expected = new Set(pageRequests.filter(own).map((r) => r.url));
  const chromiums = (u) => /(^|\.)(google|googleapis|gstatic)\.com$/.test(new URL(u).hostname);
  assert.deepEqual(
    site.requests.filter((u) => !expected.has(u) && !chromiums(u)),
    [],
    'the job site received a request the pages did not make themselves',
  );
});
