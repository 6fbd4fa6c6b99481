// The follow-up after the reminder, in the real extension: a reminder fires, "Done" on its notification
// opens the outcome form in the dashboard, the user records "no answer", the retry is scheduled (stored
// and as an alarm) and the dashboard lists the application under "Waiting". Then export everything,
// import the file in a fresh profile, and the dashboard shows the same applications and finds them by interviewer.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { extensionPage, launchWithExtension, makeReminderDue, readStore, waitFor } from './harness.mjs';
import { listedRows, openDashboardPage, seedDebrief, waitForDashboard } from './dashboard-pages.mjs';

let ext;
let fresh;
let extPage;
let downloads;
/** The application whose reminder fires, and the exported file. */
let app;
let exported;

before(async () => {
  ext = await launchWithExtension();
  extPage = await extensionPage(ext.browser, ext.extensionId);
  downloads = await mkdtemp(join(tmpdir(), 'relance-downloads-'));
});

after(async () => {
  await fresh?.close();
  await ext?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

test('a reminder fires; "no answer" recorded from its notification schedules the retry; the dashboard shows it under Waiting', async () => {
  ({ application: app } = await seedDebrief(extPage, { company: 'Luciole Labs', title: 'Senior Frontend Engineer' }));
  await seedDebrief(extPage, { company: 'Globex', title: 'Data Engineer', followUpInDays: 9, interviewerName: 'Zoé Lambert' });
  const [reminder] = (await readStore(ext.worker, 'reminders')).filter((r) => r.applicationId === app.id);

  // Bring the stored reminder due in one second and let a short real alarm fire for it.
  await makeReminderDue(ext.worker, reminder);
  await waitFor(
    async () => (await ext.worker.evaluate(() => chrome.notifications.getAll()))[`reminder:${reminder.id}`],
    'reminder notification',
  );

  // "Done" on the notification (automation cannot click it: the test build exposes the listener).
  const opened = ext.browser.waitForTarget((t) => t.url().includes(`/dashboard.html#app/${app.id}/outcome`), { timeout: 10000 });
  await ext.worker.evaluate((id) => globalThis.relanceTest.onNotificationButton(`reminder:${id}`, 0), reminder.id);
  const page = await (await opened).asPage();
  await waitForDashboard(page);
  await page.waitForSelector('#f-outcome-kind-no-answer');
  assert.match(await page.$eval('#before-call-heading', (h) => h.closest('section').innerText), /Claire Martin/);

  // No answer: the retry date defaults to 2 working days after today.
  await page.click('#f-outcome-kind-no-answer');
  const expected = await page.evaluate(() => {
    const d = new Date();
    let offset = 0;
    for (let left = 2; left > 0; ) {
      offset++;
      const wd = new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset).getDay();
      if (wd !== 0 && wd !== 6) left--;
    }
    const at = new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset, 9, 0);
    return { at: at.getTime(), value: at.toLocaleDateString('sv') };
  });
  assert.equal(await page.$eval('#f-outcome-nextFollowUpAt', (el) => el.value), expected.value);
  await page.click('::-p-text(Save the outcome)');
  await page.waitForFunction(() => document.querySelector('.page-notice')?.textContent?.startsWith('Outcome saved'), { timeout: 10000 });

  // The retry is stored as a pending follow-up at the reminder time, with its alarm.
  const pending = (await readStore(ext.worker, 'reminders')).filter((r) => r.applicationId === app.id && r.pendingDueAt !== undefined);
  assert.equal(pending.length, 1, JSON.stringify(pending));
  assert.equal(pending[0].kind, 'follow-up');
  assert.equal(pending[0].dueAt, expected.at);
  const alarm = await waitFor(
    async () => (await ext.worker.evaluate(() => chrome.alarms.getAll())).find((a) => a.name === `reminder:${pending[0].id}`),
    'retry alarm',
  );
  assert.equal(alarm.scheduledTime, expected.at);
  const events = (await readStore(ext.worker, 'events')).filter((e) => e.applicationId === app.id);
  assert.deepEqual(
    events.map((e) => e.outcome?.kind),
    ['no-answer'],
  );

  // The timeline shows the call, then the list files the application under "Waiting".
  assert.match(await page.$eval('.timeline', (s) => s.innerText), /Follow-up call: no answer/);
  await page.click('.back a');
  await page.waitForSelector('[role=list]');
  const rows = await listedRows(page);
  assert.deepEqual(
    rows.find((r) => r.company === 'Luciole Labs'),
    { section: 'Waiting', company: 'Luciole Labs', title: 'Senior Frontend Engineer' },
  );
  await page.close();
});

test('export everything, import it in a fresh profile: the dashboard shows the same applications', async () => {
  const page = await openDashboardPage(ext.browser, ext.extensionId, '#');
  const before = await listedRows(page);
  assert.equal(before.length, 2);

  const cdp = await ext.browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
  await page.click('nav a[href="#settings"]');
  await page.waitForSelector('::-p-text(Export everything (JSON))');
  await page.click('::-p-text(Export everything (JSON))');
  const name = await waitFor(async () => (await readdir(downloads)).find((f) => f.endsWith('.json')), 'the exported file');
  exported = join(downloads, name);
  const file = JSON.parse(await readFile(exported, 'utf8'));
  assert.equal(file.format, 'relance-export');
  assert.equal(file.applications.length, 2);
  await page.close();

  fresh = await launchWithExtension();
  const target = await openDashboardPage(fresh.browser, fresh.extensionId, '#settings');
  assert.deepEqual(await listedRows(target), []);
  const input = await target.waitForSelector('#import-file');
  await input.uploadFile(exported);
  await target.waitForFunction(() => /Imported: 2 added/.test(document.querySelector('.data [role=status]')?.textContent ?? ''), {
    timeout: 10000,
  });

  await target.click('nav a[href="#"]');
  await target.waitForSelector('[role=list]');
  assert.deepEqual(await listedRows(target), before);

  // The interviewers came as the applications' contacts: a search by name finds its application.
  await target.type('input[type=search]', 'zoe lam');
  await target.waitForFunction(() => document.querySelectorAll('.row-link').length === 1, { timeout: 10000 });
  assert.deepEqual(
    (await listedRows(target)).map((r) => r.company),
    ['Globex'],
  );

  // The pending follow-ups came back with their alarms.
  const pending = (await readStore(fresh.worker, 'reminders')).filter((r) => r.pendingDueAt !== undefined);
  assert.equal(pending.length, 2);
  await waitFor(async () => {
    const names = (await fresh.worker.evaluate(() => chrome.alarms.getAll())).map((a) => a.name);
    return pending.every((r) => names.includes(`reminder:${r.id}`));
  }, 'alarms of the imported reminders');
});
