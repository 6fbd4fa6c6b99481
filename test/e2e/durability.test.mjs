// Nothing lost when the service worker dies, when the popup closes right after Save, or when the
// extension updates. Every check reads what the user would see or what is stored.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import {
  TEST_BUILD,
  callRows,
  chromePath,
  serviceWorker,
  extensionPage,
  launchWithExtension,
  makeReminderDue,
  openPopup,
  readStore,
  startFixtureServer,
  stopServiceWorker,
  waitFor,
} from './harness.mjs';

/** Fills the minimal debrief (the verdict; the rest keeps its defaults) and presses Save. */
async function saveUndecided(popup) {
  await popup.waitForSelector('#f-verdict-undecided');
  await popup.click('#f-verdict-undecided');
  await popup.click('button[type=submit]');
}

describe('the service worker stopped between every step of the core journey', () => {
  let server;
  let ext;
  let page;
  let admin;
  before(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension();
    admin = await extensionPage(ext.browser, ext.extensionId);
    page = await ext.browser.newPage();
    await page.goto(`${server.origin}/demo-posting.html`);
  });
  after(async () => {
    await ext?.close();
    await server?.close();
  });

  const stop = () => stopServiceWorker(ext.browser, ext.extensionId, { via: admin });
  const tabBadge = () =>
    admin.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1/*' });
      return chrome.action.getBadgeText({ tabId: tab.id });
    });

  test('record, get reminded, mark done: the user sees the same thing as with a live worker', async () => {
    await stop();
    await page.bringToFront();
    let popup = await openPopup(ext.browser, viaPage(admin));
    await stop();
    await saveUndecided(popup);
    await popup.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Saved'), { timeout: 10000 });
    await waitFor(async () => (await tabBadge()) === '7d', 'badge 7d');

    await stop();
    const [reminder] = callRows(await readStore(admin, 'reminders'));
    const alarms = await admin.evaluate(() => chrome.alarms.getAll());
    assert.ok(alarms.some((a) => a.name === `reminder:${reminder.id}` && a.scheduledTime === reminder.dueAt));

    // Make it due, then a short real alarm: it wakes the worker.
    await makeReminderDue(admin, reminder);
    await stop();
    await waitFor(async () => (await admin.evaluate(() => chrome.notifications.getAll()))[`reminder:${reminder.id}`], 'notification');
    await waitFor(async () => (await tabBadge()) === '!', 'badge !');

    // Done from the popup's due list, on another tab, with the worker stopped just before.
    const other = await ext.browser.newPage();
    await other.goto(`${server.origin}/bare.html`);
    await other.bringToFront();
    await stop();
    popup = await openPopup(ext.browser, viaPage(admin));
    await popup.click('::-p-text(Done)');
    await waitFor(async () => callRows(await readStore(admin, 'reminders'))[0].closedBy === 'done', 'reminder done');
    await waitFor(async () => (await tabBadge()) === '✓', 'badge ✓');
    await other.close();

    await stop();
    await page.bringToFront();
    popup = await openPopup(ext.browser, viaPage(admin));
    assert.match(await popup.$eval('body', (b) => b.innerText), /Luciole Labs/);
  });
});

/**
 * Opens the popup from an extension page, not from the worker: the toolbar click it stands for does
 * not wake the worker either.
 */
function viaPage(admin) {
  return { evaluate: (fn, arg) => admin.evaluate(fn, arg) };
}

describe('the dashboard list its worker was stopped before making again', () => {
  let server;
  let ext;
  let admin;
  before(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension();
    admin = await extensionPage(ext.browser, ext.extensionId);
  });
  after(async () => {
    await ext?.close();
    await server?.close();
  });

  /** The kept list's keys (storage/list-cache.ts); `stale` first writes as a change no reader can follow. */
  const derived = (stale) =>
    admin.evaluate(
      (stale) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('relance');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('derived', stale ? 'readwrite' : 'readonly');
            const store = tx.objectStore('derived');
            const got = Object.fromEntries(['revision', 'listRevision', 'changed'].map((k) => [k, store.get(k)]));
            if (stale)
              got.revision.onsuccess = () => {
                store.put((got.revision.result ?? 0) + 1, 'revision');
                store.put('unknown', 'changed');
              };
            tx.oncomplete = () => {
              open.result.close();
              resolve(Object.fromEntries(Object.entries(got).map(([k, r]) => [k, r.result])));
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      stale,
    );
  const made = (d) => d.listRevision === (d.revision ?? 0) && Array.isArray(d.changed) && d.changed.length === 0;

  test('a wide write whose worker stopped before its timer: the next start makes the list again', async () => {
    // The first start makes it (an install has none).
    await waitFor(async () => made(await derived(false)), 'the list made at the first start');
    await stopServiceWorker(ext.browser, ext.extensionId, { via: admin });
    assert.equal(made(await derived(true)), true, 'the list as it was before the write');
    assert.equal(made(await derived(false)), false, 'the write leaves a list no reader can use');
    // Any event wakes the worker: here a message (refused: not one of the protocol's).
    await admin.evaluate(() => chrome.runtime.sendMessage({ type: 'wake' }).catch(() => {}));
    await waitFor(async () => made(await derived(false)), 'the list made again at the worker start');
  });
});

describe('closing the popup right after Save loses nothing', () => {
  let server;
  let ext;
  before(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension();
  });
  after(async () => {
    await ext?.close();
    await server?.close();
  });

  test('the debrief and its alarm are there', async () => {
    const page = await ext.browser.newPage();
    await page.goto(`${server.origin}/demo-posting.html`);
    await page.bringToFront();
    const popup = await openPopup(ext.browser, ext.worker);
    await saveUndecided(popup);
    await popup.close();
    const reminders = await waitFor(async () => {
      const rows = callRows(await readStore(ext.worker, 'reminders'));
      return rows.length === 1 ? rows : null;
    }, 'the reminder stored');
    assert.equal((await readStore(ext.worker, 'applications')).length, 1);
    assert.equal((await readStore(ext.worker, 'interviews')).length, 1);
    await waitFor(
      async () => (await ext.worker.evaluate(() => chrome.alarms.getAll())).some((a) => a.name === `reminder:${reminders[0].id}`),
      'the alarm set',
    );
  });
});

describe('"Saved" only once the worker has replied after its commit', () => {
  let server;
  let ext;
  let admin;
  before(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension();
    // Opened before any popup: a new page takes the focus and would close it.
    admin = await extensionPage(ext.browser, ext.extensionId);
  });
  after(async () => {
    await ext?.close();
    await server?.close();
  });

  /** The popup on the posting, with the worker set to hold its reply to saveDebrief (after the commit). */
  async function saveHeld() {
    const page = await ext.browser.newPage();
    await page.goto(`${server.origin}/demo-posting.html`);
    await page.bringToFront();
    const worker = await ext.serviceWorker();
    await worker.evaluate(() => {
      self.relanceTest.holdReply = (m) =>
        m?.type === 'saveDebrief' ? new Promise((resolve) => Object.assign(self, { releaseReply: resolve })) : undefined;
    });
    const popup = await openPopup(ext.browser, viaPage(admin));
    await saveUndecided(popup);
    // The write is committed and the alarms set (the handler syncs before it replies)…
    const [reminder] = await waitFor(async () => {
      const rows = callRows(await readStore(admin, 'reminders'));
      return rows.length > 0 ? rows : null;
    }, 'the debrief committed');
    await waitFor(
      async () => (await admin.evaluate(() => chrome.alarms.getAll())).some((a) => a.name === `reminder:${reminder.id}`),
      'the alarm set',
    );
    return { page, popup, worker };
  }
  const status = (popup) => popup.$eval('body', (b) => b.innerText);

  test('while the reply is held back the popup does not say Saved; it does once the reply arrives', async () => {
    const { page, popup, worker } = await saveHeld();
    // …and still no "Saved" while the reply is held.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.doesNotMatch(await status(popup), /\bSaved\b/);
    await worker.evaluate(() => self.releaseReply());
    await popup.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Saved'), { timeout: 10000 });
    await popup.close();
    await page.close();
    await ext.worker.evaluate(() => {
      self.relanceTest.holdReply = undefined;
    });
  });

  test('the worker stopped between the commit and its reply: the popup, the data and the alarms agree', async () => {
    // A fresh database: the first test's application would make this one an edit.
    await admin.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('relance');
          open.onsuccess = () => {
            const tx = open.result.transaction(['applications', 'interviews', 'reminders', 'derived'], 'readwrite');
            for (const s of ['applications', 'interviews', 'reminders', 'derived']) tx.objectStore(s).clear();
            tx.oncomplete = () => resolve(open.result.close());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await admin.evaluate(async () => {
      for (const a of await chrome.alarms.getAll()) await chrome.alarms.clear(a.name);
    });
    const { page, popup } = await saveHeld();
    await stopServiceWorker(ext.browser, ext.extensionId, { via: admin });
    // The reply never comes: the popup says the worker did not answer, never "Saved".
    const text = await waitFor(async () => {
      const t = await status(popup);
      return /did not answer/.test(t) ? t : null;
    }, 'the popup told the reply was lost');
    assert.doesNotMatch(text, /\bSaved\b/);
    await popup.close();

    // What was committed is whole, and the alarms are its pending reminders.
    const [apps, interviews, reminders] = await Promise.all(['applications', 'interviews', 'reminders'].map((s) => readStore(admin, s)));
    assert.equal(apps.length, 1);
    assert.equal(interviews.length, 1);
    assert.ok(reminders.length > 0);
    assert.equal(apps[0].nextDueAt, Math.min(...callRows(reminders).map((r) => r.dueAt)));
    const alarms = (await admin.evaluate(() => chrome.alarms.getAll())).filter((a) => a.name.startsWith('reminder:'));
    // Every reminder not notified yet has its alarm (an evening's thank-you already due has fired).
    const ahead = reminders.filter((r) => r.notifiedAt === undefined);
    assert.deepEqual(alarms.map((a) => [a.name, a.scheduledTime]).sort(), ahead.map((r) => [`reminder:${r.id}`, r.dueAt]).sort());
    // Opened again, the popup shows the application as saved.
    await page.bringToFront();
    const again = await openPopup(ext.browser, viaPage(admin));
    await waitFor(async () => /Waiting for an answer/.test(await status(again)), 'the popup shows the saved application');
  });
});

describe('an extension update keeps the data and the reminders', () => {
  let server;
  let browser;
  let dir;
  before(async () => {
    server = await startFixtureServer();
    // Unpacked extensions are identified by their folder: the update replaces the files in place and
    // loads the folder again (CDP Extensions.loadUnpacked, as "Reload" on chrome://extensions does).
    dir = await mkdtemp(join(tmpdir(), 'relance-update-'));
    await cp(TEST_BUILD, dir, { recursive: true });
    browser = await puppeteer.launch({
      executablePath: chromePath(),
      headless: true,
      pipe: true,
      enableExtensions: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--lang=en-US',
      ],
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('reload from a newer build: same data, alarms re-derived', async () => {
    const id = await browser.installExtension(dir);
    const worker = await serviceWorker(browser);
    const page = await browser.newPage();
    await page.goto(`${server.origin}/demo-posting.html`);
    await page.bringToFront();
    const popup = await openPopup(browser, worker);
    await saveUndecided(popup);
    await popup.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Saved'), { timeout: 10000 });
    const admin = await extensionPage(browser, id);
    const snapshot = async () => ({
      applications: await readStore(admin, 'applications'),
      interviews: await readStore(admin, 'interviews'),
      reminders: await readStore(admin, 'reminders'),
    });
    const before = await snapshot();
    assert.equal(callRows(before.reminders).length, 1);

    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    const newVersion = `${manifest.version}.1`;
    await writeFile(manifestPath, JSON.stringify({ ...manifest, version: newVersion }, null, 2));
    assert.equal(await browser.installExtension(dir), id);

    const updated = await extensionPage(browser, id);
    assert.equal(await updated.evaluate(() => chrome.runtime.getManifest().version), newVersion);
    assert.deepEqual(
      await snapshot().catch(async () => {
        // The old page went away with the old version: read through the new one.
        return {
          applications: await readStore(updated, 'applications'),
          interviews: await readStore(updated, 'interviews'),
          reminders: await readStore(updated, 'reminders'),
        };
      }),
      before,
    );
    // Chrome clears alarms on update: they come back from IndexedDB. The call's (the evening's thank-you,
    // set at once for a debrief saved after 18:00, has fired and has no alarm left).
    const [call] = callRows(before.reminders);
    await waitFor(
      async () =>
        (await updated.evaluate(() => chrome.alarms.getAll())).some(
          (a) => a.name === `reminder:${call.id}` && a.scheduledTime === call.dueAt,
        ),
      'alarm re-derived after the update',
    );
  });
});
