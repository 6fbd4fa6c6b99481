// An update from the previous release keeps the data, the reminders and the alarms. The released
// versions and their commits are recorded in releases.json (git tags may not travel with a clone).
// The previous release is built from its commit (git archive into a folder cached by commit), its
// data is stored with it in Chromium, then the current build is installed over it in the same
// folder (same extension id, as a store update keeps it), and the data, the reminders and the alarms
// are checked through the new version. A clone without that commit fails under CI (CI=true) and
// skips elsewhere, saying why.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import {
  CHROMIUM_ARGS,
  TEST_BUILD,
  chromePath,
  extensionPage,
  makeReminderDue,
  openPopup,
  readStore,
  serviceWorker,
  startFixtureServer,
  waitFor,
} from './harness.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const releases = JSON.parse(readFileSync(join(root, 'releases.json'), 'utf8'));
const newer = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return false;
};
/** The latest release recorded. */
const [version, commit] = Object.entries(releases).reduce((best, e) => (newer(e[0], best[0]) ? e : best));
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const hasCommit = (() => {
  try {
    git('cat-file', '-e', `${commit}^{commit}`);
    return true;
  } catch {
    return false;
  }
})();
if (!hasCommit && process.env.CI)
  throw new Error(`releases.json: commit ${commit} of ${version} is not in this clone (fetch the full history)`);

/** The previous release's test build (built once per commit, then reused). */
function previousBuild() {
  const dir = join(tmpdir(), `relance-release-${commit}`);
  const build = join(dir, 'dist-test', 'chrome');
  if (existsSync(join(build, 'manifest.json'))) return build;
  execFileSync('sh', ['-c', `rm -rf "${dir}" && mkdir -p "${dir}" && git archive ${commit} | tar -x -C "${dir}"`], { cwd: root });
  // Its dependencies are a subset of today's (checked here), so today's node_modules builds it.
  const old = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const now = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const name of Object.keys({ ...old.dependencies, ...old.devDependencies }))
    assert.ok(name in { ...now.dependencies, ...now.devDependencies }, `${version} needs ${name}, no longer installed`);
  execFileSync('ln', ['-s', join(root, 'node_modules'), join(dir, 'node_modules')]);
  execFileSync('node', ['build.mjs', '--test'], { cwd: dir, stdio: 'ignore' });
  return build;
}

let server;
let browser;
let dir;
before(async () => {
  if (!hasCommit) return;
  server = await startFixtureServer();
  dir = await mkdtemp(join(tmpdir(), 'relance-update-from-release-'));
  await cp(previousBuild(), dir, { recursive: true });
  browser = await puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: CHROMIUM_ARGS,
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const STORES = ['applications', 'interviews', 'reminders'];
const snapshot = async (page) => Object.fromEntries(await Promise.all(STORES.map(async (s) => [s, await readStore(page, s)])));

/** Records the minimal debrief on a fixture posting through the popup of whichever version is installed. */
async function saveOn(worker, fixture) {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/${fixture}`);
  await page.bringToFront();
  const popup = await openPopup(browser, worker);
  await popup.waitForSelector('#f-verdict-undecided');
  await popup.click('#f-verdict-undecided');
  await popup.click('button[type=submit]');
  await popup.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Saved'), { timeout: 10000 });
  await popup.close();
  await page.close();
}

test(`an update from ${version} keeps the data, the reminders and the alarms`, {
  skip: !hasCommit && `commit ${commit} of ${version} is not in this clone`,
}, async () => {
  const id = await browser.installExtension(dir);
  const oldWorker = await serviceWorker(browser);
  const welcome = await browser.waitForTarget((t) => t.url().endsWith('/welcome.html'), { timeout: 5000 }).catch(() => null);
  await (await welcome?.asPage())?.close();
  let admin = await extensionPage(browser, id);
  assert.equal(await admin.evaluate(() => chrome.runtime.getManifest().version), version);

  // With the previous release: one application waiting for its call, one whose reminder fired.
  await saveOn(oldWorker, 'demo-posting.html');
  await saveOn(oldWorker, 'jsonld-graph.html');
  const stored = await snapshot(admin);
  assert.equal(stored.applications.length, 2);
  const fired = stored.reminders.find(
    (r) => r.applicationId === stored.applications.find((a) => a.posting.company === 'Northwind Analytics').id,
  );
  await makeReminderDue(admin, fired);
  await waitFor(
    async () => (await readStore(admin, 'reminders')).find((r) => r.id === fired.id)?.notifiedAt,
    'the reminder fired by the previous release',
  );
  const before = await snapshot(admin);
  const oldDbVersion = await admin.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'relance').version);

  // The current build over it, in the same folder: the same extension, updated.
  for (const name of await readdir(dir)) await rm(join(dir, name), { recursive: true, force: true });
  await cp(TEST_BUILD, dir, { recursive: true });
  assert.equal(await browser.installExtension(dir), id);
  admin = await extensionPage(browser, id);
  const current = JSON.parse(readFileSync(join(TEST_BUILD, 'manifest.json'), 'utf8')).version;
  assert.equal(await admin.evaluate(() => chrome.runtime.getManifest().version), current);

  // The data went through every migration since: the same rows, the same dates, the same states.
  const newDbVersion = await admin.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'relance').version);
  assert.ok(newDbVersion >= oldDbVersion, `database version ${oldDbVersion} → ${newDbVersion}`);
  const after = await snapshot(admin);
  const pick = (rows, keys) => rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k]]))).sort((a, b) => (a.id < b.id ? -1 : 1));
  assert.deepEqual(
    pick(after.applications, ['id', 'jobKey', 'status', 'lastVerdict', 'nextDueAt', 'revision']),
    pick(before.applications, ['id', 'jobKey', 'status', 'lastVerdict', 'nextDueAt', 'revision']),
  );
  assert.deepEqual(
    pick(after.interviews, ['id', 'applicationId', 'interviewAt', 'verdict', 'followUpAt']),
    pick(before.interviews, ['id', 'applicationId', 'interviewAt', 'verdict', 'followUpAt']),
  );
  assert.deepEqual(
    pick(after.reminders, ['id', 'applicationId', 'kind', 'dueAt', 'notifiedAt', 'doneAt']),
    pick(before.reminders, ['id', 'applicationId', 'kind', 'dueAt', 'notifiedAt', 'doneAt']),
  );

  // Chrome cleared the alarms on update: the new worker re-derived one per pending reminder to come.
  const coming = after.reminders.filter((r) => r.doneAt === undefined && r.dueAt > Date.now());
  assert.ok(coming.length > 0);
  await waitFor(async () => {
    const alarms = (await admin.evaluate(() => chrome.alarms.getAll())).filter((a) => a.name.startsWith('reminder:'));
    return (
      JSON.stringify(alarms.map((a) => [a.name, a.scheduledTime]).sort()) ===
      JSON.stringify(coming.map((r) => [`reminder:${r.id}`, r.dueAt]).sort())
    );
  }, 'the alarms re-derived from the stored reminders');

  // The dashboard's list (which a migration drops) is made again by the new worker, with both rows.
  await waitFor(
    () =>
      admin.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const open = indexedDB.open('relance');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction('derived');
              const [revision, made, list] = ['revision', 'listRevision', 'list'].map((k) => tx.objectStore('derived').get(k));
              tx.oncomplete = () => {
                open.result.close();
                resolve(made.result === (revision.result ?? 0) && list.result?.columns?.id.length === 2);
              };
            };
          }),
      ),
    'the dashboard list made again after the update',
  );

  // The reminder that fired before the update is still due in the new version's list, and the
  // application waiting for its call is still known on its page.
  const due = await extensionPage(browser, id);
  await waitFor(async () => /Northwind Analytics/.test(await due.$eval('body', (b) => b.innerText)), 'the fired reminder listed as due');
  const page = await browser.newPage();
  await page.goto(`${server.origin}/demo-posting.html`);
  await page.bringToFront();
  const popup = await openPopup(browser, { evaluate: (fn, arg) => admin.evaluate(fn, arg) });
  await waitFor(
    async () => /Waiting for an answer/.test(await popup.$eval('body', (b) => b.innerText)),
    'the application known on its page',
  );
});
