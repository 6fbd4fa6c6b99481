/**
 * The debrief form's state, kept as the strings the inputs hold, and its pure conversions to the
 * request the worker stores. No DOM here, so the rules (defaults, the follow-up following the
 * interview date, what a verdict keeps) are tested without rendering.
 */
import { defaultFollowUpAt, fromDateInput, fromDateTimeInput, toDateInput, toDateTimeInput } from '../../core/dates';
import { LIMITS } from '../../core/types';
import type {
  Application,
  ClosingChecklist,
  DebriefInput,
  Feeling,
  Interview,
  NextStep,
  Posting,
  PostingDraft,
  Settings,
  Stage,
  SynthesisChecklist,
  Verdict,
} from '../../core/types';
import { checkDebrief, checkPosting, type FieldError } from '../../core/validate';
import { fieldsForVerdict } from '../../core/verdict';

export type PostingFieldsState = Record<keyof Posting, string>;

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
  rejectionReason: string;
  /** `YYYY-MM-DD` or ''. */
  answerBy: string;
  /** `YYYY-MM-DD`. */
  followUp: string;
  /** Once the user edits the follow-up date, it stops following the interview date. */
  followUpTouched: boolean;
  closing: ClosingChecklist;
  /** '' until chosen, like the stage. */
  feeling: Feeling | '';
  recoveryContacts: string;
  recoveryTopics: string;
  notes: string;
}

export const emptyStep = (): NextStep => ({ withWhom: '', when: '' });

/** Posting fields from what the page gave (or a tracked posting); a missing URL falls back to the tab's. */
export function postingFields(
  source: Partial<Record<keyof Posting, string | null>> | PostingDraft | null,
  pageUrl: string | null,
): PostingFieldsState {
  return {
    title: source?.title ?? '',
    company: source?.company ?? '',
    location: source?.location ?? '',
    url: source?.url || pageUrl || '',
  };
}

/** A fresh form: interview now, follow-up on the default day at the reminder time (docs/method.md §3). */
export function initialForm(posting: PostingFieldsState, now: number, settings: Settings): FormState {
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
    rejectionReason: '',
    answerBy: '',
    followUp: toDateInput(defaultFollowUpAt(now, settings.followUpDelayDays, settings.reminderMinutes)),
    followUpTouched: false,
    closing: { thanked: false, handshakeEyeContact: false, smiled: false },
    feeling: '',
    recoveryContacts: '',
    recoveryTopics: '',
    notes: '',
  };
}

/**
 * A planned interview (recorded with a follow-up outcome, or a dated next step) gives the next
 * debrief its stage, when one was said, and interviewer; the user changes them if the plan changed.
 */
export function withNextInterview(s: FormState, next: Application['nextInterview']): FormState {
  if (!next) return s;
  return { ...s, stage: next.stage ?? s.stage, interviewerName: next.withWhom.slice(0, LIMITS.name) || s.interviewerName };
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
    rejectionReason: i.rejectionReason,
    answerBy: i.answerBy === null ? '' : toDateInput(i.answerBy),
    followUp: toDateInput(i.followUpAt),
    followUpTouched: true,
    closing: { ...i.closing },
    feeling: i.feeling ?? '',
    recoveryContacts: i.recoveryContacts,
    recoveryTopics: i.recoveryTopics,
    notes: i.notes,
  };
}

/** A new interview date; the untouched default follow-up moves with it. */
export function withInterviewAt(s: FormState, value: string, settings: Settings): FormState {
  const at = fromDateTimeInput(value);
  if (s.followUpTouched || at === null) return { ...s, interviewAt: value };
  const followUp = toDateInput(defaultFollowUpAt(at, settings.followUpDelayDays, settings.reminderMinutes));
  return { ...s, interviewAt: value, followUp };
}

export function withFollowUp(s: FormState, value: string): FormState {
  return { ...s, followUp: value, followUpTouched: true };
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

/** The raw debrief, as checkDebrief expects it: a bad date stays a string so it is reported, not dropped. */
function rawDebrief(s: FormState, settings: Settings): Record<string, unknown> {
  const answer = s.answerBy.trim();
  // Form-only keys (posting, followUp, followUpTouched) are dropped by checkDebrief.
  return {
    ...s,
    interviewAt: fromDateTimeInput(s.interviewAt),
    verdict: s.verdict || undefined,
    stage: s.stage || null,
    feeling: s.feeling || null,
    answerBy: answer === '' ? null : (fromDateInput(answer, settings.reminderMinutes) ?? answer),
    followUpAt: followUpAtOf(s, settings),
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
