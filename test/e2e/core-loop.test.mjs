// The core loop in the real extension: recognise the posting, record a debrief in the real popup,
// check storage, alarm and badge; let a short real alarm fire; press Done; lose every alarm and the
// worker, and get the alarms back from IndexedDB.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { callRows, extensionPage, makeReminderDue, openPopup, readStore, stopServiceWorker, waitFor, withDemoPosting } from './harness.mjs';

const demo = withDemoPosting();

/** The fixture tab's id and badge, seen from the service worker. */
const tabBadge = (worker) =>
  worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1/*' });
    return { text: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
  });

/** The fixture tab's popup page: read, or set (as the worker sets it), from the service worker. */
const tabPopupPage = (worker, popup) =>
  worker.evaluate(async (popup) => {
    const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1/*' });
    if (popup === undefined) return chrome.action.getPopup({ tabId: tab.id });
    await chrome.action.setPopup({ tabId: tab.id, popup });
  }, popup);

test('the popup recognises the posting and records a debrief; storage, alarm and badge follow', async () => {
  const popup = await openPopup(demo.ext.browser, demo.ext.worker);
  assert.equal(await popup.$eval('#f-posting-title', (el) => el.value), 'Senior Frontend Engineer');
  assert.equal(await popup.$eval('#f-posting-company', (el) => el.value), 'Luciole Labs');
  assert.match(await popup.$eval('#f-posting-location', (el) => el.value), /Lyon/);

  // Arrow keys move through the verdicts in the order they are shown: each one below the last.
  const verdicts = await popup.$$eval('#f-verdict input[type=radio]', (all) => all.map((r) => r.id));
  await popup.focus(`#${verdicts[0]}`);
  const seen = [];
  for (let n = 0; n < verdicts.length; n++) {
    seen.push(
      await popup.evaluate(() => {
        // Positions in the page, not the viewport: focusing a radio may scroll it into view.
        const el = document.activeElement;
        const box = el.getBoundingClientRect();
        let scrolled = 0;
        for (let p = el.parentElement; p; p = p.parentElement) scrolled += p.scrollTop;
        return { id: el.id, top: box.top + scrolled, left: box.left };
      }),
    );
    await popup.keyboard.press('ArrowDown');
  }
  assert.deepEqual(
    seen.map((s) => s.id),
    verdicts,
  );
  for (let n = 1; n < seen.length; n++) {
    assert.ok(seen[n].top > seen[n - 1].top, `${seen[n].id} is below ${seen[n - 1].id}: ${JSON.stringify(seen)}`);
    assert.ok(Math.abs(seen[n].left - seen[n - 1].left) < 2, `${seen[n].id} is under ${seen[n - 1].id}: ${JSON.stringify(seen)}`);
  }

  // Keyboard only: the verdict, the weak point and the user's answer to it, the interviewer; the
  // follow-up keeps its default.
  await popup.click('#f-verdict-undecided');
  await popup.type('#f-weakPoint', 'Little experience with design systems');
  await popup.type('#f-weakPointAnswer', 'I have since built one, with Storybook, for a side project.');
  await popup.type('#f-interviewerName', 'Camille Martin');
  const followUpValue = await popup.$eval('#f-followUpAt', (el) => el.value);
  await popup.focus('#f-interviewerName');
  await popup.keyboard.press('Enter');
  await popup.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Saved'), { timeout: 10000 });

  const [app] = await readStore(demo.ext.worker, 'applications');
  assert.equal(app.posting.title, 'Senior Frontend Engineer');
  assert.equal(app.posting.company, 'Luciole Labs');
  assert.equal(app.status, 'waiting');
  assert.equal(app.lastVerdict, 'undecided');
  const [interview] = await readStore(demo.ext.worker, 'interviews');
  assert.equal(interview.weakPoint, 'Little experience with design systems');
  assert.equal(interview.weakPointAnswer, 'I have since built one, with Storybook, for a side project.');
  assert.equal(interview.interviewerName, 'Camille Martin');
  // Never touched, the stage and how it went are stored as not said.
  assert.equal(interview.stage, null);
  assert.equal(interview.feeling, null);
  const reminders = callRows(await readStore(demo.ext.worker, 'reminders'));
  assert.equal(reminders.length, 1);
  const [reminder] = reminders;
  assert.equal(reminder.kind, 'follow-up');

  // Default follow-up: interview day + 7 at 09:00 local, as the browser computes local time.
  const expected = await demo.ext.worker.evaluate((at) => {
    const d = new Date(at);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 7, 9, 0).getTime();
  }, interview.interviewAt);
  assert.equal(reminder.dueAt, expected);
  assert.equal(followUpValue, await demo.ext.worker.evaluate((t) => new Date(t).toLocaleDateString('sv'), expected));

  const alarms = await demo.ext.worker.evaluate(() => chrome.alarms.getAll());
  const alarm = alarms.find((a) => a.name === `reminder:${reminder.id}`);
  assert.ok(alarm, `alarm for the follow-up in ${JSON.stringify(alarms)}`);
  assert.equal(alarm.scheduledTime, expected);

  await waitFor(async () => (await tabBadge(demo.ext.worker)).text === '7d', 'tab badge 7d');
  assert.match((await tabBadge(demo.ext.worker)).title, /Luciole Labs/);
});

test('reopening the popup on the tracked posting shows the application', async () => {
  await demo.page.bringToFront();
  const [app] = await readStore(demo.ext.worker, 'applications');
  const popup = await openPopup(demo.ext.browser, demo.ext.worker);
  // The worker named the application in the tab's popup address as it painted the badge: read at once.
  assert.equal(new URL(popup.url()).searchParams.get('posting'), app.id);
  const text = await popup.$eval('body', (b) => b.innerText);
  assert.match(text, /Waiting/i);
  assert.match(text, /Undecided/i);
  assert.match(text, /in 7 days/);
  assert.match(text, /Camille Martin/);
  await popup.close();
});

test('a popup whose named application no longer holds looks the tab’s address up', async () => {
  await demo.page.bringToFront();
  // A deleted application's id (or any other): the posting at the tab's address is shown all the same.
  await tabPopupPage(demo.ext.worker, 'popup.html?posting=gone');
  const popup = await openPopup(demo.ext.browser, demo.ext.worker);
  assert.equal(new URL(popup.url()).searchParams.get('posting'), 'gone');
  const text = await popup.$eval('body', (b) => b.innerText);
  assert.match(text, /Senior Frontend Engineer/);
  assert.match(text, /Undecided/i);
  await popup.close();
  // The tab's next paint names its application again.
  const [app] = await readStore(demo.ext.worker, 'applications');
  await demo.page.reload({ waitUntil: 'load' });
  await waitFor(
    async () => (await tabPopupPage(demo.ext.worker)).endsWith(`/popup.html?posting=${app.id}`),
    'the tab’s popup names its application',
  );
});

test('a worker whose browser catalog answers nothing takes its words from the packaged catalog', async () => {
  const before = await tabBadge(demo.ext.worker);
  assert.equal(before.text, '7d');
  // As in a process where Chromium's one load of the catalog failed (src/messages/catalog.ts): every
  // message the browser gives is ''. Every message read from the package must be the browser's own.
  const parity = await demo.ext.worker.evaluate(async () => {
    globalThis.relanceTest.loseBrowserCatalog();
    const names = Object.keys(await (await fetch(chrome.runtime.getURL('_locales/en/messages.json'))).json());
    const subs = ['①', '②', '③'];
    const differ = [];
    for (const name of names.flatMap((n) => [n, n.toUpperCase()])) {
      const browser = chrome.i18n.getMessage(name, subs);
      const packaged = await globalThis.relanceTest.words(name, subs);
      if (packaged !== browser) differ.push({ name, browser, packaged });
    }
    return { names: names.length, differ };
  });
  assert.ok(parity.names > 400, `${parity.names} messages compared`);
  assert.deepEqual(parity.differ, []);

  // The tab's badge, wiped, is painted again in words when the page reloads.
  await demo.ext.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1/*' });
    await Promise.all([chrome.action.setBadgeText({ tabId: tab.id, text: '' }), chrome.action.setTitle({ tabId: tab.id, title: '' })]);
  });
  await demo.page.reload();
  await waitFor(async () => (await tabBadge(demo.ext.worker)).text === '7d', 'the tab badge painted again from the packaged catalog');
  assert.equal((await tabBadge(demo.ext.worker)).title, before.title);
});

test('a due reminder notifies and shows "!"; Done clears it', async () => {
  const [reminder] = callRows(await readStore(demo.ext.worker, 'reminders'));
  // Bring the stored reminder due in one second, and let a short real alarm fire for it.
  await makeReminderDue(demo.ext.worker, reminder);

  const notifications = await waitFor(async () => {
    const all = await demo.ext.worker.evaluate(() => chrome.notifications.getAll());
    return all[`reminder:${reminder.id}`] ? all : null;
  }, 'reminder notification');
  assert.ok(notifications[`reminder:${reminder.id}`]);
  await waitFor(async () => (await tabBadge(demo.ext.worker)).text === '!', 'tab badge !');
  assert.equal(await demo.ext.worker.evaluate(() => chrome.action.getBadgeText({})), '1');
  const [notified] = callRows(await readStore(demo.ext.worker, 'reminders'));
  assert.ok(notified.notifiedAt, 'the reminder is marked as notified, so it fires once');

  // From another tab, the popup lists the due follow-up; one click brings the posting's tab back.
  const other = await demo.ext.browser.newPage();
  await other.goto(`${demo.server.origin}/bare.html`);
  await other.bringToFront();
  const activeUrl = () =>
    demo.ext.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url);
  assert.match(await activeUrl(), /bare\.html$/);
  const popup = await openPopup(demo.ext.browser, demo.ext.worker);
  const dueText = await popup.$eval('body', (b) => b.innerText);
  assert.match(dueText, /Follow-ups due/);
  assert.match(dueText, /Luciole Labs: Senior Frontend Engineer/);
  assert.match(dueText, /due today/);
  await popup.click('::-p-text(Luciole Labs: Senior Frontend Engineer)');
  await waitFor(async () => (await activeUrl())?.endsWith('/demo-posting.html'), 'the posting tab is active again');
  await other.close();

  // "Done" on the notification (automation cannot click it: the test build exposes the listener).
  await demo.ext.worker.evaluate((id) => globalThis.relanceTest.onNotificationButton(`reminder:${id}`, 0), reminder.id);
  // Done also opens the application's outcome form in the dashboard, to record what the call gave.
  const dashboard = await demo.ext.browser.waitForTarget((t) => t.url().endsWith(`/dashboard.html#app/${reminder.applicationId}/outcome`), {
    timeout: 10000,
  });
  assert.ok(dashboard);
  await waitFor(async () => (await tabBadge(demo.ext.worker)).text === '✓', 'tab badge cleared to ✓');
  const stored = await readStore(demo.ext.worker, 'reminders');
  // The count is of applications with a reminder due: none left but the evening's thank-you, which a
  // debrief saved after 18:00 (the test's local time) sets at once.
  const thanksDue = stored.some((r) => r.kind === 'thank-you' && r.pendingDueAt !== undefined && r.pendingDueAt <= Date.now());
  assert.equal(await demo.ext.worker.evaluate(() => chrome.action.getBadgeText({})), thanksDue ? '1' : '');
  const [done] = callRows(stored);
  assert.equal(done.closedBy, 'done');
  assert.equal(done.pendingDueAt, undefined);
  const left = await demo.ext.worker.evaluate(() => chrome.notifications.getAll());
  assert.equal(left[`reminder:${reminder.id}`], undefined);
});

test('alarms cleared and the worker stopped: the alarms come back from IndexedDB', async () => {
  // A second interview sets a new follow-up and a promised answer date: two pending reminders.
  await demo.page.bringToFront();
  const popup = await openPopup(demo.ext.browser, demo.ext.worker);
  await popup.click('::-p-text(Record another interview)');
  await popup.waitForSelector('#f-verdict-convinced');
  await popup.click('#f-verdict-convinced');
  const inThreeDays = await popup.evaluate(() => new Date(Date.now() + 3 * 864e5).toLocaleDateString('sv'));
  await popup.$eval(
    '#f-answerBy',
    (el, v) => {
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    inThreeDays,
  );
  await popup.click('button[type=submit]');
  await popup.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Saved'), { timeout: 10000 });

  const pending = (await readStore(demo.ext.worker, 'reminders')).filter((r) => r.pendingDueAt !== undefined);
  assert.deepEqual(
    callRows(pending)
      .map((r) => r.kind)
      .sort(),
    ['answer-due', 'follow-up'],
  );
  // Every pending reminder not notified yet has its alarm, the evening's thank-you among them while ahead.
  const want = pending
    .filter((r) => r.notifiedAt === undefined)
    .map((r) => [`reminder:${r.id}`, r.dueAt])
    .sort();
  const reminderAlarms = async (worker) =>
    (await worker.evaluate(() => chrome.alarms.getAll()))
      .filter((a) => a.name.startsWith('reminder:'))
      .map((a) => [a.name, a.scheduledTime])
      .sort();
  assert.deepEqual(await reminderAlarms(demo.ext.worker), want);
  await waitFor(async () => (await tabBadge(demo.ext.worker)).text === '3d', 'tab badge 3d (the promised answer)');

  await demo.ext.worker.evaluate(() => chrome.alarms.clearAll());
  assert.deepEqual(await reminderAlarms(demo.ext.worker), []);
  await stopServiceWorker(demo.ext.browser, demo.ext.extensionId);

  // Any event wakes the worker; a message from an extension page is the popup's own path.
  const extPage = await extensionPage(demo.ext.browser, demo.ext.extensionId);
  const reply = await extPage.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'completeReminder', data: { reminderId: 'no-such-reminder' } }),
  );
  assert.deepEqual(reply, { ok: false, error: 'errorReminderNotFound' });
  await waitFor(async () => JSON.stringify(await reminderAlarms(extPage)) === JSON.stringify(want), 'alarms re-derived from IndexedDB');
  await extPage.close();
});

test('the worker refuses unknown and malformed messages', async () => {
  const extPage = await extensionPage(demo.ext.browser, demo.ext.extensionId);
  const unknown = await extPage.evaluate(() => chrome.runtime.sendMessage({ type: 'dropDatabase', data: {} }));
  assert.deepEqual(unknown, { ok: false, error: 'errorUnknownMessage' });
  const invalid = await extPage.evaluate(() => chrome.runtime.sendMessage({ type: 'saveDebrief', data: { posting: {} } }));
  assert.equal(invalid.ok, false);
  assert.equal(invalid.error, 'errorInvalidMessage');
  assert.ok(invalid.fields.some((f) => f.field === 'posting.title'));
  await extPage.close();
});
