// The same job seen under another key, in the real extension: a tracked application whose key and
// addresses are not the page's, but whose company and title are, is offered for linking in the popup;
// linking it makes the page open that application. The popup asks for such applications beside its
// lookup of the page's key and addresses (src/popup/main.tsx loadContext).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editRows, openPopup, readStore, waitFor, withDemoPosting } from './harness.mjs';

const demo = withDemoPosting();

test('a tracked job reposted under another key is offered for linking, and linking it opens the application', async () => {
  // Track the demo posting through the popup, then move it to another board's key and address.
  const first = await openPopup(demo.ext.browser, demo.ext.worker);
  await first.click('#f-verdict-undecided');
  await first.type('#f-weakPoint', 'Little experience with design systems');
  await first.focus('#f-weakPoint');
  await first.keyboard.press('Enter');
  await first.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Saved'), { timeout: 10000 });
  await first.close();
  const [saved] = await readStore(demo.ext.worker, 'applications');
  const elsewhere = { keys: ['jobs.example.test/elsewhere-42'], urls: ['https://jobs.example.test/elsewhere/42'] };
  await editRows(demo.ext.worker, [
    { store: 'applications', id: saved.id, change: { ...elsewhere, posting: { ...saved.posting, url: elsewhere.urls[0] } } },
  ]);

  // The worker may still name the application in the tab's popup page: the popup checks that hint
  // against the tab's address, drops it, and finds the application only by its company and title.
  const popup = await openPopup(demo.ext.browser, demo.ext.worker);
  const offer = await popup.waitForSelector('section[aria-labelledby=link-offer-text]', { timeout: 10000 });
  const offerText = await offer.evaluate((el) => el.textContent);
  assert.match(offerText, /Senior Frontend Engineer at Luciole Labs, which you already track \(first seen on jobs\.example\.test\)/);
  // Offered before the debrief form, and focused first: the choice comes before a duplicate is typed.
  assert.equal(await popup.evaluate(() => document.activeElement?.textContent), 'Link to it');

  await popup.evaluate(() => /** @type {HTMLElement} */ (document.activeElement).click());
  await popup.waitForFunction(() => document.body.innerText.includes('Linked: this posting now opens your application at Luciole Labs'), {
    timeout: 10000,
  });
  const [linked] = await waitFor(async () => {
    const rows = await readStore(demo.ext.worker, 'applications');
    return rows.length === 1 && rows[0].keys.length === 2 ? rows : null;
  }, 'the page key added to the application');
  assert.equal(linked.id, saved.id);
  assert.ok(linked.keys.includes(elsewhere.keys[0]));
  await popup.close();

  // Opened again, the popup shows the application on this page.
  const again = await openPopup(demo.ext.browser, demo.ext.worker);
  const text = await again.evaluate(() => document.body.innerText);
  assert.match(text, /Senior Frontend Engineer/);
  assert.doesNotMatch(text, /which you already track/);
  assert.equal(await again.$('#f-posting-title'), null);
  await again.close();
});
