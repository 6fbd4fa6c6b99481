// Firefox smoke test: the Firefox test build in Debian's firefox-esr. The background script starts
// (Firefox runs it as an event page from `background.scripts`), an extension page sends a debrief
// to it through the real router, and the debrief lands in IndexedDB with its reminder and alarm; the
// closing card's page (the sidebar's) loads, stores its ticks through the worker and saves the debrief.
// See firefox-harness.mjs for why the background is reached over RDP rather than BiDi.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { evaluateIn, findAddon, firefoxPath, launchFirefoxWithExtension, watchExtensionFrames } from './firefox-harness.mjs';
import { callRows, startFixtureServer, TEST_BUILD_ROOT, waitFor } from './harness.mjs';

const FIREFOX_BUILD = join(TEST_BUILD_ROOT, 'firefox');
const missing = !firefoxPath();
if (missing && process.env.CI) {
  throw new Error('CI is set but no Firefox was found: `apt-get install -y firefox-esr` (.ci/run does), or set FIREFOX_PATH.');
}
const skip = missing ? 'firefox-esr is not installed (apt-get install -y firefox-esr, or set FIREFOX_PATH); skipped outside CI' : false;

/** A debrief as the popup sends it (DebriefInput); each test sets its dates. */
const DEBRIEF = {
  stage: 'hiring-manager',
  interviewerName: 'Camille Martin',
  interviewerRole: 'Engineering manager',
  synthesis: { enoughInformation: true, strengthsPutForward: true, nextStepPlanned: false, askedImpression: true },
  verdict: 'undecided',
  nextSteps: [],
  weakPoint: 'Peu de design systems',
  rejectionReason: '',
  answerBy: null,
  closing: { thanked: true, handshakeEyeContact: true, smiled: true },
  feeling: 'mixed',
  recoveryContacts: '',
  recoveryTopics: '',
  notes: '',
};

let ff;
let frames;
let addon;

/** The open extension document whose URL ends with `suffix`, once it is there. */
const frame = (suffix) => waitFor(() => frames.frames().find((f) => f.url.endsWith(suffix)), `extension document …${suffix}`);

before(async () => {
  if (skip) return;
  assert.ok(existsSync(join(FIREFOX_BUILD, 'manifest.json')), `no Firefox test build in ${FIREFOX_BUILD}: run \`node build.mjs --test\``);
  ff = await launchFirefoxWithExtension(FIREFOX_BUILD);
  addon = await waitFor(() => findAddon(ff.rdp, ff.addonId), `add-on ${ff.addonId} listed`);
  frames = await watchExtensionFrames(ff.rdp, addon);
});

after(async () => {
  await ff?.close();
});

test('the background script starts and re-derives its alarms from IndexedDB', { skip }, async () => {
  assert.equal(ff.addonId, 'relance@relance.invalid');
  await waitFor(async () => (await findAddon(ff.rdp, ff.addonId)).backgroundScriptStatus === 'RUNNING', 'background script running');
  const background = await frame('/_generated_background_page.html');
  // The start-up sync opened the database and scheduled the day-change alarm.
  const alarms = await waitFor(async () => {
    const names = await evaluateIn(ff.rdp, background, () => browser.alarms.getAll().then((all) => all.map((a) => a.name)));
    return names.includes('badge-midnight') && names;
  }, 'the midnight alarm');
  assert.deepEqual(alarms, ['badge-midnight']);
  const manifest = await evaluateIn(ff.rdp, background, () => browser.runtime.getManifest());
  assert.match(manifest.background.scripts[0], /\/background\.js$/);
});

test('a debrief sent from an extension page lands in IndexedDB, with its reminder and alarm', { skip }, async () => {
  const background = await frame('/_generated_background_page.html');
  // The extension opens its own page (automation cannot navigate to moz-extension://); the due view
  // reads no tab, so it renders without one.
  await evaluateIn(ff.rdp, background, () => browser.tabs.create({ url: browser.runtime.getURL('popup.html?view=due') }).then(() => null));
  const page = await frame('/popup.html?view=due');
  await waitFor(
    () => evaluateIn(ff.rdp, page, () => performance.getEntriesByName('relance-popup-ready').length > 0),
    'popup page rendered',
  );

  const followUpAt = Date.now() + 7 * 86400_000;
  const request = {
    posting: { title: 'Développeuse front-end', company: 'Luciole Labs', location: 'Lyon', url: 'https://jobs.example.test/offres/42' },
    jobKey: 'https://jobs.example.test/offres/42',
    pageUrl: 'https://jobs.example.test/offres/42',
    debrief: { ...DEBRIEF, interviewAt: Date.now() - 3600_000, followUpAt },
  };
  // The message the popup's send('saveDebrief') sends: the real router validates it and checks the sender.
  const reply = await evaluateIn(ff.rdp, page, (data) => browser.runtime.sendMessage({ type: 'saveDebrief', data }), request);
  assert.equal(reply?.ok, true, `saveDebrief reply: ${JSON.stringify(reply)}`);

  const stored = await evaluateIn(ff.rdp, background, () => {
    const all = (db, store) =>
      new Promise((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    return new Promise((resolve, reject) => {
      const open = indexedDB.open('relance');
      open.onerror = () => reject(open.error);
      open.onsuccess = async () => {
        const db = open.result;
        const [applications, interviews, reminders] = await Promise.all(['applications', 'interviews', 'reminders'].map((s) => all(db, s)));
        const alarms = (await browser.alarms.getAll()).map((a) => ({ name: a.name, scheduledTime: a.scheduledTime }));
        db.close();
        resolve({ applications, interviews, reminders, alarms });
      };
    });
  });
  assert.equal(stored.applications.length, 1);
  const [app] = stored.applications;
  assert.equal(app.posting.company, 'Luciole Labs');
  assert.equal(app.status, 'waiting');
  assert.equal(app.lastVerdict, 'undecided');
  assert.equal(stored.interviews.length, 1);
  assert.equal(stored.interviews[0].weakPoint, 'Peu de design systems');
  assert.equal(stored.interviews[0].applicationId, app.id);
  const [reminder] = callRows(stored.reminders);
  assert.equal(reminder?.kind, 'follow-up');
  assert.equal(reminder.dueAt, followUpAt);
  assert.deepEqual(
    stored.alarms.find((a) => a.name === `reminder:${reminder.id}`),
    { name: `reminder:${reminder.id}`, scheduledTime: followUpAt },
    `alarms: ${JSON.stringify(stored.alarms)}`,
  );
});

test('a tracked posting’s tab gets the popup page naming its application', { skip }, async () => {
  const background = await frame('/_generated_background_page.html');
  const page = await frame('/popup.html?view=due');
  // Nothing listens on this port: the tab shows an error page but keeps the posting's address.
  const url = 'http://127.0.0.1:9/offres/7';
  const request = {
    posting: { title: 'Intégrateur', company: 'Luciole Labs', location: 'Lyon', url },
    jobKey: url,
    pageUrl: url,
    debrief: { ...DEBRIEF, interviewAt: Date.now() - 3600_000, followUpAt: Date.now() + 7 * 86400_000 },
  };
  const reply = await evaluateIn(ff.rdp, page, (data) => browser.runtime.sendMessage({ type: 'saveDebrief', data }), request);
  assert.equal(reply?.ok, true, `saveDebrief reply: ${JSON.stringify(reply)}`);
  const id = reply.value.application.id;
  const tabId = await evaluateIn(ff.rdp, background, (url) => browser.tabs.create({ url, active: false }).then((t) => t.id), url);
  const popup = await waitFor(
    () =>
      evaluateIn(ff.rdp, background, (tabId) => browser.action.getPopup({ tabId }), tabId).then((p) =>
        p.endsWith(`/popup.html?posting=${id}`) ? p : null,
      ),
    'the tab’s popup page names the application',
  );
  assert.match(popup, /^moz-extension:\/\//);
  await evaluateIn(ff.rdp, background, (tabId) => browser.tabs.remove(tabId), tabId);
});

test('the extractor injected into a posting’s tab gives the posting as the injection’s result', { skip }, async () => {
  // The popup reads the page in one call (src/popup/read-page.ts): extract.js's last statement is its value.
  const server = await startFixtureServer();
  try {
    const background = await frame('/_generated_background_page.html');
    const url = `${server.origin}/demo-posting.html`;
    const tabId = await evaluateIn(ff.rdp, background, (url) => browser.tabs.create({ url, active: false }).then((t) => t.id), url);
    await waitFor(
      () => evaluateIn(ff.rdp, background, (tabId) => browser.tabs.get(tabId).then((t) => t.status === 'complete'), tabId),
      'the posting loaded',
    );
    const results = await evaluateIn(
      ff.rdp,
      background,
      (tabId) => browser.scripting.executeScript({ target: { tabId }, files: ['extract.js'] }),
      tabId,
    );
    assert.equal(results?.[0]?.result?.title, 'Senior Frontend Engineer', JSON.stringify(results));
    assert.equal(results[0].result.company, 'Luciole Labs');
    await evaluateIn(ff.rdp, background, (tabId) => browser.tabs.remove(tabId), tabId);
  } finally {
    await server.close();
  }
});

test('a reminder fires as a notification without buttons (Firefox refuses them)', { skip }, async () => {
  const page = await frame('/popup.html?view=due');
  const background = await frame('/_generated_background_page.html');
  // Firefox lists onButtonClicked yet rejects `buttons` and `requireInteraction`: notifications.ts
  // must fall back to a plain notification rather than show nothing.
  const refused = await evaluateIn(ff.rdp, background, async () => {
    try {
      await browser.notifications.create('probe', { type: 'basic', title: 't', message: 'm', buttons: [{ title: 'b' }] });
      return false;
    } catch {
      return true; // Firefox throws at once: a schema type error
    }
  });
  assert.equal(refused, true, 'this Firefox accepts notification buttons: notifications.ts could offer Done and Snooze here');

  // Headless Firefox has nowhere to show a notification: one that was created closes at once
  // (getAll() stays empty), so onClosed is the trace that it was created.
  await evaluateIn(ff.rdp, background, () => {
    globalThis.smokeClosedNotifications = [];
    browser.notifications.onClosed.addListener((id) => globalThis.smokeClosedNotifications.push(id));
  });
  const now = Date.now();
  const data = {
    posting: { title: 'Product designer', company: 'Brume', location: '', url: 'https://jobs.example.test/offres/43' },
    jobKey: 'https://jobs.example.test/offres/43',
    pageUrl: null,
    debrief: { ...DEBRIEF, interviewAt: now - 3600_000, followUpAt: now + 1500 },
  };
  const reply = await evaluateIn(ff.rdp, page, (d) => browser.runtime.sendMessage({ type: 'saveDebrief', data: d }), data);
  assert.equal(reply?.ok, true, `saveDebrief reply: ${JSON.stringify(reply)}`);
  // Without buttons the notification gets the id that makes a click open the dashboard (notifications.ts).
  const id = `reminder-open:${reply.value.reminders[0].id}`;
  // A real alarm fires and the reminder's notification is created.
  await waitFor(
    async () => (await evaluateIn(ff.rdp, background, () => globalThis.smokeClosedNotifications)).includes(id),
    `notification ${id} created`,
    15000,
  );
});

test("the closing card, Firefox's sidebar page: it loads, ticks through the worker, and saves the debrief", { skip }, async () => {
  const page = await frame('/popup.html?view=due');
  const background = await frame('/_generated_background_page.html');
  // The manifest gives Firefox the sidebar (and no side panel); the sidebar itself opens only from
  // the user's own action (sidebarAction.open in a click), which automation cannot give: the same
  // page is opened as a tab by the extension, as the reminder's window would show it.
  assert.equal(
    await evaluateIn(ff.rdp, background, () => browser.sidebarAction.getPanel({})),
    `moz-extension://${new URL(page.url).host}/panel.html`,
  );
  const now = new Date(Date.now() + 20 * 60_000);
  const pad = (n) => String(n).padStart(2, '0');
  const plan = {
    on: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
    time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
    channel: 'phone',
    withWhom: 'Camille Martin',
    role: '',
    stage: 'final',
  };
  const tracked = await evaluateIn(
    ff.rdp,
    page,
    (plan) =>
      browser.runtime.sendMessage({
        type: 'trackInterview',
        data: {
          posting: { title: 'Ingénieure QA', company: 'Sillon', location: '', url: 'https://jobs.example.test/offres/44' },
          jobKey: 'https://jobs.example.test/offres/44',
          pageUrl: null,
          plan,
        },
      }),
    plan,
  );
  assert.equal(tracked?.ok, true, JSON.stringify(tracked));
  const appId = tracked.value.application.id;
  await evaluateIn(
    ff.rdp,
    background,
    (id) => browser.tabs.create({ url: browser.runtime.getURL(`panel.html?app=${id}`) }).then(() => null),
    appId,
  );
  const panel = await frame(`/panel.html?app=${appId}`);
  await waitFor(() => evaluateIn(ff.rdp, panel, () => document.querySelector('.card h3') !== null), 'the card rendered');
  // On the phone: thank and smile in the voice, no handshake.
  const items = await evaluateIn(ff.rdp, panel, () => [...document.querySelectorAll('.card input[type=checkbox]')].map((b) => b.id));
  assert.deepEqual(items.slice(-2), ['card-thanked', 'card-smiled']);
  await evaluateIn(ff.rdp, panel, () => {
    document.getElementById('card-askedImpression').click();
    document.getElementById('card-heard-undecided').click();
  });
  const readDrafts = () =>
    evaluateIn(
      ff.rdp,
      background,
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('relance');
          open.onsuccess = () => {
            const req = open.result.transaction('drafts').objectStore('drafts').getAll();
            req.onsuccess = () => {
              open.result.close();
              resolve(req.result);
            };
          };
        }),
    );
  await waitFor(async () => {
    const [d] = await readDrafts();
    return d?.ticks.join() === 'askedImpression' && d.heard === 'undecided';
  }, 'the ticks stored through the worker');
  await evaluateIn(ff.rdp, panel, () =>
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'The interview is over').click(),
  );
  await waitFor(() => evaluateIn(ff.rdp, panel, () => document.querySelector('form.debrief') !== null), 'the debrief form');
  const filled = await evaluateIn(ff.rdp, panel, () => ({
    name: document.getElementById('f-interviewerName').value,
    undecided: document.getElementById('f-verdict-undecided').checked,
    asked: document.getElementById('f-synthesis-askedImpression').checked,
  }));
  assert.deepEqual(filled, { name: 'Camille Martin', undecided: true, asked: true });
  await evaluateIn(ff.rdp, panel, () => document.querySelector('form.debrief').requestSubmit());
  await waitFor(() => evaluateIn(ff.rdp, panel, () => document.body.textContent.includes('Saved. Follow-up call on')), 'saved');
  assert.deepEqual(await readDrafts(), []);
});
