/**
 * The debrief form's state, kept as the strings the inputs hold, and its pure conversions to the
 * request the worker stores. No DOM here, so the rules (defaults, the follow-up following the
 * interview date, what a verdict keeps) are tested without rendering.
 */
import { defaultFollowUpAt, fromDateInput, fromDateTimeInput, toDateInput, toDateTimeInput } from '../../core/dates';
import { defaultFollowUpOf } from '../../core/follow-up';
import { plannedStartAt } from '../../core/planned-interview';
import { LIMITS } from '../../core/types';
import type {
  Application,
  ClosingChecklist,
  DebriefInput,
  Feeling,
  Interview,
  NextStep,
  Posting,
  Settings,
  Stage,
  SynthesisChecklist,
  Verdict,
} from '../../core/types';
import { checkDebrief, checkPosting, type FieldError } from '../../core/validate';
import { fieldsForVerdict } from '../../core/verdict';
import type { PostingFieldsState } from './posting-state';

export { postingFields, type PostingFieldsState } from './posting-state';

export interface FormState {
  posting: PostingFieldsState;
  /** `YYYY-MM-DDTHH:MM`, local. */
  interviewAt: string;
  /** '' until chosen: not said is stored as null, never as a default stage. */
  stage: Stage | '';
  interviewerName: string;
  interviewerRole: string;
  synthesis: SynthesisChecklist;
  /** '' until the user chooses: the verdict is required and has no sensible default. */
  verdict: Verdict | '';
  nextSteps: NextStep[];
  weakPoint: string;
  /** The user's own answer to the weak point, one sentence for the call script. */
  weakPointAnswer: string;
  rejectionReason: string;
  /** `YYYY-MM-DD` or ''. */
  answerBy: string;
  /** `YYYY-MM-DD`. Not asked after a rejection. */
  followUp: string;
  /** Once the user edits the follow-up date, it stops following the interview and promised dates. */
  followUpTouched: boolean;
  /** After a rejection: remind me to ask for feedback (off unless ticked). */
  askFeedback: boolean;
  /** `YYYY-MM-DD`: when to ask for feedback. */
  feedback: string;
  /** Once edited, the feedback date stops following the interview date. */
  feedbackTouched: boolean;
  closing: ClosingChecklist;
  /** '' until chosen, like the stage. */
  feeling: Feeling | '';
  recoveryContacts: string;
  recoveryTopics: string;
  notes: string;
}

export const emptyStep = (): NextStep => ({ withWhom: '', when: '' });

/** A fresh form: interview now, follow-up on the default day at the reminder time (docs/method.md §3). */
export function initialForm(posting: PostingFieldsState, now: number, settings: Settings): FormState {
  const week = toDateInput(defaultFollowUpAt(now, settings.followUpDelayDays, settings.reminderMinutes));
  return {
    posting,
    interviewAt: toDateTimeInput(now),
    stage: '',
    interviewerName: '',
    interviewerRole: '',
    synthesis: { enoughInformation: false, strengthsPutForward: false, nextStepPlanned: false, askedImpression: false },
    verdict: '',
    nextSteps: [emptyStep()],
    weakPoint: '',
    weakPointAnswer: '',
    rejectionReason: '',
    answerBy: '',
    followUp: week,
    followUpTouched: false,
    askFeedback: false,
    feedback: week,
    feedbackTouched: false,
    closing: { thanked: false, handshakeEyeContact: false, smiled: false },
    feeling: '',
    recoveryContacts: '',
    recoveryTopics: '',
    notes: '',
  };
}

/**
 * A planned interview (planned by the user, recorded with a follow-up outcome, or a dated next step)
 * gives the next debrief its stage, when one was said, and interviewer with their role; once it has
 * started (its day and start time are past), its date and time too, the default dates following.
 * The user changes any of them if the plan changed.
 */
export function withNextInterview(s: FormState, next: Application['nextInterview'], now: number, settings: Settings): FormState {
  if (!next) return s;
  const filled = {
    ...s,
    stage: next.stage ?? s.stage,
    interviewerName: next.withWhom.slice(0, LIMITS.name) || s.interviewerName,
    interviewerRole: next.role.slice(0, LIMITS.name) || s.interviewerRole,
  };
  const start = next.time ? plannedStartAt(next, settings.reminderMinutes) : null;
  return start !== null && start <= now ? withInterviewAt(filled, toDateTimeInput(start), settings) : filled;
}

/** The form for editing a recorded interview: its own values, the follow-up date no longer following. */
export function formOfInterview(i: Interview, posting: PostingFieldsState): FormState {
  return {
    posting,
    interviewAt: toDateTimeInput(i.interviewAt),
    stage: i.stage ?? '',
    interviewerName: i.interviewerName,
    interviewerRole: i.interviewerRole,
    synthesis: { ...i.synthesis },
    verdict: i.verdict,
    nextSteps: i.nextSteps.length ? i.nextSteps.map((x) => ({ ...x })) : [emptyStep()],
    weakPoint: i.weakPoint,
    weakPointAnswer: i.weakPointAnswer,
    rejectionReason: i.rejectionReason,
    answerBy: i.answerBy === null ? '' : toDateInput(i.answerBy),
    // A rejection had no call: the date is then empty and follows the defaults if the verdict changes.
    followUp: i.followUpAt === null ? '' : toDateInput(i.followUpAt),
    followUpTouched: i.followUpAt !== null,
    // Rows stored before feedback reminders existed have no feedbackAt.
    askFeedback: typeof i.feedbackAt === 'number',
    feedback: typeof i.feedbackAt === 'number' ? toDateInput(i.feedbackAt) : '',
    feedbackTouched: typeof i.feedbackAt === 'number',
    closing: { ...i.closing },
    feeling: i.feeling ?? '',
    recoveryContacts: i.recoveryContacts,
    recoveryTopics: i.recoveryTopics,
    notes: i.notes,
  };
}

/**
 * The dates the user has not edited follow what they depend on: the follow-up call the interview
 * date, the promised answer date, the verdict and a convinced verdict's dated next steps
 * (core/follow-up.ts defaultFollowUpOf); the feedback date the interview date. A date still being
 * typed leaves them where they are.
 */
export function withDefaultDates(s: FormState, settings: Settings): FormState {
  const interviewAt = fromDateTimeInput(s.interviewAt);
  if (interviewAt === null) return s;
  let next = s;
  const answer = s.answerBy.trim();
  const answerBy = answer === '' ? null : fromDateInput(answer, settings.reminderMinutes);
  if (!s.followUpTouched && (answer === '' || answerBy !== null)) {
    const at = defaultFollowUpOf({ interviewAt, verdict: s.verdict, answerBy, nextSteps: s.nextSteps }, settings);
    if (at !== null && toDateInput(at) !== s.followUp) next = { ...next, followUp: toDateInput(at) };
  }
  if (!s.feedbackTouched) {
    const feedback = toDateInput(defaultFollowUpAt(interviewAt, settings.followUpDelayDays, settings.reminderMinutes));
    if (feedback !== s.feedback) next = { ...next, feedback };
  }
  return next;
}

/** A new interview date; the untouched default dates move with it. */
export function withInterviewAt(s: FormState, value: string, settings: Settings): FormState {
  return withDefaultDates({ ...s, interviewAt: value }, settings);
}

export function withFollowUp(s: FormState, value: string): FormState {
  return { ...s, followUp: value, followUpTouched: true };
}

export function withFeedback(s: FormState, value: string): FormState {
  return { ...s, feedback: value, feedbackTouched: true };
}

/** Choosing "badly" opens recovery planning; the weak point named is the obvious first thing to address. */
export function withFeeling(s: FormState, feeling: Feeling): FormState {
  const prefill = feeling === 'badly' && !s.recoveryTopics.trim() && s.verdict === 'undecided' && s.weakPoint.trim();
  return { ...s, feeling, recoveryTopics: prefill ? s.weakPoint.trim() : s.recoveryTopics };
}

/** When the reminder will fire, epoch ms, or null while the date is not valid. */
export function followUpAtOf(s: FormState, settings: Settings): number | null {
  return fromDateInput(s.followUp, settings.reminderMinutes);
}

/** The form's dates as core/follow-up.ts reads them; null while the interview date is not valid. */
export function promiseFieldsOf(s: FormState, settings: Settings) {
  const interviewAt = fromDateTimeInput(s.interviewAt);
  if (interviewAt === null) return null;
  const answerBy = s.answerBy.trim() === '' ? null : fromDateInput(s.answerBy, settings.reminderMinutes);
  return { interviewAt, verdict: s.verdict, answerBy, nextSteps: s.nextSteps, followUpAt: followUpAtOf(s, settings) };
}

/** The raw debrief, as checkDebrief expects it: a bad date stays a string so it is reported, not dropped. */
function rawDebrief(s: FormState, settings: Settings): Record<string, unknown> {
  const answer = s.answerBy.trim();
  const rejected = s.verdict === 'rejected';
  // Form-only keys (posting, followUp, askFeedback, feedback, …) are dropped by checkDebrief.
  return {
    ...s,
    interviewAt: fromDateTimeInput(s.interviewAt),
    verdict: s.verdict || undefined,
    stage: s.stage || null,
    feeling: s.feeling || null,
    answerBy: rejected || answer === '' ? null : (fromDateInput(answer, settings.reminderMinutes) ?? answer),
    // After a rejection the call is not asked (docs/method.md §3); feedback only when ticked.
    followUpAt: rejected ? null : followUpAtOf(s, settings),
    feedbackAt: rejected && s.askFeedback ? (fromDateInput(s.feedback, settings.reminderMinutes) ?? s.feedback.trim()) : null,
  };
}

/** What the form gives once its checks pass: the posting and the debrief, as the worker checks them. */
export interface FormOutput {
  posting: Posting;
  debrief: DebriefInput;
}

export type FormCheck = ({ ok: true } & FormOutput) | { ok: false; errors: FieldError[] };

/** The same checks as the worker, so errors show next to their fields before anything is sent. */
export function checkForm(s: FormState, settings: Settings): FormCheck {
  const posting = checkPosting(s.posting);
  const debrief = checkDebrief(rawDebrief(s, settings));
  const errors = [...(posting.ok ? [] : posting.errors), ...(debrief.ok ? [] : debrief.errors)];
  if (!posting.ok || !debrief.ok) return { ok: false, errors };
  return { ok: true, posting: posting.value, debrief: fieldsForVerdict(debrief.value) };
}
