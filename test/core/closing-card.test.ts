// Fixed time zone for this file: working days and the reminder hour are Paris wall-clock times.
import '../paris-time';

import { describe, expect, it } from 'vitest';
import {
  cardApplicationId,
  checkCardDraft,
  checklistsOf,
  dueCallOf,
  leaveWellTicks,
  proposedCallAt,
  todaysInterviews,
} from '../../src/core/closing-card';
import { DEFAULT_SETTINGS, type Application, type PlannedInterview, type Reminder } from '../../src/core/types';
import { makeExport } from '../export-builders';

const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
const settings = { followUpDelayDays: 7, reminderMinutes: 9 * 60 };

describe('proposedCallAt: "May I call you on …?" (docs/method.md §3)', () => {
  it('one week after the interview, at the reminder hour', () => {
    // Tuesday 14 April 2026, 14:30 → Tuesday 21 April, 09:00.
    expect(proposedCallAt(local(2026, 4, 14, 14, 30), settings)).toBe(local(2026, 4, 21, 9));
  });

  it('a week after a Saturday interview falls on a Saturday: the Monday after', () => {
    expect(proposedCallAt(local(2026, 4, 18, 10), settings)).toBe(local(2026, 4, 27, 9));
  });

  it('a week after a Sunday: the Monday after', () => {
    expect(proposedCallAt(local(2026, 4, 19, 10), settings)).toBe(local(2026, 4, 27, 9));
  });

  it('follows the settings: the delay and the reminder hour', () => {
    // Friday 17 April + 8 days = Saturday 25 → Monday 27, at 08:15.
    expect(proposedCallAt(local(2026, 4, 17, 16), { followUpDelayDays: 8, reminderMinutes: 8 * 60 + 15 })).toBe(local(2026, 4, 27, 8, 15));
  });

  it('keeps its wall-clock hour across a daylight-saving change', () => {
    // Monday 23 March 2026 → Monday 30 March, after the change to summer time.
    expect(proposedCallAt(local(2026, 3, 23, 11), settings)).toBe(local(2026, 3, 30, 9));
  });
});

const base = makeExport(1).applications[0]!;
const plan = (on: string, time = ''): PlannedInterview => ({ on, time, channel: 'video', withWhom: 'Léa', role: 'CTO', stage: 'final' });
const appWith = (id: string, nextInterview: PlannedInterview | null): Application => ({ ...base, id, nextInterview });

describe('todaysInterviews and cardApplicationId: which application the card shows', () => {
  const now = local(2026, 4, 14, 13, 50);
  const apps = [
    appWith('late', plan('2026-04-14', '17:00')),
    appWith('soon', plan('2026-04-14', '14:00')),
    appWith('morning', plan('2026-04-14', '')),
    appWith('tomorrow', plan('2026-04-15', '14:00')),
    appWith('none', null),
  ];
  const today = todaysInterviews(apps, now, DEFAULT_SETTINGS.reminderMinutes);

  it("lists today's planned interviews by start, one with no time at the reminder hour", () => {
    expect(today.map((i) => [i.application.id, i.startsAt])).toEqual([
      ['morning', local(2026, 4, 14, 9)],
      ['soon', local(2026, 4, 14, 14)],
      ['late', local(2026, 4, 14, 17)],
    ]);
  });

  it("the active tab's tracked application comes first, planned today or not", () => {
    expect(cardApplicationId('tomorrow', today, now)).toBe('tomorrow');
  });

  it("else today's interview nearest to now, before or after", () => {
    expect(cardApplicationId(null, today, now)).toBe('soon');
    expect(cardApplicationId(null, today, local(2026, 4, 14, 10))).toBe('morning');
    // 15:40: 14:00 started 100 minutes ago, 17:00 starts in 80.
    expect(cardApplicationId(null, today, local(2026, 4, 14, 15, 40))).toBe('late');
  });

  it('none on a day with no interview', () => {
    expect(todaysInterviews(apps, local(2026, 4, 16, 9), 540)).toEqual([]);
    expect(cardApplicationId(null, [], now)).toBeNull();
  });
});

describe('dueCallOf: the follow-up call whose script is shown above the card', () => {
  const now = local(2026, 12, 1, 14, 50);
  const reminder = (id: string, kind: Reminder['kind'], dueAt: number): Reminder => ({
    id,
    applicationId: 'a',
    interviewId: 'i',
    kind,
    dueAt,
    pendingDueAt: dueAt,
  });
  const followUp = reminder('f', 'follow-up', local(2026, 11, 30, 9));

  it('the due follow-up, before a due promised answer; none while nothing is due', () => {
    const answer = reminder('a', 'answer-due', local(2026, 11, 29, 9));
    expect(dueCallOf({}, [answer, followUp], now)?.id).toBe('f');
    expect(dueCallOf({}, [answer], now)?.id).toBe('a');
    expect(dueCallOf({}, [reminder('f', 'follow-up', local(2026, 12, 2, 9))], now)).toBeUndefined();
  });

  it("not for the reminders of a planned interview, nor while an interview is planned that day (the card is that interview's)", () => {
    expect(dueCallOf({}, [reminder('s', 'interview-soon', local(2026, 12, 1, 14, 30))], now)).toBeUndefined();
    const on = (day: string) => ({ nextInterview: { on: day, time: '16:00', channel: null, withWhom: '', role: '', stage: null } });
    expect(dueCallOf(on('2026-12-01'), [followUp], now)).toBeUndefined();
    expect(dueCallOf(on('2026-12-03'), [followUp], now)?.id).toBe('f');
  });
});

describe('the card items', () => {
  it('leaving well by channel: no handshake nor eye contact on the phone', () => {
    expect(leaveWellTicks('phone')).toEqual(['thanked', 'smiled']);
    expect(leaveWellTicks('video')).toEqual(['thanked', 'handshakeEyeContact', 'smiled']);
    expect(leaveWellTicks('on-site')).toEqual(['thanked', 'handshakeEyeContact', 'smiled']);
    expect(leaveWellTicks(null)).toEqual(['thanked', 'handshakeEyeContact', 'smiled']);
  });

  it("the ticks become the debrief's two checklists", () => {
    expect(checklistsOf(['strengthsPutForward', 'askedImpression', 'callProposed', 'smiled'])).toEqual({
      synthesis: { enoughInformation: false, strengthsPutForward: true, nextStepPlanned: false, askedImpression: true },
      closing: { thanked: false, handshakeEyeContact: false, smiled: true },
    });
  });

  it('checkCardDraft keeps known ticks once, in order, and refuses anything else', () => {
    expect(checkCardDraft({ applicationId: 'a', ticks: ['smiled', 'thanked', 'smiled'], heard: 'rejected' })).toEqual({
      ok: true,
      value: { applicationId: 'a', ticks: ['thanked', 'smiled'], heard: 'rejected' },
    });
    expect(checkCardDraft({ applicationId: 'a', ticks: Array(17).fill('smiled') }).ok).toBe(false);
    expect(checkCardDraft({ applicationId: 'a', ticks: ['toString'] }).ok).toBe(false);
    expect(checkCardDraft(null)).toMatchObject({ ok: false });
  });
});
