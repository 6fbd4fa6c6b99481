process.env.TZ = 'Europe/Paris';
import { describe, expect, it } from 'vitest';
import { chipFor, chipShown, type JobState } from '../../src/core/chip';
import en from '../../_locales/en/messages.json';
import fr from '../../_locales/fr/messages.json';
import { makeTranslator } from '../catalog';

const local = (y: number, mo: number, d: number, h = 0) => new Date(y, mo - 1, d, h).getTime();
const NOW = local(2026, 12, 1, 14); // Tuesday 1 December 2026, 14:00
const weekday = (t: number) => ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(t).getDay()]!;
const state = (over: Partial<JobState>): JobState => ({ applicationId: 'a', status: 'waiting', next: null, nextInterview: null, ...over });

describe('chipFor', () => {
  it.each<[string, Partial<JobState>, string, string[], string]>([
    ['closed wins over a due reminder', { status: 'closed', next: { kind: 'follow-up', dueAt: NOW - 1 } }, 'chipClosed', [], 'closed'],
    ['follow-up due', { next: { kind: 'follow-up', dueAt: NOW - 1 } }, 'chipFollowUpDue', [], 'due'],
    ['answer due', { next: { kind: 'answer-due', dueAt: NOW } }, 'chipAnswerDue', [], 'due'],
    ['answer due this morning', { next: { kind: 'answer-due', dueAt: local(2026, 12, 1, 9) } }, 'chipAnswerDue', [], 'due'],
    // A promised day that has passed is overdue, not "today".
    ['answer promised yesterday', { next: { kind: 'answer-due', dueAt: local(2026, 11, 30, 9) } }, 'chipAnswerOverdue', [], 'due'],
    ['answer promised last week', { next: { kind: 'answer-due', dueAt: local(2026, 11, 24, 9) } }, 'chipAnswerOverdue', [], 'due'],
    // The next date is the promised answer: named as one, not as a follow-up.
    ['answer in 4 days', { next: { kind: 'answer-due', dueAt: local(2026, 12, 5, 9) } }, 'chipAnswerIn', ['4'], 'scheduled'],
    [
      'next interview on Friday',
      { status: 'in-process', nextInterview: { on: '2026-12-04', number: 2 }, next: { kind: 'follow-up', dueAt: local(2026, 12, 8, 9) } },
      'chipInterview',
      ['2', 'Fri'],
      'interview',
    ],
    ['interview today still shows', { nextInterview: { on: '2026-12-01', number: 3 } }, 'chipInterview', ['3', 'Tue'], 'interview'],
    ['past interview date ignored', { nextInterview: { on: '2026-11-30', number: 2 } }, 'chipTracked', [], 'scheduled'],
    ['follow-up later today', { next: { kind: 'follow-up', dueAt: local(2026, 12, 1, 18) } }, 'chipFollowUpToday', [], 'scheduled'],
    ['answer later today', { next: { kind: 'answer-due', dueAt: local(2026, 12, 1, 18) } }, 'chipAnswerToday', [], 'scheduled'],
    ['follow-up in 3 days', { next: { kind: 'follow-up', dueAt: local(2026, 12, 4, 9) } }, 'chipFollowUpIn', ['3'], 'scheduled'],
    ['nothing pending', {}, 'chipTracked', [], 'scheduled'],
  ])('%s', (_n, over, key, subs, tone) => {
    expect(chipFor(state(over), NOW, weekday)).toEqual({ key, subs, tone });
  });

  it('counts calendar days across the end of daylight saving time', () => {
    const before = local(2026, 10, 24, 12);
    expect(chipFor(state({ next: { kind: 'follow-up', dueAt: local(2026, 10, 27, 9) } }), before, weekday).subs).toEqual(['3']);
  });
});

describe('chipShown', () => {
  it('words the chip and its accessible name in the catalog in use', () => {
    const follow = state({ applicationId: 'app-1', next: { kind: 'follow-up', dueAt: local(2026, 12, 4, 9) } });
    expect(chipShown(follow, NOW, makeTranslator(en), weekday)).toEqual({
      applicationId: 'app-1',
      text: 'Follow up in 3 d',
      label: 'Relance: Follow up in 3 d. Open this application in Relance.',
      tone: 'scheduled',
    });
    const interview = state({ nextInterview: { on: '2026-12-04', number: 2 } });
    const frWeekday = (t: number) => new Intl.DateTimeFormat('fr', { weekday: 'short' }).format(t);
    expect(chipShown(interview, NOW, makeTranslator(fr), frWeekday)).toMatchObject({
      text: 'Entretien n°\u00a02\u00a0: ven.',
      tone: 'interview',
    });
  });
});
