// Fixed time zone for this file: Node re-reads TZ when process.env.TZ is assigned. Set before any Date use.
const previousTz = process.env.TZ;
process.env.TZ = 'America/New_York';

import { afterAll, describe, expect, it } from 'vitest';
import { calendarDaysBetween, defaultFollowUpAt, fromDateInput, toDateInput, toDateTimeInput } from '../../src/core/dates';

afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const NINE = 9 * 60;
const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();

describe('time zone of this file', () => {
  it('is America/New_York, with the 2026 changes on 8 March and 1 November', () => {
    expect(new Date(2026, 2, 7, 12).getTimezoneOffset()).toBe(300);
    expect(new Date(2026, 2, 8, 12).getTimezoneOffset()).toBe(240);
    expect(new Date(2026, 9, 31, 12).getTimezoneOffset()).toBe(240);
    expect(new Date(2026, 10, 1, 12).getTimezoneOffset()).toBe(300);
  });
});

describe('defaultFollowUpAt in New York', () => {
  it.each([
    ['before spring-forward (8 Mar) → EDT', local(2026, 3, 4, 10), Date.UTC(2026, 2, 11, 13), 7 * DAY - 2 * HOUR],
    ['evening of 1 Mar → 8 Mar, the change day itself', local(2026, 3, 1, 20), Date.UTC(2026, 2, 8, 13), 7 * DAY - 12 * HOUR],
    ['before fall-back (1 Nov) → EST', local(2026, 10, 28, 9), Date.UTC(2026, 10, 4, 14), 7 * DAY + HOUR],
    ['25 Oct → 1 Nov, the change day itself', local(2026, 10, 25, 9), Date.UTC(2026, 10, 1, 14), 7 * DAY + HOUR],
    [
      'late evening, the local day counts, not the UTC one (02:30Z next day)',
      local(2026, 6, 1, 22, 30),
      Date.UTC(2026, 5, 8, 13),
      7 * DAY - 13.5 * HOUR,
    ],
  ])('%s', (_n, interviewAt, expected, delta) => {
    const followUp = defaultFollowUpAt(interviewAt, 7, NINE);
    expect(followUp).toBe(expected);
    expect(followUp - interviewAt).toBe(delta);
    expect(toDateTimeInput(followUp).slice(11)).toBe('09:00');
  });
});

describe('calendarDaysBetween in New York', () => {
  it.each([
    ['across spring-forward', local(2026, 3, 7, 12), local(2026, 3, 9, 12), 2],
    ['across fall-back', local(2026, 10, 31, 23), local(2026, 11, 2, 0, 30), 2],
    ['evening vs next morning (same UTC day)', local(2026, 11, 1, 20), local(2026, 11, 2, 8), 1],
  ])('%s', (_n, now, t, expected) => {
    expect(calendarDaysBetween(now, t)).toBe(expected);
  });
});

describe('date inputs in New York', () => {
  it.each(['2026-03-08', '2026-11-01', '2026-12-31'])('round trip %s', (s) => {
    expect(toDateInput(fromDateInput(s, NINE)!)).toBe(s);
  });

  it('09:00 on the change days', () => {
    expect(fromDateInput('2026-03-08', NINE)).toBe(Date.UTC(2026, 2, 8, 13));
    expect(fromDateInput('2026-11-01', NINE)).toBe(Date.UTC(2026, 10, 1, 14));
  });
});
