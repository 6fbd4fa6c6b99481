import { fromDateInput } from './dates';
import { FEELINGS, LIMITS, STAGES, VERDICTS, type DebriefInput, type NextStep, type Posting } from './types';

/** A field path ("posting.title", "followUpAt", "nextSteps.0.withWhom") and the i18n key of its error. */
export interface FieldError {
  field: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Validation shared by the popup (errors shown next to their field) and the service worker (every
 * message is checked again there: extension pages can be buggy, and the worker is the only writer).
 * Unknown keys are dropped, strings are trimmed and capped, control characters removed.
 */
export function checkPosting(x: unknown): Checked<Posting> {
  const errors: FieldError[] = [];
  const o = isRecord(x) ? x : {};
  const title = text(o.title, LIMITS.title);
  const company = text(o.company, LIMITS.company);
  const location = text(o.location, LIMITS.location);
  const url = text(o.url, LIMITS.url);
  if (!title) errors.push({ field: 'posting.title', message: 'errorTitleRequired' });
  if (!company) errors.push({ field: 'posting.company', message: 'errorCompanyRequired' });
  if (!isHttpUrl(url)) errors.push({ field: 'posting.url', message: 'errorUrlInvalid' });
  return errors.length ? { ok: false, errors } : { ok: true, value: { title, company, location, url } };
}

export function checkDebrief(x: unknown): Checked<DebriefInput> {
  const errors: FieldError[] = [];
  const o = isRecord(x) ? x : {};
  const verdict = oneOf(o.verdict, VERDICTS);
  if (!verdict) errors.push({ field: 'verdict', message: 'errorVerdictRequired' });
  const interviewAt = time(o.interviewAt);
  if (interviewAt === null) errors.push({ field: 'interviewAt', message: 'errorDateInvalid' });
  // After a rejection no call is asked for (docs/method.md §3); a date recorded before that rule is kept.
  const rejected = verdict === 'rejected';
  const followUpAt = time(o.followUpAt);
  if (followUpAt === null && !(rejected && (o.followUpAt === null || o.followUpAt === undefined)))
    errors.push({ field: 'followUpAt', message: 'errorFollowUpRequired' });
  else if (followUpAt !== null && interviewAt !== null && followUpAt < interviewAt)
    errors.push({ field: 'followUpAt', message: 'errorFollowUpBeforeInterview' });
  const feedbackAt = o.feedbackAt === null || o.feedbackAt === undefined ? null : time(o.feedbackAt);
  if (feedbackAt === null && o.feedbackAt !== null && o.feedbackAt !== undefined)
    errors.push({ field: 'feedbackAt', message: 'errorFeedbackRequired' });
  else if (feedbackAt !== null && interviewAt !== null && feedbackAt < interviewAt)
    errors.push({ field: 'feedbackAt', message: 'errorFeedbackBeforeInterview' });
  const answerBy = o.answerBy === null || o.answerBy === undefined || o.answerBy === '' ? null : time(o.answerBy);
  if (answerBy === null && o.answerBy !== null && o.answerBy !== undefined && o.answerBy !== '')
    errors.push({ field: 'answerBy', message: 'errorDateInvalid' });
  const synthesis = isRecord(o.synthesis) ? o.synthesis : {};
  const closing = isRecord(o.closing) ? o.closing : {};
  const rawSteps = Array.isArray(o.nextSteps) ? o.nextSteps.slice(0, LIMITS.nextSteps) : [];
  const nextSteps: NextStep[] = rawSteps.map((s) => {
    const r = isRecord(s) ? s : {};
    const when = typeof r.when === 'string' ? r.when.trim() : '';
    return { withWhom: text(r.withWhom, LIMITS.shortText), when: fromDateInput(when, 0) === null ? '' : when };
  });
  if (errors.length || !verdict || interviewAt === null || (followUpAt === null && !rejected)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      interviewAt,
      // Not said unless chosen: an untouched field is not an answer.
      stage: oneOf(o.stage, STAGES),
      interviewerName: text(o.interviewerName, LIMITS.name),
      interviewerRole: text(o.interviewerRole, LIMITS.name),
      synthesis: {
        enoughInformation: synthesis.enoughInformation === true,
        strengthsPutForward: synthesis.strengthsPutForward === true,
        nextStepPlanned: synthesis.nextStepPlanned === true,
        askedImpression: synthesis.askedImpression === true,
      },
      verdict,
      nextSteps,
      weakPoint: text(o.weakPoint, LIMITS.shortText),
      weakPointAnswer: text(o.weakPointAnswer, LIMITS.shortText),
      rejectionReason: text(o.rejectionReason, LIMITS.shortText),
      answerBy,
      followUpAt,
      feedbackAt,
      closing: {
        thanked: closing.thanked === true,
        handshakeEyeContact: closing.handshakeEyeContact === true,
        smiled: closing.smiled === true,
      },
      feeling: oneOf(o.feeling, FEELINGS),
      recoveryContacts: text(o.recoveryContacts, LIMITS.shortText),
      recoveryTopics: text(o.recoveryTopics, LIMITS.shortText),
      notes: text(o.notes, LIMITS.longText),
    },
  };
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Plain text: control characters removed (newlines and tabs kept for notes), trimmed, capped. */
export function text(x: unknown, max: number): string {
  if (typeof x !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  return x
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .trim()
    .slice(0, max);
}

export function oneOf<T extends string>(x: unknown, options: readonly T[]): T | null {
  return typeof x === 'string' && (options as readonly string[]).includes(x) ? (x as T) : null;
}

/** An epoch-ms time, or null. Bounds keep a typo like year 20256 out of the alarms: 2000-01-01 to 2200-01-01. */
export function time(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) && x >= 946684800000 && x <= 7258118400000 ? x : null;
}
