/**
 * What a calendar file carries, given what earlier files carried. A calendar keeps whatever it
 * imported, so each export remembers its events (the ledger): a moved reminder goes out again under
 * the same UID with a higher SEQUENCE, and one that stopped (done, snoozed away, superseded,
 * deleted) goes out once more as cancelled, so the calendar drops it instead of keeping a stale call.
 */
import { toDateInput } from './dates';
import type { Translate } from './i18n';
import type { IcsEvent, IcsStart } from './ics';
import { plannedStartAt } from './planned-interview';
import type { Application, Channel, PlannedInterview, Reminder, ReminderKind } from './types';

/** One event as last exported. */
export interface CalendarEntry {
  uid: string;
  applicationId: string;
  event: IcsEvent;
}

/** An event to export now; its SEQUENCE comes from the ledger. */
export interface CalendarCandidate {
  applicationId: string;
  event: Omit<IcsEvent, 'sequence'>;
}

/** Minutes a call blocks in the calendar. */
const CALL_MINUTES = 15;

const reminderUid = (reminderId: string): string => `reminder-${reminderId}@relance`;

const sameStart = (a: IcsStart, b: IcsStart): boolean =>
  a.kind === 'timed' && b.kind === 'timed'
    ? a.at === b.at && a.minutes === b.minutes
    : a.kind === 'date' && b.kind === 'date' && a.on === b.on;

const KIND_KEYS: Record<ReminderKind, string> = {
  'follow-up': 'reminderKindFollowUp',
  'answer-due': 'reminderKindAnswerDue',
  feedback: 'reminderKindFeedback',
  'interview-soon': 'reminderKindInterviewSoon',
  'how-did-it-go': 'reminderKindHowDidItGo',
  'thank-you': 'reminderKindThankYou',
};
const ACTION_KEYS: Record<ReminderKind, string> = {
  'follow-up': 'reminderActionFollowUp',
  'answer-due': 'reminderActionAnswerDue',
  feedback: 'reminderActionFeedback',
  'interview-soon': 'reminderActionInterviewSoon',
  'how-did-it-go': 'reminderActionHowDidItGo',
  'thank-you': 'reminderActionThankYou',
};

/**
 * The calendar event of a reminder: a call (follow-up, feedback) at its time with an alarm; a
 * promised answer as an all-day date, since the answer can come at any hour (docs/method.md §3).
 */
export function reminderEvent(application: Application, reminder: Reminder, t: Translate): CalendarCandidate {
  const { company, title, url } = application.posting;
  const kindKey = KIND_KEYS[reminder.kind];
  const actionKey = ACTION_KEYS[reminder.kind];
  const summary = t('icsSummary', [t(kindKey), company, title]);
  const description = [t(actionKey), url].filter(Boolean).join('\n');
  const isCall = reminder.kind !== 'answer-due';
  return {
    applicationId: application.id,
    event: isCall
      ? {
          uid: reminderUid(reminder.id),
          start: { kind: 'timed', at: reminder.dueAt, minutes: CALL_MINUTES },
          summary,
          description,
          alarm: summary,
        }
      : { uid: reminderUid(reminder.id), start: { kind: 'date', on: toDateInput(reminder.dueAt) }, summary, description },
  };
}

const CHANNEL_KEYS: Record<Channel, string> = { 'on-site': 'channelOnSite', video: 'channelVideo', phone: 'channelPhone' };

/**
 * The UID of a planned interview: one per application and number of debriefs recorded before it, so
 * a plan that moves keeps its UID (a higher SEQUENCE), and the interview planned after the next
 * debrief is another event, while this one, done, is cancelled by the next export of upcoming dates.
 */
const plannedUid = (applicationId: string, debriefsBefore: number): string => `interview-${applicationId}-${debriefsBefore}@relance`;

/**
 * The calendar event of a planned interview, while its day is known: at its start time for the
 * interview's expected length, with an alarm (ten minutes before, core/ics.ts); without a start time,
 * an all-day date, since no alarm could be right. Null while the day is not known.
 */
export function plannedInterviewEvent(
  application: Application,
  plan: PlannedInterview,
  debriefsBefore: number,
  lengthMinutes: number,
  t: Translate,
): CalendarCandidate | null {
  if (!plan.on) return null;
  const { company, title, url } = application.posting;
  const summary = t('icsSummary', [t('icsInterviewKind'), company, title]);
  const who = [plan.withWhom, plan.role]
    .map((x) => x.trim())
    .filter(Boolean)
    .join(', ');
  const description = [who && t('icsInterviewWith', who), plan.channel && t(CHANNEL_KEYS[plan.channel]), url].filter(Boolean).join('\n');
  const uid = plannedUid(application.id, debriefsBefore);
  const at = plan.time ? plannedStartAt(plan, 0) : null;
  return {
    applicationId: application.id,
    event:
      at === null
        ? { uid, start: { kind: 'date', on: plan.on }, summary, description }
        : { uid, start: { kind: 'timed', at, minutes: lengthMinutes }, summary, description, alarm: summary },
  };
}

/** Whether a planned interview is still ahead: its day is today or later (a past one is done). */
export const planIsUpcoming = (plan: PlannedInterview | null | undefined, now: number): plan is PlannedInterview =>
  Boolean(plan?.on) && plan!.on >= toDateInput(now);

export interface CalendarPlan {
  events: IcsEvent[];
  /** Ledger rows to store (new, moved, or now cancelled). */
  ledger: CalendarEntry[];
}

/**
 * Numbers the candidates against the ledger. With `cancelStale` (the export of every upcoming date),
 * each ledger event not among the candidates and not cancelled yet is cancelled, once.
 */
export function planCalendar(
  ledger: readonly CalendarEntry[],
  candidates: readonly CalendarCandidate[],
  { cancelStale }: { cancelStale: boolean },
): CalendarPlan {
  const byUid = new Map(ledger.map((e) => [e.uid, e]));
  const events: IcsEvent[] = [];
  const rows: CalendarEntry[] = [];
  for (const c of candidates) {
    const before = byUid.get(c.event.uid);
    let sequence = 0;
    if (before) {
      const stays = !before.event.cancelled && sameStart(before.event.start, c.event.start);
      sequence = stays ? before.event.sequence : before.event.sequence + 1;
    }
    const event: IcsEvent = { ...c.event, sequence };
    events.push(event);
    if (!before || !sameEvent(before.event, event)) rows.push({ uid: event.uid, applicationId: c.applicationId, event });
  }
  if (cancelStale) {
    const live = new Set(candidates.map((c) => c.event.uid));
    for (const entry of ledger) {
      if (live.has(entry.uid) || entry.event.cancelled) continue;
      const event: IcsEvent = { ...entry.event, sequence: entry.event.sequence + 1, cancelled: true };
      delete event.alarm;
      events.push(event);
      rows.push({ ...entry, event });
    }
  }
  return { events, ledger: rows };
}

const sameEvent = (a: IcsEvent, b: IcsEvent): boolean =>
  a.sequence === b.sequence && a.summary === b.summary && a.description === b.description && !a.cancelled === !b.cancelled;
