// Summaries of timing samples: median, p95 (nearest rank), min and max, in ms.

export function summary(samples) {
  const s = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return { n: 0, median: null, p95: null, min: null, max: null };
  const rank = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { n: s.length, median: round(mid), p95: round(rank(0.95)), min: round(s[0]), max: round(s[s.length - 1]) };
}

export const round = (x, digits = 3) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));

/** Ratio of two medians. */
export const ratio = (a, b) => (a?.median && b?.median ? round(a.median / b.median, 2) : null);

/** "12.3 (p95 15.0, 11.1–19.2)" */
export function fmt(s, digits = 1) {
  if (!s || s.n === 0) return 'n/a';
  const f = (x) => x.toFixed(digits);
  return `${f(s.median)} (p95 ${f(s.p95)}, ${f(s.min)}–${f(s.max)})`;
}
