// The measures. Every time is taken inside the browser (performance.now / timeOrigin of the pages
// involved), never as a round trip from Node, so the automation's own latency stays out of them.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LISTING_100, LISTING_NONE, VIEW_A, VIEW_B } from './browsers.mjs';
import { staticCopy } from './static-copy.mjs';
import { markedAt, popupTimes } from './popup-times.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * The tab's popup page as the worker set it (core/tab-popup.ts: on a tracked posting,
 * `popup.html?posting=<id>`), and a way to set it: a tab's own popup page wins over the one set for
 * every tab, so the floor is set on the tab too, and the worker's page put back after.
 */
async function tabPopup(admin, tab) {
  const url = tab.url();
  const { tabId, own } = await admin.evaluate(async (url) => {
    const [t] = await chrome.tabs.query({ url });
    const page = new URL(await chrome.action.getPopup({ tabId: t.id }));
    return { tabId: t.id, own: page.pathname.slice(1) + page.search };
  }, url);
  const set = (popup) => admin.evaluate((tabId, popup) => chrome.action.setPopup({ tabId, popup }), tabId, popup);
  return { tabId, own, set };
}

/**
 * Popup ready: from chrome.action.openPopup() (what a click on the toolbar icon does) on a posting's
 * tab, until its view is seen (popup-times.mjs: the latest of its `relance-popup-ready` mark, its first
 * contentful paint and the paint of its view's heading, the application's title or the debrief form's
 * heading, read through Element Timing). Floor: the same for bench-blank.html (popup.html without
 * its script) to its first contentful paint. Popup and floor alternate, after one warm-up turn. The
 * popup is opened as the worker set it for the tab.
 * - On the tracked posting (`tracked`), it opens on the application, named in its page (checked).
 * - On an untracked posting, it opens on the debrief form with the posting the page shows filled in
 *   (checked): the extractor injected into the tab, the form's chunk loaded.
 * The reader takes turns with the two on both postings: the blank with one async script that shows
 * the application's title read from the database (tracked) or the posting's title and company read by
 * the extractor (untracked), timed like the popup (bench-reader.html, bench/reader.ts): the least a
 * popup showing what it opens on takes. On the tracked posting, the blank with one empty async script
 * takes turns too (bench-scripted.html), to its first contentful paint: how far above the floor any
 * popup that runs a script starts.
 * The content floor takes turns on both postings: the page the popup rendered in the warm-up turn,
 * saved with no script (staticCopy), to its first contentful paint. The browser's own cost of showing
 * that view, whatever code makes it: its style, layout, paint and raster.
 */
export async function measurePopup(ext, admin, tab, runs, { tracked = true } = {}) {
  await tab.bringToFront();
  const popupOfTab = await tabPopup(admin, tab);
  if (tracked && !popupOfTab.own.startsWith('popup.html?posting='))
    throw new Error(`the tracked posting's tab has the popup ${popupOfTab.own}`);
  if (!tracked && popupOfTab.own !== 'popup.html') throw new Error(`the untracked posting's tab has the popup ${popupOfTab.own}`);
  const out = {
    ready: [],
    marked: [],
    floor: [],
    scripted: [],
    reader: [],
    readerFcp: [],
    content: [],
    windowOpen: [],
    popupFcp: [],
    checked: null,
    readerChecked: null,
    page: popupOfTab.own,
  };
  // Each turn opens these in order; on the tracked posting, the floor with one empty script too. The
  // popup comes first: the content floor is its page as the warm-up turn rendered it.
  const pages = tracked ? ['popup', 'floor', 'scripted', 'reader', 'content'] : ['popup', 'floor', 'reader', 'content'];
  const files = {
    popup: popupOfTab.own,
    floor: 'bench-blank.html',
    scripted: 'bench-scripted.html',
    // The popup's address (the application it names, if any) on the reader's page.
    reader: popupOfTab.own.replace(/^popup\.html/, 'bench-reader.html'),
    content: tracked ? 'bench-content-tracked.html' : 'bench-content-form.html',
  };
  // What each page must show: the tracked application's title, or the untracked posting's.
  const title = tracked ? 'Senior Backend Engineer' : 'Site Reliability Engineer';
  for (let i = 0; i < pages.length * (runs + 1); i++) {
    const opened = pages[i % pages.length];
    // The floors (the blank, the empty script, the content floor) are timed to their first paint; the
    // popup and the reader to their ready mark too.
    const floorPage = opened === 'floor' || opened === 'scripted' || opened === 'content';
    const file = files[opened];
    const known = new Set(ext.browser.targets());
    await popupOfTab.set(file);
    const clickAt = await admin.evaluate(async () => {
      const at = performance.timeOrigin + performance.now();
      await chrome.action.openPopup();
      return at;
    });
    const target = await ext.browser.waitForTarget((t) => !known.has(t) && t.url().endsWith(`/${file}`), { timeout: 15000 });
    const page = await target.asPage();
    await page.waitForFunction(
      (floorPage) =>
        floorPage
          ? document.readyState === 'complete' && performance.getEntriesByName('first-contentful-paint').length > 0
          : performance.getEntriesByName('relance-popup-ready').length > 0 &&
            performance.getEntriesByName('first-contentful-paint').length > 0,
      { timeout: 15000, polling: 20 },
      floorPage,
    );
    const r = await page.evaluate(
      async (elementTimed) => {
        // Element Timing entries are only given to an observer (buffered: those painted before it).
        const painted = !elementTimed
          ? null
          : await new Promise((resolve) => {
              new PerformanceObserver((list) => {
                const e = list.getEntries().find((x) => x.identifier === elementTimed);
                if (e) resolve(e.renderTime || e.loadTime);
              }).observe({ type: 'element', buffered: true });
              setTimeout(() => resolve(null), 5000);
            });
        const value = (id) => document.getElementById(id)?.value ?? null;
        return {
          origin: performance.timeOrigin,
          ready: performance.getEntriesByName('relance-popup-ready')[0]?.startTime ?? null,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          painted,
          text: document.body.innerText,
          posting: { title: value('f-posting-title'), company: value('f-posting-company') },
        };
      },
      // The popup's view's heading: the application's title, or the debrief form's.
      opened === 'popup' && (tracked ? 'relance-application' : 'relance-form'),
    );
    if (opened === 'reader' && out.readerChecked === null) {
      if (r.posting.title !== title) throw new Error(`the reader did not show the ${title} posting: ${JSON.stringify(r.posting)}`);
      out.readerChecked = r.posting.title;
    }
    if (opened === 'popup' && i === 0) await writeFile(join(ext.dir, files.content), await page.evaluate(staticCopy));
    if (opened === 'content' && i < pages.length && !(tracked ? r.text.includes(title) : r.posting.title === title))
      throw new Error(`the content floor does not show the ${title} posting:\n${r.text.slice(0, 400)}`);
    if (opened === 'popup' && out.checked === null) {
      // The measured path must be the real one: the posting recognised, its application or its form shown.
      if (tracked) {
        if (!r.text.includes(title) || !/Qonto/.test(r.text) || /Track this page by hand/.test(r.text)) {
          throw new Error(`popup did not show the tracked application:\n${r.text.slice(0, 400)}`);
        }
        out.checked = r.text.split('\n').filter(Boolean).slice(0, 4).join(' / ');
      } else {
        if (r.posting.title !== title || r.posting.company !== 'Harrowgate Cloud') {
          throw new Error(`popup did not show the debrief form with the posting: ${JSON.stringify(r.posting)}\n${r.text.slice(0, 400)}`);
        }
        out.checked = `debrief form: ${r.posting.title} / ${r.posting.company}`;
      }
    }
    await page.close();
    if (i < pages.length) continue; // warm-up turn
    if (floorPage) {
      out[opened].push(r.origin + r.fcp - clickAt);
    } else if (opened === 'reader') {
      out.reader.push(markedAt(r, clickAt));
      out.readerFcp.push(r.origin + r.fcp - clickAt);
    } else {
      const times = popupTimes(r, clickAt);
      out.ready.push(times.ready);
      out.marked.push(times.marked);
      out.windowOpen.push(times.windowOpen);
      out.popupFcp.push(times.firstPaint);
    }
  }
  await popupOfTab.set(popupOfTab.own);
  return out;
}

/**
 * Tab badge: from the tab event (tabs.onActivated / tabs.onUpdated with a new URL, as an extension
 * page hears it) to the worker having painted the tab's badge with the tracked application's text
 * (the `relance-badge` mark the bench build of the worker sets after setBadgeText and friends
 * resolve; both read as absolute times). Activation alternates between two tracked postings' tabs;
 * navigation alternates one tab between them. Run last: reading the worker's marks attaches to it.
 */
export async function measureBadge(ext, admin, runs) {
  const events = await admin.evaluate(
    async ({ runs, VIEW_A, VIEW_B }) => {
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      const now = () => performance.timeOrigin + performance.now();
      const [a] = await chrome.tabs.query({ url: VIEW_A });
      const [b] = await chrome.tabs.query({ url: VIEW_B });
      const text = (tabId) => chrome.action.getBadgeText({ tabId });
      // Painted by the worker on the tabs' own events: after the cold-start runs (which stop the worker
      // over and over) a paint may still be on its way, so wait for it a little before giving up.
      let expected = {};
      for (let k = 0; k < 50; k++) {
        expected = { [VIEW_A]: await text(a.id), [VIEW_B]: await text(b.id) };
        if (expected[VIEW_A] && expected[VIEW_A] !== expected[VIEW_B]) break;
        await sleep(100);
      }
      if (!expected[VIEW_A] || expected[VIEW_A] === expected[VIEW_B]) {
        // What was painted, to tell a tab's badge never painted (or cleared: it then shows the global
        // one) from one painted empty.
        const titles = [
          await chrome.action.getTitle({ tabId: a.id }),
          await chrome.action.getTitle({ tabId: b.id }),
          await chrome.action.getTitle({}),
        ];
        const global = await chrome.action.getBadgeText({});
        throw new Error(`badges ${JSON.stringify(expected)}, global badge ${JSON.stringify(global)}, titles ${JSON.stringify(titles)}`);
      }
      let eventAt = 0;
      let watched = -1;
      // The floor: the same event answered at once with a badge write (on this page's own tab, so as
      // not to touch the measured one), with no lookup at all.
      const self = await chrome.tabs.getCurrent();
      const floor = [];
      let k = 0;
      chrome.tabs.onActivated.addListener(({ tabId }) => {
        if (tabId !== watched) return;
        eventAt = now();
        const at = eventAt;
        void chrome.action.setBadgeText({ tabId: self.id, text: String(++k % 10) }).then(() => floor.push(now() - at));
      });
      chrome.tabs.onUpdated.addListener((tabId, change) => {
        if (tabId === watched && change.url && !eventAt) eventAt = now();
      });
      // Paces the runs only (polling slowly, not to load the browser): the time comes from the worker's mark.
      const settled = async (tabId, want) => {
        for (let k = 0; k < 500; k++) {
          if (eventAt > 0 && (await text(tabId)) === want) return;
          await sleep(10);
        }
        throw new Error(`badge never set: ${JSON.stringify({ eventAt, want, text: await text(tabId) })}`);
      };
      const out = { activation: [], navigation: [], expected, floor };
      await chrome.tabs.update(b.id, { active: true });
      await sleep(200);
      for (let i = 0; i < runs + 2; i++) {
        const tab = i % 2 ? b : a;
        const want = expected[tab.url];
        await chrome.action.setBadgeText({ tabId: tab.id, text: '…' });
        eventAt = 0;
        watched = tab.id;
        const armed = now();
        await chrome.tabs.update(tab.id, { active: true });
        await settled(tab.id, want);
        if (i >= 2) out.activation.push({ tabId: tab.id, text: want, at: eventAt, armed });
        await sleep(60);
      }
      for (let i = 0; i < runs + 2; i++) {
        const url = i % 2 ? VIEW_A : VIEW_B;
        eventAt = 0;
        watched = a.id;
        const armed = now();
        await chrome.tabs.update(a.id, { url });
        await settled(a.id, expected[url]);
        if (i >= 2) out.navigation.push({ tabId: a.id, text: expected[url], at: eventAt, armed });
        // Let the load finish (its `complete` event repaints the badge too) before the next run.
        for (let k = 0; k < 100 && (await chrome.tabs.get(a.id)).status !== 'complete'; k++) await sleep(10);
        await sleep(60);
      }
      out.floor = floor.slice(2);
      return out;
    },
    { runs, VIEW_A, VIEW_B },
  );
  // Relance's worker, not a peer's (BENCH_PEERS): theirs may be called background.js too.
  const target = ext.browser
    .targets()
    .find((t) => t.type() === 'service_worker' && t.url() === `chrome-extension://${ext.extensionId}/background.js`);
  const worker = await target.worker();
  const marks = await worker.evaluate(() =>
    performance.getEntriesByName('relance-badge').map((m) => ({ at: performance.timeOrigin + m.startTime, ...m.detail })),
  );
  // The worker may hear the event before this page does and, from its cache, paint before the page
  // has noted the event: the mark is looked for from the run's start (armed), and the latency may then
  // be negative. The floor is timed from the same moment (the page hearing the event).
  const latency = (runs) =>
    runs.map((r) => {
      const mark = marks.find((m) => m.tabId === r.tabId && m.text === r.text && m.at >= r.armed);
      if (!mark) throw new Error(`no badge mark for ${JSON.stringify(r)}`);
      return mark.at - r.at;
    });
  return { activation: latency(events.activation), navigation: latency(events.navigation), floor: events.floor, expected: events.expected };
}

/** What a listing page's navigation and the content script's measures (bench build only) say. */
function readListing() {
  const nav = performance.getEntriesByType('navigation')[0];
  const measure = (name) => performance.getEntriesByName(name, 'measure')[0]?.duration ?? null;
  return {
    load: nav.loadEventEnd,
    dcl: nav.domContentLoadedEventEnd,
    evaluate: measure('relance-content-eval'),
    find: measure('relance-find'),
    annotate: measure('relance-annotate'),
    annotatedAt: performance.getEntriesByName('relance-annotate', 'measure')[0]
      ? performance.getEntriesByName('relance-annotate', 'measure')[0].startTime + measure('relance-annotate')
      : null,
    chipsFrame: performance.getEntriesByName('relance-chips-frame')[0]?.startTime ?? null,
    chips: document.querySelectorAll('[data-relance-chip]').length,
  };
}

async function loadListing(page, url, withExtension) {
  await page.goto(url, { waitUntil: 'load' });
  if (withExtension) {
    await page.waitForFunction(() => performance.getEntriesByName('relance-annotate', 'measure').length > 0, {
      timeout: 15000,
      polling: 20,
    });
    await sleep(30); // the frame that paints the chips
  }
  return page.evaluate(readListing);
}

/**
 * Listing chips: LinkedIn-like search page, 100 cards with 10 tracked. The content script's script
 * time is the sum of its measures (bench build): evaluation of the bundle, finding the cards and
 * their keys, annotating after the worker's answer. "Last chip visible" is the frame after the chips
 * were added, from navigation start. The page's load event with the extension vs the same browser
 * binary without it, alternating. Then a page with no tracked job (20 cards).
 */
export async function measureChips(extPage, plainPage, runs) {
  const out = { script: [], evaluate: [], find: [], annotate: [], lastChip: [], loadWith: [], loadWithout: [], idle: [], chips: null };
  await extPage.bringToFront();
  await plainPage.bringToFront();
  for (let i = 0; i < runs + 2; i++) {
    const order = i % 2 ? ['plain', 'ext'] : ['ext', 'plain'];
    for (const which of order) {
      if (which === 'plain') {
        const r = await loadListing(plainPage, LISTING_100, false);
        if (i >= 2) out.loadWithout.push(r.load);
        continue;
      }
      const r = await loadListing(extPage, LISTING_100, true);
      if (r.chips !== 10) throw new Error(`expected 10 chips on the 100-card listing, saw ${r.chips}`);
      out.chips = r.chips;
      if (i < 2) continue;
      out.loadWith.push(r.load);
      out.evaluate.push(r.evaluate);
      out.find.push(r.find);
      out.annotate.push(r.annotate);
      out.script.push(r.evaluate + r.find + r.annotate);
      out.lastChip.push(r.chipsFrame ?? r.annotatedAt);
    }
  }
  for (let i = 0; i < Math.ceil(runs / 2) + 1; i++) {
    const r = await loadListing(extPage, LISTING_NONE, true);
    if (r.chips !== 0) throw new Error(`expected no chip on the untracked listing, saw ${r.chips}`);
    if (i >= 1) out.idle.push(r.evaluate + r.find + r.annotate);
  }
  return out;
}

/**
 * Stops the extension's service worker through CDP (ServiceWorker.stopWorker), as Chrome does when it
 * idles it out. The session is detached after each stop: while the ServiceWorker domain is enabled, a
 * stopped worker is not restarted by a message.
 */
export async function workerControl(ext) {
  const page = await ext.browser.newPage();
  const ours = (v) => v.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`);
  return {
    async stop() {
      const session = await page.createCDPSession();
      const versions = new Map();
      session.on('ServiceWorker.workerVersionUpdated', ({ versions: vs }) => {
        for (const v of vs) versions.set(v.versionId, v);
      });
      await session.send('ServiceWorker.enable');
      for (let k = 0; k < 500 && ![...versions.values()].some((v) => ours(v) && v.runningStatus === 'running'); k++) await sleep(10);
      for (const v of versions.values()) {
        if (ours(v) && v.runningStatus === 'running') await session.send('ServiceWorker.stopWorker', { versionId: v.versionId });
      }
      for (let k = 0; k < 500 && [...versions.values()].some((v) => ours(v) && v.runningStatus !== 'stopped'); k++) await sleep(5);
      await session.detach();
    },
    close: () => page.close(),
  };
}

/**
 * Waits until the worker has made the dashboard's list as of the data's last revision: a worker start
 * makes it when no reader can use it (generated data drops it), and that work must not overlap the
 * measures that follow.
 */
export function listMade(admin) {
  return admin.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('relance');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const check = (tries) => {
            const tx = db.transaction('derived', 'readonly');
            const revision = tx.objectStore('derived').get('revision');
            const kept = tx.objectStore('derived').get('listRevision');
            tx.oncomplete = () => {
              if (kept.result !== undefined && kept.result === (revision.result ?? 0)) {
                db.close();
                resolve();
              } else if (tries > 1200) {
                db.close();
                reject(new Error('bench: the worker did not make the list within a minute'));
              } else setTimeout(() => check(tries + 1), 50);
            };
            tx.onerror = () => reject(tx.error);
          };
          check(0);
        };
      }),
  );
}

/** Sends the content scripts' jobChips message from an extension page; resolves with its time in ms. */
export function firstMessage(admin, jobKey) {
  return admin.evaluate(async (jobKey) => {
    const t0 = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'jobChips', data: { jobKeys: [jobKey] } });
    const ms = performance.now() - t0;
    if (!reply?.ok || !reply.value[jobKey]) throw new Error(`jobChips failed: ${JSON.stringify(reply)}`);
    return ms;
  }, jobKey);
}

/**
 * Service worker cold start: stop it through CDP (as Chrome does when it idles out), then time the
 * first message answered (jobChips for one key, from an extension page). The worker's own start-up
 * work (re-deriving alarms, repainting badges) runs meanwhile, as in the field.
 */
export async function measureColdStart(control, admin, jobKey, runs) {
  const cold = [];
  const warm = [];
  for (let i = 0; i < runs + 1; i++) {
    await control.stop();
    const ms = await firstMessage(admin, jobKey);
    await sleep(600); // let the start-up sync (300 ms after the start) finish
    warm.push(await firstMessage(admin, jobKey));
    if (i >= 1) cold.push(ms);
  }
  return { cold, warm: warm.slice(1) };
}

/**
 * The worker's cold start at the largest data set against the smallest, in the same browser: the
 * stored applications are replaced by the other set between blocks of cold starts (`large` and
 * `small`: the generate specs; `largeCold`: the largest set's cold starts already measured), each
 * set's worker started once after the swap and its list made, as after generating it. The sizes' own
 * cold starts are each measured in a browser of their own, and browsers started minutes apart differ
 * by more than the data does.
 */
export async function measureColdStartGrowth(control, admin, jobKey, runs, { large, small, largeCold }) {
  const out = { large: [...largeCold], small: [] };
  // Ends on the largest set: the measures after this one are of it.
  for (const [spec, sink] of [
    [small, out.small],
    [large, out.large],
    [small, out.small],
    [large, out.large],
  ]) {
    await admin.evaluate((spec) => globalThis.relanceBench.replaceWith(spec), spec);
    await control.stop();
    await firstMessage(admin, jobKey);
    await listMade(admin);
    sink.push(...(await measureColdStart(control, admin, jobKey, Math.ceil(runs / 2))).cold);
  }
  return out;
}

export function measureStorage(admin, args) {
  return admin.evaluate((args) => globalThis.relanceBench.storage(args), args);
}

/**
 * Starts an extension's service worker through CDP (ServiceWorker.startWorker): a peer's worker,
 * idle since the browser started, has been stopped by Chrome (30 s without events), and its popup is
 * opened from it. The session is detached after, as in workerControl.
 */
async function startWorker(browser, host) {
  const page = await browser.newPage();
  try {
    const session = await page.createCDPSession();
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${host}/` });
    await session.detach();
  } finally {
    await page.close();
  }
}

/**
 * A peer's popup (BENCH_PEERS): opened by its own worker's chrome.action.openPopup(), from the call to
 * the popup's first contentful paint; alternating with Relance's blank popup (the floor, opened the
 * same way from Relance's bench page), after one warm-up pair. The peer's worker is started first
 * (Chrome stops an idle one), then attached to, which keeps it running.
 */
export async function measurePeerPopup(ext, admin, tab, peer, runs) {
  const host = peer.id;
  await startWorker(ext.browser, host);
  await tab.bringToFront();
  const popupOfTab = await tabPopup(admin, tab);
  const target = await ext.browser.waitForTarget((t) => t.type() === 'service_worker' && new URL(t.url()).host === host, {
    timeout: 15000,
  });
  const worker = await target.worker();
  const out = { fcp: [], floor: [] };
  for (let i = 0; i < 2 * (runs + 1); i++) {
    const blank = i % 2 === 1;
    const known = new Set(ext.browser.targets());
    const open = async () => {
      const at = performance.timeOrigin + performance.now();
      await chrome.action.openPopup();
      return at;
    };
    const clickAt = blank
      ? await popupOfTab.set('bench-blank.html').then(() =>
          admin.evaluate(async () => {
            const at = performance.timeOrigin + performance.now();
            await chrome.action.openPopup();
            return at;
          }),
        )
      : await worker.evaluate(open);
    const wanted = blank ? `chrome-extension://${ext.extensionId}/bench-blank.html` : `chrome-extension://${host}/${peer.popup}`;
    const popupTarget = await ext.browser.waitForTarget((t) => !known.has(t) && t.url().split(/[?#]/)[0] === wanted, { timeout: 15000 });
    const page = await popupTarget.asPage();
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, { timeout: 15000, polling: 20 });
    const r = await page.evaluate(() => ({
      origin: performance.timeOrigin,
      fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    }));
    await page.close();
    if (i < 2) continue;
    (blank ? out.floor : out.fcp).push(r.origin + r.fcp - clickAt);
  }
  await popupOfTab.set(popupOfTab.own);
  return out;
}

/**
 * The dashboard (dashboard.html, its list of every application): from navigation start to its
 * `relance-dashboard-ready` mark (the list rendered and painted, rows in it), then searches typed into
 * its search box. Each search is one input event, from the event to the first frame that shows its
 * final result: the list filtered, and no "Loading…" note left (from 2,000 applications the first rows
 * painted are the *Due now* section; the others are read after). The first search of each load is
 * typed at once after ready, before that read may have ended: it is counted on its own, and in every
 * search. `notes`: the notes of a result not final yet (that "Loading…"), in the browser's language; a
 * result is final when the count line shows none.
 *
 * Three openings take turns: with the list the worker keeps whole current (storage/list-cache.ts: the
 * usual case, the worker makes it again a second after the writes stop); just after a write (a call
 * snoozed through the worker, the dashboard opened at once: the kept list is brought up to date with
 * that application); and with no list to start from (after an upgrade, or a write too wide to follow),
 * which `admin` (an extension page) makes by hand. Before the others, `admin` waits until the worker
 * has made the list again.
 */
const OPENINGS = ['kept', 'written', 'lost'];

export async function measureDashboard(ext, admin, runs, queries, notes) {
  const page = await ext.browser.newPage();
  const url = `chrome-extension://${ext.extensionId}/dashboard.html`;
  const empty = () => ({ firstRows: [], firstSearch: [], search: [] });
  const out = { ...Object.fromEntries(OPENINGS.map((o) => [o, empty()])), rows: null };
  // The data was generated around the worker: it makes the list once, as after any write.
  const made = await admin.evaluate(() => chrome.runtime.sendMessage({ type: 'refreshList', data: {} }));
  if (!made?.ok) throw new Error(`bench: the worker did not make the list: ${JSON.stringify(made)}`);
  for (let i = 0; i < OPENINGS.length * (runs + 1); i++) {
    const opening = OPENINGS[i % OPENINGS.length];
    await admin.evaluate(
      (opening) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('relance');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const done = () => {
              db.close();
              resolve();
            };
            // Until the worker has made the list again after the previous opening's write.
            const settled = (then) => {
              const tx = db.transaction('derived', 'readonly');
              const revision = tx.objectStore('derived').get('revision');
              const kept = tx.objectStore('derived').get('listRevision');
              tx.oncomplete = () =>
                kept.result !== undefined && kept.result === (revision.result ?? 0) ? then() : setTimeout(() => settled(then), 50);
              tx.onerror = () => reject(tx.error);
            };
            const lose = () => {
              const tx = db.transaction('derived', 'readwrite');
              tx.objectStore('derived').delete('listRevision');
              tx.oncomplete = done;
              tx.onerror = () => reject(tx.error);
            };
            const write = () => {
              const tx = db.transaction('reminders', 'readonly');
              const first = tx.objectStore('reminders').index('by-pending-due').openCursor();
              first.onsuccess = () => {
                const reminderId = first.result?.value.id;
                if (!reminderId) return reject(new Error('bench: no pending reminder to snooze'));
                chrome.runtime.sendMessage({ type: 'snoozeReminder', data: { reminderId } }).then((reply) => {
                  if (reply?.ok) done();
                  else reject(new Error(`bench: snooze refused: ${JSON.stringify(reply)}`));
                }, reject);
              };
              first.onerror = () => reject(first.error);
            };
            settled(opening === 'kept' ? done : opening === 'lost' ? lose : write);
          };
        }),
      opening,
    );
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => performance.getEntriesByName('relance-dashboard-ready').length > 0, { timeout: 30000, polling: 5 });
    const times = await page.evaluate(
      async (queries, notes) => {
        const ready = performance.getEntriesByName('relance-dashboard-ready')[0].startTime;
        const rows = document.querySelectorAll('.row-link').length;
        const input = document.querySelector('input[type="search"]');
        const count = document.querySelector('p.count');
        const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
        const search = async (q) => {
          const start = performance.now();
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          for (;;) {
            const at = await frame();
            if (!notes.some((n) => count.textContent.includes(n))) return { ms: at - start, shown: count.textContent };
            if (at - start > 20000) return { ms: Number.NaN, shown: count.textContent };
          }
        };
        const results = [];
        for (const q of queries) results.push(await search(q));
        await search('');
        return { ready, rows, results };
      },
      queries,
      notes,
    );
    if (out.rows === null) {
      if (times.rows === 0) throw new Error('dashboard: no row shown');
      out.rows = times.rows;
      out.shown = times.results.map((r, k) => `${queries[k]}: ${r.shown}`);
    }
    if (i < OPENINGS.length) continue; // warm-up round
    const o = out[opening];
    o.firstRows.push(times.ready);
    o.firstSearch.push(times.results[0].ms);
    o.search.push(...times.results.map((r) => r.ms));
  }
  await page.close();
  return out;
}
