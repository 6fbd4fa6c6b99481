// Planning an interview through the real worker: the application page's form (axe in light and
// dark), saved with its time, format and interviewer, read back from IndexedDB, and shown on the page;
// then its reminders through real alarms: "interview soon" notifies and its click opens the closing
// card (test/e2e/closing-card.test.mjs follows it further); "how did it go?" does not fire once the
// debrief is recorded. Then a follow-up call's answer "next interview", with its start time and format,
// plans it with them: its "interview soon" reminder comes before that time.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { editRows, extensionPage, launchWithExtension, readStore, waitFor } from './harness.mjs';
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

/** Brings a reminder due in a second, with a short real alarm: the worker's alarm path fires it. */
async function dueSoon(reminder) {
  const when = Date.now() + 1000;
  await editRows(ext.worker, [{ store: 'reminders', id: reminder.id, change: { dueAt: when, pendingDueAt: when } }]);
  await ext.worker.evaluate((name, when) => chrome.alarms.create(name, { when }), `reminder:${reminder.id}`, when);
}

test('"interview soon" notifies through its alarm and its click opens the closing card; "how did it go?" is gone once the debrief is saved', async () => {
  const rows = await readStore(ext.worker, 'reminders');
  const soon = rows.find((r) => r.kind === 'interview-soon' && r.pendingDueAt !== undefined);
  const after = rows.find((r) => r.kind === 'how-did-it-go' && r.pendingDueAt !== undefined);
  assert.ok(soon && after, 'both reminders of the planned interview are stored');
  const alarms = await ext.worker.evaluate(() => chrome.alarms.getAll());
  assert.ok(alarms.some((a) => a.name === `reminder:${soon.id}`) && alarms.some((a) => a.name === `reminder:${after.id}`));
  await dueSoon(soon);
  const id = `interview-card:${soon.id}`;
  await waitFor(
    async () => Object.keys(await ext.worker.evaluate(() => chrome.notifications.getAll())).includes(id),
    'the interview-soon notification',
  );
  await ext.worker.evaluate((id) => globalThis.relanceTest.onNotificationClicked(id), id);
  // Refused the side panel without a user action, the card opens in its own window, on this application.
  await waitFor(
    async () => (await ext.browser.pages()).some((p) => p.url().endsWith(`panel.html?app=${encodeURIComponent(appId)}`)),
    'the closing card opened',
  );
  // The debrief of the interview: "how did it go?" stops, and its alarm with it.
  const page = await extensionPage(ext.browser, ext.extensionId);
  await seedDebrief(page, { company: 'Acme', title: 'Frontend developer', interviewDaysAgo: 0 });
  await page.close();
  const stored = (await readStore(ext.worker, 'reminders')).find((r) => r.id === after.id);
  assert.equal(stored.closedBy, 'superseded');
  await waitFor(
    async () => !(await ext.worker.evaluate(() => chrome.alarms.getAll())).some((a) => a.name === `reminder:${after.id}`),
    'its alarm cleared',
  );
});

test('a call answered "next interview" with its start time and format: planned with them, "interview soon" before that time', async () => {
  const seed = await extensionPage(ext.browser, ext.extensionId);
  const {
    application: { id },
  } = await seedDebrief(seed, { company: 'Globex', title: 'Data engineer' });
  await seed.close();
  const page = await openDashboardPage(ext.browser, ext.extensionId, `#app/${encodeURIComponent(id)}/outcome`);
  await page.waitForSelector('#f-outcome-kind-answer');
  await page.click('#f-outcome-kind-answer');
  await page.click('#f-outcome-result-next-interview');
  await page.type('#f-outcome-nextInterview-withWhom', 'Marc Petit');
  const day = await page.evaluate(() => new Date(Date.now() + 5 * 86_400_000).toLocaleDateString('sv'));
  await page.evaluate((day) => {
    const set = (sel, v) => {
      const input = document.querySelector(sel);
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    set('#f-outcome-nextInterview-on', day);
    set('#f-outcome-nextInterview-time', '10:30');
  }, day);
  await page.select('#f-outcome-nextInterview-channel', 'phone');
  await page.click('::-p-text(Save the outcome)');
  await page.waitForFunction(() => document.querySelector('.page-notice')?.textContent?.startsWith('Outcome saved'), { timeout: 10000 });
  await page.close();

  const app = (await readStore(ext.worker, 'applications')).find((a) => a.id === id);
  assert.deepEqual(app.nextInterview, {
    on: day,
    time: '10:30',
    channel: 'phone',
    withWhom: 'Marc Petit',
    role: '',
    stage: 'hiring-manager',
  });
  const [event] = (await readStore(ext.worker, 'events')).filter((e) => e.applicationId === id);
  assert.deepEqual(event.outcome.nextInterview, {
    withWhom: 'Marc Petit',
    on: day,
    time: '10:30',
    channel: 'phone',
    stage: 'hiring-manager',
  });
  // "Interview soon" the default 15 minutes before 10:30 on that day, in the browser's time zone, with its alarm.
  const start = await ext.worker.evaluate((day) => new Date(`${day}T10:30`).getTime(), day);
  const soon = (await readStore(ext.worker, 'reminders')).find((r) => r.applicationId === id && r.kind === 'interview-soon');
  assert.ok(soon && soon.pendingDueAt !== undefined, 'a pending "interview soon" reminder');
  assert.ok(soon.dueAt < start, `${new Date(soon.dueAt).toISOString()} is before ${new Date(start).toISOString()}`);
  assert.equal(soon.dueAt, start - 15 * 60_000);
  const alarm = await waitFor(
    async () => (await ext.worker.evaluate(() => chrome.alarms.getAll())).find((a) => a.name === `reminder:${soon.id}`),
    'its alarm',
  );
  assert.equal(alarm.scheduledTime, soon.dueAt);
});
