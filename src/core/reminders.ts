import type { DebriefInput, Reminder, ReminderKind } from './types';

/**
 * The reminders a debrief implies: always the agreed follow-up call, and the day the answer was
 * promised when one was (method.md §2: a promised call-back that does not come is the signal).
 */
export function reminderTimes(d: Pick<DebriefInput, 'followUpAt' | 'answerBy'>): { kind: ReminderKind; dueAt: number }[] {
  const times: { kind: ReminderKind; dueAt: number }[] = [{ kind: 'follow-up', dueAt: d.followUpAt }];
  // An answer promised for the follow-up day itself would only duplicate that reminder.
  if (d.answerBy !== null && d.answerBy !== d.followUpAt) times.push({ kind: 'answer-due', dueAt: d.answerBy });
  return times;
}

/** The reminder stopped: done by the user, or replaced by a newer agreement (it leaves the due index). */
export function closeReminder(r: Reminder, by: 'done' | 'superseded', now: number): Reminder {
  const { pendingDueAt: _pending, ...rest } = r;
  return { ...rest, doneAt: now, closedBy: by };
}

/** Alarm names carry the reminder id, so an alarm maps back to its stored row. */
export const ALARM_PREFIX = 'reminder:';
export const alarmName = (reminderId: string): string => ALARM_PREFIX + reminderId;
export const reminderIdOf = (alarmName: string): string | null =>
  alarmName.startsWith(ALARM_PREFIX) ? alarmName.slice(ALARM_PREFIX.length) : null;
