// The benchmark's noise: bootstrap intervals of ratios and differences of medians, the A/A split.
import { describe, expect, it } from 'vitest';
import { diffInterval, fmtInterval, ratioInterval, splitByTurn } from '../../bench/stats.mjs';

const around = (centre: number, n: number, spread: number) => Array.from({ length: n }, (_, i) => centre + ((i * 7) % 11) * (spread / 10));

describe('ratioInterval', () => {
  it('gives the ratio of medians inside its 95% interval', () => {
    const r = ratioInterval(around(110, 30, 10), around(100, 30, 10));
    expect(r).not.toBeNull();
    expect(r!.value).toBeCloseTo(1.1, 1);
    expect(r!.lo).toBeLessThanOrEqual(r!.value);
    expect(r!.hi).toBeGreaterThanOrEqual(r!.value);
  });

  it('is narrower with less spread', () => {
    const wide = ratioInterval(around(100, 30, 40), around(100, 30, 40))!;
    const narrow = ratioInterval(around(100, 30, 4), around(100, 30, 4))!;
    expect(narrow.hi - narrow.lo).toBeLessThan(wide.hi - wide.lo);
  });

  it('is the same for the same samples (seeded), and null without samples', () => {
    const a = around(120, 20, 30);
    const b = around(100, 20, 30);
    expect(ratioInterval(a, b)).toEqual(ratioInterval(a, b));
    expect(ratioInterval([], b)).toBeNull();
    expect(ratioInterval([Number.NaN], b)).toBeNull();
  });
});

describe('diffInterval', () => {
  it('gives the difference of medians in ms', () => {
    const r = diffInterval(around(13, 25, 2), around(10, 25, 2))!;
    expect(r.value).toBeCloseTo(3, 0);
    expect(r.lo).toBeLessThanOrEqual(r.value);
    expect(r.hi).toBeGreaterThanOrEqual(r.value);
  });
});

describe('splitByTurn', () => {
  it('splits interleaved samples into even and odd runs', () => {
    expect(splitByTurn([1, 2, 3, 4, 5])).toEqual([
      [1, 3, 5],
      [2, 4],
    ]);
  });

  it('an A/A ratio of one floor is about 1 with an interval around it', () => {
    const [a, b] = splitByTurn(around(50, 40, 10));
    const r = ratioInterval(a, b)!;
    expect(r.lo).toBeLessThanOrEqual(1);
    expect(r.hi).toBeGreaterThanOrEqual(1);
  });
});

describe('fmtInterval', () => {
  it('prints the value and its interval', () => {
    expect(fmtInterval({ value: 1.08, lo: 1.02, hi: 1.15 })).toBe('1.08 [1.02–1.15]');
    expect(fmtInterval({ value: 2.5, lo: 1, hi: 4 }, ' ms')).toBe('2.5 ms [1–4 ms]');
    expect(fmtInterval(null)).toBe('n/a');
  });
});
