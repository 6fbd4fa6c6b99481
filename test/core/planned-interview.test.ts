// Fixed time zone for this file: Node re-reads TZ when process.env.TZ is assigned. Set before any Date use.
import '../paris-time';

import { describe, expect, it } from 'vitest';
import { fromTimeInput } from '../../src/core/dates';
import { checkPlannedInterview, interviewReminderTimes, plannedStartAt } from '../../src/core/planned-interview';

const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();

describe('fromTimeInput', () => {
  it.each([
    ['14:00', 840],
    ['00:00', 0],
    ['23:59', 1439],
    [' 09:05 ', 545],
  ])('%s is %i minutes after midnight', (v, m) => expect(fromTimeInput(v)).toBe(m));

  it.each(['', '24:00', '12:60', '9:00', '14h00', '14:00:00'])('%j is not a time', (v) => expect(fromTimeInput(v)).toBeNull());
});

describe('plannedStartAt', () => {
  it('its day at its time', () => {
    expect(plannedStartAt({ on: '2026-04-20', time: '14:30' }, 540)).toBe(local(2026, 4, 20, 14, 30));
  });

  it('at the reminder hour when no time was given', () => {
    expect(plannedStartAt({ on: '2026-04-20', time: '' }, 540)).toBe(local(2026, 4, 20, 9));
  });

  it('the day of a daylight-saving change, at its wall-clock time', () => {
    expect(plannedStartAt({ on: '2026-03-29', time: '10:00' }, 540)).toBe(local(2026, 3, 29, 10));
  });

  it('none while its day is not known', () => {
    expect(plannedStartAt({ on: '', time: '14:00' }, 540)).toBeNull();
  });
});

describe('checkPlannedInterview', () => {
  const full = { on: '2026-04-20', time: '14:00', channel: 'phone', withWhom: ' Léa Roux ', role: 'CTO', stage: 'final' };

  it('keeps every field, texts trimmed', () => {
    expect(checkPlannedInterview(full)).toEqual({ ok: true, value: { ...full, withWhom: 'Léa Roux' } });
  });

  it('only its day is required: no time, channel, interviewer nor stage', () => {
    expect(checkPlannedInterview({ on: '2026-04-20' })).toEqual({
      ok: true,
      value: { on: '2026-04-20', time: '', channel: null, withWhom: '', role: '', stage: null },
    });
  });

  it.each([
    ['no day', { ...full, on: '' }, [{ field: 'plan.on', message: 'errorInterviewDateRequired' }]],
    ['a day that is not one', { ...full, on: '2026-02-30' }, [{ field: 'plan.on', message: 'errorDateInvalid' }]],
    ['a time that is not one', { ...full, time: '25:00' }, [{ field: 'plan.time', message: 'errorTimeInvalid' }]],
  ])('refuses %s', (_n, input, errors) => {
    expect(checkPlannedInterview(input)).toEqual({ ok: false, errors });
  });

  it('an unknown channel or stage is dropped, not stored', () => {
    expect(checkPlannedInterview({ ...full, channel: 'pigeon', stage: 'ceo' })).toMatchObject({
      ok: true,
      value: { channel: null, stage: null },
    });
  });
});

describe('interviewReminderTimes', () => {
  const settings = { reminderMinutes: 9 * 60, interviewSoonMinutes: 15, interviewLengthMinutes: 60 };
  const plan = { on: '2026-04-20', time: '14:00', channel: 'video' as const, withWhom: 'Léa', role: '', stage: null };
  const before = local(2026, 4, 19, 12);

  it('"interview soon" the set minutes before its start, "how did it go?" its expected length after', () => {
    expect(interviewReminderTimes(plan, settings, before)).toEqual([
      { kind: 'interview-soon', dueAt: local(2026, 4, 20, 13, 45) },
      { kind: 'how-did-it-go', dueAt: local(2026, 4, 20, 15) },
    ]);
    expect(interviewReminderTimes(plan, { ...settings, interviewSoonMinutes: 0, interviewLengthMinutes: 90 }, before)).toEqual([
      { kind: 'interview-soon', dueAt: local(2026, 4, 20, 14) },
      { kind: 'how-did-it-go', dueAt: local(2026, 4, 20, 15, 30) },
    ]);
  });

  it('with no start time: at the reminder hour on its day, and the next day at the reminder hour', () => {
    expect(interviewReminderTimes({ ...plan, time: '' }, settings, before)).toEqual([
      { kind: 'interview-soon', dueAt: local(2026, 4, 20, 9) },
      { kind: 'how-did-it-go', dueAt: local(2026, 4, 21, 9) },
    ]);
  });

  it('only those still ahead; none without a day', () => {
    expect(interviewReminderTimes(plan, settings, local(2026, 4, 20, 14, 10))).toEqual([
      { kind: 'how-did-it-go', dueAt: local(2026, 4, 20, 15) },
    ]);
    expect(interviewReminderTimes(plan, settings, local(2026, 4, 20, 15))).toEqual([]);
    expect(interviewReminderTimes({ ...plan, on: '' }, settings, before)).toEqual([]);
  });
});
