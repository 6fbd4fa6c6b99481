/**
 * The follow-up outcome form's state, kept as the strings the inputs hold, and its pure conversion
 * to the OutcomeInput the worker stores (docs/method.md §3: answer, new date, or no answer and retry).
 */
import { fromDateInput, fromTimeInput, toDateInput } from '../core/dates';
import { defaultNewDateAt, defaultRetryAt, type RetryRule } from '../core/outcomes';
import {
  LIMITS,
  type AnswerResult,
  type Application,
  type Channel,
  type OutcomeInput,
  type OutcomeKind,
  type Settings,
  type Stage,
} from '../core/types';
import type { Checked, FieldError } from '../core/validate';

export interface OutcomeState {
  /** '' until the user chooses: what the call gave has no sensible default. */
  kind: OutcomeKind | '';
  result: AnswerResult | '';
  withWhom: string;
  /** `YYYY-MM-DD` or ''. */
  on: string;
  /** `HH:MM` or '': the next interview's start time, which its "interview soon" reminder comes before. */
  time: string;
  /** '' for not said. */
  channel: Channel | '';
  stage: Stage;
  reason: string;
  /** `YYYY-MM-DD`: the next follow-up, for "new date" and "no answer". */
  nextFollowUp: string;
  /** Once edited, the date stops following the kind's default. */
  nextFollowUpTouched: boolean;
  note: string;
}

/** A stage after the one just held, as a guess for the next interview (the user can change it). */
const NEXT_STAGE: Record<Stage, Stage> = {
  screening: 'hiring-manager',
  'hiring-manager': 'team',
  team: 'director',
  director: 'final',
  final: 'final',
  other: 'other',
};

export function initialOutcome(app?: Pick<Application, 'nextInterview'> | null, lastStage?: Stage | null): OutcomeState {
  return {
    kind: '',
    result: '',
    withWhom: '',
    on: '',
    time: '',
    channel: '',
    stage: app?.nextInterview?.stage ?? (lastStage ? NEXT_STAGE[lastStage] : 'hiring-manager'),
    reason: '',
    nextFollowUp: '',
    nextFollowUpTouched: false,
    note: '',
  };
}

/**
 * The default next follow-up, as the worker would fill it in (core/outcomes.ts): a new date agreed on
 * the phone is the follow-up delay away (7 days); after no answer, retry in the settings' working days,
 * not before a promised answer date still pending, and not at all once the retries are used up.
 */
function defaultNextFollowUpAt(kind: OutcomeKind, now: number, settings: Settings, retry: RetryRule): number | null {
  if (kind === 'new-date') return defaultNewDateAt(now, settings);
  if (kind === 'no-answer' && retry.left > 0) return defaultRetryAt(now, settings, retry.promisedAt);
  return null;
}

/** A "no answer" now gets no retry: the retries the settings allow are used up (docs/method.md §3). */
export const lastRetry = (s: Pick<OutcomeState, 'kind'>, retry: RetryRule): boolean => s.kind === 'no-answer' && retry.left <= 0;

export function withKind(s: OutcomeState, kind: OutcomeKind, now: number, settings: Settings, retry: RetryRule): OutcomeState {
  const at = defaultNextFollowUpAt(kind, now, settings, retry);
  if (s.nextFollowUpTouched || at === null) return { ...s, kind };
  return { ...s, kind, nextFollowUp: toDateInput(at) };
}

/** The same rules as the worker's, so errors show next to their fields before anything is sent. */
export function checkOutcome(s: OutcomeState, now: number, settings: Settings, retry: RetryRule): Checked<OutcomeInput> {
  const errors: FieldError[] = [];
  const note = s.note.trim().slice(0, LIMITS.longText);
  if (!s.kind) return { ok: false, errors: [{ field: 'outcome.kind', message: 'errorOutcomeKindRequired' }] };
  const outcome: OutcomeInput = { kind: s.kind, at: now, note };
  if (s.kind === 'answer') {
    if (!s.result) errors.push({ field: 'outcome.result', message: 'errorOutcomeResultRequired' });
    else outcome.result = s.result;
    if (s.result === 'next-interview') {
      const withWhom = s.withWhom.trim().slice(0, LIMITS.name);
      const on = s.on.trim();
      const time = s.time.trim();
      if (!withWhom) errors.push({ field: 'outcome.nextInterview.withWhom', message: 'errorNextInterviewWhoRequired' });
      if (on && fromDateInput(on, 0) === null) errors.push({ field: 'outcome.nextInterview.on', message: 'errorDateInvalid' });
      if (time && fromTimeInput(time) === null) errors.push({ field: 'outcome.nextInterview.time', message: 'errorTimeInvalid' });
      outcome.nextInterview = { withWhom, on, time, channel: s.channel || null, stage: s.stage };
    }
    if (s.result === 'rejected') outcome.reason = s.reason.trim().slice(0, LIMITS.shortText);
  } else if (!lastRetry(s, retry)) {
    const at = fromDateInput(s.nextFollowUp, settings.reminderMinutes);
    if (!s.nextFollowUp.trim()) errors.push({ field: 'outcome.nextFollowUpAt', message: 'errorFollowUpRequired' });
    else if (at === null) errors.push({ field: 'outcome.nextFollowUpAt', message: 'errorDateInvalid' });
    else if (at <= now) errors.push({ field: 'outcome.nextFollowUpAt', message: 'errorFollowUpBeforeCall' });
    else outcome.nextFollowUpAt = at;
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: outcome };
}
