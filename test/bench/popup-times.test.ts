// The bench's popup opening times (bench/popup-times.mjs): ready waits for the view to be seen.
import { describe, expect, it } from 'vitest';
import { popupTimes } from '../../bench/popup-times.mjs';

// The popup's page started 5 ms after the click; its times are from its own origin.
const CLICK = 1_000;
const page = (ready: number | null, fcp: number | null, painted: number | null) => ({ origin: 1_005, ready, fcp, painted });

describe('popupTimes', () => {
  it('is ready when the heading is painted, when the window grew to show it after the mark', () => {
    expect(popupTimes(page(90, 95, 115), CLICK)).toEqual({ ready: 120, marked: 100, firstPaint: 100, windowOpen: 5 });
  });

  it('is ready at the mark when the heading was painted before it', () => {
    expect(popupTimes(page(110, 95, 100), CLICK).ready).toBe(115);
  });

  it('is ready no sooner than its first paint', () => {
    expect(popupTimes(page(80, 96, 90), CLICK)).toMatchObject({ ready: 101, marked: 101, firstPaint: 101 });
  });

  it('fails when the heading was never painted, rather than count the opening as fast', () => {
    expect(() => popupTimes({ ...page(90, 95, null), text: 'Relance\nLoading…' }, CLICK)).toThrow(/never painted[\s\S]*Loading/);
  });
});
