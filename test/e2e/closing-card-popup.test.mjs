// The closing card from the real popup, on the tracked posting's tab: the popup says a debrief is in
// progress, its button (a trusted click) opens the window's side panel, and the panel stays, on that
// posting's application, once the popup has closed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isToolbarPopup, openPopup, readStore, waitFor, withDemoPosting } from './harness.mjs';

const demo = withDemoPosting();

test('the popup opens the closing card in the side panel, which stays when the popup closes', async () => {
  // Track the demo posting through the popup's own debrief form.
  let popup = await openPopup(demo.ext.browser, demo.ext.worker);
  await popup.click('#f-verdict-undecided');
  await popup.focus('#f-interviewerName');
  await popup.keyboard.press('Enter');
  await popup.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Saved'), { timeout: 10000 });
  const [app] = await readStore(demo.ext.worker, 'applications');
  // A tick on the card, as the panel saves it.
  const reply = await popup.evaluate((data) => chrome.runtime.sendMessage({ type: 'saveCardDraft', data }), {
    applicationId: app.id,
    ticks: ['thanked'],
    heard: null,
  });
  assert.equal(reply.ok, true);
  await popup.close();

  popup = await openPopup(demo.ext.browser, demo.ext.worker);
  await popup.waitForSelector('::-p-text(Debrief in progress on the closing card)');
  await popup.click('::-p-text(Open the closing card)');
  const target = await demo.ext.browser.waitForTarget((t) => t.url().endsWith('/panel.html'), { timeout: 10000 });
  const panel = await target.asPage();
  await panel.waitForSelector('::-p-text(Luciole Labs · Senior Frontend Engineer)');
  assert.equal(await panel.$eval('#card-thanked', (b) => b.checked), true, 'the draft ticked on the card');
  await popup.close().catch(() => {});
  await waitFor(async () => !demo.ext.browser.targets().some((t) => isToolbarPopup(t.url())), 'the popup closed');
  // The panel belongs to the window: still there, still showing the posting's card.
  assert.ok(demo.ext.browser.targets().some((t) => t.url().endsWith('/panel.html')));
  assert.equal(await panel.evaluate(() => document.querySelector('.card-title')?.textContent), 'Luciole Labs · Senior Frontend Engineer');
});
