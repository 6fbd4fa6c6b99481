#!/usr/bin/env node
// npm run bench: what users feel, measured in Debian's Chromium (headless) against the browser's own
// floor, at 0, 1,000 and 10,000 stored applications. Prints a table and writes bench/results.json.
// Env: BENCH_RUNS (default 30), BENCH_SIZES (default 0,1000,10000), CHROME_PATH, BENCH_PEERS
// (name=dir,...: other unpacked extensions whose popups are measured beside Relance's, bench/peers.mjs),
// BENCH_DASHBOARD (default 10000x5: the dashboard's data set, applications × interviews each; 0 skips it).
// Each ratio comes with a bootstrap 95% interval, and each floor with its A/A comparison: the floor's
// runs split by turn and compared as the measure is (bench/stats.mjs).
// Not a test: times never gate anything (sizes do, in npm run size).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { launchExtension, launchPlain, LISTING_100, openAdmin, startSites, unpackedId, VIEW_A, VIEW_B, VIEW_NEW } from './browsers.mjs';
import { popupComposition } from './composition.mjs';
import {
  firstMessage,
  listMade,
  measureBadge,
  measureChips,
  measureColdStart,
  measureColdStartGrowth,
  measureDashboard,
  measurePeerPopup,
  measurePopup,
  measureStorage,
  workerControl,
} from './measure.mjs';
import { parsePeers, readPeer } from './peers.mjs';
import { prepare, RELEASE, root } from './prepare.mjs';
import { bundleSizes, kb, unpackedSize } from './sizes.mjs';
import { diffInterval, fmt, fmtInterval, ratio, ratioInterval, round, splitByTurn, summary } from './stats.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const SIZES = (process.env.BENCH_SIZES ?? '0,1000,10000').split(',').filter(Boolean).map(Number);
const [DASHBOARD_APPS, DASHBOARD_EACH] = (process.env.BENCH_DASHBOARD ?? '10000x5').split('x').map(Number);
/**
 * The dashboard's searches, the first typed at once after the list is painted: an interviewer's name
 * (read off the first paint: the worst case), then company, role (accents and case ignored) and name.
 */
const DASHBOARD_QUERIES = ['nguyen', 'qonto', 'developpeur', 'ingenieur logiciel', 'claire', 'labs'];
const started = Date.now();
const log = (...a) => console.error(`[${((Date.now() - started) / 1000).toFixed(1)} s]`, ...a);
const parsed = parsePeers(process.env.BENCH_PEERS);
if (parsed.errors.length) {
  console.error(`BENCH_PEERS: ${parsed.errors.join('; ')}`);
  process.exit(2);
}
const PEERS = parsed.peers.map((p) => ({ ...p, ...readPeer(p), id: unpackedId(p.dir) }));

/** The A/A comparison of a floor: its runs split by turn, as a ratio and as a difference. */
const aa = (floor) => {
  const [a, b] = splitByTurn(floor);
  return { ratio: ratioInterval(a, b), diffMs: diffInterval(a, b) };
};

/** The applications the measures need, on top of the generated ones. */
const CHIP_STATES = [
  { followUpInDays: 7 },
  { followUpInDays: -2 },
  { closed: true },
  { interviewInDays: 2 },
  { answerDueToday: true },
  { followUpInDays: 3 },
  { followUpInDays: 1 },
  { closed: true },
  { followUpInDays: -5 },
  { interviewInDays: 4 },
];
const FIXED = [
  { url: VIEW_A, title: 'Senior Backend Engineer', company: 'Qonto', state: { followUpInDays: 5 }, interviews: 2 },
  { url: VIEW_B, title: 'Platform Engineer', company: 'Alan', state: { followUpInDays: 3 } },
  ...CHIP_STATES.map((state, k) => {
    const id = 5000000005 + 10 * k;
    return { url: `https://www.linkedin.com/jobs/view/${id}/`, title: `Job ${id}`, company: `Company ${k}`, state };
  }),
];
const KEY_A = 'linkedin:3912345678';

async function measureSize(size, dir, site, plain) {
  const ext = await launchExtension(dir, site, PEERS);
  try {
    const admin = await openAdmin(ext);
    const now = Date.now();
    const data = await admin.evaluate((spec) => globalThis.relanceBench.generate(spec), { count: size, fixed: FIXED, now });
    log(
      `${size}: ${data.applications} applications, ${data.interviews} interviews, ${data.reminders} reminders written in ${Math.round(data.ms)} ms`,
    );

    // A worker start re-derives the alarms from the new data, as after a browser start.
    const restart = await workerControl(ext);
    await restart.stop();
    await restart.close();
    await firstMessage(admin, KEY_A);
    const alarms = await admin.evaluate(async (want) => {
      for (let k = 0; k < 300; k++) {
        const n = (await chrome.alarms.getAll()).length;
        if (n >= want) return n;
        await new Promise((r) => setTimeout(r, 20));
      }
      return (await chrome.alarms.getAll()).length;
    }, data.futureReminders + 1);
    // After its sync, the started worker makes the dashboard's list again (the generated data dropped it).
    await listMade(admin);

    const storage = await measureStorage(admin, {
      runs: RUNS,
      perSample: 10,
      jobKeys: FIXED.map((f) => `linkedin:${/(\d+)\/$/.exec(f.url)[1]}`),
      now,
    });
    log(`${size}: storage`);

    // Chips first, while the extension's browser has no other page than its bench page (the plain
    // browser has one blank page too): the page-load comparison is of like with like.
    const listing = await ext.browser.newPage();
    const chips = await measureChips(listing, plain.page, RUNS);
    log(`${size}: chips`);
    await listing.close();

    const tabA = await ext.browser.newPage();
    await tabA.goto(VIEW_A, { waitUntil: 'load' });
    const popup = await measurePopup(ext, admin, tabA, RUNS);
    log(`${size}: popup`);
    const tabNew = await ext.browser.newPage();
    await tabNew.goto(VIEW_NEW, { waitUntil: 'load' });
    const form = await measurePopup(ext, admin, tabNew, RUNS, { tracked: false });
    log(`${size}: popup on an untracked posting`);
    await tabNew.close();
    await tabA.bringToFront();
    const peers = {};
    for (const peer of PEERS) {
      const m = await measurePeerPopup(ext, admin, tabA, peer, RUNS);
      peers[peer.name] = {
        firstPaint: summary(m.fcp),
        floor: summary(m.floor),
        ratio: ratioInterval(m.fcp, m.floor),
        aa: aa(m.floor).ratio,
        samples: m,
      };
      log(`${size}: peer ${peer.name}`);
    }
    const tabB = await ext.browser.newPage();
    await tabB.goto(VIEW_B, { waitUntil: 'load' });

    const control = await workerControl(ext);
    const worker = await measureColdStart(control, admin, KEY_A, RUNS);
    log(`${size}: worker`);
    // At the largest size, the smallest set's cold starts in this browser too (measureColdStartGrowth).
    const growth =
      SIZES.length > 1 && size === SIZES.at(-1)
        ? await measureColdStartGrowth(control, admin, KEY_A, RUNS, {
            large: { count: size, fixed: FIXED, now },
            small: { count: SIZES[0], fixed: FIXED, now },
            largeCold: worker.cold,
          })
        : null;
    if (growth) log(`${size}: worker, with ${SIZES[0]} applications in the same browser`);
    await control.close();

    // Last: it attaches to the worker to read its marks (after which a stopped worker would not restart).
    const badge = await measureBadge(ext, admin, RUNS);
    log(`${size}: badge`);

    const storageOut = {};
    for (const [name, t] of Object.entries(storage)) {
      const product = summary(t.product);
      const raw = summary(t.raw);
      storageOut[name] = { rows: t.rows, product, rawIdb: raw, nativeIdb: summary(t.native), ratio: ratio(product, raw) };
    }
    const ready = summary(popup.ready);
    const floor = summary(popup.floor);
    const loadWith = summary(chips.loadWith);
    const loadWithout = summary(chips.loadWithout);
    return {
      applications: size,
      data: { ...data, ms: Math.round(data.ms), alarms },
      popup: {
        ready,
        floor,
        ratio: ratio(ready, floor),
        readyRatio: ratioInterval(popup.ready, popup.floor),
        marked: summary(popup.marked),
        markedRatio: ratioInterval(popup.marked, popup.floor),
        firstPaintRatio: ratioInterval(popup.popupFcp, popup.floor),
        scripted: summary(popup.scripted),
        scriptedRatio: ratioInterval(popup.scripted, popup.floor),
        firstPaintOverScripted: ratioInterval(popup.popupFcp, popup.scripted),
        reader: summary(popup.reader),
        readerRatio: ratioInterval(popup.reader, popup.floor),
        readerFirstPaintRatio: ratioInterval(popup.readerFcp, popup.floor),
        readerShown: popup.readerChecked,
        content: summary(popup.content),
        contentRatio: ratioInterval(popup.content, popup.floor),
        readyOverContent: ratioInterval(popup.ready, popup.content),
        firstPaintOverContent: ratioInterval(popup.popupFcp, popup.content),
        aa: aa(popup.floor).ratio,
        overFloorMs: round(ready.median - floor.median, 1),
        windowOpen: summary(popup.windowOpen),
        firstPaint: summary(popup.popupFcp),
        shown: popup.checked,
        page: popup.page,
      },
      form: {
        ready: summary(form.ready),
        floor: summary(form.floor),
        readyRatio: ratioInterval(form.ready, form.floor),
        marked: summary(form.marked),
        markedRatio: ratioInterval(form.marked, form.floor),
        firstPaintRatio: ratioInterval(form.popupFcp, form.floor),
        aa: aa(form.floor).ratio,
        firstPaint: summary(form.popupFcp),
        shown: form.checked,
        reader: summary(form.reader),
        readerRatio: ratioInterval(form.reader, form.floor),
        readerShown: form.readerChecked,
        content: summary(form.content),
        contentRatio: ratioInterval(form.content, form.floor),
        readyOverContent: ratioInterval(form.ready, form.content),
        firstPaintOverContent: ratioInterval(form.popupFcp, form.content),
      },
      peers,
      badge: {
        activation: summary(badge.activation),
        navigation: summary(badge.navigation),
        floor: summary(badge.floor),
        texts: badge.expected,
        overFloor: diffInterval(badge.activation, badge.floor),
        aa: aa(badge.floor).diffMs,
      },
      chips: {
        cards: 100,
        tracked: chips.chips,
        scriptTime: summary(chips.script),
        evaluate: summary(chips.evaluate),
        findCards: summary(chips.find),
        annotate: summary(chips.annotate),
        lastChipVisible: summary(chips.lastChip),
        loadWith,
        loadWithout,
        loadRatio: ratio(loadWith, loadWithout),
        loadRatioInterval: ratioInterval(chips.loadWith, chips.loadWithout),
        loadAa: aa(chips.loadWithout).ratio,
        scriptTimeInterval: diffInterval(chips.script, [0]),
        noTrackedScriptTime: summary(chips.idle),
      },
      worker: {
        coldStart: summary(worker.cold),
        warmMessage: summary(worker.warm),
        coldAa: aa(worker.cold).ratio,
        ...(growth
          ? {
              sameBrowser: {
                large: summary(growth.large),
                small: summary(growth.small),
                ratio: ratioInterval(growth.large, growth.small),
                aa: aa(growth.small).ratio,
              },
            }
          : {}),
      },
      samples: {
        popup,
        form,
        badge: { activation: badge.activation, floor: badge.floor },
        chips: { script: chips.script },
        cold: worker.cold,
      },
      storage: storageOut,
    };
  } finally {
    await ext.close();
  }
}

/** The dashboard at DASHBOARD_APPS applications of DASHBOARD_EACH interviews: first rows, then its searches. */
async function measureDashboardSize(dir, site) {
  const ext = await launchExtension(dir, site);
  try {
    const admin = await openAdmin(ext);
    const spec = { count: DASHBOARD_APPS, fixed: FIXED, now: Date.now(), interviewsEach: DASHBOARD_EACH };
    const data = await admin.evaluate((spec) => globalThis.relanceBench.generate(spec), spec);
    log(`dashboard: ${data.applications} applications, ${data.interviews} interviews written in ${Math.round(data.ms)} ms`);
    const catalog = JSON.parse(await readFile(join(root, '_locales', 'en', 'messages.json'), 'utf8'));
    const m = await measureDashboard(ext, admin, RUNS, DASHBOARD_QUERIES, [catalog.loading.message]);
    log('dashboard: measured');
    const of = (o) => ({ firstRows: summary(o.firstRows), firstSearch: summary(o.firstSearch), search: summary(o.search), samples: o });
    return {
      applications: data.applications,
      interviews: data.interviews,
      queries: DASHBOARD_QUERIES,
      rowsPainted: m.rows,
      shown: m.shown,
      kept: of(m.kept),
      written: of(m.written),
      lost: of(m.lost),
    };
  } finally {
    await ext.close();
  }
}

const TARGETS = {
  dashboardFirstRowsMs: 150,
  dashboardSearchMs: 100,
  popupFirstPaintRatio: 1.05,
  popupRatio: 1.1,
  badgeOverFloorMs: 3,
  chipsScriptMs: 5,
  pageLoadRatio: 'within the A/A noise',
  storageRatio: 1.5,
  popupGzipKB: 16,
  contentGzipKB: 8,
};

function printTable(results) {
  const lines = [];
  const p = (s = '') => lines.push(s);
  p(`Relance benchmark — ${results.date}`);
  p(`machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGB} GB; Node ${results.machine.node}`);
  p(`browser: ${results.browser} (headless)`);
  p(`runs: ${results.runs} per measure; times in ms: median (p95, min–max); [bootstrap 95% interval]`);
  p('A/A: the floor against itself (its runs split by turn): the spread a comparison shows when nothing differs');
  p();
  p('Sizes (release build, dist/chrome): minified / gzipped');
  for (const [name, s] of Object.entries(results.sizes.bundles))
    p(`  ${name.padEnd(11)} ${kb(s.min).padStart(9)} / ${kb(s.gzip).padStart(8)}`);
  p(`  unpacked    ${kb(results.sizes.unpacked).padStart(9)}`);
  p('Popup bundle composition (esbuild metafile, minified bytes by source; the first script, then what loads when shown)');
  for (const o of results.sizes.popupComposition)
    p(
      `  ${o.file.padEnd(28)} ${kb(o.bytes).padStart(8)}: ${o.groups
        .slice(0, 8)
        .map((g) => `${g.group} ${kb(g.bytes)}`)
        .join(', ')}`,
    );
  /** The content floor (bench/measure.mjs): the popup's page as rendered, with no script. */
  const contentLines = (m, what) => {
    p(`  the content floor: ${what} as the popup rendered it, with no script  first paint ${fmt(m.content)}`);
    p(
      `    its first paint / floor  ${fmtInterval(m.contentRatio)}; the popup's ready / it  ${fmtInterval(m.readyOverContent)}; the popup's first paint / it  ${fmtInterval(m.firstPaintOverContent)}`,
    );
  };
  for (const r of results.bySize) {
    p();
    p(
      `— ${r.applications} applications (+${FIXED.length} the measures use): ${r.data.interviews} interviews, ${r.data.reminders} reminders, ${r.data.pendingReminders} pending (${r.data.dueNow} due now), ${r.data.alarms} alarms; generated in ${r.data.ms} ms`,
    );
    p(`  popup ready            ${fmt(r.popup.ready)}`);
    p(`  blank popup (floor)    ${fmt(r.popup.floor)}   A/A ${fmtInterval(r.popup.aa)}`);
    p(`    ready / floor        ${fmtInterval(r.popup.readyRatio)} (target ≤ ${TARGETS.popupRatio}), +${r.popup.overFloorMs} ms`);
    p(
      `    first paint / floor  ${fmtInterval(r.popup.firstPaintRatio)} (target ≤ ${TARGETS.popupFirstPaintRatio}); first paint ${fmt(r.popup.firstPaint)}`,
    );
    p(
      `    its mark alone       ${fmt(r.popup.marked)}; / floor ${fmtInterval(r.popup.markedRatio)} (ready waits for the heading's paint too)`,
    );
    p(`    popup window open    ${fmt(r.popup.windowOpen)}`);
    if (r.popup.scripted) {
      p(`  the floor with an empty script (any scripted popup's start)  first paint ${fmt(r.popup.scripted)}`);
      p(
        `    its first paint / floor  ${fmtInterval(r.popup.scriptedRatio)}; the popup's first paint / it  ${fmtInterval(r.popup.firstPaintOverScripted)}`,
      );
    }
    if (r.popup.reader?.median) {
      p(
        `  the floor with a script that shows the application's title read from the database (${r.popup.readerShown})  ready ${fmt(r.popup.reader)}`,
      );
      p(
        `    its ready / floor  ${fmtInterval(r.popup.readerRatio)}; its first paint / floor  ${fmtInterval(r.popup.readerFirstPaintRatio)}`,
      );
    }
    if (r.popup.content?.median) contentLines(r.popup, 'the application');
    if (r.form) {
      p(`  popup on an untracked posting: the debrief form filled in (${r.form.shown})`);
      p(`    form ready           ${fmt(r.form.ready)}   floor ${fmt(r.form.floor)}   A/A ${fmtInterval(r.form.aa)}`);
      p(`    ready / floor        ${fmtInterval(r.form.readyRatio)} (target ≤ ${TARGETS.popupRatio})`);
      p(`    its mark alone       ${fmt(r.form.marked)}; / floor ${fmtInterval(r.form.markedRatio)}`);
      if (r.form.reader?.median)
        p(
          `    the floor with a script that shows the posting the extractor read (${r.form.readerShown})  ready ${fmt(r.form.reader)}; / floor ${fmtInterval(r.form.readerRatio)}`,
        );
      p(
        `    first paint / floor  ${fmtInterval(r.form.firstPaintRatio)} (target ≤ ${TARGETS.popupFirstPaintRatio}); first paint ${fmt(r.form.firstPaint)}`,
      );
      if (r.form.content?.median) contentLines(r.form, 'the form');
    }
    for (const [name, peer] of Object.entries(r.peers)) {
      p(
        `  peer ${name.padEnd(17)} first paint ${fmt(peer.firstPaint)}; / its interleaved floor ${fmtInterval(peer.ratio)} (A/A ${fmtInterval(peer.aa)})`,
      );
    }
    p(`  badge, activation      ${fmt(r.badge.activation)}`);
    p(`    floor: event → a badge write, no lookup  ${fmt(r.badge.floor)}   A/A ${fmtInterval(r.badge.aa, ' ms')}`);
    p(`    over the floor       ${fmtInterval(r.badge.overFloor, ' ms')} (target ≤ +${TARGETS.badgeOverFloorMs} ms)`);
    p(`  badge, navigation      ${fmt(r.badge.navigation)}`);
    p(
      `  chips script time      ${fmt(r.chips.scriptTime, 2)}   median ${fmtInterval(r.chips.scriptTimeInterval, ' ms')} (target ≤ ${TARGETS.chipsScriptMs}; 100 cards, ${r.chips.tracked} tracked)`,
    );
    p(`    evaluate / find / annotate  ${r.chips.evaluate.median} / ${r.chips.findCards.median} / ${r.chips.annotate.median}`);
    p(`    no tracked job (20 cards)   ${fmt(r.chips.noTrackedScriptTime, 2)}`);
    p(`  last chip visible      ${fmt(r.chips.lastChipVisible)}   (from navigation start)`);
    p(`  page load with ext     ${fmt(r.chips.loadWith)}`);
    p(`  page load without      ${fmt(r.chips.loadWithout)}   A/A ${fmtInterval(r.chips.loadAa)}`);
    p(`    with / without       ${fmtInterval(r.chips.loadRatioInterval)} (target: ${TARGETS.pageLoadRatio})`);
    p(
      `  worker cold start      ${fmt(r.worker.coldStart)}   A/A ${fmtInterval(r.worker.coldAa)} (warm message ${fmt(r.worker.warmMessage, 2)})`,
    );
    for (const [name, s] of Object.entries(r.storage)) {
      p(
        `  ${name.padEnd(22)} ${fmt(s.product, 3)} vs idb ${fmt(s.rawIdb, 3)}   ratio ${s.ratio} (target ≤ ${TARGETS.storageRatio}); native ${s.nativeIdb.median}; ${s.rows} rows`,
      );
    }
  }
  const d = results.dashboard;
  if (d) {
    p();
    p(`— dashboard: ${d.applications} applications, ${d.interviews} interviews (${d.rowsPainted} rows painted)`);
    for (const [name, o] of [
      ['the list kept whole current (the usual opening)', d.kept],
      ['just after a write (the kept list brought up to date with it)', d.written],
      ['no kept list to start from (after an upgrade)', d.lost],
    ]) {
      if (!o) continue;
      p(`  ${name}`);
      p(`    navigation → first rows   ${fmt(o.firstRows)} (target ≤ ${TARGETS.dashboardFirstRowsMs})`);
      p(`    first search, at once      ${fmt(o.firstSearch)} (target ≤ ${TARGETS.dashboardSearchMs})`);
      p(`    every search               ${fmt(o.search)} (target ≤ ${TARGETS.dashboardSearchMs}); p95 is the figure to hold`);
    }
    p(`    ${d.shown.join('; ')}`);
  }
  if (results.coldStartGrowth) {
    p();
    p(`worker cold start, largest / smallest data set: ${fmtInterval(results.coldStartGrowth)} (target: no slower)`);
    const together = results.bySize.at(-1).worker.sameBrowser;
    if (together)
      p(
        `  both sets in the largest's browser, blocks taking turns: ${fmt(together.large)} against ${fmt(together.small)}; ratio ${fmtInterval(together.ratio)} (the smaller's A/A ${fmtInterval(together.aa)})`,
      );
  }
  p();
  p(`finished in ${results.seconds} s`);
  console.log(lines.join('\n'));
}

async function main() {
  const dir = await prepare();
  log(`benchmark copy of the build in ${dir}`);
  const sizes = {
    bundles: await bundleSizes(RELEASE),
    unpacked: await unpackedSize(RELEASE),
    popupComposition: await popupComposition(root),
  };
  const site = await startSites();
  const plain = await launchPlain(site);
  // Like the extension's browser: one idle page beside the measured one.
  await (await plain.browser.newPage()).goto('about:blank');
  plain.page = await plain.browser.newPage();
  await plain.page.goto(LISTING_100);
  const browser = (await plain.browser.version()).replace('HeadlessChrome', 'Chromium');
  const bySize = [];
  let dashboard = null;
  try {
    for (const size of SIZES) bySize.push(await measureSize(size, dir, site, plain));
    if (DASHBOARD_APPS > 0) dashboard = await measureDashboardSize(dir, site);
  } finally {
    await plain.close();
    await site.close();
    await rm(dir, { recursive: true, force: true });
  }
  const cpu = cpus();
  const [first, last] = [bySize[0], bySize.at(-1)];
  const coldStartGrowth = bySize.length > 1 ? ratioInterval(last.samples.cold, first.samples.cold) : null;
  const results = {
    date: new Date().toISOString(),
    machine: { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
    browser,
    runs: RUNS,
    command: 'npm run bench',
    notes: [
      'Benchmark copy of dist/chrome: adds bench-blank.html, bench.html/bench.js, host_permissions https://www.linkedin.com/* (what activeTab grants on a click) and a content.js built with __BENCH__ timing marks.',
      'Times are taken inside the browser; popup times start at chrome.action.openPopup() in an extension page.',
      'The content floors (bench-content-tracked.html, bench-content-form.html) are the popup pages as the first turn rendered them, saved without scripts into that copy while it runs.',
      'Storage samples are the mean of 10 sequential calls each.',
    ],
    targets: TARGETS,
    sizes,
    peers: PEERS.map(({ name, dir, popup }) => ({ name, dir, popup })),
    bySize,
    dashboard,
    coldStartGrowth,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  await writeFile(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
}

await main();
