// A job open in a search page's pane, the address not naming it (Indeed, under its real host name): the
// real popup recognises the pane's job and saves it under indeed:<jk>; the chip then appears on that
// job's card on the same page, and on no other card.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchWithExtension, openPopup, readStore, startSiteServer, waitFor } from './harness.mjs';

const SEARCH = 'https://www.indeed.com/jobs?q=python+developer&l=Austin%2C+TX';
const OPEN_JK = '7c1a9e3d5b2f4a81';

let site;
let ext;
let page;

before(async () => {
  site = await startSiteServer((host, path) => (host === 'www.indeed.com' && path === '/jobs' ? 'indeed/search-pane.html' : null));
  ext = await launchWithExtension(undefined, { extraArgs: site.args });
  page = await ext.browser.newPage();
  await page.goto(SEARCH);
  await page.bringToFront();
});

after(async () => {
  await ext?.close();
  await site?.close();
});

/** The cards carrying a Relance chip, by their job key (chips live in closed shadow roots: read the tree). */
async function chippedCards() {
  const handles = await page.$$('::-p-aria([role="button"])');
  const out = [];
  for (const h of handles) {
    const label = await h.evaluate((el) => el.getAttribute('aria-label'));
    if (!label?.startsWith('Relance:')) continue;
    out.push(
      await h.evaluate(
        (el) =>
          el
            .getRootNode()
            .host.closest('.cardOutline')
            ?.className.match(/\bjob_([0-9a-f]+)/)?.[1] ?? null,
      ),
    );
  }
  return out;
}

test('tracking the job open in the pane from the real popup puts its chip on its card', async () => {
  const popup = await openPopup(ext.browser, ext.worker);
  assert.equal(await popup.$eval('#f-posting-title', (el) => el.value), 'Python Developer - Data Platform');
  assert.equal(await popup.$eval('#f-posting-company', (el) => el.value), 'Marrowgate Analytics');
  await popup.click('#f-verdict-undecided');
  await popup.focus('#f-posting-title');
  await popup.keyboard.press('Enter');
  await popup.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Saved'), { timeout: 10000 });

  const [app] = await readStore(ext.worker, 'applications');
  assert.equal(app.jobKey, `indeed:${OPEN_JK}`);
  assert.equal(app.posting.url, `https://www.indeed.com/viewjob?jk=${OPEN_JK}`);

  await waitFor(async () => (await chippedCards()).length === 1, 'one chip on the page');
  assert.deepEqual(await chippedCards(), [OPEN_JK]);
});
