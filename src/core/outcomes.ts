import { fromDateInput, localDayAt, startOfLocalDay } from './dates';
import type { Application, ApplicationStatus, DebriefInput, Interview, OutcomeInput, ReminderKind, Settings, TimelineEvent } from './types';

/**
 * What a follow-up call changes (docs/method.md §3, carried on after the first reminder): the status, the
 * "probably closed" flag, the next interview, and the reminders it closes and sets. Pure: storage
 * applies the plan in one transaction (storage/outcome-writes.ts).
 */

/** `n` working days (Monday to Friday) after the day holding `t`, at the same local wall-clock time. */
export function addWorkingDays(t: number, n: number): number {
  const d = new Date(t);
  let offset = 0;
  for (let left = Math.max(0, Math.floor(n)); left > 0; ) {
    offset++;
    const weekday = new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset).getDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  // The local-time constructor keeps the wall-clock time across a daylight-saving change.
  return new Date(
    d.getFullYear(),
    d.getMonth(),
    d.getDate() + offset,
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
    d.getMilliseconds(),
  ).getTime();
}

/** "They gave me a new date": by default the follow-up delay (7 days) after the call, at the reminder time. */
export function defaultNewDateAt(callAt: number, settings: Settings): number {
  return localDayAt(callAt, settings.followUpDelayDays, settings.reminderMinutes);
}

/** "No answer": retry after the configured working days (2 by default), at the reminder time. */
export function defaultRetryAt(callAt: number, settings: Settings): number {
  return localDayAt(addWorkingDays(startOfLocalDay(callAt), settings.noAnswerRetryWorkingDays), 0, settings.reminderMinutes);
}

export type NextInterview = NonNullable<Application['nextInterview']>;

/**
 * The next interview a debrief announces: the convinced verdict's first dated next step. Its stage
 * is not said (null); an answer "next interview" from a follow-up call gives one.
 */
export function nextInterviewOfDebrief(d: Pick<DebriefInput, 'verdict' | 'nextSteps'>): NextInterview | null {
  if (d.verdict !== 'convinced') return null;
  const dated = d.nextSteps.filter((s) => s.when && fromDateInput(s.when, 0) !== null).sort((a, b) => a.when.localeCompare(b.when))[0];
  return dated ? { on: dated.when, withWhom: dated.withWhom, stage: null } : null;
}

export interface OutcomeContext {
  settings: Settings;
  /** The application's newest interview. */
  latest: Interview | undefined;
  /** The application's timeline before this outcome. */
  events: TimelineEvent[];
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

/** Keeps what goes with the outcome's kind and fills in the default follow-up date. */
export function resolveOutcome(o: OutcomeInput, settings: Settings): OutcomeInput {
  const base = { kind: o.kind, at: o.at, note: o.note };
  if (o.kind === 'answer') {
    const result = o.result ?? 'offer';
    if (result === 'next-interview') return { ...base, result, nextInterview: o.nextInterview ?? { withWhom: '', on: '', stage: 'other' } };
    if (result === 'rejected') return { ...base, result, reason: o.reason ?? '' };
    return { ...base, result };
  }
  const fallback = o.kind === 'new-date' ? defaultNewDateAt(o.at, settings) : defaultRetryAt(o.at, settings);
  return { ...base, nextFollowUpAt: o.nextFollowUpAt ?? fallback };
}

/**
 * The rules of a follow-up outcome:
 * - an answer settles it: offer → "offer", next interview → "in process" with the interview planned
 *   (the next debrief will set the follow-up), rejected → "closed"; every pending reminder stops;
 * - a new date replaces every pending reminder (the recruiter renewed the promise) with a follow-up then;
 * - no answer replaces the pending follow-ups with a retry; a promised answer date still stands.
 * "Probably closed" is then re-evaluated (isProbablyClosed); an answer always clears it.
 */
export function applyOutcome(app: Application, input: OutcomeInput, ctx: OutcomeContext): OutcomePlan {
  const outcome = resolveOutcome(input, ctx.settings);
  if (outcome.kind === 'answer') {
    const plan = { outcome, probablyClosed: false, supersede: ['follow-up', 'answer-due'] as ReminderKind[], reminders: [] };
    if (outcome.result === 'next-interview') return { ...plan, status: 'in-process', nextInterview: outcome.nextInterview! };
    return { ...plan, status: outcome.result === 'offer' ? 'offer' : 'closed', nextInterview: null };
  }
  const event: TimelineEvent = { id: '', applicationId: app.id, at: outcome.at, type: 'outcome', outcome, createdAt: ctx.now };
  // Following up on an application marked closed means pursuing it again.
  const status: ApplicationStatus = app.status === 'closed' ? 'waiting' : app.status;
  return {
    outcome,
    status,
    probablyClosed: isProbablyClosed({ ...app, status }, ctx.latest, [...ctx.events, event], ctx.now),
    nextInterview: app.nextInterview ?? null,
    supersede: outcome.kind === 'new-date' ? ['follow-up', 'answer-due'] : ['follow-up'],
    reminders: [{ kind: 'follow-up', dueAt: outcome.nextFollowUpAt! }],
  };
}

const byTime = (a: TimelineEvent, b: TimelineEvent) => a.at - b.at || a.createdAt - b.createdAt;

/**
 * The method's warning (§2): "undecided" often hides a rejection, and only the promised date passing
 * tells them apart. Probably closed when the application is still open and either
 * - the newest debrief was undecided, its promised answer date has passed, and since that interview
 *   nobody answered (no answer, no new date) and the user did not decide to keep going after that date;
 * - or the last two follow-up calls since the newest interview (and since the user last chose to keep
 *   pursuing) got no answer.
 */
export function isProbablyClosed(
  app: Pick<Application, 'status'>,
  latest: Pick<Interview, 'verdict' | 'answerBy' | 'interviewAt'> | undefined,
  events: TimelineEvent[],
  now: number,
): boolean {
  if (app.status === 'closed' || app.status === 'offer') return false;
  const since = events.filter((e) => !latest || e.at >= latest.interviewAt).sort(byTime);
  if (latest?.verdict === 'undecided' && latest.answerBy !== null && latest.answerBy <= now) {
    const heard = since.some(
      (e) =>
        (e.type === 'outcome' && (e.outcome?.kind === 'answer' || e.outcome?.kind === 'new-date')) ||
        (e.type === 'kept-pursuing' && e.at >= latest.answerBy!),
    );
    if (!heard) return true;
  }
  let silentCalls = 0;
  for (let i = since.length - 1; i >= 0; i--) {
    const e = since[i]!;
    if (e.type === 'outcome' && e.outcome?.kind === 'no-answer') silentCalls++;
    else break;
  }
  return silentCalls >= 2;
}
