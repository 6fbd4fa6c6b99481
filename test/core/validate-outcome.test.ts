import { describe, expect, it } from 'vitest';
import { checkOutcome, checkSettings, type SETTINGS_BOUNDS } from '../../src/core/validate-outcome';
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
        nextInterview: { withWhom: 'Léa', on: '2026-04-15', time: '14:30', channel: 'video', stage: 'director', x: 1 },
        note: '',
      },
      {
        kind: 'answer',
        at: AT,
        result: 'next-interview',
        nextInterview: { withWhom: 'Léa', on: '2026-04-15', time: '14:30', channel: 'video', stage: 'director' },
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
      {
        kind: 'answer',
        at: AT,
        result: 'next-interview',
        nextInterview: { withWhom: '', on: '2026-02-30', time: '', channel: null, stage: 'team' },
      },
      ['nextInterview'],
    ],
    [
      'a next interview of an unknown stage',
      { kind: 'answer', at: AT, result: 'next-interview', nextInterview: { withWhom: '', on: '', time: '', channel: null, stage: 'ceo' } },
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

  it('a time or a retry date that is not a date says so', () => {
    expect(checkOutcome({ kind: 'no-answer', at: 'today', nextFollowUpAt: 'soon' })).toEqual({
      ok: false,
      errors: [
        { field: 'at', message: 'errorDateInvalid' },
        { field: 'nextFollowUpAt', message: 'errorDateInvalid' },
      ],
    });
  });

  it('an unknown kind is the only error: the fields of a kind are not checked without one', () => {
    expect(checkOutcome({ kind: 'maybe', at: AT, nextFollowUpAt: 'soon' })).toEqual({
      ok: false,
      errors: [{ field: 'kind', message: 'errorBadMessage' }],
    });
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

describe('checkOutcome, the details of an answer', () => {
  const nextInterview = (n: unknown) => checkOutcome({ kind: 'answer', at: AT, result: 'next-interview', nextInterview: n });

  const blank = { withWhom: '', on: '', time: '', channel: null, stage: 'team' };

  it('a next interview with no date, time nor channel yet, its interviewer trimmed; a rejection with no reason', () => {
    expect(nextInterview({ withWhom: '  Léa  ', on: ' ', time: ' ', channel: null, stage: 'team' })).toEqual({
      ok: true,
      value: {
        kind: 'answer',
        at: AT,
        result: 'next-interview',
        nextInterview: { withWhom: 'Léa', on: '', time: '', channel: null, stage: 'team' },
        note: '',
      },
    });
    expect(checkOutcome({ kind: 'answer', at: AT, result: 'rejected' })).toEqual({
      ok: true,
      value: { kind: 'answer', at: AT, result: 'rejected', reason: '', note: '' },
    });
  });

  it.each([
    ['an interviewer that is not text', { ...blank, withWhom: 3 }],
    ['a day that is not text', { ...blank, on: 20260415 }],
    ['no stage', { ...blank, stage: undefined }],
    ['no start time (the field, even empty, is part of it)', { ...blank, time: undefined }],
    ['a start time that is not text', { ...blank, time: 1430 }],
    ['a list', [blank]],
  ])('refuses a next interview with %s', (_n, n) => {
    expect(nextInterview(n)).toEqual({ ok: false, errors: [{ field: 'nextInterview', message: 'errorBadMessage' }] });
  });

  it.each(['24:00', '9h30', '14:3', '14:30:00'])('refuses the start time %j, naming the field', (time) => {
    expect(nextInterview({ ...blank, on: '2026-04-15', time })).toEqual({
      ok: false,
      errors: [{ field: 'nextInterview.time', message: 'errorTimeInvalid' }],
    });
  });

  it.each([
    ['an unknown channel', 'teams'],
    ['a channel of the wrong case', 'Video'],
    ['no channel (not said is null)', undefined],
    ['an empty channel', ''],
  ])('refuses %s', (_n, channel) => {
    expect(nextInterview({ ...blank, channel })).toEqual({
      ok: false,
      errors: [{ field: 'nextInterview.channel', message: 'errorBadMessage' }],
    });
  });

  it.each(['on-site', 'video', 'phone'] as const)('keeps the channel %s', (channel) => {
    const r = nextInterview({ ...blank, channel });
    expect(r.ok && r.value.nextInterview).toEqual({ ...blank, channel });
  });
});

describe('checkSettings, the ranges', () => {
  const bounds: [keyof typeof SETTINGS_BOUNDS, number, number][] = [
    ['followUpDelayDays', 1, 90],
    ['reminderMinutes', 0, 1439],
    ['noAnswerRetryWorkingDays', 1, 30],
    ['maxNoAnswerRetries', 0, 10],
    ['interviewSoonMinutes', 0, 240],
    ['interviewLengthMinutes', 15, 480],
  ];

  it.each(bounds)('%s: from %i to %i, both included', (key, min, max) => {
    for (const v of [min, max])
      expect(checkSettings({ ...DEFAULT_SETTINGS, [key]: v })).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, [key]: v } });
    for (const v of [min - 1, max + 1])
      expect(checkSettings({ ...DEFAULT_SETTINGS, [key]: v })).toEqual({ ok: false, errors: [{ field: key, message: 'errorBadMessage' }] });
  });

  it('keeps notifications and the badge off when they are off', () => {
    const off = { ...DEFAULT_SETTINGS, notifications: false, badgeCountOnOtherTabs: false };
    expect(checkSettings(off)).toEqual({ ok: true, value: off });
  });

  it('names every field of settings that are not an object', () => {
    const r = checkSettings('settings');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.field)).toEqual([
        ...bounds.map(([k]) => k),
        'notifications',
        'badgeCountOnOtherTabs',
        'thankYouReminder',
        'profile',
        'profileAsked',
      ]);
  });
});
