// Summaries of timing samples: median, p95 (nearest rank), min and max, in ms; and the noise around
// them: bootstrap 95% intervals for a ratio (or a difference) of two medians, and the A/A comparison
// of a floor against itself.

export function summary(samples) {
  const s = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return { n: 0, median: null, p95: null, min: null, max: null };
  const rank = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { n: s.length, median: round(median(s)), p95: round(rank(0.95)), min: round(s[0]), max: round(s[s.length - 1]) };
}

export const round = (x, digits = 3) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));

/** Median of sorted finite numbers. */
function median(s) {
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Ratio of two medians. */
export const ratio = (a, b) => (a?.median && b?.median ? round(a.median / b.median, 2) : null);

/** A small seeded generator (mulberry32): the same samples give the same interval on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const finite = (xs) => xs.filter((x) => Number.isFinite(x));

/**
 * Bootstrap 95% percentile interval of `stat(median(a), median(b))`: both sample sets resampled with
 * replacement, independently, `rounds` times. Null when either set is empty.
 */
function bootstrap(a, b, stat, { rounds = 2000, seed = 1 } = {}) {
  const xs = finite(a);
  const ys = finite(b);
  if (xs.length === 0 || ys.length === 0) return null;
  const next = random(seed);
  const resampledMedian = (s) => median(Array.from(s, () => s[Math.floor(next() * s.length)]).sort((p, q) => p - q));
  const values = [];
  for (let k = 0; k < rounds; k++) values.push(stat(resampledMedian(xs), resampledMedian(ys)));
  values.sort((p, q) => p - q);
  const at = (p) => values[Math.min(rounds - 1, Math.max(0, Math.round(p * (rounds - 1))))];
  const sorted = (s) => [...s].sort((p, q) => p - q);
  return { value: stat(median(sorted(xs)), median(sorted(ys))), lo: at(0.025), hi: at(0.975) };
}

/** Ratio of medians a/b with its bootstrap 95% interval: { value, lo, hi } (2 decimals). */
export function ratioInterval(a, b, options) {
  const r = bootstrap(a, b, (x, y) => x / y, options);
  return r && { value: round(r.value, 2), lo: round(r.lo, 2), hi: round(r.hi, 2) };
}

/** Difference of medians a − b in ms with its bootstrap 95% interval (1 decimal). */
export function diffInterval(a, b, options) {
  const r = bootstrap(a, b, (x, y) => x - y, options);
  return r && { value: round(r.value, 1), lo: round(r.lo, 1), hi: round(r.hi, 1) };
}

/**
 * The floor against itself: its samples split by turn (even runs against odd runs, both taken
 * interleaved with the measured ones) and compared as the measure is compared to the floor. Its
 * interval is the spread a ratio (or a difference) shows when nothing differs.
 */
export function splitByTurn(samples) {
  return [samples.filter((_, i) => i % 2 === 0), samples.filter((_, i) => i % 2 === 1)];
}

/** "1.08 [1.02–1.15]" */
export const fmtInterval = (r, unit = '') => (r ? `${r.value}${unit} [${r.lo}–${r.hi}${unit}]` : 'n/a');

/** "12.3 (p95 15.0, 11.1–19.2)" */
export function fmt(s, digits = 1) {
  if (!s || s.n === 0) return 'n/a';
  const f = (x) => x.toFixed(digits);
  return `${f(s.median)} (p95 ${f(s.p95)}, ${f(s.min)}–${f(s.max)})`;
}
