import { alarmName, isPending, reminderIdOf } from './reminders';
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
 * Chrome keeps at most 500 alarms per extension (more are refused). Only the earliest reminders get
 * one; each alarm that fires re-derives the plan, so the next ones are scheduled in turn. The margin
 * leaves room for the day-change alarm and any future ones.
 */
export const MAX_REMINDER_ALARMS = 400;

/**
 * Derives the alarms from the stored reminders, the source of truth: one alarm per pending reminder
 * not yet notified and still in the future (the earliest MAX_REMINDER_ALARMS of them); the ones whose
 * time passed while the browser was closed fire now, once (notifiedAt then keeps them from firing again).
 */
export function planAlarms(pending: Reminder[], existing: { name: string; scheduledTime: number }[], now: number): AlarmPlan {
  const wanted = new Map<string, number>();
  const fireNow: Reminder[] = [];
  const future: Reminder[] = [];
  for (const r of pending) {
    if (!isPending(r) || r.notifiedAt !== undefined) continue;
    if (r.dueAt <= now) fireNow.push(r);
    else future.push(r);
  }
  future.sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : 1));
  for (const r of future.slice(0, MAX_REMINDER_ALARMS)) wanted.set(alarmName(r.id), r.dueAt);
  const have = new Map(existing.filter((a) => reminderIdOf(a.name) !== null).map((a) => [a.name, a.scheduledTime]));
  return {
    create: [...wanted].filter(([name, when]) => have.get(name) !== when).map(([name, when]) => ({ name, when })),
    clear: [...have.keys()].filter((name) => !wanted.has(name)),
    fireNow,
  };
}
