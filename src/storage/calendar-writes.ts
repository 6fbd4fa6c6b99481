import { planCalendar, reminderEvent, type CalendarCandidate } from '../core/calendar-plan';
import type { Translate } from '../core/i18n';
import type { IcsEvent } from '../core/ics';
import { isCallReminder, isPending } from '../core/reminders';
import { ReminderNotFoundError } from './errors';
import type { Reminder } from '../core/types';
import type { Db } from './schema';
import { inWriteTx } from './tx';

/** One pending reminder ("Add to calendar"), or every pending one ("Export upcoming dates"). */
export type CalendarScope = { reminderId: string } | 'upcoming';

/**
 * The events of a calendar file, numbered against the ledger of earlier files, which is updated in
 * the same transaction: two exports never hand out the same SEQUENCE for different dates. The export
 * of every upcoming date also cancels what earlier files carried and is no longer pending.
 */
export function calendarEvents(db: Db, scope: CalendarScope, t: Translate): Promise<IcsEvent[]> {
  return inWriteTx(db, ['applications', 'reminders', 'calendar'], async (tx) => {
    const reminders =
      scope === 'upcoming'
        ? (await tx.objectStore('reminders').index('by-pending-due').getAll()).filter(isCallReminder)
        : [await tx.objectStore('reminders').get(scope.reminderId)].filter((r): r is Reminder => r !== undefined && isCallReminder(r));
    // A reminder done since the page showed it has no date to give a calendar any more.
    if (scope !== 'upcoming' && (reminders.length === 0 || !reminders.every(isPending))) throw new ReminderNotFoundError();
    const candidates: CalendarCandidate[] = [];
    for (const r of reminders) {
      const app = await tx.objectStore('applications').get(r.applicationId);
      if (app) candidates.push(reminderEvent(app, r, t));
    }
    const ledger = await tx.objectStore('calendar').getAll();
    const plan = planCalendar(ledger, candidates, { cancelStale: scope === 'upcoming' });
    for (const row of plan.ledger) await tx.objectStore('calendar').put(row);
    return plan.events;
  });
}
