import { describe, expect, it } from 'vitest';
import { answeredReminder, isCallReminder, isDue, isPending, nextDueOf, pendingOf, reminderTimes } from '../../src/core/reminders';
import { VERDICTS, type Reminder, type ReminderKind } from '../../src/core/types';

const NOW = Date.UTC(2026, 11, 1, 13, 30);
const DAY = 24 * 60 * 60 * 1000;

function reminder(id: string, kind: ReminderKind, dueAt: number, pending = true): Reminder {
  const base: Reminder = { id, applicationId: 'app-1', interviewId: 'int-1', kind, dueAt };
  return pending ? { ...base, pendingDueAt: dueAt } : { ...base, doneAt: dueAt, closedBy: 'done' };
}

describe('reminderTimes: what a debrief schedules', () => {
  const d = { followUpAt: NOW + 7 * DAY, answerBy: NOW + 3 * DAY, feedbackAt: null };

  it.each(VERDICTS.filter((v) => v !== 'rejected'))('%s: the follow-up call, and the promised answer', (verdict) => {
    expect(reminderTimes({ ...d, verdict })).toEqual([
      { kind: 'follow-up', dueAt: NOW + 7 * DAY },
      { kind: 'answer-due', dueAt: NOW + 3 * DAY },
    ]);
  });

  it('rejected: no call and no promised answer, whatever dates a row still holds (docs/method.md §3)', () => {
    expect(reminderTimes({ ...d, verdict: 'rejected' })).toEqual([]);
  });

  it('rejected with "ask for feedback": that reminder only, of its own kind', () => {
    expect(reminderTimes({ ...d, verdict: 'rejected', followUpAt: null, feedbackAt: NOW + 2 * DAY })).toEqual([
      { kind: 'feedback', dueAt: NOW + 2 * DAY },
    ]);
  });

  it('no call date and no promised answer: nothing to remind', () => {
    expect(reminderTimes({ verdict: 'undecided', followUpAt: null, answerBy: null, feedbackAt: null })).toEqual([]);
  });

  it('a row stored before feedback reminders existed (no feedbackAt) schedules none', () => {
    const legacy = { followUpAt: NOW + 7 * DAY, answerBy: null, verdict: 'rejected' } as unknown as Parameters<typeof reminderTimes>[0];
    expect(reminderTimes(legacy)).toEqual([]);
  });
});

describe('pending and due', () => {
  it('a reminder is pending until closed, and due once pending and its time has come', () => {
    const open = reminder('a', 'follow-up', NOW);
    const done = reminder('b', 'follow-up', NOW - DAY, false);
    expect([isPending(open), isPending(done)]).toEqual([true, false]);
    expect([isDue(open, NOW), isDue(open, NOW - 1), isDue(done, NOW)]).toEqual([true, false, false]);
  });

  it('pendingOf keeps the pending ones, soonest first; nextDueOf is the soonest of them', () => {
    const rs = [
      reminder('late', 'answer-due', NOW + 2 * DAY),
      reminder('done', 'follow-up', NOW - DAY, false),
      reminder('soon', 'follow-up', NOW + DAY),
    ];
    expect(pendingOf(rs).map((r) => r.id)).toEqual(['soon', 'late']);
    expect(nextDueOf(rs)).toBe(NOW + DAY);
    expect(nextDueOf([reminder('done', 'follow-up', NOW, false)])).toBeNull();
    expect(nextDueOf([])).toBeNull();
  });

  it("a planned interview's own reminders are no call: never due, not pending among the calls, not the next date, not answered", () => {
    const soon = reminder('soon', 'interview-soon', NOW - DAY);
    const after = reminder('after', 'how-did-it-go', NOW - DAY);
    const call = reminder('call', 'follow-up', NOW + DAY);
    expect([isCallReminder(soon), isCallReminder(after), isCallReminder(call)]).toEqual([false, false, true]);
    expect([isDue(soon, NOW), isDue(after, NOW)]).toEqual([false, false]);
    expect(pendingOf([soon, after, call]).map((r) => r.id)).toEqual(['call']);
    expect(nextDueOf([soon, after, call])).toBe(NOW + DAY);
    expect(nextDueOf([soon, after])).toBeNull();
    expect(answeredReminder([soon, after], NOW)).toBeUndefined();
  });
});

describe('answeredReminder', () => {
  const id = (rs: Reminder[]) => answeredReminder(rs, NOW)?.id;

  it('takes the due follow-up first, even when another reminder fell due earlier', () => {
    expect(id([reminder('answer', 'answer-due', NOW - 2 * DAY), reminder('call', 'follow-up', NOW - DAY)])).toBe('call');
  });

  it('else whatever is due, the earliest first', () => {
    expect(
      id([reminder('later', 'answer-due', NOW), reminder('call', 'follow-up', NOW + DAY), reminder('first', 'answer-due', NOW - DAY)]),
    ).toBe('first');
  });

  it('a reminder due at this very moment counts as due', () => {
    expect(id([reminder('answer', 'answer-due', NOW), reminder('call', 'follow-up', NOW + DAY)])).toBe('answer');
  });

  it('else the next pending follow-up: the user calls before the date', () => {
    expect(id([reminder('answer', 'answer-due', NOW + DAY), reminder('call', 'follow-up', NOW + 3 * DAY)])).toBe('call');
  });

  it('else the next pending reminder, and none when nothing is pending', () => {
    expect(id([reminder('b', 'answer-due', NOW + 3 * DAY), reminder('a', 'answer-due', NOW + DAY)])).toBe('a');
    expect(id([reminder('done', 'follow-up', NOW - DAY, false)])).toBeUndefined();
    expect(id([])).toBeUndefined();
  });
});
