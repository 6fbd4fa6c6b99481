import { addWorkingDays, defaultFollowUpAt, endOfLocalDay, fromDateInput, startOfLocalDay, workingDayAfter } from './dates';
import type { DebriefInput, Settings, Verdict } from './types';

/**
 * When the follow-up call comes (docs/method.md §3): never before a date the interviewer gave.
 * Pure rules shared by the debrief form (its default and its warning), the worker (reminders,
 * "probably closed") and the tests.
 */

/** A debrief's dates; the verdict may be '' while a form has none chosen yet. */
type PromiseFields = Pick<DebriefInput, 'interviewAt' | 'answerBy' | 'nextSteps'> & { verdict: Verdict | '' };

/**
 * The local midnight starting the last day the interviewer gave: the promised answer date, and for
 * a convinced verdict the first dated next step (that step is what comes next, not a blind call).
 * Null when no date was given. A date before the interview's day is a typo, not a promise.
 */
export function promisedDayOf(d: PromiseFields): number | null {
  const days: number[] = [];
  if (d.answerBy !== null) days.push(startOfLocalDay(d.answerBy));
  if (d.verdict === 'convinced') {
    const steps = d.nextSteps.map((s) => (s.when ? fromDateInput(s.when, 0) : null)).filter((t): t is number => t !== null);
    if (steps.length) days.push(Math.min(...steps));
  }
  const valid = days.filter((t) => t >= startOfLocalDay(d.interviewAt));
  return valid.length ? Math.max(...valid) : null;
}

/**
 * The follow-up call a debrief implies by default: none after a rejection; the first working day
 * after the date they gave, at the reminder time (before or after the usual delay alike); else the
 * interview day plus the follow-up delay.
 */
export function defaultFollowUpOf(d: PromiseFields, settings: Pick<Settings, 'followUpDelayDays' | 'reminderMinutes'>): number | null {
  if (d.verdict === 'rejected') return null;
  const promised = promisedDayOf(d);
  if (promised !== null) return workingDayAfter(promised, settings.reminderMinutes);
  return defaultFollowUpAt(d.interviewAt, settings.followUpDelayDays, settings.reminderMinutes);
}

/**
 * The call is set on a day before the date they gave: insisting. The user may choose to; the form
 * says so next to the field.
 */
export function callsBeforePromise(d: PromiseFields & Pick<DebriefInput, 'followUpAt'>): boolean {
  const promised = promisedDayOf(d);
  return d.followUpAt !== null && promised !== null && startOfLocalDay(d.followUpAt) < promised;
}

/** The promised day (the day holding `answerBy`) is over: only then can silence mean anything. */
export function promisedDayEnded(answerBy: number, now: number): boolean {
  return now >= endOfLocalDay(answerBy);
}

/**
 * A call due at `dueAt` is a full working day overdue: the whole working day after its day has
 * passed with the call still not recorded.
 */
export function fullWorkingDayOverdue(dueAt: number, now: number): boolean {
  return now >= endOfLocalDay(addWorkingDays(startOfLocalDay(dueAt), 1));
}
