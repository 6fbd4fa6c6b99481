// The closing card with the keyboard alone, in Chromium's real side panel: from the application page,
// Tab to "Open the closing card" and Enter (a key press is a user action: the side panel opens), the
// focus on the card; number keys, Space, Tab and the arrow keys tick the items and choose the answer
// heard; Enter on "The interview is over"; the debrief form, pre-filled, the focus on the verdict
// heard; Tab, typing and Enter save it. Every key is counted: the count, not a time, is what the test
// bounds (a time would flake on a shared machine), low enough that the flow fits in a minute. Then an
// "interview soon" click with the side panel already open on another card: the panel shows the
// interview the reminder is about, which the notification invites to open. The shortcut itself
// (Alt+Shift+K) cannot be pressed by automation: closing-card.test.mjs checks its assignment.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { editRows, evalInWorker, extensionPage, launchWithExtension, readStore, waitFor } from './harness.mjs';
import { openDashboardPage, seedDebrief, sendMessage } from './dashboard-pages.mjs';
import { planAt, proposedCall } from './plans.mjs';

/** Keys a keyboard user needs, at most, to open the card, tick, end and save: a few seconds of work each. */
const MAX_PRESSES = 60;

let ext;
let seedPage;
let acme;
let globex;
let dashboard;
let panel;

async function plan(application, over) {
  const reply = await sendMessage(seedPage, 'planInterview', { applicationId: application.id, plan: over });
  assert.ok(reply.ok, JSON.stringify(reply));
  return reply.value.application;
}

const store = (name) => readStore(seedPage, name);
const panelReady = (page) => page.waitForFunction(() => performance.getEntriesByName('relance-panel-ready').length > 0, { timeout: 10000 });
/** The focused element of a page, told apart by what a user would see of it. */
const focused = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return { tag: a?.tagName, id: a?.id ?? '', text: a?.textContent?.trim() ?? '', checked: a?.checked };
  });

/** Every key the user presses, counted. */
const keys = {
  count: 0,
  async press(page, key) {
    this.count++;
    await page.keyboard.press(key);
  },
  async type(page, text) {
    this.count += text.length;
    await page.keyboard.type(text);
  },
  /** Tab until `isThere(focused)`, as a user moving through the page would; fails past `max`. */
  async tabTo(page, isThere, what, max = 20) {
    for (let i = 0; i < max; i++) {
      await this.press(page, 'Tab');
      if (isThere(await focused(page))) return;
    }
    assert.fail(`${what} not reached with ${max} Tab presses`);
  },
};

before(async () => {
  ext = await launchWithExtension();
  seedPage = await extensionPage(ext.browser, ext.extensionId);
  ({ application: acme } = await seedDebrief(seedPage, { company: 'Acme', title: 'Frontend developer' }));
  acme = await plan(acme, { ...planAt(30), channel: 'video', withWhom: 'Léa Roux', role: 'CTO', stage: 'hiring-manager' });
  ({ application: globex } = await seedDebrief(seedPage, { company: 'Globex', title: 'Data engineer' }));
  globex = await plan(globex, { ...planAt(20), channel: 'phone', withWhom: 'Marc Petit', role: 'Head of data', stage: 'team' });
});

after(async () => {
  await ext?.close();
});

test('keyboard only: open the card in the real side panel, tick, choose the answer heard, end the interview, save the debrief', async (t) => {
  dashboard = await openDashboardPage(ext.browser, ext.extensionId, `#app/${encodeURIComponent(acme.id)}`);
  await dashboard.waitForSelector('::-p-text(Open the closing card)');

  // Open: Tab to the button, Enter. A key press is a user action: Chrome opens the side panel.
  await keys.tabTo(dashboard, (f) => f.text === 'Open the closing card', '"Open the closing card"');
  await keys.press(dashboard, 'Enter');
  const target = await ext.browser.waitForTarget((t) => t.url().endsWith('/panel.html'), { timeout: 10000 });
  panel = await target.asPage();
  await panelReady(panel);
  // The side panel, not a tab: it has no tab of its own.
  assert.equal(await panel.evaluate(() => chrome.tabs.getCurrent().then((tab) => tab?.id ?? null)), null);
  // The focus on the card of the active tab's application, never on nothing.
  await panel.waitForFunction(() => document.activeElement?.classList.contains('card-title'), { timeout: 10000 });
  assert.equal((await focused(panel)).text, 'Acme · Frontend developer');

  // Tick: Tab to the first item and Space; the others by their number keys (4: impression asked,
  // 5: call proposed, 6: thanked).
  await keys.press(panel, 'Tab');
  assert.equal((await focused(panel)).id, 'card-enoughInformation');
  await keys.press(panel, ' ');
  for (const key of ['4', '5', '6']) await keys.press(panel, key);
  // The answer heard: Tab to the radios, an arrow key chooses ("undecided", the second).
  await keys.tabTo(panel, (f) => f.id === 'card-heard-convinced', 'the answer heard');
  await keys.press(panel, 'ArrowDown');
  const expected = { ticks: ['enoughInformation', 'askedImpression', 'callProposed', 'thanked'], heard: 'undecided' };
  await waitFor(async () => {
    const [d] = await store('drafts');
    return d && d.ticks.join() === expected.ticks.join() && d.heard === expected.heard;
  }, 'the ticks and the answer heard saved as they were made');

  // End: Tab to "The interview is over", Enter. The debrief form, the focus on the verdict heard.
  await keys.tabTo(panel, (f) => f.text === 'The interview is over', '"The interview is over"');
  await keys.press(panel, 'Enter');
  await panel.waitForSelector('form.debrief');
  await panel.waitForFunction(() => document.activeElement?.id === 'f-verdict-undecided', { timeout: 10000 });
  assert.equal((await focused(panel)).checked, true);

  // Complete: Tab to the weak point the interviewer named (asked for "undecided"), type it; Enter saves.
  await keys.press(panel, 'Tab');
  assert.equal((await focused(panel)).id, 'f-weakPoint');
  await keys.type(panel, 'No Kubernetes');
  await keys.press(panel, 'Enter');
  await panel.waitForSelector('::-p-text(Saved. Follow-up call on)');
  // Saved: the focus on what was saved.
  assert.match((await focused(panel)).text, /^Saved\. Follow-up call on/);

  const interview = (await store('interviews')).find((i) => i.applicationId === acme.id && i.weakPoint === 'No Kubernetes');
  assert.ok(interview, 'the debrief is stored');
  assert.equal(interview.verdict, 'undecided');
  assert.equal(interview.interviewAt, new Date(`${acme.nextInterview.on}T${acme.nextInterview.time}`).getTime());
  assert.deepEqual(interview.synthesis, {
    enoughInformation: true,
    strengthsPutForward: false,
    nextStepPlanned: false,
    askedImpression: true,
  });
  assert.deepEqual(interview.closing, { thanked: true, handshakeEyeContact: false, smiled: false });
  const followUp = (await store('reminders')).find(
    (r) => r.applicationId === acme.id && r.kind === 'follow-up' && r.pendingDueAt !== undefined,
  );
  assert.equal(followUp?.dueAt, proposedCall(acme.nextInterview).getTime(), 'the call on the date proposed on the card');
  assert.deepEqual(await store('drafts'), [], 'the draft became the debrief');

  t.diagnostic(`keys pressed, from the application page to the saved debrief: ${keys.count}`);
  assert.ok(keys.count <= MAX_PRESSES, `${keys.count} keys pressed: more than ${MAX_PRESSES}`);
});

test('"interview soon" clicked, the side panel open on another card: it shows the interview the reminder is about', async () => {
  // The panel open on Acme's card: the active tab is Acme's application page.
  await panel.reload();
  await panelReady(panel);
  await panel.waitForSelector('::-p-text(Acme · Frontend developer)');

  // What the worker shows, recorded (the notifications API lists ids only).
  await evalInWorker(ext.browser, () => {
    const create = chrome.notifications.create.bind(chrome.notifications);
    globalThis.shownForTest = [];
    chrome.notifications.create = (id, options, ...rest) => {
      globalThis.shownForTest.push({ id, ...options });
      return create(id, options, ...rest);
    };
  });
  const soon = (await store('reminders')).find((r) => r.applicationId === globex.id && r.kind === 'interview-soon');
  const when = Date.now() + 1000;
  await editRows(seedPage, [{ store: 'reminders', id: soon.id, change: { dueAt: when, pendingDueAt: when } }]);
  await seedPage.evaluate((name, when) => chrome.alarms.create(name, { when }), `reminder:${soon.id}`, when);
  const id = `interview-card:${soon.id}`;
  const shown = await waitFor(
    async () => (await evalInWorker(ext.browser, () => globalThis.shownForTest)).find((n) => n.id === id),
    'the interview-soon notification',
  );
  // It says whom, when, and to open the closing card.
  assert.equal(
    shown.message.split('\n')[1],
    `Interview with Marc Petit, Head of data at ${globex.nextInterview.time} — open your closing card`,
  );

  // Its click. Chrome counts a notification's click as the user's action; the test build's hook cannot
  // (it runs outside any), so the side panel's opening is let through as it would be, the panel
  // already open: what is tested is which card the worker then has it show.
  const pagesBefore = ext.browser.targets().filter((t) => t.url().includes('/panel.html?app=')).length;
  await evalInWorker(
    ext.browser,
    async (id) => {
      const open = chrome.sidePanel.open;
      chrome.sidePanel.open = async () => {};
      try {
        await globalThis.relanceTest.onNotificationClicked(id);
      } finally {
        chrome.sidePanel.open = open;
      }
    },
    id,
  );
  await panel.waitForSelector('::-p-text(Globex · Data engineer)', { timeout: 10000 });
  assert.equal((await focused(panel)).text, 'Globex · Data engineer', 'the focus on the card shown');
  assert.match(await panel.$eval('.company', (p) => p.textContent), /Marc Petit \(Head of data\).*Phone/);
  assert.equal(
    ext.browser.targets().filter((t) => t.url().includes('/panel.html?app=')).length,
    pagesBefore,
    'no window of its own besides the side panel',
  );
  assert.ok(!Object.keys(await seedPage.evaluate(() => chrome.notifications.getAll())).includes(id), 'the notification is cleared');
});
