// Fixed time zone: the "3d" count is in local calendar days.
import '../paris-time';

import { describe, expect, it, vi } from 'vitest';
import { BADGE_COLORS, badgeForApplication, badgeForCount, type BadgeTone } from '../../src/core/badge';
import type { Application, ApplicationStatus } from '../../src/core/types';

const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
const NOW = local(2026, 4, 1, 10);

function app(status: ApplicationStatus, nextDueAt: number | null): Application {
  return {
    id: 'app-1',
    jobKey: 'acme.test/42',
    keys: ['acme.test/42'],
    matchKey: 'acme|dev',
    urls: ['https://acme.test/42'],
    posting: { title: 'Dev', company: 'Acme', location: 'Lyon', url: 'https://acme.test/42' },
    status,
    lastVerdict: status === 'closed' ? 'rejected' : 'undecided',
    nextDueAt,
    createdAt: NOW - 1e9,
    updatedAt: NOW - 1e9,
    revision: 1,
  };
}
const fmt = (t: number) => `D${t}`;

describe('badgeForApplication', () => {
  it.each<[string, ApplicationStatus, number | null, string, BadgeTone, string, number | undefined]>([
    ['due right now', 'waiting', NOW, '!', 'due', 'badgeTitleDue', undefined],
    ['overdue by 3 days', 'in-process', NOW - 3 * 86400_000, '!', 'due', 'badgeTitleDue', undefined],
    ['overdue by 1 ms', 'waiting', NOW - 1, '!', 'due', 'badgeTitleDue', undefined],
    // A closed application has no call to make (a due reminder can only be one to ask for feedback).
    ['closed takes precedence over due', 'closed', NOW - 1, '×', 'closed', 'badgeTitleClosed', undefined],
    ['in 3 days', 'waiting', local(2026, 4, 4, 9), '3d', 'scheduled', 'badgeTitleDays', 3],
    ['tomorrow morning', 'in-process', local(2026, 4, 2, 9), '1d', 'scheduled', 'badgeTitleDays', 1],
    ['later today', 'waiting', NOW + 1, '0d', 'scheduled', 'badgeTitleDays', 0],
    ['in 30 days', 'waiting', local(2026, 5, 1, 9), '30d', 'scheduled', 'badgeTitleDays', 30],
    ['closed, follow-up still ahead', 'closed', local(2026, 4, 4, 9), '×', 'closed', 'badgeTitleClosed', undefined],
    ['closed, nothing scheduled', 'closed', null, '×', 'closed', 'badgeTitleClosed', undefined],
    ['waiting, nothing scheduled', 'waiting', null, '✓', 'scheduled', 'badgeTitleTracked', undefined],
    ['in process, nothing scheduled', 'in-process', null, '✓', 'scheduled', 'badgeTitleTracked', undefined],
  ])('%s → %s', (_n, status, nextDueAt, text, tone, key, days) => {
    const view = badgeForApplication(app(status, nextDueAt), [], NOW, fmt);
    expect(view.text).toBe(text);
    expect(view.tone).toBe(tone);
    expect(view.title.key).toBe(key);
    expect(view.days).toBe(days);
    expect(view.title.subs[0]).toBe('Acme');
  });

  it('counts calendar days, not 24 h periods: 23:00 → 09:00 next day is "1d"', () => {
    expect(badgeForApplication(app('waiting', local(2026, 4, 2, 9)), [], local(2026, 4, 1, 23), fmt).text).toBe('1d');
  });

  it('counts calendar days across the spring-forward change', () => {
    expect(badgeForApplication(app('waiting', local(2026, 3, 30, 9)), [], local(2026, 3, 28, 12), fmt).text).toBe('2d');
  });

  it('the days tooltip carries the company and the formatted date; only that form formats a date', () => {
    const formatDate = vi.fn((t: number) => `date:${t}`);
    const due = local(2026, 4, 4, 9);
    expect(badgeForApplication(app('waiting', due), [], NOW, formatDate).title).toEqual({
      key: 'badgeTitleDays',
      subs: ['Acme', `date:${due}`],
    });
    expect(formatDate).toHaveBeenCalledTimes(1);
    expect(formatDate).toHaveBeenCalledWith(due);
    formatDate.mockClear();
    badgeForApplication(app('closed', null), [], NOW, formatDate);
    badgeForApplication(app('waiting', NOW - 1), [], NOW, formatDate);
    badgeForApplication(app('waiting', null), [], NOW, formatDate);
    expect(formatDate).not.toHaveBeenCalled();
  });

  describe('names the date as what it is: the promised answer or the follow-up call (docs/method.md §3)', () => {
    // Answer promised for Saturday 4 April, the follow-up call on Tuesday 7 April.
    const answer = { kind: 'answer-due' as const, dueAt: local(2026, 4, 4, 9) };
    const call = { kind: 'follow-up' as const, dueAt: local(2026, 4, 7, 9) };

    it('the answer ahead, then the call: both, each by its name', () => {
      const view = badgeForApplication(app('waiting', answer.dueAt), [answer, call], NOW, fmt);
      expect(view.text).toBe('3d');
      expect(view.title).toEqual({ key: 'badgeTitleAnswerThenCall', subs: ['Acme', fmt(answer.dueAt), fmt(call.dueAt)] });
    });

    it('only a promised answer ahead', () => {
      expect(badgeForApplication(app('waiting', answer.dueAt), [answer], NOW, fmt).title).toEqual({
        key: 'badgeTitleAnswerDays',
        subs: ['Acme', fmt(answer.dueAt)],
      });
    });

    it('the call first (set before the promised date): the call', () => {
      const early = { kind: 'follow-up' as const, dueAt: local(2026, 4, 3, 9) };
      expect(badgeForApplication(app('waiting', early.dueAt), [early, answer], NOW, fmt).title.key).toBe('badgeTitleDays');
    });

    it('a promised answer due: says so, not "follow up"', () => {
      const due = { kind: 'answer-due' as const, dueAt: NOW - 1 };
      expect(badgeForApplication(app('waiting', due.dueAt), [due, call], NOW, fmt).title.key).toBe('badgeTitleAnswerDue');
    });

    it('a follow-up call due as well: the call is what to do', () => {
      const due = { kind: 'answer-due' as const, dueAt: NOW - 2 * 86400_000 };
      const callDue = { kind: 'follow-up' as const, dueAt: NOW - 1 };
      expect(badgeForApplication(app('waiting', due.dueAt), [due, callDue], NOW, fmt).title.key).toBe('badgeTitleDue');
    });
  });

  it('other titles carry only the company', () => {
    expect(badgeForApplication(app('waiting', NOW), [], NOW, fmt).title.subs).toEqual(['Acme']);
    expect(badgeForApplication(app('closed', null), [], NOW, fmt).title.subs).toEqual(['Acme']);
    expect(badgeForApplication(app('waiting', null), [], NOW, fmt).title.subs).toEqual(['Acme']);
  });
});

describe('badgeForCount', () => {
  it.each([
    [0, '', 'none'],
    [-1, '', 'none'],
    [1, '1', 'count'],
    [5, '5', 'count'],
    [99, '99', 'count'],
    [100, '99+', 'count'],
    [150, '99+', 'count'],
  ])('%i → %j', (count, text, tone) => {
    const view = badgeForCount(count);
    expect(view.text).toBe(text);
    expect(view.tone).toBe(tone);
  });

  it('the tooltip gives the exact count, even past 99', () => {
    expect(badgeForCount(150).title).toEqual({ key: 'badgeTitleCount', subs: ['150'], count: 150 });
    expect(badgeForCount(5).title).toEqual({ key: 'badgeTitleCount', subs: ['5'], count: 5 });
  });

  it('with nothing due, the tooltip is the extension title', () => {
    expect(badgeForCount(0).title).toEqual({ key: 'actionTitle', subs: [] });
  });
});

describe('BADGE_COLORS', () => {
  // WCAG 2 relative luminance and contrast ratio against white text.
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  it.each(Object.entries(BADGE_COLORS))('%s (%s) gives white text at least 4.5:1', (_tone, hex) => {
    expect(hex).toMatch(/^#[0-9A-Fa-f]{6}$/);
    expect(1.05 / (luminance(hex) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});
