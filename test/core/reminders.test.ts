import { describe, expect, it } from 'vitest';
import { answeredReminder, isDue, isPending, nextDueOf, pendingOf } from '../../src/core/reminders';
import type { Reminder, ReminderKind } from '../../src/core/types';

const NOW = Date.UTC(2026, 11, 1, 13, 30);
const DAY = 24 * 60 * 60 * 1000;

function reminder(id: string, kind: ReminderKind, dueAt: number, pending = true): Reminder {
  const base: Reminder = { id, applicationId: 'app-1', interviewId: 'int-1', kind, dueAt };
  return pending ? { ...base, pendingDueAt: dueAt } : { ...base, doneAt: dueAt, closedBy: 'done' };
}

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

  it('else the next pending follow-up: the user calls before the date', () => {
    expect(id([reminder('answer', 'answer-due', NOW + DAY), reminder('call', 'follow-up', NOW + 3 * DAY)])).toBe('call');
  });

  it('else the next pending reminder, and none when nothing is pending', () => {
    expect(id([reminder('b', 'answer-due', NOW + 3 * DAY), reminder('a', 'answer-due', NOW + DAY)])).toBe('a');
    expect(id([reminder('done', 'follow-up', NOW - DAY, false)])).toBeUndefined();
    expect(id([])).toBeUndefined();
  });
});
