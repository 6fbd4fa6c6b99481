// Fixed time zone for this file: Node re-reads TZ when process.env.TZ is assigned. Set before any Date use.
import '../paris-time';

import { describe, expect, it } from 'vitest';
import {
  calendarDaysBetween,
  defaultFollowUpAt,
  fromDateInput,
  fromDateTimeInput,
  localDayAt,
  startOfLocalDay,
  toDateInput,
  toDateTimeInput,
} from '../../src/core/dates';
import { DEFAULT_SETTINGS } from '../../src/core/types';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const NINE = 9 * 60;
/** Local wall-clock time in Europe/Paris. */
const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();

describe('time zone of this file', () => {
  it('is Europe/Paris, with the 2026 changes on 29 March and 25 October', () => {
    expect(new Date(2026, 2, 28, 9).getTimezoneOffset()).toBe(-60);
    expect(new Date(2026, 2, 29, 9).getTimezoneOffset()).toBe(-120);
    expect(new Date(2026, 9, 24, 9).getTimezoneOffset()).toBe(-120);
    expect(new Date(2026, 9, 25, 9).getTimezoneOffset()).toBe(-60);
  });
});

describe('defaultFollowUpAt (interview day + 7 at 09:00 local)', () => {
  it.each([
    ['plain week', local(2026, 1, 12, 14, 30), Date.UTC(2026, 0, 19, 8)],
    ['before spring-forward (29 Mar) → CEST', local(2026, 3, 25, 14), Date.UTC(2026, 3, 1, 7)],
    ['late evening before spring-forward', local(2026, 3, 28, 23, 30), Date.UTC(2026, 3, 4, 7)],
    ['on the spring-forward day, after the gap', local(2026, 3, 29, 3, 30), Date.UTC(2026, 3, 5, 7)],
    ['before fall-back (25 Oct) → CET', local(2026, 10, 21, 10), Date.UTC(2026, 9, 28, 8)],
    ['on the fall-back day', local(2026, 10, 25, 1, 30), Date.UTC(2026, 10, 1, 8)],
    ['just after local midnight', local(2026, 5, 4, 0, 5), Date.UTC(2026, 4, 11, 7)],
    ['just before local midnight (22:59Z, next day in UTC is irrelevant)', local(2026, 5, 4, 23, 59), Date.UTC(2026, 4, 11, 7)],
    ['month and year rollover', local(2026, 12, 28, 11), Date.UTC(2027, 0, 4, 8)],
    ['February of a common year', local(2026, 2, 25, 11), Date.UTC(2026, 2, 4, 8)],
    ['February of a leap year', local(2028, 2, 25, 11), Date.UTC(2028, 2, 3, 8)],
  ])('%s', (_name, interviewAt, expected) => {
    expect(defaultFollowUpAt(interviewAt, 7, NINE)).toBe(expected);
  });

  it('2026-03-25 → 2026-04-01 09:00 local, which is 7 × 24 h minus the lost hour after a 09:00 interview', () => {
    const interviewAt = local(2026, 3, 25, 9);
    const followUp = defaultFollowUpAt(interviewAt, DEFAULT_SETTINGS.followUpDelayDays, DEFAULT_SETTINGS.reminderMinutes);
    expect(toDateTimeInput(followUp)).toBe('2026-04-01T09:00');
    expect(new Date(followUp).toISOString()).toBe('2026-04-01T07:00:00.000Z');
    expect(followUp - interviewAt).toBe(7 * DAY - HOUR);
  });

  it('2026-10-21 → 2026-10-28 09:00 local, 7 × 24 h plus the repeated hour', () => {
    const interviewAt = local(2026, 10, 21, 9);
    const followUp = defaultFollowUpAt(interviewAt, 7, NINE);
    expect(toDateTimeInput(followUp)).toBe('2026-10-28T09:00');
    expect(new Date(followUp).toISOString()).toBe('2026-10-28T08:00:00.000Z');
    expect(followUp - interviewAt).toBe(7 * DAY + HOUR);
  });

  it.each([
    [0, 0, '2026-03-25T00:00'],
    [0, NINE, '2026-03-25T09:00'],
    [1, 17 * 60 + 30, '2026-03-26T17:30'],
    [14, NINE, '2026-04-08T09:00'],
    [31, NINE, '2026-04-25T09:00'],
  ])('delay %i days at minute %i', (days, minutes, expected) => {
    expect(toDateTimeInput(defaultFollowUpAt(local(2026, 3, 25, 15), days, minutes))).toBe(expected);
  });

  it('a reminder time inside the spring-forward gap lands just after it (02:30 → 03:30 CEST)', () => {
    expect(toDateTimeInput(localDayAt(local(2026, 3, 22, 12), 7, 150))).toBe('2026-03-29T03:30');
  });
});

describe('startOfLocalDay', () => {
  it.each([
    ['ordinary day', local(2026, 1, 12, 14), Date.UTC(2026, 0, 11, 23)],
    ['spring-forward day (23 h long)', local(2026, 3, 29, 12), Date.UTC(2026, 2, 28, 23)],
    ['fall-back day (25 h long)', local(2026, 10, 25, 23), Date.UTC(2026, 9, 24, 22)],
    ['already midnight', local(2026, 7, 1), Date.UTC(2026, 5, 30, 22)],
  ])('%s', (_n, t, expected) => {
    expect(startOfLocalDay(t)).toBe(expected);
  });
});

describe('calendarDaysBetween', () => {
  it.each([
    ['same instant', local(2026, 4, 1, 10), local(2026, 4, 1, 10), 0],
    ['same day, later', local(2026, 4, 1, 0, 1), local(2026, 4, 1, 23, 59), 0],
    ['same day, earlier', local(2026, 4, 1, 23), local(2026, 4, 1, 1), 0],
    ['20 minutes across midnight', local(2026, 4, 1, 23, 50), local(2026, 4, 2, 0, 10), 1],
    ['almost 48 h but one calendar day', local(2026, 4, 1, 0, 1), local(2026, 4, 2, 23, 59), 1],
    ['across spring-forward (47 h)', local(2026, 3, 28, 12), local(2026, 3, 30, 12), 2],
    ['within the spring-forward day', local(2026, 3, 29, 0, 30), local(2026, 3, 29, 23, 30), 0],
    ['across spring-forward, a week', local(2026, 3, 25, 9), local(2026, 4, 1, 9), 7],
    ['across fall-back (49 h)', local(2026, 10, 24, 23), local(2026, 10, 26, 0, 30), 2],
    ['across fall-back, a week', local(2026, 10, 21, 9), local(2026, 10, 28, 9), 7],
    ['past, across fall-back', local(2026, 10, 28, 9), local(2026, 10, 21, 9), -7],
    ['yesterday late evening', local(2026, 4, 2, 0, 10), local(2026, 4, 1, 23, 50), -1],
    ['a whole year with both changes', local(2026, 1, 1, 12), local(2027, 1, 1, 12), 365],
    ['leap year', local(2028, 1, 1, 12), local(2029, 1, 1, 12), 366],
  ])('%s', (_n, now, t, expected) => {
    expect(calendarDaysBetween(now, t)).toBe(expected);
  });
});

describe('toDateInput / fromDateInput', () => {
  it.each([
    '2026-01-01',
    '2026-02-28',
    '2026-03-29', // spring-forward day
    '2026-10-25', // fall-back day
    '2026-12-31',
    '2028-02-29',
    '2000-01-01',
  ])('round trip %s', (s) => {
    for (const minutes of [0, 150, NINE, 23 * 60 + 59]) {
      const t = fromDateInput(s, minutes);
      expect(t).not.toBeNull();
      expect(toDateInput(t!)).toBe(s);
    }
  });

  it('builds local wall-clock time at the given minutes', () => {
    expect(fromDateInput('2026-04-01', NINE)).toBe(Date.UTC(2026, 3, 1, 7));
    expect(fromDateInput('2026-01-15', NINE)).toBe(Date.UTC(2026, 0, 15, 8));
    expect(fromDateInput('2026-01-15', 0)).toBe(Date.UTC(2026, 0, 14, 23));
    expect(fromDateInput(' 2026-01-15 ', NINE)).toBe(Date.UTC(2026, 0, 15, 8));
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '2027-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-32',
    '',
    '   ',
    'abc',
    '2026-1-5',
    '26-01-05',
    '2026/01/05',
    '2026-01-05T09:00',
    '20260105',
    '0099-01-01',
  ])('invalid %j → null', (s) => {
    expect(fromDateInput(s, NINE)).toBeNull();
  });

  it('toDateInput pads month and day, and uses the local day (not UTC)', () => {
    expect(toDateInput(local(2026, 1, 5, 9))).toBe('2026-01-05');
    // 23:30Z on 31 March is already 1 April in Paris.
    expect(toDateInput(Date.UTC(2026, 2, 31, 23, 30))).toBe('2026-04-01');
  });
});

describe('toDateTimeInput / fromDateTimeInput', () => {
  it.each([
    ['2026-04-01T09:00', Date.UTC(2026, 3, 1, 7)],
    ['2026-01-15T09:00', Date.UTC(2026, 0, 15, 8)],
    ['2026-01-15T00:00', Date.UTC(2026, 0, 14, 23)],
    ['2026-12-31T23:59', Date.UTC(2026, 11, 31, 22, 59)],
    ['2026-10-28T09:00', Date.UTC(2026, 9, 28, 8)],
    ['2026-04-01T09:00:30', Date.UTC(2026, 3, 1, 7)], // seconds accepted, ignored
    ['2026-04-01T09:00:30.250', Date.UTC(2026, 3, 1, 7)],
    [' 2026-04-01T09:00 ', Date.UTC(2026, 3, 1, 7)],
  ])('%j → %i', (s, expected) => {
    expect(fromDateTimeInput(s)).toBe(expected);
  });

  it.each([
    '',
    'abc',
    '2026-04-01',
    '2026-04-01 09:00',
    '2026-04-01T9:00',
    '2026-04-01T24:00',
    '2026-04-01T23:60',
    '2026-04-01T09:60', // would roll over to 10:00 the same day
    'x2026-04-01T09:00',
    '2026-02-30T09:00',
    '2026-13-01T09:00',
    '2026-04-01T09:00Z',
    '2026-04-01T09:00+02:00',
  ])('invalid %j → null', (s) => {
    expect(fromDateTimeInput(s)).toBeNull();
  });

  it('a time inside the spring-forward gap resolves to the same day, after the gap', () => {
    const t = fromDateTimeInput('2026-03-29T02:30');
    expect(t).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(toDateTimeInput(t!)).toBe('2026-03-29T03:30');
  });

  it.each(['2026-01-01T00:00', '2026-03-29T03:00', '2026-10-25T01:59', '2026-10-25T04:00', '2028-02-29T12:34'])('round trip %s', (s) => {
    expect(toDateTimeInput(fromDateTimeInput(s)!)).toBe(s);
  });
});

describe('fromDateInput, text around the date', () => {
  it.each(['x2026-04-01', '2026-04-01x', '12026-04-01'])('%j → null', (s) => {
    expect(fromDateInput(s, 0)).toBeNull();
  });
});
