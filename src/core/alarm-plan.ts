import { alarmName, reminderIdOf } from './reminders';
import type { Reminder } from './types';

export interface AlarmPlan {
  /** Alarms to (re)create: name and time. */
  create: { name: string; when: number }[];
  /** Reminder alarms with no pending reminder behind them. */
  clear: string[];
  /** Pending reminders already due and never notified: fire them now, grouped. */
  fireNow: Reminder[];
}

/**
 * Derives the alarms from the stored reminders, the source of truth: one alarm per pending reminder
 * not yet notified and still in the future; the ones whose time passed while the browser was closed
 * fire now, once (notifiedAt then keeps them from firing again).
 */
export function planAlarms(
  pending: Reminder[],
  existing: { name: string; scheduledTime: number }[],
  now: number,
): AlarmPlan {
  const wanted = new Map<string, number>();
  const fireNow: Reminder[] = [];
  for (const r of pending) {
    if (r.pendingDueAt === undefined || r.notifiedAt !== undefined) continue;
    if (r.dueAt <= now) fireNow.push(r);
    else wanted.set(alarmName(r.id), r.dueAt);
  }
  const have = new Map(existing.filter((a) => reminderIdOf(a.name) !== null).map((a) => [a.name, a.scheduledTime]));
  return {
    create: [...wanted].filter(([name, when]) => have.get(name) !== when).map(([name, when]) => ({ name, when })),
    clear: [...have.keys()].filter((name) => !wanted.has(name)),
    fireNow,
  };
}
