// Contacts and calendar files in the real extension: a contact added on the application page has
// `tel:` and `mailto:` links carrying its values; the planned interview's "Add to calendar" and the
// popup due list's one download .ics files a real iCalendar parser (ical.js) reads; the due list
// opens a call's script with the interviewer's `tel:` link; a debrief of today's interview leaves the
// evening's thank-you reminder with its alarm.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import ICAL from 'ical.js';
import { extensionPage, launchWithExtension, readStore, waitFor } from './harness.mjs';
import { axeViolations, colorScheme, openDashboardPage, seedDebrief, sendMessage } from './dashboard-pages.mjs';

let ext;
let extPage;
let downloads;
const seen = new Set();

before(async () => {
  ext = await launchWithExtension();
  extPage = await extensionPage(ext.browser, ext.extensionId);
  downloads = await mkdtemp(join(tmpdir(), 'relance-contacts-'));
  const cdp = await ext.browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
});

after(async () => {
  await ext?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

/** The next .ics file saved, parsed by ical.js: its events. */
async function downloadedEvents() {
  const name = await waitFor(async () => (await readdir(downloads)).find((f) => f.endsWith('.ics') && !seen.has(f)), 'an .ics file');
  seen.add(name);
  const text = await readFile(join(downloads, name), 'utf8');
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

test('a contact added on the application page: its tel: and mailto: links carry its phone and address', async () => {
  const { application } = await seedDebrief(extPage, { company: 'Acme', title: 'Frontend developer', interviewerName: 'Claire Martin' });
  const page = await openDashboardPage(ext.browser, ext.extensionId, `#app/${encodeURIComponent(application.id)}`);
  // The debrief's interviewer is already a contact.
  await page.waitForSelector('section.contacts ::-p-text(Claire Martin)');
  await page.click('section.contacts ::-p-text(Add a contact)');
  await page.type('#f-contact-name', 'Anne Roy');
  await page.type('#f-contact-role', 'HR');
  await page.type('#f-contact-phone', '+33 6 12 34 56 78');
  await page.type('#f-contact-email', 'anne.roy+jobs@acme.test');
  await page.type('#f-contact-link', 'https://www.linkedin.com/in/anne-roy');
  await page.click('form.contact-form button[type=submit]');
  const tel = await page.waitForSelector('a[aria-label="Call Anne Roy on +33 6 12 34 56 78"]');
  assert.equal(await tel.evaluate((a) => a.getAttribute('href')), 'tel:+33612345678');
  const mail = await page.$eval('a[aria-label="Write to Anne Roy at anne.roy+jobs@acme.test"]', (a) => a.getAttribute('href'));
  assert.equal(mail, 'mailto:anne.roy%2Bjobs@acme.test');
  assert.equal(decodeURIComponent(new URL(mail).pathname), 'anne.roy+jobs@acme.test');
  // Stored by the worker: the page reloads it as it was saved.
  const [stored] = (await readStore(ext.worker, 'applications')).filter((a) => a.id === application.id);
  assert.deepEqual(
    stored.contacts.map((c) => [c.name, c.phone, c.email]),
    [
      ['Claire Martin', '', ''],
      ['Anne Roy', '+33 6 12 34 56 78', 'anne.roy+jobs@acme.test'],
    ],
  );
  // The form refused (no name, a bad e-mail), in light and dark: no axe violation.
  await page.click('section.contacts ::-p-text(Add a contact)');
  await page.type('#f-contact-email', 'anne@');
  await page.click('form.contact-form button[type=submit]');
  await page.waitForSelector('#f-contact-email[aria-invalid="true"]');
  for (const scheme of ['light', 'dark']) {
    await colorScheme(page, scheme);
    assert.deepEqual(await axeViolations(page), [], scheme);
  }
  await page.close();
});

test("the planned interview's Add to calendar downloads a timed event with its alarm, read by ical.js", async () => {
  const { application } = await seedDebrief(extPage, { company: 'Société Générale, Lyon', title: 'Data « engineer »' });
  const on = await extPage.evaluate(() => {
    const d = new Date();
    const next = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 5);
    return `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}-${String(next.getDate()).padStart(2, '0')}`;
  });
  const plan = { on, time: '14:30', channel: 'video', withWhom: 'Léa Roux', role: 'CTO', stage: 'final' };
  assert.ok((await sendMessage(extPage, 'planInterview', { applicationId: application.id, plan })).ok);
  const page = await openDashboardPage(ext.browser, ext.extensionId, `#app/${encodeURIComponent(application.id)}`);
  await page.locator('button[aria-label="Add to calendar: the planned interview"]').click();
  const [event] = await downloadedEvents();
  assert.equal(event.getFirstPropertyValue('uid'), `interview-${application.id}-1@relance`);
  const start = event.getFirstPropertyValue('dtstart').toJSDate().getTime();
  const expected = await page.evaluate((on) => new Date(`${on}T14:30`).getTime(), on);
  assert.equal(start, expected);
  assert.equal(event.getFirstSubcomponent('valarm').getFirstPropertyValue('trigger').toString(), '-PT10M');
  assert.match(event.getFirstPropertyValue('summary'), /Société Générale, Lyon – Data « engineer »/);
  assert.match(event.getFirstPropertyValue('description'), /Léa Roux, CTO/);
  await page.close();
});

test("the popup due list's Add to calendar downloads that call", async () => {
  const { application } = await seedDebrief(extPage, { company: 'Initrode', title: 'Analyst', interviewDaysAgo: 9, followUpInDays: -1 });
  const [call] = (await readStore(ext.worker, 'reminders')).filter((r) => r.applicationId === application.id && r.kind === 'follow-up');
  const popup = await ext.browser.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?view=due`);
  // The due list renders after its read: wait for the button rather than click what is not there yet.
  await popup.locator('button[aria-label="Add to calendar: Initrode – Analyst"]').click();
  const [event] = await downloadedEvents();
  assert.equal(event.getFirstPropertyValue('uid'), `reminder-${call.id}@relance`);
  assert.equal(event.getFirstPropertyValue('dtstart').toJSDate().getTime(), call.dueAt);
  await popup.close();
});

test("the popup due list's What to say opens that call's script: its words and the interviewer's tel: link", async () => {
  const { application } = await seedDebrief(extPage, {
    company: 'Vandelay Industries',
    title: 'Latex buyer',
    interviewDaysAgo: 8,
    followUpInDays: -1,
    interviewerName: 'Art Vandelay',
    interviewerRole: 'CEO',
    weakPoint: 'No import experience',
  });
  const art = application.contacts.find((c) => c.name === 'Art Vandelay');
  const saved = await sendMessage(extPage, 'saveContact', {
    applicationId: application.id,
    contact: { ...art, phone: '+1 (212) 555-0199', email: 'art@vandelay.test' },
  });
  assert.ok(saved.ok);
  const [call] = (await readStore(ext.worker, 'reminders')).filter((r) => r.applicationId === application.id && r.kind === 'follow-up');
  const popup = await ext.browser.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?view=due`);
  // The item's own button (it is described by the item's title); closed, its script not read yet.
  const toggle = await popup.waitForSelector(`button.disclosure[aria-describedby="due-${call.id}"]`);
  assert.equal(await toggle.evaluate((b) => [b.textContent, b.getAttribute('aria-expanded')].join(' ')), 'What to say false');
  assert.equal(await popup.$('.due-item .call-script'), null);
  await toggle.click();
  // Its chunk loads and the application is read now: the script shows under its item.
  const script = await popup.waitForSelector(`#due-${call.id}-script .call-script`);
  assert.equal(await toggle.evaluate((b) => b.getAttribute('aria-expanded')), 'true');
  const text = await script.evaluate((s) => s.textContent);
  assert.match(text, /Ask for Art Vandelay \(CEO\)/);
  assert.match(text, /about the Latex buyer position\. As agreed, I'm calling about your decision\./);
  assert.match(text, /“No import experience”/);
  const tel = await script.$eval('a[href^="tel:"]', (a) => [a.textContent, a.getAttribute('href')]);
  assert.deepEqual(tel, ['Call Art Vandelay: +1 (212) 555-0199', 'tel:+12125550199']);
  // The profile was never asked in this browser: the script asks it (its own chunk), once; no axe violation there.
  await popup.waitForSelector(`#due-${call.id}-script .call-script form.profile-prompt`);
  assert.equal((await popup.$$('form.profile-prompt')).length, 1);
  for (const scheme of ['light', 'dark']) {
    await colorScheme(popup, scheme);
    assert.deepEqual(await axeViolations(popup), [], scheme);
  }
  // From the keyboard, it closes.
  await toggle.focus();
  await popup.keyboard.press('Enter');
  await popup.waitForSelector(`#due-${call.id}-script .call-script`, { hidden: true });
  assert.equal(await toggle.evaluate((b) => b.getAttribute('aria-expanded')), 'false');
  await popup.close();
});

test("a debrief of today's interview leaves the evening's thank-you reminder, with its alarm while ahead", async () => {
  const { application } = await seedDebrief(extPage, {
    company: 'Hooli',
    title: 'Engineer',
    interviewDaysAgo: 0,
    interviewAt: Date.now() - 60_000,
  });
  const rows = await readStore(ext.worker, 'reminders');
  const thanks = rows.find((r) => r.applicationId === application.id && r.kind === 'thank-you');
  assert.ok(thanks, 'a thank-you reminder');
  const evening = await extPage.evaluate(() => {
    const d = new Date();
    return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 18).getTime();
  });
  assert.ok(thanks.dueAt >= evening || thanks.dueAt >= Date.now() - 120_000);
  // Its page offers the draft, and asks once who the user is: no axe violation there either.
  const page = await openDashboardPage(ext.browser, ext.extensionId, `#app/${encodeURIComponent(application.id)}`);
  await page.waitForSelector('section.email-draft form.profile-prompt');
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
  if (thanks.dueAt > Date.now() + 5000) {
    const alarm = await waitFor(() => ext.worker.evaluate((name) => chrome.alarms.get(name), `reminder:${thanks.id}`), 'its alarm');
    assert.equal(alarm.scheduledTime, thanks.dueAt);
  }
});
