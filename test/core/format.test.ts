// Fixed time zone: "today" and "tomorrow" are local calendar days.
import '../paris-time';

import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, relativeDay } from '../../src/core/format';

const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
const NOW = local(2026, 4, 1, 10);

describe('relativeDay (en)', () => {
  it.each([
    ['in 3 days', local(2026, 4, 4, 9), 'in 3 days'],
    ['in 3 days, late at night', local(2026, 4, 4, 23, 59), 'in 3 days'],
    ['tomorrow', local(2026, 4, 2, 9), 'tomorrow'],
    ['today, later', local(2026, 4, 1, 23, 59), 'today'],
    ['today, earlier', local(2026, 4, 1, 0, 1), 'today'],
    ['today, same instant', NOW, 'today'],
    ['yesterday', local(2026, 3, 31, 23), 'yesterday'],
    ['2 days ago', local(2026, 3, 30, 9), '2 days ago'],
    ['10 days ago, across spring-forward', local(2026, 3, 22, 9), '10 days ago'],
    ['in 30 days', local(2026, 5, 1, 9), 'in 30 days'],
  ])('%s', (_n, t, expected) => {
    expect(relativeDay(NOW, t, 'en')).toBe(expected);
  });

  it.each([
    ['20 minutes, across midnight', local(2026, 4, 1, 23, 50), local(2026, 4, 2, 0, 10), 'tomorrow'],
    ['20 minutes back, across midnight', local(2026, 4, 2, 0, 10), local(2026, 4, 1, 23, 50), 'yesterday'],
    ['across spring-forward (47 h)', local(2026, 3, 28, 12), local(2026, 3, 30, 12), 'in 2 days'],
    ['within the 23 h spring-forward day', local(2026, 3, 29, 0, 30), local(2026, 3, 29, 23, 30), 'today'],
    ['across fall-back (25 h)', local(2026, 10, 24, 23, 30), local(2026, 10, 25, 23, 30), 'tomorrow'],
    ['a week across fall-back', local(2026, 10, 21, 9), local(2026, 10, 28, 9), 'in 7 days'],
  ])('%s', (_n, now, t, expected) => {
    expect(relativeDay(now, t, 'en')).toBe(expected);
  });
});

describe('relativeDay (fr)', () => {
  it.each([
    [local(2026, 4, 4, 9), 'dans 3 jours'],
    [local(2026, 4, 2, 9), 'demain'],
    [local(2026, 3, 31, 9), 'hier'],
  ])('%i → %s', (t, expected) => {
    expect(relativeDay(NOW, t, 'fr')).toBe(expected);
  });
});

describe('formatDate / formatDateTime', () => {
  it('use the local day: 23:30Z on 31 March is 1 April in Paris', () => {
    const t = Date.UTC(2026, 2, 31, 23, 30);
    const s = formatDate(t, 'en-GB');
    expect(s).toMatch(/\bWed\b/);
    expect(s).toMatch(/\b1 Apr 2026\b/);
    expect(formatDateTime(t, 'en-GB')).toMatch(/\b1 Apr 2026\b.*\b01:30\b/);
  });

  it('show 09:00 for a 09:00 local reminder after the spring-forward change', () => {
    expect(formatDateTime(local(2026, 4, 1, 9), 'en-GB')).toMatch(/\b09:00\b/);
    expect(formatDateTime(local(2026, 3, 25, 9), 'fr')).toMatch(/\b09:00\b/);
  });

  it('follow the locale', () => {
    const t = local(2026, 4, 1, 9);
    expect(formatDate(t, 'fr')).toMatch(/\b1 avr\. 2026\b/);
    expect(formatDate(t, 'fr')).toMatch(/^mer\./);
  });
});
