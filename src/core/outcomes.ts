import { UNKNOWN_PLAN_PARTS } from './planned-interview';
import { addWorkingDays, endOfLocalDay, fromDateInput, localDayAt, startOfLocalDay, workingDayAfter } from './dates';
import { fullWorkingDayOverdue, promisedDayEnded } from './follow-up';
import { isCallReminder, pendingOf } from './reminders';
import {
  REMINDER_KINDS,
  type Application,
  type ApplicationStatus,
  type DebriefInput,
  type Interview,
  type OutcomeInput,
  type Reminder,
  type ReminderKind,
  type Settings,
  type TimelineEvent,
} from './types';

/**
 * What a follow-up call changes (docs/method.md §3, carried on after the first reminder): the status, the
 * "probably closed" flag, the next interview, and the reminders it closes and sets. Pure: storage
 * applies the plan in one transaction (storage/outcome-writes.ts).
 */

/** "They gave me a new date": by default the follow-up delay (7 days) after the call, at the reminder time. */
export function defaultNewDateAt(callAt: number, settings: Settings): number {
  return localDayAt(callAt, settings.followUpDelayDays, settings.reminderMinutes);
}

/**
 * "No answer": retry after the configured working days (2 by default), at the reminder time; while
 * a promised answer date is still pending, not before the working day after it (docs/method.md §3:
 * never call before the date they gave).
 */
export function defaultRetryAt(callAt: number, settings: Settings, promisedAt: number | null = null): number {
  const retry = localDayAt(addWorkingDays(startOfLocalDay(callAt), settings.noAnswerRetryWorkingDays), 0, settings.reminderMinutes);
  return promisedAt === null ? retry : Math.max(retry, workingDayAfter(promisedAt, settings.reminderMinutes));
}

/** What one more call with no answer would lead to: the retries still allowed, and a promised answer still pending. */
export interface RetryRule {
  /** 0: that call would be the last; no retry, the application is offered "probably closed". */
  left: number;
  /** The pending promised-answer date the retry must not precede, epoch ms; null when none. */
  promisedAt: number | null;
}

/** The retry rule of an application, from its newest interview, timeline, reminders and the settings. */
export function retryRuleOf(c: Pick<OutcomeContext, 'settings' | 'latest' | 'events' | 'reminders'>): RetryRule {
  const promise = pendingOf(c.reminders).find((r) => r.kind === 'answer-due');
  return {
    left: Math.max(0, c.settings.maxNoAnswerRetries - silentCalls(eventsSince(c.latest, c.events))),
    promisedAt: promise?.dueAt ?? null,
  };
}

/** What an outcome may replace: the calls and answers; a planned interview's own reminders follow its plan. */
const CALL_KINDS = REMINDER_KINDS.filter((k) => isCallReminder({ kind: k }));

const UNLIMITED: RetryRule = { left: Number.POSITIVE_INFINITY, promisedAt: null };

export type NextInterview = NonNullable<Application['nextInterview']>;

/**
 * The next interview a debrief announces: the convinced verdict's first dated next step. Its stage
 * is not said (null); an answer "next interview" from a follow-up call gives one.
 */
export function nextInterviewOfDebrief(d: Pick<DebriefInput, 'verdict' | 'nextSteps'>): NextInterview | null {
  if (d.verdict !== 'convinced') return null;
  const dated = d.nextSteps.filter((s) => s.when && fromDateInput(s.when, 0) !== null).sort((a, b) => a.when.localeCompare(b.when))[0];
  return dated ? { ...UNKNOWN_PLAN_PARTS, on: dated.when, withWhom: dated.withWhom, stage: null } : null;
}

export interface OutcomeContext {
  settings: Settings;
  /** The application's newest interview. */
  latest: Interview | undefined;
  /** The application's timeline before this outcome. */
  events: TimelineEvent[];
  /** The application's reminders before this outcome, pending and past. */
  reminders: Reminder[];
  now: number;
}

export interface OutcomePlan {
  /** The outcome as stored: irrelevant fields dropped, default dates filled in. */
  outcome: OutcomeInput;
  status: ApplicationStatus;
  probablyClosed: boolean;
  nextInterview: NextInterview | null;
  /** Kinds of the application's pending reminders this outcome replaces (closed as "superseded"). */
  supersede: ReminderKind[];
  /** Reminders to create. */
  reminders: { kind: ReminderKind; dueAt: number }[];
}

/**
 * Keeps what goes with the outcome's kind and fills in the default follow-up date. A "no answer"
 * once the retries are used up gets no next date: no retry is scheduled.
 */
export function resolveOutcome(o: OutcomeInput, settings: Settings, retry: RetryRule = UNLIMITED): OutcomeInput {
  const base = { kind: o.kind, at: o.at, note: o.note };
  if (o.kind === 'answer') {
    const result = o.result ?? 'offer';
    if (result === 'next-interview')
      return { ...base, result, nextInterview: o.nextInterview ?? { withWhom: '', on: '', time: '', channel: null, stage: 'other' } };
    if (result === 'rejected') return { ...base, result, reason: o.reason ?? '' };
    return { ...base, result };
  }
  if (o.kind === 'no-answer' && retry.left <= 0) return base;
  const fallback = o.kind === 'new-date' ? defaultNewDateAt(o.at, settings) : defaultRetryAt(o.at, settings, retry.promisedAt);
  return { ...base, nextFollowUpAt: o.nextFollowUpAt ?? fallback };
}

/**
 * The rules of a follow-up outcome:
 * - an answer settles it: offer → "offer", next interview → "in process" with the interview planned
 *   (the next debrief will set the follow-up), rejected → "closed"; every pending reminder stops;
 * - a new date replaces every pending reminder (the recruiter renewed the promise) with a follow-up then;
 * - no answer replaces the pending follow-ups with a retry, as long as retries are left; a promised
 *   answer date still stands, and the retry does not come before it.
 * "Probably closed" is then re-evaluated (isProbablyClosed); an answer always clears it.
 */
export function applyOutcome(app: Application, input: OutcomeInput, ctx: OutcomeContext): OutcomePlan {
  const outcome = resolveOutcome(input, ctx.settings, retryRuleOf(ctx));
  if (outcome.kind === 'answer') {
    const plan = { outcome, probablyClosed: false, supersede: [...CALL_KINDS], reminders: [] };
    if (outcome.result === 'next-interview')
      return { ...plan, status: 'in-process', nextInterview: { ...UNKNOWN_PLAN_PARTS, ...outcome.nextInterview! } };
    return { ...plan, status: outcome.result === 'offer' ? 'offer' : 'closed', nextInterview: null };
  }
  const event: TimelineEvent = { id: '', applicationId: app.id, at: outcome.at, type: 'outcome', outcome, createdAt: ctx.now };
  // Following up on an application marked closed means pursuing it again.
  const status: ApplicationStatus = app.status === 'closed' ? 'waiting' : app.status;
  const supersede: ReminderKind[] = outcome.kind === 'new-date' ? [...CALL_KINDS] : ['follow-up'];
  const remaining = ctx.reminders.filter((r) => !supersede.includes(r.kind));
  const reminders = outcome.nextFollowUpAt === undefined ? [] : [{ kind: 'follow-up' as const, dueAt: outcome.nextFollowUpAt }];
  return {
    outcome,
    status,
    probablyClosed: isProbablyClosed(
      { status },
      { ...ctx, events: [...ctx.events, event], reminders: [...remaining, ...reminders.map(asPending)] },
    ),
    nextInterview: app.nextInterview ?? null,
    supersede,
    reminders,
  };
}

/** A planned reminder as a pending row, for rules that read rows. */
const asPending = ({ kind, dueAt }: { kind: ReminderKind; dueAt: number }): Reminder => ({
  id: '',
  applicationId: '',
  interviewId: '',
  kind,
  dueAt,
  pendingDueAt: dueAt,
});

const byTime = (a: TimelineEvent, b: TimelineEvent) => a.at - b.at || a.createdAt - b.createdAt;

/** The timeline since the newest interview (all of it without one), oldest first. */
function eventsSince(latest: Pick<Interview, 'interviewAt'> | undefined, events: TimelineEvent[]): TimelineEvent[] {
  return events.filter((e) => !latest || e.at >= latest.interviewAt).sort(byTime);
}

/** Calls with no answer in a row at the end of this timeline (anything else recorded breaks the row). */
function silentCalls(since: TimelineEvent[]): number {
  let n = 0;
  for (let i = since.length - 1; i >= 0; i--) {
    const e = since[i]!;
    if (e.type === 'outcome' && e.outcome?.kind === 'no-answer') n++;
    else break;
  }
  return n;
}

/** What "probably closed" is decided from. */
export interface ClosedContext {
  /** The application's newest interview. */
  latest: Pick<Interview, 'verdict' | 'answerBy' | 'interviewAt'> | undefined;
  events: TimelineEvent[];
  /** Its reminders: a pending follow-up long overdue is a sign too. */
  reminders: Reminder[];
  settings: Pick<Settings, 'maxNoAnswerRetries'>;
  now: number;
}

/**
 * The method's warning (§2): "undecided" often hides a rejection, and only the promised date passing
 * tells them apart; and a call that reaches no one is retried a limited number of times (§3). Never
 * while a promised answer day is not over. Then probably closed when the application is still open and
 * - the newest debrief was undecided with a promised date, nobody answered since that interview (no
 *   answer, no new date), the user did not choose to keep going after that date, and the call after
 *   the promised day was recorded as "no answer" or is a full working day overdue with nothing recorded;
 * - or every retry allowed got no answer: more calls in a row with no answer since the newest interview
 *   (and since the user last chose to keep pursuing) than the retries setting allows.
 */
export function isProbablyClosed(app: Pick<Application, 'status'>, c: ClosedContext): boolean {
  if (app.status === 'closed' || app.status === 'offer') return false;
  const { latest, now } = c;
  if (latest && latest.answerBy !== null && !promisedDayEnded(latest.answerBy, now)) return false;
  const since = eventsSince(latest, c.events);
  if (silentCalls(since) > c.settings.maxNoAnswerRetries) return true;
  if (latest?.verdict !== 'undecided' || latest.answerBy === null) return false;
  const promised = latest.answerBy;
  const heard = since.some(
    (e) =>
      (e.type === 'outcome' && (e.outcome?.kind === 'answer' || e.outcome?.kind === 'new-date')) ||
      (e.type === 'kept-pursuing' && e.at >= promised),
  );
  if (heard) return false;
  const dayOver = endOfLocalDay(promised);
  const unanswered = since.some((e) => e.type === 'outcome' && e.outcome?.kind === 'no-answer' && e.at >= dayOver);
  const overdue = pendingOf(c.reminders).some((r) => r.kind === 'follow-up' && fullWorkingDayOverdue(r.dueAt, now));
  return unanswered || overdue;
}
