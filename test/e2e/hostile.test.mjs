// Page data is untrusted: a hostile posting (markup and script in every JSON-LD string,
// javascript: URLs, a 5 MB JSON-LD block, 10,000 nested arrays, a 100,000-character title) is
// recognised or rejected without a crash and without running anything, in the popup, the dashboard
// and the chips. The page is served WITHOUT a script-blocking CSP: had any of Relance's code turned the
// strings it reads into markup in the page, their payloads would run and set window.__relanceHostile.
// In the extension's pages the CSP would block a payload anyway: there the test looks for any
// element a payload would have created.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { FIXTURES, launchWithExtension, openPopup, startSiteServer, waitFor } from './harness.mjs';

const JOB_URL = 'https://www.linkedin.com/jobs/view/4000000099/';
let site;
let ext;
let page;

async function hostilePage() {
  const raw = await readFile(join(FIXTURES, 'hostile', 'hostile.html'), 'utf8');
  // The page's own markup (its body) runs its own payloads without a CSP, as a real page would: they
  // set another global. Only strings Relance's code read (JSON-LD, meta, title) can set __relanceHostile.
  const bodyAt = raw.indexOf('<body>');
  const html = raw.slice(0, bodyAt) + raw.slice(bodyAt).replaceAll('window.__relanceHostile=1', 'window.__pageOwn=1');
  const huge = JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', description: 'x'.repeat(5 * 1024 * 1024) });
  const nested = '['.repeat(10000) + ']'.repeat(10000);
  const longTitle = `<script>window.__relanceHostile=1</script>${'T'.repeat(100000)}`;
  return html.replace(
    '<!--HOSTILE_INSERT-->',
    `<script type="application/ld+json">${huge}</script><script type="application/ld+json">${nested}</script>` +
      `<meta name="title" content="${longTitle.replace(/</g, '&lt;')}">`,
  );
}

before(async () => {
  const body = await hostilePage();
  site = await startSiteServer((host) => (host === 'www.linkedin.com' ? { body, csp: false } : null));
  ext = await launchWithExtension(undefined, { extraArgs: site.args });
  page = await ext.browser.newPage();
  await page.goto(JOB_URL);
  await page.bringToFront();
});

after(async () => {
  await ext?.close();
  await site?.close();
});

const pwned = (p) => p.evaluate(() => window.__relanceHostile);
/** Elements only a payload would create in Relance's pages. */
const injected = (p) =>
  p.evaluate(() => document.querySelectorAll('main img, main svg, main iframe, main b, main style, [onerror], [onload], [onclick]').length);

test('the popup recognises the hostile posting as plain, capped text and runs nothing', async () => {
  const popup = await openPopup(ext.browser, ext.worker);
  const title = await popup.$eval('#f-posting-title', (el) => el.value);
  const company = await popup.$eval('#f-posting-company', (el) => el.value);
  assert.ok(title.length <= 300, `title capped (${title.length})`);
  assert.doesNotMatch(title + company, /[<>]/, 'no markup left in the fields');
  assert.match(title, /Engineer/);
  assert.match(company, /Evil Corp/);
  assert.equal(await pwned(popup), undefined);
  assert.equal(await injected(popup), 0);

  await popup.click('#f-verdict-undecided');
  await popup.click('button[type=submit]');
  await popup.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Saved'), { timeout: 10000 });
  assert.equal(await injected(popup), 0);
  assert.equal(await pwned(page), undefined, 'nothing ran in the job page');
});

test('the chip on the hostile page runs nothing', async () => {
  await page.reload();
  await waitFor(async () => {
    const handles = await page.$$('::-p-aria([role="button"])');
    const labels = await Promise.all(handles.map((h) => h.evaluate((el) => el.getAttribute('aria-label'))));
    return labels.some((l) => l?.startsWith('Relance:'));
  }, 'the chip on the posting header');
  assert.equal(await pwned(page), undefined);
});

test('the dashboard shows the hostile application as text and runs nothing', async () => {
  const dash = await ext.browser.newPage();
  await dash.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
  await dash.waitForFunction(() => document.body.innerText.includes('Evil Corp'), { timeout: 10000 });
  assert.equal(await pwned(dash), undefined);
  assert.equal(await injected(dash), 0);
  const id = await dash.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('relance');
        open.onsuccess = () =>
          (open.result.transaction('applications').objectStore('applications').getAll().onsuccess = (e) => resolve(e.target.result[0].id));
      }),
  );
  await dash.goto(`chrome-extension://${ext.extensionId}/dashboard.html#app/${id}`);
  await dash.waitForFunction(() => document.body.innerText.includes('Evil Corp'), { timeout: 10000 });
  assert.equal(await pwned(dash), undefined);
  assert.equal(await injected(dash), 0);
  // The posting link is never a javascript: URL.
  const hrefs = await dash.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(
    hrefs.every((h) => !/^\s*javascript:/i.test(h)),
    hrefs.join(' '),
  );
});
