// Listing chips on a job site, under its real host name: a LinkedIn-like search page with 20 cards,
// 3 of them tracked, shows exactly 3 chips with the right texts; tracking a 4th makes its chip
// appear without a reload; cards added later by the page get their chips; a chip opens Relance.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { extensionPage, launchWithExtension, startSiteServer, waitFor } from './harness.mjs';

const SEARCH = 'https://www.linkedin.com/jobs/search/?keywords=frontend';
const DAY = 864e5;

let site;
let ext;
let admin; // an extension page: sends the same messages the popup sends
let page;

before(async () => {
  site = await startSiteServer((host, path) =>
    host === 'www.linkedin.com' && path.startsWith('/jobs/search') ? 'linkedin/search-20.html' : null,
  );
  ext = await launchWithExtension(undefined, { extraArgs: site.args });
  admin = await extensionPage(ext.browser, ext.extensionId);
});

after(async () => {
  await ext?.close();
  await site?.close();
});

/** Records a debrief through the service worker, as the popup does. */
async function track(id, { verdict = 'undecided', followUpInDays = 7, interviewDaysAgo = 0 } = {}) {
  const reply = await admin.evaluate(
    async ({ id, verdict, followUpInDays, interviewDaysAgo, DAY }) => {
      const now = Date.now();
      return chrome.runtime.sendMessage({
        type: 'saveDebrief',
        data: {
          posting: { title: `Job ${id}`, company: `Company ${id}`, location: 'Paris', url: `https://www.linkedin.com/jobs/view/${id}/` },
          jobKey: `linkedin:${id}`,
          pageUrl: `https://www.linkedin.com/jobs/view/${id}/`,
          debrief: { verdict, interviewAt: now - interviewDaysAgo * DAY, followUpAt: now + followUpInDays * DAY },
        },
      });
    },
    { id, verdict, followUpInDays, interviewDaysAgo, DAY },
  );
  assert.equal(reply.ok, true, JSON.stringify(reply));
  return reply.value;
}

/** The chips on the page, read from the accessibility tree (they live in closed shadow roots). */
async function chips() {
  const handles = await page.$$('::-p-aria([role="button"])');
  const out = [];
  for (const h of handles) {
    const label = await h.evaluate((el) => el.getAttribute('aria-label'));
    if (!label?.startsWith('Relance:')) continue;
    const card = await h.evaluate((el) =>
      el.getRootNode().host.parentElement.closest('[data-occludable-job-id]')?.getAttribute('data-occludable-job-id'),
    );
    out.push({ card, text: await h.evaluate((el) => el.textContent) });
  }
  return out.sort((a, b) => (a.card < b.card ? -1 : 1));
}

test('3 tracked jobs among 20 cards: exactly 3 chips with their states', async () => {
  await track('4000000003', { followUpInDays: 7 });
  await track('4000000007', { verdict: 'rejected' });
  // Interviewed 9 days ago, follow-up 2 days ago: due.
  await track('4000000012', { interviewDaysAgo: 9, followUpInDays: -2 });

  page = await ext.browser.newPage();
  await page.goto(SEARCH);
  await waitFor(async () => (await chips()).length === 3, '3 chips');
  assert.deepEqual(await chips(), [
    { card: '4000000003', text: 'Follow up in 7 d' },
    { card: '4000000007', text: 'Closed' },
    { card: '4000000012', text: 'Follow-up due' },
  ]);
});

test('tracking a 4th job makes its chip appear without a reload', async () => {
  await track('4000000015', { verdict: 'convinced', followUpInDays: 3 });
  await waitFor(async () => (await chips()).length === 4, '4 chips');
  assert.deepEqual(
    (await chips()).find((c) => c.card === '4000000015'),
    { card: '4000000015', text: 'Follow up in 3 d' },
  );
});

test('cards added later by the page get their chips', async () => {
  await track('4000000021', { followUpInDays: 5 });
  // The page's own script would do this as the user scrolls (fixture scripts are blocked; CDP is not).
  await page.evaluate(() => {
    const list = document.querySelector('[data-occludable-job-id]').parentElement;
    const card = list.querySelector('[data-occludable-job-id]').cloneNode(true);
    card.setAttribute('data-occludable-job-id', '4000000021');
    for (const a of card.querySelectorAll('a[href]')) a.setAttribute('href', '/jobs/view/4000000021/');
    card.querySelector('[data-relance-chip]')?.remove();
    list.append(card);
  });
  await waitFor(async () => (await chips()).some((c) => c.card === '4000000021' && c.text === 'Follow up in 5 d'), 'chip on the new card');
  assert.equal((await chips()).length, 5);
});

test('a chip opens its application in the dashboard', async () => {
  const handles = await page.$$('::-p-aria([role="button"])');
  const labels = await Promise.all(handles.map((h) => h.evaluate((el) => el.getAttribute('aria-label'))));
  const chip = handles[labels.findIndex((l) => l?.startsWith('Relance: Follow up in 7 d'))];
  assert.ok(chip, labels.join(' / '));
  await chip.click();
  const target = await ext.browser.waitForTarget((t) => t.url().includes('/dashboard.html#app/'), { timeout: 10000 });
  const appPage = await target.asPage();
  await appPage.waitForFunction(() => document.body.innerText.includes('Job 4000000003'), { timeout: 10000 });
  await appPage.close();
});
