// Fixed time zone for this file: Node re-reads TZ when process.env.TZ is assigned. Set before any Date use.
import '../paris-time';

import { describe, expect, it } from 'vitest';
import { endOfLocalDay, workingDayAfter } from '../../src/core/dates';
import { callsBeforePromise, defaultFollowUpOf, fullWorkingDayOverdue, promisedDayEnded, promisedDayOf } from '../../src/core/follow-up';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { makeDebrief } from '../builders';

/** Local wall-clock time in Europe/Paris. */
const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
// December 2026: Tue 1 (the interview), Fri 4, Sat 5, Mon 7, Tue 8 (interview + 7), Fri 11, Mon 14.
const INTERVIEW = local(2026, 12, 1, 14, 30);
const d = (over: Parameters<typeof makeDebrief>[0] = {}) => makeDebrief({ interviewAt: INTERVIEW, answerBy: null, ...over });

describe('workingDayAfter and endOfLocalDay', () => {
  it.each([
    ['Tue → Wed', local(2026, 12, 1, 18), local(2026, 12, 2, 9)],
    ['Fri → Mon', local(2026, 12, 4, 9), local(2026, 12, 7, 9)],
    ['Sat → Mon', local(2026, 12, 5, 9), local(2026, 12, 7, 9)],
    ['Sun → Mon', local(2026, 12, 6, 23, 59), local(2026, 12, 7, 9)],
  ])('%s at the given time', (_n, t, expected) => {
    expect(workingDayAfter(t, 9 * 60)).toBe(expected);
  });

  it('the end of a day is the next midnight, across the spring change', () => {
    expect(endOfLocalDay(local(2026, 3, 28, 9))).toBe(local(2026, 3, 29));
    expect(endOfLocalDay(local(2026, 3, 29, 9))).toBe(local(2026, 3, 30));
  });
});

describe('defaultFollowUpOf: never call before the date they gave (docs/method.md §3)', () => {
  it('without an answer date: the interview day + the configured delay, at the reminder time', () => {
    expect(defaultFollowUpOf(d(), DEFAULT_SETTINGS)).toBe(local(2026, 12, 8, 9));
    expect(defaultFollowUpOf(d(), { ...DEFAULT_SETTINGS, followUpDelayDays: 3, reminderMinutes: 8 * 60 })).toBe(local(2026, 12, 4, 8));
  });

  it('an answer date after day 7: the first working day after it (Fri 11 → Mon 14)', () => {
    expect(defaultFollowUpOf(d({ answerBy: local(2026, 12, 11, 9) }), DEFAULT_SETTINGS)).toBe(local(2026, 12, 14, 9));
  });

  it('an answer date before day 7: the first working day after it too (Thu 3 → Fri 4), not the day-7 call', () => {
    expect(defaultFollowUpOf(d({ answerBy: local(2026, 12, 3, 9) }), DEFAULT_SETTINGS)).toBe(local(2026, 12, 4, 9));
  });

  it('an answer promised on a Saturday or a Friday: Monday', () => {
    expect(defaultFollowUpOf(d({ answerBy: local(2026, 12, 5, 9) }), DEFAULT_SETTINGS)).toBe(local(2026, 12, 7, 9));
    expect(defaultFollowUpOf(d({ answerBy: local(2026, 12, 4, 9) }), DEFAULT_SETTINGS)).toBe(local(2026, 12, 7, 9));
  });

  it('at the reminder time of the settings', () => {
    const settings = { ...DEFAULT_SETTINGS, reminderMinutes: 17 * 60 + 30 };
    expect(defaultFollowUpOf(d({ answerBy: local(2026, 12, 3, 17, 30) }), settings)).toBe(local(2026, 12, 4, 17, 30));
  });

  it('a rejection: no call at all', () => {
    expect(defaultFollowUpOf(d({ verdict: 'rejected', answerBy: local(2026, 12, 3, 9) }), DEFAULT_SETTINGS)).toBeNull();
  });

  it('convinced with a dated next step: the working day after that step, not a blind call a week later', () => {
    const steps = [
      { withWhom: 'CEO', when: '2026-12-18' },
      { withWhom: 'Line manager', when: '2026-12-10' },
      { withWhom: 'HR', when: '' },
    ];
    expect(defaultFollowUpOf(d({ verdict: 'convinced', nextSteps: steps }), DEFAULT_SETTINGS)).toBe(local(2026, 12, 11, 9));
    // The step is on Friday 4: before day 7, Monday 7 all the same.
    expect(defaultFollowUpOf(d({ verdict: 'convinced', nextSteps: [{ withWhom: 'CTO', when: '2026-12-04' }] }), DEFAULT_SETTINGS)).toBe(
      local(2026, 12, 7, 9),
    );
  });

  it('convinced without a date keeps the one-week call', () => {
    expect(defaultFollowUpOf(d({ verdict: 'convinced', nextSteps: [{ withWhom: 'CTO', when: '' }] }), DEFAULT_SETTINGS)).toBe(
      local(2026, 12, 8, 9),
    );
  });

  it('a next step counts only for a convinced verdict', () => {
    expect(defaultFollowUpOf(d({ verdict: 'undecided', nextSteps: [{ withWhom: 'CTO', when: '2026-12-18' }] }), DEFAULT_SETTINGS)).toBe(
      local(2026, 12, 8, 9),
    );
  });

  it('both an answer date and a dated step: after the later of the two', () => {
    const over = { verdict: 'convinced' as const, nextSteps: [{ withWhom: 'CTO', when: '2026-12-10' }] };
    expect(defaultFollowUpOf(d({ ...over, answerBy: local(2026, 12, 14, 9) }), DEFAULT_SETTINGS)).toBe(local(2026, 12, 15, 9));
    expect(defaultFollowUpOf(d({ ...over, answerBy: local(2026, 12, 3, 9) }), DEFAULT_SETTINGS)).toBe(local(2026, 12, 11, 9));
  });

  it('a date before the interview day is a typo, not a promise', () => {
    expect(promisedDayOf(d({ answerBy: local(2026, 11, 30, 9) }))).toBeNull();
    expect(defaultFollowUpOf(d({ answerBy: local(2026, 11, 30, 9) }), DEFAULT_SETTINGS)).toBe(local(2026, 12, 8, 9));
  });

  it('a verdict not chosen yet is read as no verdict', () => {
    expect(defaultFollowUpOf({ ...d({ answerBy: local(2026, 12, 3, 9) }), verdict: '' }, DEFAULT_SETTINGS)).toBe(local(2026, 12, 4, 9));
  });
});

describe('callsBeforePromise', () => {
  const answerBy = local(2026, 12, 11, 9);
  it.each([
    ['the day before the promised day', local(2026, 12, 10, 9), true],
    ['a week before', local(2026, 12, 4, 9), true],
    ['the promised day itself', local(2026, 12, 11, 18), false],
    ['the working day after (the default)', local(2026, 12, 14, 9), false],
  ])('a call %s → %s', (_n, followUpAt, early) => {
    expect(callsBeforePromise(d({ answerBy, followUpAt }))).toBe(early);
  });

  it('false without a promise, or without a call', () => {
    expect(callsBeforePromise(d({ followUpAt: local(2026, 12, 2, 9) }))).toBe(false);
    expect(callsBeforePromise(d({ verdict: 'rejected', answerBy, followUpAt: null }))).toBe(false);
  });

  it('a dated next step of a convinced verdict is a date they gave too', () => {
    const convinced = { verdict: 'convinced' as const, nextSteps: [{ withWhom: 'CTO', when: '2026-12-10' }] };
    expect(callsBeforePromise(d({ ...convinced, followUpAt: local(2026, 12, 8, 9) }))).toBe(true);
    expect(callsBeforePromise(d({ ...convinced, followUpAt: local(2026, 12, 11, 9) }))).toBe(false);
  });
});

describe('promisedDayEnded', () => {
  const answerBy = local(2026, 12, 11, 9);
  it('not at the reminder time of the promised day, nor one minute before midnight; at midnight, yes', () => {
    expect(promisedDayEnded(answerBy, answerBy)).toBe(false);
    expect(promisedDayEnded(answerBy, local(2026, 12, 11, 23, 59))).toBe(false);
    expect(promisedDayEnded(answerBy, local(2026, 12, 12))).toBe(true);
  });
});

describe('fullWorkingDayOverdue', () => {
  it.each([
    ['Tue call, Tue evening', local(2026, 12, 8, 9), local(2026, 12, 8, 20), false],
    ['Tue call, Wed 23:59', local(2026, 12, 8, 9), local(2026, 12, 9, 23, 59), false],
    ['Tue call, Thu 00:00', local(2026, 12, 8, 9), local(2026, 12, 10), true],
    ['Fri call, Sun evening', local(2026, 12, 11, 9), local(2026, 12, 13, 22), false],
    ['Fri call, Mon 23:59', local(2026, 12, 11, 9), local(2026, 12, 14, 23, 59), false],
    ['Fri call, Tue 00:00', local(2026, 12, 11, 9), local(2026, 12, 15), true],
  ])('%s → %s', (_n, dueAt, now, overdue) => {
    expect(fullWorkingDayOverdue(dueAt, now)).toBe(overdue);
  });
});
