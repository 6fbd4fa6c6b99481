// Lord Howe Island shifts by half an hour (UTC+10:30 ↔ +11): the hardest common case for "09:00 local".
// Fixed time zone for this file: Node re-reads TZ when process.env.TZ is assigned. Set before any Date use.
const previousTz = process.env.TZ;
process.env.TZ = 'Australia/Lord_Howe';

import { afterAll, describe, expect, it } from 'vitest';
import { calendarDaysBetween, defaultFollowUpAt, localDayAt } from '../../src/core/dates';

afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

const NINE = 9 * 60;
const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();

describe('time zone of this file', () => {
  it('is Lord Howe: +11 in summer, +10:30 in winter, changing on 5 April and 4 October 2026', () => {
    expect(new Date(2026, 3, 4, 12).getTimezoneOffset()).toBe(-660);
    expect(new Date(2026, 3, 5, 12).getTimezoneOffset()).toBe(-630);
    expect(new Date(2026, 9, 3, 12).getTimezoneOffset()).toBe(-630);
    expect(new Date(2026, 9, 4, 12).getTimezoneOffset()).toBe(-660);
  });
});

describe('defaultFollowUpAt on Lord Howe', () => {
  it.each([
    ['across the April change (DST ends)', local(2026, 4, 1, 15), Date.UTC(2026, 3, 7, 22, 30)],
    ['on the April change day itself', local(2026, 3, 29, 15), Date.UTC(2026, 3, 4, 22, 30)],
    ['across the October change (DST starts)', local(2026, 10, 1, 15), Date.UTC(2026, 9, 7, 22, 0)],
    ['on the October change day itself', local(2026, 9, 27, 15), Date.UTC(2026, 9, 3, 22, 0)],
    ['no change in between (winter)', local(2026, 6, 10, 15), Date.UTC(2026, 5, 16, 22, 30)],
  ])('%s: 09:00 local on day + 7', (_n, interviewAt, expected) => {
    const t = defaultFollowUpAt(interviewAt, 7, NINE);
    expect(t).toBe(expected);
    expect(new Date(t).getHours()).toBe(9);
    expect(new Date(t).getMinutes()).toBe(0);
  });

  it('counts calendar days, not 24-hour spans, across a half-hour change', () => {
    expect(calendarDaysBetween(local(2026, 4, 4, 23, 50), local(2026, 4, 5, 0, 10))).toBe(1);
    expect(calendarDaysBetween(local(2026, 10, 3, 12), localDayAt(local(2026, 10, 3, 12), 2, NINE))).toBe(2);
  });
});
