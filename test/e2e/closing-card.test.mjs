// The closing card in Chromium's real side panel, from the planned interview to the debrief: the
// "interview soon" reminder fires through a short real alarm and its click (the test build's hook:
// automation cannot click a notification) opens the card, in the panel or, refused without a user
// action, in a small window of its own; the side panel itself is opened by a trusted click on the
// application page's button and appears as a page target. Items are ticked by keyboard, a worker stop
// in the middle loses none, "The interview is over" gives the debrief pre-filled, saving schedules the
// follow-up and the badge follows; "how did it go?" fires without a debrief and not after one, and its
// click opens the card on its debrief form, pre-filled (the application's page once a debrief was
// recorded). An application whose follow-up call is due has the call script above its card, and a link
// to its outcome form. Axe in light and dark, on the card, with the script, and on its debrief form.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { editRows, evalInWorker, extensionPage, launchWithExtension, readStore, stopServiceWorker, waitFor } from './harness.mjs';
import { axeViolations, colorScheme, openDashboardPage, seedDebrief, sendMessage } from './dashboard-pages.mjs';
import { planAt, proposedCall } from './plans.mjs';

let ext;
let seedPage;
let app;
let plan;
let panel;

// Every read and call goes through an extension page: the worker is stopped on purpose below, and a
// handle on the stopped one would go stale.
const store = (name) => readStore(seedPage, name);
const call = (fn, arg) => seedPage.evaluate(fn, arg);

/** Brings a stored reminder due in a second, with a short real alarm: the worker's alarm path fires it. */
async function dueSoon(reminder) {
  const when = Date.now() + 1000;
  await editRows(seedPage, [{ store: 'reminders', id: reminder.id, change: { dueAt: when, pendingDueAt: when } }]);
  await call(([name, when]) => chrome.alarms.create(name, { when }), [`reminder:${reminder.id}`, when]);
}

/** A click on a notification, through the test build's hook, in the worker running now (it was stopped on purpose). */
const click = (id) => evalInWorker(ext.browser, (id) => globalThis.relanceTest.onNotificationClicked(id), id);
const notificationIds = async () => Object.keys(await call(() => chrome.notifications.getAll()));
const checkedTicks = () => panel.$$eval('.card input[type=checkbox]', (boxes) => boxes.filter((b) => b.checked).map((b) => b.id));

before(async () => {
  ext = await launchWithExtension();
  seedPage = await extensionPage(ext.browser, ext.extensionId);
  // An application whose follow-up call is overdue: the toolbar counts it.
  ({ application: app } = await seedDebrief(seedPage, { company: 'Acme', title: 'Frontend developer', followUpInDays: -1 }));
  plan = { ...planAt(30), channel: 'video', withWhom: 'Léa Roux', role: 'CTO', stage: 'hiring-manager' };
  const reply = await sendMessage(seedPage, 'planInterview', { applicationId: app.id, plan });
  assert.ok(reply.ok, JSON.stringify(reply));
  app = reply.value.application;
});

after(async () => {
  await ext?.close();
});

// Automation cannot press a browser shortcut (a manifest command): its assignment is what is checked;
// the card with the keyboard alone, from the application page, is closing-card-keyboard.test.mjs.
test('Chromium gives the closing card its suggested shortcut', async () => {
  const commands = await call(() => chrome.commands.getAll());
  assert.equal(commands.find((c) => c.name === 'open-closing-card')?.shortcut, 'Alt+Shift+K');
});

test('"interview soon" notifies through its real alarm; its click opens the closing card (side panel, or its own window)', async () => {
  const soon = (await store('reminders')).find((r) => r.kind === 'interview-soon' && r.pendingDueAt !== undefined);
  assert.ok(soon, 'the interview-soon reminder is stored');
  await dueSoon(soon);
  const id = `interview-card:${soon.id}`;
  await waitFor(async () => (await notificationIds()).includes(id), 'the interview-soon notification');
  await ext.worker.evaluate((id) => globalThis.relanceTest.onNotificationClicked(id), id);
  // Without a user action Chrome refuses the side panel: the card opens in its own window, on this application.
  const target = await ext.browser.waitForTarget((t) => /\/panel\.html(\?app=|$)/.test(t.url()), { timeout: 10000 });
  const opened = await target.asPage();
  await opened.waitForFunction(() => performance.getEntriesByName('relance-panel-ready').length > 0, { timeout: 10000 });
  await opened.waitForSelector('::-p-text(Acme · Frontend developer)');
  assert.ok(!(await notificationIds()).includes(id), 'the notification is cleared');
  await opened.close();
});

test('the real side panel, opened by a click on the application page, shows the card; ticks survive a worker stop', async () => {
  const dashboard = await openDashboardPage(ext.browser, ext.extensionId, `#app/${encodeURIComponent(app.id)}`);
  await dashboard.waitForSelector('::-p-text(Open the closing card)');
  await dashboard.click('::-p-text(Open the closing card)');
  const target = await ext.browser.waitForTarget((t) => t.url().endsWith('/panel.html'), { timeout: 10000 });
  panel = await target.asPage();
  await panel.waitForFunction(() => performance.getEntriesByName('relance-panel-ready').length > 0, { timeout: 10000 });
  // The panel shows the active tab's application: the application page's.
  await panel.waitForSelector('::-p-text(Acme · Frontend developer)');
  assert.match(await panel.$eval('.company', (p) => p.textContent), /Léa Roux \(CTO\).*Video call/);
  for (const scheme of ['light', 'dark']) {
    await colorScheme(panel, scheme);
    assert.deepEqual(await axeViolations(panel), [], `axe on the card, ${scheme}`);
  }

  // Keyboard only: the number keys tick (1: enough information, 4: impression asked).
  await panel.focus('body');
  await panel.keyboard.press('1');
  await panel.keyboard.press('4');
  await waitFor(async () => {
    const [draft] = await store('drafts');
    return draft?.ticks.join() === 'enoughInformation,askedImpression';
  }, 'the first two ticks stored');

  // The worker stops mid-interview; the next tick wakes it and nothing is lost.
  await stopServiceWorker(ext.browser, ext.extensionId, { via: dashboard });
  await panel.keyboard.press('5'); // the call proposed
  await panel.keyboard.press('6'); // thanked
  // The answer heard, by keyboard: Tab to the radios, then the arrow keys choose.
  await panel.focus('#card-heard-convinced');
  await panel.keyboard.press('ArrowDown');
  const expected = { ticks: ['enoughInformation', 'askedImpression', 'callProposed', 'thanked'], heard: 'undecided' };
  const draft = await waitFor(async () => {
    const [d] = await store('drafts');
    return d && d.ticks.join() === expected.ticks.join() && d.heard === expected.heard ? d : null;
  }, 'every tick stored after the worker stop');
  assert.equal(draft.applicationId, app.id);

  // Closing and reopening the card loses nothing either.
  await panel.reload();
  await panel.waitForFunction(() => performance.getEntriesByName('relance-panel-ready').length > 0, { timeout: 10000 });
  await panel.waitForSelector('.card');
  assert.deepEqual((await checkedTicks()).sort(), ['card-askedImpression', 'card-callProposed', 'card-enoughInformation', 'card-thanked']);
  await dashboard.close();
});

test('"The interview is over": the debrief pre-filled; saving schedules the follow-up, the badge follows, the draft goes', async () => {
  assert.equal(await call(() => chrome.action.getBadgeText({})), '1', 'the overdue call counted before');
  // Keyboard only: Tab to the button, Enter.
  await panel.focus('body');
  for (let i = 0; i < 40; i++) {
    await panel.keyboard.press('Tab');
    if ((await panel.evaluate(() => document.activeElement?.textContent)) === 'The interview is over') break;
  }
  await panel.keyboard.press('Enter');
  await panel.waitForSelector('form.debrief');
  const values = await panel.evaluate(() => {
    const v = (sel) => document.querySelector(sel)?.value;
    const c = (sel) => document.querySelector(sel)?.checked;
    return {
      interviewAt: v('#f-interviewAt'),
      stage: v('#f-stage'),
      name: v('#f-interviewerName'),
      role: v('#f-interviewerRole'),
      followUp: v('#f-followUpAt'),
      undecided: c('#f-verdict-undecided'),
      synthesis: ['enoughInformation', 'strengthsPutForward', 'nextStepPlanned', 'askedImpression'].map((k) => c(`#f-synthesis-${k}`)),
      closing: ['thanked', 'handshakeEyeContact', 'smiled'].map((k) => c(`#f-closing-${k}`)),
    };
  });
  const callAt = proposedCall(plan);
  const pad = (n) => String(n).padStart(2, '0');
  assert.deepEqual(values, {
    interviewAt: `${plan.on}T${plan.time}`,
    stage: 'hiring-manager',
    name: 'Léa Roux',
    role: 'CTO',
    followUp: `${callAt.getFullYear()}-${pad(callAt.getMonth() + 1)}-${pad(callAt.getDate())}`,
    undecided: true,
    synthesis: [true, false, false, true],
    closing: [true, false, false],
  });
  for (const scheme of ['light', 'dark']) {
    await colorScheme(panel, scheme);
    assert.deepEqual(await axeViolations(panel), [], `axe on the debrief form, ${scheme}`);
  }
  // Keyboard only: Tab to Save, Enter.
  for (let i = 0; i < 80; i++) {
    await panel.keyboard.press('Tab');
    if ((await panel.evaluate(() => document.activeElement?.textContent)) === 'Save') break;
  }
  await panel.keyboard.press('Enter');
  await panel.waitForSelector('::-p-text(Saved. Follow-up call on)');

  const reminders = await store('reminders');
  const followUp = reminders.find((r) => r.kind === 'follow-up' && r.pendingDueAt !== undefined);
  assert.equal(followUp?.dueAt, callAt.getTime(), 'the follow-up call on the date proposed on the card');
  assert.equal(reminders.find((r) => r.kind === 'how-did-it-go')?.closedBy, 'superseded');
  assert.deepEqual(await store('drafts'), [], 'the draft became the debrief');
  const interviews = await store('interviews');
  assert.equal(interviews.length, 2);
  await waitFor(async () => (await call(() => chrome.action.getBadgeText({}))) === '', 'the badge no longer counts it');
  assert.ok(await call((name) => chrome.alarms.get(name), `reminder:${followUp.id}`), 'the follow-up has its alarm');
});

test('"how did it go?" fires when no debrief was recorded, not once one was', async () => {
  // The saved application: its "how did it go?" was superseded; even a stray alarm for it shows nothing.
  const stale = (await store('reminders')).find((r) => r.kind === 'how-did-it-go');
  await call((name) => chrome.alarms.create(name, { when: Date.now() + 1000 }), `reminder:${stale.id}`);
  // Another application, its interview planned and no debrief: its "how did it go?" fires.
  const { application: other } = await seedDebrief(seedPage, { company: 'Globex', title: 'Data engineer' });
  const reply = await sendMessage(seedPage, 'planInterview', {
    applicationId: other.id,
    plan: { ...planAt(10), channel: 'phone', withWhom: '', role: '', stage: null },
  });
  assert.ok(reply.ok);
  const after = (await store('reminders')).find(
    (r) => r.applicationId === other.id && r.kind === 'how-did-it-go' && r.pendingDueAt !== undefined,
  );
  await dueSoon(after);
  await waitFor(async () => (await notificationIds()).includes(`interview-debrief:${after.id}`), 'the how-did-it-go notification');
  const ids = await notificationIds();
  assert.ok(!ids.some((id) => id.endsWith(stale.id)), 'none for the application whose debrief was recorded');

  // Its click (the test build's hook) opens the closing card on its debrief form, pre-filled from the
  // plan and the ticks made during the interview; refused the side panel without a user action, in
  // its own window.
  const draft = await sendMessage(seedPage, 'saveCardDraft', {
    applicationId: other.id,
    ticks: ['askedImpression', 'thanked'],
    heard: 'convinced',
  });
  assert.ok(draft.ok, JSON.stringify(draft));
  const id = `interview-debrief:${after.id}`;
  await click(id);
  const target = await ext.browser.waitForTarget((t) => t.url().endsWith(`/panel.html?app=${encodeURIComponent(other.id)}&debrief=1`), {
    timeout: 10000,
  });
  const card = await target.asPage();
  await card.waitForFunction(() => performance.getEntriesByName('relance-panel-ready').length > 0, { timeout: 10000 });
  await card.waitForSelector('form.debrief');
  await card.waitForSelector('::-p-text(Globex · Data engineer)');
  const values = await card.evaluate(() => {
    const v = (sel) => document.querySelector(sel)?.value;
    const c = (sel) => document.querySelector(sel)?.checked;
    return {
      interviewAt: v('#f-interviewAt'),
      convinced: c('#f-verdict-convinced'),
      synthesis: ['enoughInformation', 'askedImpression'].map((k) => c(`#f-synthesis-${k}`)),
      thanked: c('#f-closing-thanked'),
    };
  });
  const planned = (await store('applications')).find((a) => a.id === other.id).nextInterview;
  assert.deepEqual(values, { interviewAt: `${planned.on}T${planned.time}`, convinced: true, synthesis: [false, true], thanked: true });
  assert.ok(!(await notificationIds()).includes(id), 'the notification is cleared');
  await card.close();

  // Once a debrief was recorded (the reminder no longer pending), the click opens the application's page.
  const pages = (await ext.browser.pages()).length;
  await click(`interview-debrief:${stale.id}`);
  const page = await ext.browser.waitForTarget((t) => t.url().endsWith(`/dashboard.html#app/${encodeURIComponent(app.id)}`), {
    timeout: 10000,
  });
  await (await page.asPage()).close();
  assert.equal((await ext.browser.pages()).length, pages, 'no card opened besides');
});

test('an application whose follow-up call is due: the panel shows the call script above the card, and the way to the outcome form', async () => {
  const { application: due } = await seedDebrief(seedPage, { company: 'Initech', title: 'Backend developer', followUpInDays: -2 });
  const card = await ext.browser.newPage();
  await card.goto(`chrome-extension://${ext.extensionId}/panel.html?app=${encodeURIComponent(due.id)}`);
  await card.waitForFunction(() => performance.getEntriesByName('relance-panel-ready').length > 0, { timeout: 10000 });
  await card.waitForSelector('::-p-text(Initech · Backend developer)');
  // The script's chunk loads when shown.
  const script = await card.waitForSelector('.call-script');
  assert.match(await script.evaluate((s) => s.textContent), /Ask for Claire Martin/);
  assert.ok(await card.$('.call-due + .card'), 'the card below it');
  for (const scheme of ['light', 'dark']) {
    await colorScheme(card, scheme);
    assert.deepEqual(await axeViolations(card), [], `axe on the script above the card, ${scheme}`);
  }
  await card.click("::-p-text(Record the call's outcome)");
  const outcome = await ext.browser.waitForTarget((t) => t.url().endsWith(`/dashboard.html#app/${encodeURIComponent(due.id)}/outcome`), {
    timeout: 10000,
  });
  const page = await outcome.asPage();
  await page.waitForSelector("::-p-text(The follow-up call's outcome)");
  await page.close();
  await card.close();
});
