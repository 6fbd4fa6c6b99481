import { interviewReminderTimes } from '../core/planned-interview';
import { closeReminder, isInterviewReminder, isPending } from '../core/reminders';
import type { Application, Reminder, Settings } from '../core/types';
import { reminderRows } from './rows';
import type { WriteTx } from './tx';
import type { RelanceDb } from './schema';
import type { StoreNames } from 'idb';

/**
 * Makes the application's interview reminders match its planned interview: the pending ones are
 * superseded, and those of the plan still ahead are created (core/planned-interview.ts
 * interviewReminderTimes). Call it in the write that changed the plan, in its transaction. Returns
 * the ids of the reminders closed, whose notifications go.
 */
export async function replanInterviewReminders(
  tx: WriteTx<StoreNames<RelanceDb>[]>,
  app: Application,
  settings: Settings,
  now: number,
  newId: () => string,
): Promise<string[]> {
  const store = tx.objectStore('reminders');
  const closed: string[] = [];
  for (const r of await reminderRows(tx, app.id)) {
    if (!isPending(r) || !isInterviewReminder(r)) continue;
    await store.put(closeReminder(r, 'superseded', now));
    closed.push(r.id);
  }
  if (!app.nextInterview) return closed;
  for (const { kind, dueAt } of interviewReminderTimes(app.nextInterview, settings, now)) {
    // No debrief is its interview yet: the row names none (as for reminders set without interviews).
    const row: Reminder = { id: newId(), applicationId: app.id, interviewId: '', kind, dueAt, pendingDueAt: dueAt };
    await store.put(row);
  }
  return closed;
}
