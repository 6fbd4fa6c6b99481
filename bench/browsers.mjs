// Browsers for the benchmark: Debian's Chromium with the benchmark copy of the extension, and the
// same Chromium without any extension (the page-load baseline). Job-site pages are served over HTTPS
// under their real host names by the e2e harness's loopback server, so the release content-script
// matches apply as in the field.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromePath, startSiteServer, welcomePage } from '../test/e2e/harness.mjs';

export const VIEW_A = 'https://www.linkedin.com/jobs/view/3912345678/';
export const VIEW_B = 'https://www.linkedin.com/jobs/view/3912345679/';
/** A posting no application has (another page: its own key is in it): the popup opens on the debrief form. */
export const VIEW_NEW = 'https://www.linkedin.com/jobs/view/4088776655/';
/** 100 cards, 10 of them tracked. */
export const LISTING_100 = 'https://www.linkedin.com/jobs/search/?keywords=bench-100';
/** 20 cards, none tracked. */
export const LISTING_NONE = 'https://www.linkedin.com/jobs/search/?keywords=bench-none';

export function startSites() {
  return startSiteServer((host, path, url) => {
    if (host !== 'www.linkedin.com') return null;
    if (path.startsWith('/jobs/view/4088776655/')) return 'linkedin/view-signed-in-remote.html';
    if (path.startsWith('/jobs/view/')) return 'linkedin/view.html';
    if (path.startsWith('/jobs/search'))
      return url.searchParams.get('keywords') === 'bench-100' ? 'linkedin/search-100.html' : 'linkedin/search-20.html';
    return null;
  });
}

/**
 * A Full HD screen: headless Chromium's default one (800 × 600) caps a popup's window at 510 px, where
 * a real screen lets it reach the 600 px every popup may take; the popup's views are taller than both.
 */
const ARGS = [...CHROMIUM_ARGS, '--screen-info={1920x1080}'];

/** Chromium's id for an unpacked extension: the first 32 hex digits of sha256(path), written a–p. */
export const unpackedId = (dir) =>
  [...createHash('sha256').update(dir).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');

/**
 * Chromium with the benchmark copy loaded, its toolbar icon pinned (as a user pins a tool they use:
 * an unpinned action's popup first waits for a ~250 ms "pop out" animation of the icon, which is not
 * what a click on the icon costs). Unlike the e2e harness, this never attaches to the service worker
 * (puppeteer's target.worker()): a manually attached worker, once stopped, restarts paused for a
 * debugger that never resumes it. The worker is talked to through extension pages only.
 */
export async function launchExtension(dir, site, peers = []) {
  const profile = await mkdtemp(join(tmpdir(), 'relance-bench-ext-profile-'));
  await mkdir(join(profile, 'Default'), { recursive: true });
  const dirs = [dir, ...peers.map((p) => p.dir)];
  await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: dirs.map(unpackedId) } }));
  const browser = await puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    pipe: true,
    userDataDir: profile,
    args: [`--disable-extensions-except=${dirs.join(',')}`, `--load-extension=${dirs.join(',')}`, ...ARGS, ...site.args],
    acceptInsecureCerts: true,
    // Writing and reading 50,000 interviews in one call outlasts puppeteer's 180 s default on a busy machine.
    protocolTimeout: 900_000,
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().endsWith('/background.js') && new URL(t.url()).host === unpackedId(dir),
    { timeout: 15000 },
  );
  if (new URL(target.url()).host !== unpackedId(dir))
    console.error('bench: the extension id is not the expected one; its icon is not pinned');
  // A fresh profile is an install: the welcome page the extension opens is no part of what is measured.
  await (await welcomePage(browser)).close();
  return {
    browser,
    /** The unpacked folder (the bench writes the content floor's pages into it, bench/measure.mjs). */
    dir,
    extensionId: new URL(target.url()).host,
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The same browser with no extension at all. */
export async function launchPlain(site) {
  const profile = await mkdtemp(join(tmpdir(), 'relance-bench-plain-'));
  const browser = await puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    pipe: true,
    userDataDir: profile,
    args: [...ARGS, ...site.args],
    acceptInsecureCerts: true,
  });
  return {
    browser,
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The benchmark's extension page (bench.html): generation, storage timings, chrome.* calls. */
export async function openAdmin(ext) {
  const page = await ext.browser.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/bench.html`);
  await page.waitForFunction(() => globalThis.relanceBench !== undefined);
  return page;
}
