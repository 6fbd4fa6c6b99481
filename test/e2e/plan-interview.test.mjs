// Planning an interview through the real worker: the application page's form (axe in light and
// dark), saved with its time, format and interviewer, read back from IndexedDB, and shown on the page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { extensionPage, launchWithExtension, readStore, waitFor } from './harness.mjs';
import { axeViolations, colorScheme, openDashboardPage, seedDebrief } from './dashboard-pages.mjs';

let ext;
let appId;

before(async () => {
  ext = await launchWithExtension();
  const page = await extensionPage(ext.browser, ext.extensionId);
  ({
    application: { id: appId },
  } = await seedDebrief(page, { company: 'Acme', title: 'Frontend developer' }));
  await page.close();
});

after(async () => {
  await ext?.close();
});

test('the application page plans an interview: stored with its time, format and interviewer, shown on the page', async () => {
  const page = await openDashboardPage(ext.browser, ext.extensionId, `#app/${appId}`);
  await page.waitForSelector('::-p-text(Plan an interview)');
  await page.click('::-p-text(Plan an interview)');
  await page.waitForSelector('form.plan-form');
  for (const scheme of ['light', 'dark']) {
    await colorScheme(page, scheme);
    assert.deepEqual(await axeViolations(page), [], `axe, ${scheme}`);
  }
  const day = await page.evaluate(() => {
    const d = new Date(Date.now() + 3 * 86_400_000);
    return d.toLocaleDateString('sv');
  });
  // Date and time inputs take their value through script, as a user's picker would set it.
  await page.evaluate((day) => {
    const set = (sel, v) => {
      const input = document.querySelector(sel);
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    set('#f-plan-on', day);
    set('#f-plan-time', '14:30');
  }, day);
  await page.select('#f-plan-channel', 'video');
  await page.type('#f-plan-withWhom', 'Léa Roux');
  await page.type('#f-plan-role', 'CTO');
  await (await page.$('form.plan-form button[type=submit]')).click();
  await page.waitForSelector('::-p-text(Interview planned.)');
  const [app] = await waitFor(async () => {
    const apps = await readStore(ext.worker, 'applications');
    return apps[0]?.nextInterview ? apps : null;
  }, 'the planned interview stored');
  assert.deepEqual(app.nextInterview, { on: day, time: '14:30', channel: 'video', withWhom: 'Léa Roux', role: 'CTO', stage: null });
  assert.equal(app.status, 'in-process');
  const facts = await page.$eval('dl', (dl) => dl.textContent);
  assert.match(facts, /Next interviewLéa Roux \(CTO\), .*(14:30|02:30 PM) · Video call/);
  await page.close();
});
