import { localDayAt, startOfLocalDay } from './dates';
import type { DebriefInput, Reminder, ReminderKind, Settings } from './types';

/**
 * The reminders a debrief implies: the agreed follow-up call, and the day the answer was promised
 * when one was (docs/method.md §2: a promised call-back that does not come is the signal). After a
 * rejection there is no call (§3): only the reminder to ask for feedback, when the user wants one.
 */
export function reminderTimes(
  d: Pick<DebriefInput, 'verdict' | 'followUpAt' | 'answerBy' | 'feedbackAt'>,
): { kind: ReminderKind; dueAt: number }[] {
  if (d.verdict === 'rejected') {
    // Rows stored before feedback reminders existed have no feedbackAt at all.
    return typeof d.feedbackAt === 'number' ? [{ kind: 'feedback', dueAt: d.feedbackAt }] : [];
  }
  if (d.followUpAt === null) return [];
  const times: { kind: ReminderKind; dueAt: number }[] = [{ kind: 'follow-up', dueAt: d.followUpAt }];
  // An answer promised for the follow-up day itself would only duplicate that reminder.
  if (d.answerBy !== null && d.answerBy !== d.followUpAt) times.push({ kind: 'answer-due', dueAt: d.answerBy });
  return times;
}

/** The thank-you reminder's hour, minutes after local midnight: the evening, once the day's work is done. */
const THANKS_EVENING_MINUTES = 18 * 60;

/**
 * The same-evening reminder to send the thank-you e-mail (docs/method.md §4: thank the interviewer),
 * when the setting is on and the debrief is of an interview held earlier today: at 18:00, or at once
 * when the debrief is saved later than that. None after a rejection: §3 has Relance schedule nothing
 * after one that the user did not ask for, and the feedback call they may ask for thanks them itself.
 */
export function thanksReminderTime(
  d: Pick<DebriefInput, 'verdict' | 'interviewAt'>,
  settings: Pick<Settings, 'thankYouReminder'>,
  now: number,
): number | null {
  if (!settings.thankYouReminder || d.verdict === 'rejected') return null;
  if (d.interviewAt > now || startOfLocalDay(d.interviewAt) !== startOfLocalDay(now)) return null;
  return Math.max(localDayAt(now, 0, THANKS_EVENING_MINUTES), now);
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

/** About a planned interview itself: set from its plan (storage/interview-reminders.ts), not from a debrief. */
export const isInterviewReminder = (r: Pick<Reminder, 'kind'>): boolean => r.kind === 'interview-soon' || r.kind === 'how-did-it-go';

/**
 * A call to make or an answer to expect, as opposed to a reminder about a planned interview itself
 * or the evening's thank-you e-mail.
 */
export const isCallReminder = (r: Pick<Reminder, 'kind'>): boolean => !isInterviewReminder(r) && r.kind !== 'thank-you';

/** Still ahead or due: neither done by the user nor superseded by a newer agreement. */
export const isPending = (r: Reminder): boolean => r.pendingDueAt !== undefined;

/** Pending and its time has come: the call is to make now. */
export const isDue = (r: Reminder, now: number): boolean => isPending(r) && isCallReminder(r) && r.dueAt <= now;

/** The pending calls and answers among these, soonest first (the reminders about a planned interview aside). */
export const pendingOf = (reminders: readonly Reminder[]): Reminder[] =>
  reminders.filter((r) => isPending(r) && isCallReminder(r)).sort((a, b) => a.dueAt - b.dueAt);

/** The application's next date: its earliest pending call or answer. */
export function nextDueOf(reminders: readonly Reminder[]): number | null {
  const pending = reminders.filter((r) => isPending(r) && isCallReminder(r)).map((r) => r.dueAt);
  return pending.length ? Math.min(...pending) : null;
}

/**
 * The reminder a follow-up call answers, so that it stops: the due follow-up first, else whatever is
 * due, else the next pending follow-up (the user calls ahead of the date), else the next pending
 * reminder. None when nothing is pending.
 */
export function answeredReminder(reminders: readonly Reminder[], now: number): Reminder | undefined {
  const pending = pendingOf(reminders);
  const due = pending.filter((r) => r.dueAt <= now);
  const followUp = (rs: Reminder[]) => rs.find((r) => r.kind === 'follow-up');
  return followUp(due) ?? due[0] ?? followUp(pending) ?? pending[0];
}
