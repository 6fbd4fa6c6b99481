// Shared end-to-end plumbing: a local fixture server, Debian's Chromium with the built extension,
// and handles on its service worker and popup. README "End-to-end tests" says how the browser is found and launched.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, dirname } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(root, 'test', 'fixtures', 'pages');
/** `node build.mjs --test` writes one unpacked extension per browser under this folder. */
export const TEST_BUILD_ROOT = join(root, 'dist-test');
export const TEST_BUILD = join(TEST_BUILD_ROOT, 'chrome');

export function chromePath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      "No Chromium found. Install Debian's with `apt-get install -y chromium`, or set CHROME_PATH to a Chromium binary " +
        '(branded Chrome ignores --load-extension).',
    );
  }
  return found;
}

/** Serves test/fixtures/pages on 127.0.0.1 with a random port; records every request it gets. */
export async function startFixtureServer() {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(FIXTURES, path === '/' ? 'demo-posting.html' : path.endsWith('.html') ? path : `${path}.html`);
    try {
      const body = await readFile(file);
      const type = extname(file) === '.html' ? 'text/html; charset=utf-8' : 'application/octet-stream';
      // Fixture pages never run their own scripts: JSON-LD is data, anything else is a payload.
      res.writeHead(200, { 'content-type': type, 'content-security-policy': "script-src 'none'" });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Headless Chromium for tests and benchmarks on this network: no sandbox (root in CI), and none of
 * the background connections Chromium makes at start (refused here anyway). English UI: the tests
 * read English texts whatever the machine's locale.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--lang=en-US',
];

/**
 * Launches Chromium with an extension build loaded in a fresh profile. A fresh profile is an install,
 * so the extension opens its welcome page in a new tab: it is closed here, and tests start from the
 * browser's one blank tab, unless `keepWelcome` (test/e2e/welcome.test.mjs). `lang` replaces the
 * English UI (`--lang`); `env` adds to the browser's environment (on Linux, Chromium reports the
 * UI language of LANGUAGE, and its locale pack for it must be installed: Debian's chromium-l10n).
 */
export async function launchWithExtension(extensionDir = TEST_BUILD, { extraArgs = [], keepWelcome = false, lang, env } = {}) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build in ${extensionDir}: run \`node build.mjs --test\` first.`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'relance-e2e-'));
  const browser = await puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    pipe: true,
    userDataDir: profile,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(lang ? CHROMIUM_ARGS.filter((a) => !a.startsWith('--lang=')).concat(`--lang=${lang}`) : CHROMIUM_ARGS),
      ...extraArgs,
    ],
    ...(env ? { env: { ...process.env, ...env } } : {}),
    acceptInsecureCerts: extraArgs.includes('--ignore-certificate-errors'),
    // Puppeteer disables extensions by default.
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  const worker = await serviceWorker(browser);
  const extensionId = new URL(worker.url()).host;
  if (!keepWelcome && existsSync(join(extensionDir, 'welcome.html'))) await (await welcomePage(browser)).close();
  return {
    browser,
    extensionId,
    worker,
    serviceWorker: () => serviceWorker(browser),
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The welcome page the extension opens on install, once its tab is there. */
export async function welcomePage(browser) {
  const target = await browser.waitForTarget((t) => t.type() === 'page' && t.url().endsWith('/welcome.html'), { timeout: 10000 });
  return target.asPage();
}

/** The extension's service worker, once it answers calls. */
export async function serviceWorker(browser) {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'), {
    timeout: 15000,
  });
  const worker = await target.worker();
  await waitFor(() => worker.evaluate(() => self.serviceWorker?.state === 'activated'), 'service worker activated');
  return worker;
}

/**
 * Stops the extension's service worker through CDP, as Chrome does when it idles it out.
 * Puppeteer keeps the stopped worker's target and its handle goes stale: after this, talk to the
 * extension through an extension page (extensionPage) or evalInWorker.
 * Puppeteer also auto-attaches to workers with "wait for debugger on start" and does not resume a
 * restarted one: the watcher installed here resumes it, as a browser without automation would run it.
 */
export async function stopServiceWorker(browser, extensionId, { via } = {}) {
  const watcher = await restartWatcher(browser, extensionId, via);
  const ours = () => [...watcher.versions.values()];
  await waitFor(() => ours().length > 0, 'service worker version listed');
  // Already stopped (an earlier step stopped it and nothing woke it): nothing to do.
  const running = ours().filter((v) => v.runningStatus !== 'stopped');
  if (running.length === 0) return;
  // Wait for the "stopped" event itself, not the latest state: a pending event (a tab activated
  // just before) may wake the worker again right after, which is what Chrome does too.
  const seen = watcher.stoppedCount;
  for (const v of running) await watcher.session.send('ServiceWorker.stopWorker', { versionId: v.versionId });
  await waitFor(() => watcher.stoppedCount > seen, 'service worker stopped');
}

const watchers = new WeakMap();
async function restartWatcher(browser, extensionId, via) {
  if (watchers.has(browser)) return watchers.get(browser);
  // A new page takes the focus (and closes an open popup): tests with a popup open pass `via`.
  const page = via ?? (await browser.newPage());
  const session = await page.createCDPSession();
  const watcher = { session, versions: new Map(), stoppedCount: 0 };
  watchers.set(browser, watcher);
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
      const was = watcher.versions.get(v.versionId)?.runningStatus;
      watcher.versions.set(v.versionId, v);
      if (v.runningStatus === 'stopped' && was !== 'stopped') watcher.stoppedCount++;
      if (v.runningStatus === 'starting' && was !== 'starting') void resume(browser);
    }
  });
  await session.send('ServiceWorker.enable');
  return watcher;
}

async function resume(browser) {
  const target = browser.targets().find((t) => t.type() === 'service_worker');
  if (!target) return;
  const s = await target.createCDPSession().catch(() => null);
  await s?.send('Runtime.runIfWaitingForDebugger').catch(() => {});
  await s?.detach().catch(() => {});
}

/** An extension page (the due view of popup.html, which reads no tab) to call chrome.* APIs from. */
export async function extensionPage(browser, extensionId) {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?view=due`);
  return page;
}

/** The toolbar popup's page: popup.html, or on a tracked posting's tab popup.html?posting=<id> (core/tab-popup.ts). */
export const isToolbarPopup = (url) => /\/popup\.html(\?posting=[^&]+)?$/.test(url);

/** Opens the real popup (action.openPopup) for the focused tab, as a click on the toolbar icon does. */
export async function openPopup(browser, worker) {
  await worker.evaluate(() => chrome.action.openPopup());
  const target = await browser.waitForTarget((t) => isToolbarPopup(t.url()), { timeout: 10000 });
  const popup = await target.asPage();
  await popup.waitForFunction(() => performance.getEntriesByName('relance-popup-ready').length > 0, { timeout: 10000 });
  return popup;
}

/** Polls `check` until it returns a truthy value (or throws after `timeout` ms). */
export async function waitFor(check, what, timeout = 10000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * For a test file: before its tests, the fixture server, the extension in a fresh profile and the
 * demo posting in a tab in front (`page`); after them, all closed. The object is filled by `before`.
 */
export function withDemoPosting() {
  const live = {};
  before(async () => {
    live.server = await startFixtureServer();
    live.ext = await launchWithExtension();
    live.page = await live.ext.browser.newPage();
    await live.page.goto(`${live.server.origin}/demo-posting.html`);
    await live.page.bringToFront();
  });
  after(async () => {
    await live.ext?.close();
    await live.server?.close();
  });
  return live;
}

/** Reads every row of a store of the extension's database, from the service worker or an extension page. */
export function readStore(worker, store) {
  return worker.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('relance');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

/**
 * Serves fixture pages over HTTPS under the job sites' real host names: Chromium resolves every host
 * to this loopback server (--host-resolver-rules), so the release manifest's content-script matches
 * apply exactly as in the field and nothing leaves the machine. `routes(host, path)` names the
 * fixture file (relative to test/fixtures/pages) or returns null for 404. Fixture scripts never run.
 */
export async function startSiteServer(routes) {
  const { createServer: createHttpsServer } = await import('node:https');
  const { execFileSync } = await import('node:child_process');
  const dir = await mkdtemp(join(tmpdir(), 'relance-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=relance-test',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const [key, cert] = await Promise.all([readFile(join(dir, 'key.pem')), readFile(join(dir, 'cert.pem'))]);
  await rm(dir, { recursive: true, force: true });
  const requests = [];
  const server = createHttpsServer({ key, cert }, async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url, `https://${host}`);
    requests.push(url.href);
    const route = routes(host, url.pathname, url);
    if (!route) return void res.writeHead(404).end('not found');
    try {
      // A route is a fixture file name, or { body, csp } for a page built by the test itself.
      const { body, csp = true } = typeof route === 'string' ? { body: await readFile(join(FIXTURES, route)) } : route;
      const headers = { 'content-type': 'text/html; charset=utf-8' };
      if (csp) headers['content-security-policy'] = "script-src 'none'";
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    requests,
    args: [`--host-resolver-rules=MAP * 127.0.0.1:${port}`, '--ignore-certificate-errors'],
    close: () => new Promise((r) => server.close(r)),
  };
}

/**
 * Evaluates `fn(arg)` in the extension's service worker through a fresh CDP session, so it works
 * after the worker was stopped and restarted (Puppeteer's cached worker handle goes stale then).
 */
export async function evalInWorker(browser, fn, arg) {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'));
  const session = await target.createCDPSession();
  try {
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      expression: `(${fn})(${JSON.stringify(arg ?? null)})`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await session.detach().catch(() => {});
  }
}

/**
 * Changes stored rows of the extension's database (from the worker or an extension page): `{ store, id, change }`
 * edits, in one transaction. Like the product's own writes, it leaves the dashboard's kept list stale
 * (storage/list-cache.ts), so that pages read the edited rows.
 */
export function editRows(worker, edits) {
  return worker.evaluate(
    (edits) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('relance');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          // An older schema (an update test's previous release) has no kept list.
          const kept = open.result.objectStoreNames.contains('derived');
          const stores = [...new Set(edits.map((e) => e.store)), ...(kept ? ['derived'] : [])];
          const tx = open.result.transaction(stores, 'readwrite');
          if (kept) {
            // Counted as a write, as the product's are: a list being made meanwhile is not kept.
            const derived = tx.objectStore('derived');
            derived.get('revision').onsuccess = (e) => derived.put((e.target.result ?? 0) + 1, 'revision');
            derived.delete('listRevision');
          }
          for (const { store, id, change } of edits) {
            const os = tx.objectStore(store);
            os.get(id).onsuccess = (e) => os.put({ ...e.target.result, ...change });
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    edits,
  );
}

/** Opens the dashboard at `hash` in a new tab, once it has rendered its data. */

/**
 * Brings a stored reminder (and its application's next date, kept with it) due at `when`, and sets a
 * short real alarm for it: the worker's own alarm path then fires it.
 */
export async function makeReminderDue(target, reminder, when = Date.now() + 1000) {
  await editRows(target, [
    { store: 'reminders', id: reminder.id, change: { dueAt: when, pendingDueAt: when } },
    { store: 'applications', id: reminder.applicationId, change: { nextDueAt: when } },
  ]);
  await target.evaluate((name, when) => chrome.alarms.create(name, { when }), `reminder:${reminder.id}`, when);
}

/**
 * The calls and answers among reminder rows: the evening's thank-you aside, which a debrief of an
 * interview held today adds (core/reminders.ts thanksReminderTime; contacts-calendar.test.mjs checks it).
 */
export const callRows = (rows) => rows.filter((r) => r.kind !== 'thank-you');
