import { planCalendar, plannedInterviewEvent, planIsUpcoming, reminderEvent, type CalendarCandidate } from '../core/calendar-plan';
import type { Translate } from '../core/i18n';
import type { IcsEvent } from '../core/ics';
import { isCallReminder, isPending } from '../core/reminders';
import { ApplicationNotFoundError, PlannedInterviewNotFoundError, ReminderNotFoundError } from './errors';
import type { Application, Reminder } from '../core/types';
import { interviewCount } from './rows';
import type { Db } from './schema';
import { inWriteTx, withDefaults, type WriteTx } from './tx';

/**
 * One pending reminder ("Add to calendar"), one application's planned interview, or every pending
 * reminder and upcoming planned interview ("Export upcoming dates").
 */
export type CalendarScope = { reminderId: string } | { plannedInterviewOf: string } | 'upcoming';

type CalendarTx = WriteTx<('applications' | 'interviews' | 'reminders' | 'settings' | 'calendar')[]>;

/**
 * The events of a calendar file, numbered against the ledger of earlier files, which is updated in
 * the same transaction: two exports never hand out the same SEQUENCE for different dates. The export
 * of every upcoming date also cancels what earlier files carried and is no longer pending (a call
 * done, snoozed away or superseded; an interview that took place, was cancelled or re-planned).
 */
export function calendarEvents(db: Db, scope: CalendarScope, t: Translate, now: number): Promise<IcsEvent[]> {
  return inWriteTx(db, ['applications', 'interviews', 'reminders', 'settings', 'calendar'], async (tx) => {
    const candidates =
      scope === 'upcoming'
        ? [...(await reminderCandidates(tx, 'upcoming', t)), ...(await plannedCandidates(tx, null, t, now))]
        : 'reminderId' in scope
          ? await reminderCandidates(tx, scope.reminderId, t)
          : await plannedCandidates(tx, scope.plannedInterviewOf, t, now);
    const ledger = await tx.objectStore('calendar').getAll();
    const plan = planCalendar(ledger, candidates, { cancelStale: scope === 'upcoming' });
    for (const row of plan.ledger) await tx.objectStore('calendar').put(row);
    return plan.events;
  });
}

async function reminderCandidates(tx: CalendarTx, scope: string | 'upcoming', t: Translate): Promise<CalendarCandidate[]> {
  const reminders =
    scope === 'upcoming'
      ? (await tx.objectStore('reminders').index('by-pending-due').getAll()).filter(isCallReminder)
      : [await tx.objectStore('reminders').get(scope)].filter((r): r is Reminder => r !== undefined && isCallReminder(r));
  // A reminder done since the page showed it has no date to give a calendar any more.
  if (scope !== 'upcoming' && (reminders.length === 0 || !reminders.every(isPending))) throw new ReminderNotFoundError();
  const candidates: CalendarCandidate[] = [];
  for (const r of reminders) {
    const app = await tx.objectStore('applications').get(r.applicationId);
    if (app) candidates.push(reminderEvent(app, r, t));
  }
  return candidates;
}

/** One application's planned interview (refused when it has none with a day), or (null) every upcoming one. */
async function plannedCandidates(tx: CalendarTx, applicationId: string | null, t: Translate, now: number): Promise<CalendarCandidate[]> {
  const settings = withDefaults(await tx.objectStore('settings').get('settings'));
  let apps: Application[];
  if (applicationId === null) apps = (await tx.objectStore('applications').getAll()).filter((a) => planIsUpcoming(a.nextInterview, now));
  else {
    const app = await tx.objectStore('applications').get(applicationId);
    if (!app) throw new ApplicationNotFoundError();
    if (!app.nextInterview?.on) throw new PlannedInterviewNotFoundError();
    apps = [app];
  }
  const candidates: CalendarCandidate[] = [];
  for (const app of apps) {
    const c = plannedInterviewEvent(app, app.nextInterview!, await interviewCount(tx, app.id), settings.interviewLengthMinutes, t);
    if (c) candidates.push(c);
  }
  return candidates;
}
