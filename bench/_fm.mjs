// Marks of the popup opened on an untracked posting (the debrief form), relative to the click.
import { launchExtension, openAdmin, startSites, VIEW_A, VIEW_B, VIEW_NEW } from './browsers.mjs';
import { prepare } from './prepare.mjs';
const N = Number(process.env.N ?? 20);
const dir = process.env.DIR ?? (await prepare());
const site = await startSites();
const ext = await launchExtension(dir, site);
const admin = await openAdmin(ext);
const FIXED = [
  { url: VIEW_A, title: 'Senior Backend Engineer', company: 'Qonto', state: { followUpInDays: 5 }, interviews: 2 },
  { url: VIEW_B, title: 'Platform Engineer', company: 'Alan', state: { followUpInDays: 3 } },
];
await admin.evaluate((spec) => globalThis.relanceBench.generate(spec), { count: 1000, fixed: FIXED, now: Date.now() });
const tab = await ext.browser.newPage();
await tab.goto(process.env.URL ?? VIEW_NEW, { waitUntil: 'load' });
await tab.bringToFront();
await new Promise((r) => setTimeout(r, 500));
const rows = [];
for (let i = 0; i < N + 1; i++) {
  const known = new Set(ext.browser.targets());
  const clickAt = await admin.evaluate(async () => { const at = performance.timeOrigin + performance.now(); await chrome.action.openPopup(); return at; });
  const target = await ext.browser.waitForTarget((t) => !known.has(t) && /popup\.html/.test(t.url()), { timeout: 15000 });
  const page = await target.asPage();
  await page.waitForFunction(() => performance.getEntriesByName('relance-popup-ready').length > 0 && performance.getEntriesByName('first-contentful-paint').length > 0, { timeout: 15000, polling: 20 });
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const out = { origin: performance.timeOrigin, load: nav.loadEventEnd, fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime };
    for (const m of performance.getEntriesByType('mark')) out[m.name.replace('relance-popup-', '')] = m.startTime;
    for (const e of performance.getEntriesByType('resource')) out['res:' + e.name.split('/').pop()] = e.responseEnd;
    return out;
  });
  await page.close();
  if (i === 0) continue;
  const off = r.origin - clickAt;
  const o = {};
  for (const [k, v] of Object.entries(r)) if (k !== 'origin') o[k] = v + off;
  rows.push(o);
}
const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
const med = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); return s[s.length >> 1]; };
for (const k of keys.sort((a, b) => med(rows.map((r) => r[a])) - med(rows.map((r) => r[b])))) console.log(k.padEnd(36), med(rows.map((r) => r[k]))?.toFixed(0));
await ext.close(); await site.close();
