#!/usr/bin/env node
// The medians of several bench runs: node bench/runs.mjs results1.json results2.json results3.json
// (each a copy of bench/results.json). For each measure and data size: every run's value with its
// bootstrap 95% interval, then the median of the runs' values, beside its target. A target is met when
// that median meets it and the intervals stay clear of the A/A spread on the wrong side.
import { readFile } from 'node:fs/promises';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node bench/runs.mjs results1.json results2.json …');
  process.exit(2);
}
const runs = await Promise.all(files.map(async (f) => JSON.parse(await readFile(f, 'utf8'))));

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const iv = (r) => (r ? `${r.value} [${r.lo}–${r.hi}]` : 'n/a');

/** Each measure: its name, its target, and how to read it (an interval) from one size's results. */
const MEASURES = [
  ['popup ready / floor', '≤ 1.10', (r) => r.popup.readyRatio],
  ['popup first paint / floor', '≤ 1.05', (r) => r.popup.firstPaintRatio],
  // Runs made before ready waited for the heading's paint have no markedRatio: their ready was the mark.
  ['popup mark alone / floor', '', (r) => r.popup.markedRatio ?? r.popup.readyRatio],
  ['popup floor A/A', '', (r) => r.popup.aa],
  ['empty-script floor / floor', '', (r) => r.popup.scriptedRatio],
  ['popup first paint / empty-script floor', '', (r) => r.popup.firstPaintOverScripted],
  ['reader ready / floor', '', (r) => r.popup.readerRatio],
  ['reader first paint / floor', '', (r) => r.popup.readerFirstPaintRatio],
  ['content floor / floor', '', (r) => r.popup.contentRatio],
  ['popup ready / content floor', '', (r) => r.popup.readyOverContent],
  ['popup first paint / content floor', '', (r) => r.popup.firstPaintOverContent],
  ['untracked: form ready / floor', '≤ 1.10', (r) => r.form?.readyRatio],
  ['untracked: form mark alone / floor', '', (r) => r.form?.markedRatio ?? r.form?.readyRatio],
  ['untracked: first paint / floor', '≤ 1.05', (r) => r.form?.firstPaintRatio],
  ['untracked: reader ready / floor', '', (r) => r.form?.readerRatio],
  ['untracked: content floor / floor', '', (r) => r.form?.contentRatio],
  ['untracked: form ready / content floor', '', (r) => r.form?.readyOverContent],
  ['untracked: first paint / content floor', '', (r) => r.form?.firstPaintOverContent],
  ['badge over its floor (ms)', '≤ +3', (r) => r.badge.overFloor],
  ['badge floor A/A (ms)', '', (r) => r.badge.aa],
  ['chips script time (ms)', '≤ 5', (r) => r.chips.scriptTimeInterval],
  ['page load with / without', 'within A/A', (r) => r.chips.loadRatioInterval],
  ['page load A/A', '', (r) => r.chips.loadAa],
];

const lines = [];
lines.push(`${runs.length} runs: ${runs.map((r) => r.date).join(', ')}`);
lines.push(`machine: ${runs[0].machine.cpu}, ${runs[0].machine.cores} cores; ${runs[0].browser}`);
for (const [k, size] of runs[0].bySize.map((s, k) => [k, s.applications])) {
  lines.push('', `— ${size} applications`);
  for (const [name, target, read] of MEASURES) {
    const each = runs.map((r) => read(r.bySize[k]));
    lines.push(
      `  ${name.padEnd(28)} ${each.map(iv).join('  |  ')}   median ${median(each.map((e) => e?.value))} ${target && `(target ${target})`}`,
    );
  }
  const peers = Object.keys(runs[0].bySize[k].peers ?? {});
  for (const peer of peers) {
    const each = runs.map((r) => r.bySize[k].peers?.[peer]?.ratio);
    lines.push(`  peer ${peer} first paint / floor  ${each.map(iv).join('  |  ')}   median ${median(each.map((e) => e?.value))}`);
  }
  const cold = runs.map((r) => r.bySize[k].worker.coldStart.median);
  lines.push(`  worker cold start (ms)       ${cold.join(' | ')}   median ${median(cold)}`);
}
const growth = runs.map((r) => r.coldStartGrowth);
lines.push(
  '',
  `worker cold start, largest / smallest data set: ${growth.map(iv).join('  |  ')}   median ${median(growth.map((g) => g?.value))} (target ≤ 1, no slower)`,
);
// The same, both sets in the largest size's browser (bench/measure.mjs measureColdStartGrowth).
const together = runs.map((r) => r.bySize.at(-1).worker.sameBrowser);
if (together.some(Boolean))
  lines.push(
    `  both sets in one browser: ${together.map((t) => iv(t?.ratio)).join('  |  ')}   median ${median(together.map((t) => t?.ratio?.value))}; A/A of the smaller ${together.map((t) => iv(t?.aa)).join('  |  ')}`,
  );
const withDashboard = runs.filter((r) => r.dashboard);
if (withDashboard.length) {
  const d0 = withDashboard[0].dashboard;
  lines.push(
    '',
    `— dashboard, ${d0.applications} applications, ${d0.interviews} interviews: median (p95) of each run, then the median of the runs' medians`,
  );
  for (const [name, opening] of [
    ['kept list current', 'kept'],
    ['just after a write', 'written'],
    ['no kept list', 'lost'],
  ]) {
    for (const [what, key, target] of [
      ['first rows (ms)', 'firstRows', '≤ 150'],
      ['first search, at once (ms)', 'firstSearch', '≤ 100'],
      ['every search (ms)', 'search', '≤ 100'],
    ]) {
      const each = withDashboard.filter((r) => r.dashboard[opening]).map((r) => r.dashboard[opening][key]);
      if (!each.length) continue;
      lines.push(
        `  ${`${name}: ${what}`.padEnd(44)} ${each.map((s) => `${s.median} (${s.p95})`).join('  |  ')}   median ${median(each.map((s) => s.median))} (target ${target})`,
      );
    }
  }
}
console.log(lines.join('\n'));
