// The call kit in the real extension. The week strip shows a call on its day. Calendar files: "Add to calendar" on an application's pending call downloads an
// .ics file (a Blob URL and <a download>: no downloads permission), which ical.js parses; once
// the call is done, "Export upcoming dates (.ics)" in the settings carries it again, cancelled.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import ICAL from 'ical.js';
import { editRows, evalInWorker, extensionPage, launchWithExtension, readStore, waitFor } from './harness.mjs';
import { openDashboardPage, seedDebrief, sendMessage } from './dashboard-pages.mjs';

let ext;
let extPage;
let downloads;

before(async () => {
  ext = await launchWithExtension();
  extPage = await extensionPage(ext.browser, ext.extensionId);
  downloads = await mkdtemp(join(tmpdir(), 'relance-ics-'));
  const cdp = await ext.browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
});

after(async () => {
  await ext?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

/**
 * The events of an .ics file: its lines checked strictly (CRLF, at most 75 octets: what ical.js
 * forgives), then read by a real iCalendar parser (ical.js).
 */
function parseIcs(text) {
  assert.ok(text.endsWith('\r\n'));
  for (const line of text.slice(0, -2).split('\r\n')) {
    assert.ok(!/[\r\n]/.test(line));
    assert.ok(Buffer.byteLength(line) <= 75, line);
  }
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => ({
    uid: e.getFirstPropertyValue('uid'),
    sequence: e.getFirstPropertyValue('sequence'),
    status: e.getFirstPropertyValue('status'),
    start: e.getFirstPropertyValue('dtstart').toJSDate().getTime(),
    summary: e.getFirstPropertyValue('summary'),
    alarm: e.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString() ?? null,
  }));
}

async function downloaded(suffix, seen) {
  const name = await waitFor(async () => (await readdir(downloads)).find((f) => f.endsWith(suffix) && !seen.has(f)), `the ${suffix} file`);
  seen.add(name);
  return readFile(join(downloads, name), 'utf8');
}

test('Add to calendar downloads the call; once it is done, the export of upcoming dates cancels it', async () => {
  const company = 'Société Générale, Lyon';
  const { application } = await seedDebrief(extPage, {
    company,
    title: 'Développeur « full-stack »; senior, équipe plateforme et outillage',
  });
  const [reminder] = (await readStore(ext.worker, 'reminders')).filter((r) => r.applicationId === application.id);
  const seen = new Set();

  const page = await openDashboardPage(ext.browser, ext.extensionId, `#app/${application.id}`);
  await page.click('.timeline ::-p-text(Add to calendar)');
  const [call] = parseIcs(await downloaded('.ics', seen));
  assert.equal(call.uid, `reminder-${reminder.id}@relance`);
  assert.equal(call.sequence, 0);
  assert.equal(call.status, 'CONFIRMED');
  assert.equal(call.start, reminder.dueAt);
  assert.match(call.summary, /Société Générale, Lyon/);
  assert.match(call.summary, /« full-stack »; senior/);
  assert.equal(call.alarm, '-PT10M');

  const done = await sendMessage(extPage, 'completeReminder', { reminderId: reminder.id });
  assert.ok(done.ok);
  await page.goto(`chrome-extension://${ext.extensionId}/dashboard.html#settings`);
  await page.locator('::-p-text(Export upcoming dates (.ics))').click();
  const events = parseIcs(await downloaded('.ics', seen));
  const cancelled = events.find((e) => e.uid === call.uid);
  assert.deepEqual(cancelled, { ...call, sequence: 1, status: 'CANCELLED', alarm: null });
  await page.close();
});

test('the week strip shows a call on its day, linked to its application', async () => {
  const { application } = await seedDebrief(extPage, { company: 'Initech', title: 'Designer', followUpInDays: 2 });
  const page = await openDashboardPage(ext.browser, ext.extensionId, '#');
  const days = await page.$$eval('.week .week-day', (lis) =>
    lis.map((li) => ({
      date: li.querySelector('.week-date').textContent,
      links: [...li.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]),
    })),
  );
  assert.equal(days.length, 7);
  const expected = await page.evaluate(() => {
    const d = new Date();
    return new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric' }).format(
      new Date(d.getFullYear(), d.getMonth(), d.getDate() + 2),
    );
  });
  assert.equal(days[2].date, expected);
  assert.deepEqual(days[2].links, [['Follow-up call: Initech', `#app/${encodeURIComponent(application.id)}`]]);
  await page.click('.week ::-p-text(Follow-up call: Initech)');
  await page.waitForSelector('#app-heading');
  assert.equal(await page.$eval('#app-heading', (h) => h.textContent), 'Designer');
  await page.close();
});

test('within a day of the interview, the thank-you e-mail opens the mail app to the interviewer, with its subject and body encoded', async () => {
  const { application } = await seedDebrief(extPage, {
    company: 'Hooli',
    title: 'R&D engineer, 100% remote',
    interviewAt: Date.now() - 3600_000,
    interviewerName: 'Zoé Lambert',
    notes: 'Their #1 project: search',
  });
  // The interviewer is a contact (the debrief made her one); her e-mail given, the draft goes to her.
  const zoe = application.contacts.find((c) => c.name === 'Zoé Lambert');
  const saved = await sendMessage(extPage, 'saveContact', {
    applicationId: application.id,
    contact: { ...zoe, email: 'zoe.lambert+rh@hooli.test' },
  });
  assert.ok(saved.ok);
  const page = await openDashboardPage(ext.browser, ext.extensionId, `#app/${encodeURIComponent(application.id)}`);
  const href = await page.$eval('section.email-draft a[href^="mailto:"]', (a) => a.getAttribute('href'));
  const url = new URL(href);
  assert.equal(url.pathname, 'zoe.lambert%2Brh@hooli.test');
  assert.equal(decodeURIComponent(url.pathname), 'zoe.lambert+rh@hooli.test');
  assert.equal(url.searchParams.get('subject'), 'Thank you – R&D engineer, 100% remote interview');
  const body = decodeURIComponent(href.slice(href.indexOf('&body=') + 6));
  assert.match(body, /^Hello Zoé Lambert,\r\n\r\nThank you for our conversation on .* about the R&D engineer, 100% remote position\./);
  assert.match(body, /this point: Their #1 project: search\r\n/);
  assert.ok(href.length <= 2000);
  await page.close();
});

test("the evening's thank-you reminder: its click opens the application page on the draft, focused and in view", async () => {
  // The profile given once: the draft signs with it and asks nothing more.
  assert.ok((await sendMessage(extPage, 'saveProfile', { profile: { name: 'Lou Martin', phone: '', email: '' } })).ok);
  const { application } = await seedDebrief(extPage, {
    company: 'Vandelay',
    title: 'Importer',
    interviewAt: Date.now() - 60_000,
    interviewerName: 'Art Vandelay',
  });
  const thanks = (await readStore(extPage, 'reminders')).find((r) => r.applicationId === application.id && r.kind === 'thank-you');
  assert.ok(thanks, 'the thank-you reminder is stored');
  // Brought due in a second, with a short real alarm: the worker's alarm path shows it.
  const when = Date.now() + 1000;
  await editRows(extPage, [{ store: 'reminders', id: thanks.id, change: { dueAt: when, pendingDueAt: when } }]);
  await extPage.evaluate((name, when) => chrome.alarms.create(name, { when }), `reminder:${thanks.id}`, when);
  const id = `reminder-open:${thanks.id}`;
  await waitFor(async () => id in (await extPage.evaluate(() => chrome.notifications.getAll())), 'the thank-you notification');
  // Its click, through the test build's hook (automation cannot click a notification).
  await evalInWorker(ext.browser, (id) => globalThis.relanceTest.onNotificationClicked(id), id);
  const target = await ext.browser.waitForTarget(
    (t) => t.url().endsWith(`/dashboard.html#app/${encodeURIComponent(application.id)}/thank-you`),
    { timeout: 10000 },
  );
  const page = await target.asPage();
  await page.waitForSelector('#draft-thanks-heading');
  const focus = await page.waitForFunction(
    () => {
      const heading = document.getElementById('draft-thanks-heading');
      const mail = document.querySelector('section.email-draft a[href^="mailto:"]');
      // The heading on top, the draft below it, its mail link in view too.
      const inView = [heading, mail].every(
        (el) => el && el.getBoundingClientRect().top > -1 && el.getBoundingClientRect().bottom <= innerHeight,
      );
      return document.activeElement === heading && inView && heading.textContent;
    },
    { timeout: 10000 },
  );
  assert.equal(await focus.jsonValue(), 'Thank-you e-mail');
  // The mail link is at hand: the draft's own, to Art Vandelay's thank-you.
  const href = await page.$eval('section.email-draft a[href^="mailto:"]', (a) => a.getAttribute('href'));
  assert.equal(new URL(href).searchParams.get('subject'), 'Thank you – Importer interview');
  await page.close();
});
