import { describe, expect, it } from 'vitest';
import { planAlarms } from '../../src/core/alarm-plan';
import { alarmName, reminderIdOf, ALARM_PREFIX } from '../../src/core/reminders';
import type { Reminder } from '../../src/core/types';

const NOW = Date.UTC(2026, 3, 1, 10);
const H = 3600_000;

function pending(id: string, dueAt: number, over: Partial<Reminder> = {}): Reminder {
  return { id, applicationId: 'app-1', interviewId: 'int-1', kind: 'follow-up', dueAt, pendingDueAt: dueAt, ...over };
}
function done(id: string, dueAt: number): Reminder {
  return { id, applicationId: 'app-1', interviewId: 'int-1', kind: 'follow-up', dueAt, doneAt: NOW - H, closedBy: 'done' };
}
const alarm = (name: string, scheduledTime: number) => ({ name, scheduledTime });

describe('alarm names', () => {
  it.each([
    ['abc', 'reminder:abc'],
    ['9b2e-uuid', 'reminder:9b2e-uuid'],
  ])('%s ↔ %s', (id, name) => {
    expect(alarmName(id)).toBe(name);
    expect(reminderIdOf(name)).toBe(id);
  });

  it.each(['badge-midnight', 'reminders', 'Reminder:abc', 'x-reminder:abc', ''])('%j is not a reminder alarm', (name) => {
    expect(reminderIdOf(name)).toBeNull();
  });

  it('prefix', () => expect(ALARM_PREFIX).toBe('reminder:'));
});

describe('planAlarms', () => {
  it.each([
    {
      name: 'future pending → create',
      pending: [pending('r1', NOW + 48 * H)],
      existing: [],
      create: [{ name: 'reminder:r1', when: NOW + 48 * H }],
      clear: [],
      fireNow: [],
    },
    {
      name: 'due 1 ms from now is still future',
      pending: [pending('r1', NOW + 1)],
      existing: [],
      create: [{ name: 'reminder:r1', when: NOW + 1 }],
      clear: [],
      fireNow: [],
    },
    {
      name: 'future but already notified → nothing',
      pending: [pending('r1', NOW + H, { notifiedAt: NOW - H })],
      existing: [],
      create: [],
      clear: [],
      fireNow: [],
    },
    {
      name: 'done → nothing',
      pending: [done('r1', NOW + H)],
      existing: [],
      create: [],
      clear: [],
      fireNow: [],
    },
    {
      name: 'done with a leftover alarm → clear it',
      pending: [done('r1', NOW + H)],
      existing: [alarm('reminder:r1', NOW + H)],
      create: [],
      clear: ['reminder:r1'],
      fireNow: [],
    },
    {
      name: 'notified with a leftover alarm → clear it',
      pending: [pending('r1', NOW - H, { notifiedAt: NOW - H })],
      existing: [alarm('reminder:r1', NOW - H)],
      create: [],
      clear: ['reminder:r1'],
      fireNow: [],
    },
    {
      name: 'past due, never notified → fire now, no alarm',
      pending: [pending('r1', NOW - 3 * 24 * H)],
      existing: [],
      create: [],
      clear: [],
      fireNow: ['r1'],
    },
    {
      name: 'due exactly now → fire now',
      pending: [pending('r1', NOW)],
      existing: [],
      create: [],
      clear: [],
      fireNow: ['r1'],
    },
    {
      name: 'past due with its alarm still registered → fire now and clear the alarm',
      pending: [pending('r1', NOW - H)],
      existing: [alarm('reminder:r1', NOW - H)],
      create: [],
      clear: ['reminder:r1'],
      fireNow: ['r1'],
    },
    {
      name: 'existing alarm at the same time → not recreated',
      pending: [pending('r1', NOW + H)],
      existing: [alarm('reminder:r1', NOW + H)],
      create: [],
      clear: [],
      fireNow: [],
    },
    {
      name: 'existing alarm at a different time (snoozed) → recreated, not cleared',
      pending: [pending('r1', NOW + 24 * H)],
      existing: [alarm('reminder:r1', NOW + H)],
      create: [{ name: 'reminder:r1', when: NOW + 24 * H }],
      clear: [],
      fireNow: [],
    },
    {
      name: 'stale reminder alarms → clear',
      pending: [],
      existing: [alarm('reminder:gone', NOW + H), alarm('reminder:also-gone', NOW - H)],
      create: [],
      clear: ['reminder:gone', 'reminder:also-gone'],
      fireNow: [],
    },
    {
      name: 'non-reminder alarms are never cleared',
      pending: [],
      existing: [alarm('badge-midnight', NOW + H), alarm('reminders', NOW + H), alarm('Reminder:x', NOW)],
      create: [],
      clear: [],
      fireNow: [],
    },
    {
      name: 'a non-reminder alarm with no matching reminder does not block creation',
      pending: [pending('r1', NOW + H)],
      existing: [alarm('badge-midnight', NOW + H)],
      create: [{ name: 'reminder:r1', when: NOW + H }],
      clear: [],
      fireNow: [],
    },
  ])('$name', ({ pending: p, existing, create, clear, fireNow }) => {
    const plan = planAlarms(p, existing, NOW);
    expect(plan.create).toEqual(create);
    expect(plan.clear).toEqual(clear);
    expect(plan.fireNow.map((r) => r.id)).toEqual(fireNow);
  });

  it('a mixed set: each reminder in its place, non-reminder alarms untouched', () => {
    const reminders = [
      pending('overdue-1', NOW - 2 * H),
      pending('future-kept', NOW + 2 * H),
      pending('future-moved', NOW + 5 * H),
      pending('future-new', NOW + 9 * H, { kind: 'answer-due' }),
      pending('shown', NOW - H, { notifiedAt: NOW - H }),
      done('closed', NOW + 3 * H),
      pending('overdue-2', NOW - 1),
    ];
    const existing = [
      alarm('badge-midnight', NOW + 14 * H),
      alarm('reminder:future-kept', NOW + 2 * H),
      alarm('reminder:future-moved', NOW + 4 * H),
      alarm('reminder:closed', NOW + 3 * H),
      alarm('reminder:deleted', NOW + 1),
    ];
    const plan = planAlarms(reminders, existing, NOW);
    expect(plan.create).toEqual([
      { name: 'reminder:future-moved', when: NOW + 5 * H },
      { name: 'reminder:future-new', when: NOW + 9 * H },
    ]);
    expect(plan.clear.sort()).toEqual(['reminder:closed', 'reminder:deleted']);
    expect(plan.fireNow).toEqual([reminders[0], reminders[6]]);
  });

  it('is idempotent: applying the plan then planning again yields nothing to do', () => {
    const reminders = [pending('a', NOW + H), pending('b', NOW + 2 * H)];
    let alarms = [alarm('reminder:a', NOW), alarm('reminder:stale', NOW + H), alarm('badge-midnight', NOW + H)];
    const first = planAlarms(reminders, alarms, NOW);
    alarms = alarms.filter((a) => !first.clear.includes(a.name) && !first.create.some((c) => c.name === a.name));
    alarms.push(...first.create.map((c) => alarm(c.name, c.when)));
    expect(planAlarms(reminders, alarms, NOW)).toEqual({ create: [], clear: [], fireNow: [] });
  });
});

describe('the 500-alarm limit of Chrome', () => {
  it('only the earliest MAX_REMINDER_ALARMS reminders get an alarm; a later one replaces nothing until its turn', async () => {
    const { MAX_REMINDER_ALARMS } = await import('../../src/core/alarm-plan');
    const base = Date.UTC(2026, 0, 1);
    const many = Array.from({ length: MAX_REMINDER_ALARMS + 50 }, (_, i) => ({
      id: `r${String(i).padStart(4, '0')}`,
      applicationId: 'a',
      interviewId: 'i',
      kind: 'follow-up' as const,
      // Shuffled due times: the plan must pick by time, not by storage order.
      dueAt: base + ((i * 7919) % (MAX_REMINDER_ALARMS + 50)) * 60_000 + 60_000,
      pendingDueAt: 0,
    })).map((r) => ({ ...r, pendingDueAt: r.dueAt }));
    const plan = planAlarms(many, [], base);
    expect(plan.create).toHaveLength(MAX_REMINDER_ALARMS);
    const latestScheduled = Math.max(...plan.create.map((c) => c.when));
    const earliestLeftOut = Math.min(...many.filter((r) => !plan.create.some((c) => c.name === `reminder:${r.id}`)).map((r) => r.dueAt));
    expect(latestScheduled).toBeLessThan(earliestLeftOut);
    // Once the earliest ones are done, the next ones get theirs.
    const rest = many.filter((r) => r.dueAt > latestScheduled);
    expect(planAlarms(rest, [], base).create).toHaveLength(rest.length);
  });
});
