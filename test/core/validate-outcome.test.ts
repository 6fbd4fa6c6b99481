import { describe, expect, it } from 'vitest';
import { checkOutcome, checkSettings } from '../../src/core/validate-outcome';
import { DEFAULT_SETTINGS } from '../../src/core/types';

const AT = Date.UTC(2026, 3, 8, 8);

describe('checkOutcome', () => {
  it.each<[string, unknown, unknown]>([
    [
      'no answer with a retry date',
      { kind: 'no-answer', at: AT, nextFollowUpAt: AT + 1, note: ' left a message ' },
      { kind: 'no-answer', at: AT, nextFollowUpAt: AT + 1, note: 'left a message' },
    ],
    ['no answer without a date (the worker fills in the default)', { kind: 'no-answer', at: AT }, { kind: 'no-answer', at: AT, note: '' }],
    [
      'a new date',
      { kind: 'new-date', at: AT, nextFollowUpAt: AT + 86400_000, note: '' },
      { kind: 'new-date', at: AT, nextFollowUpAt: AT + 86400_000, note: '' },
    ],
    ['an offer', { kind: 'answer', at: AT, result: 'offer', note: '' }, { kind: 'answer', at: AT, result: 'offer', note: '' }],
    [
      'a rejection with its reason',
      { kind: 'answer', at: AT, result: 'rejected', reason: ' Internal hire ', note: '' },
      { kind: 'answer', at: AT, result: 'rejected', reason: 'Internal hire', note: '' },
    ],
    [
      'a next interview',
      {
        kind: 'answer',
        at: AT,
        result: 'next-interview',
        nextInterview: { withWhom: 'Léa', on: '2026-04-15', stage: 'director', x: 1 },
        note: '',
      },
      {
        kind: 'answer',
        at: AT,
        result: 'next-interview',
        nextInterview: { withWhom: 'Léa', on: '2026-04-15', stage: 'director' },
        note: '',
      },
    ],
    [
      'fields of another kind dropped, unknown keys dropped',
      { kind: 'answer', at: AT, result: 'offer', nextFollowUpAt: AT + 1, reason: 'x', evil: '<script>', note: '' },
      { kind: 'answer', at: AT, result: 'offer', note: '' },
    ],
  ])('accepts %s', (_n, input, value) => {
    expect(checkOutcome(input)).toEqual({ ok: true, value });
  });

  it.each<[string, unknown, string[]]>([
    ['nothing', undefined, ['kind', 'at']],
    ['an unknown kind', { kind: 'maybe', at: AT }, ['kind']],
    ['a time as text', { kind: 'no-answer', at: '2026-04-08' }, ['at']],
    ['an answer without a result', { kind: 'answer', at: AT }, ['result']],
    ['an unknown result', { kind: 'answer', at: AT, result: 'ghosted' }, ['result']],
    ['a next interview without its details', { kind: 'answer', at: AT, result: 'next-interview' }, ['nextInterview']],
    [
      'a next interview on an impossible date',
      { kind: 'answer', at: AT, result: 'next-interview', nextInterview: { withWhom: '', on: '2026-02-30', stage: 'team' } },
      ['nextInterview'],
    ],
    [
      'a next interview of an unknown stage',
      { kind: 'answer', at: AT, result: 'next-interview', nextInterview: { withWhom: '', on: '', stage: 'ceo' } },
      ['nextInterview'],
    ],
    ['a reason that is not text', { kind: 'answer', at: AT, result: 'rejected', reason: 42 }, ['reason']],
    ['a retry date that is not a date', { kind: 'no-answer', at: AT, nextFollowUpAt: 'soon' }, ['nextFollowUpAt']],
    ['a retry date before the call', { kind: 'no-answer', at: AT, nextFollowUpAt: AT - 1 }, ['nextFollowUpAt']],
    ['a note that is not text', { kind: 'no-answer', at: AT, note: {} }, ['note']],
  ])('refuses %s', (_n, input, fields) => {
    const r = checkOutcome(input, 'outcome.');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(fields.map((f) => `outcome.${f}`));
  });

  it('a retry before the call gets its own message', () => {
    expect(checkOutcome({ kind: 'new-date', at: AT, nextFollowUpAt: AT })).toEqual({
      ok: false,
      errors: [{ field: 'nextFollowUpAt', message: 'errorFollowUpBeforeCall' }],
    });
  });
});

describe('checkSettings', () => {
  it('accepts the defaults and drops unknown keys', () => {
    expect(checkSettings({ ...DEFAULT_SETTINGS, extra: 1 })).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a delay of 0 days', { followUpDelayDays: 0 }, 'followUpDelayDays'],
    ['a fractional delay', { followUpDelayDays: 1.5 }, 'followUpDelayDays'],
    ['a reminder time past midnight', { reminderMinutes: 1440 }, 'reminderMinutes'],
    ['a negative reminder time', { reminderMinutes: -1 }, 'reminderMinutes'],
    ['a retry delay as text', { noAnswerRetryWorkingDays: '2' }, 'noAnswerRetryWorkingDays'],
    ['notifications as text', { notifications: 'false' }, 'notifications'],
    ['a missing badge setting', { badgeCountOnOtherTabs: undefined }, 'badgeCountOnOtherTabs'],
  ])('refuses %s', (_n, over, field) => {
    expect(checkSettings({ ...DEFAULT_SETTINGS, ...over })).toEqual({ ok: false, errors: [{ field, message: 'errorBadMessage' }] });
  });
});
