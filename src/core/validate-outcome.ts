import { checkProfile } from './contacts';
import { fromDateInput, fromTimeInput } from './dates';
import {
  ANSWER_RESULTS,
  CHANNELS,
  EMPTY_PROFILE,
  LIMITS,
  OUTCOME_KINDS,
  STAGES,
  type OutcomeInput,
  type Profile,
  type Settings,
} from './types';
import { isRecord, oneOf, text, time, type Checked, type FieldError } from './validate';

/**
 * Checks of the follow-up outcome and the settings, shared by the worker's message validators, the
 * import of a file (core/records.ts) and the forms. Strict on types: a wrong type is an error, not
 * a default. Unknown keys are dropped; what does not go with the outcome's kind is dropped too.
 */
export function checkOutcome(x: unknown, prefix = ''): Checked<OutcomeInput> {
  const o = isRecord(x) ? x : {};
  const errors: FieldError[] = [];
  const bad = (field: string, message = 'errorBadMessage') => errors.push({ field: prefix + field, message });
  const kind = oneOf(o.kind, OUTCOME_KINDS);
  if (!kind) bad('kind');
  const at = time(o.at);
  if (at === null) bad('at', 'errorDateInvalid');
  if (o.note !== undefined && typeof o.note !== 'string') bad('note');
  const note = text(o.note, LIMITS.longText);
  let rest: Partial<OutcomeInput> = {};
  if (kind === 'answer') {
    const result = oneOf(o.result, ANSWER_RESULTS);
    if (!result) bad('result');
    else if (result === 'next-interview') {
      const n = isRecord(o.nextInterview) ? o.nextInterview : null;
      const on = typeof n?.on === 'string' ? n.on.trim() : null;
      const start = typeof n?.time === 'string' ? n.time.trim() : null;
      const stage = oneOf(n?.stage, STAGES);
      // The channel is null when not said; anything else must be one of them.
      const channel = n?.channel === null ? null : oneOf(n?.channel, CHANNELS);
      if (!n || typeof n.withWhom !== 'string' || on === null || (on !== '' && fromDateInput(on, 0) === null) || start === null || !stage)
        bad('nextInterview');
      else if (start !== '' && fromTimeInput(start) === null) bad('nextInterview.time', 'errorTimeInvalid');
      else if (channel === null && n.channel !== null) bad('nextInterview.channel');
      else rest = { result, nextInterview: { withWhom: text(n.withWhom, LIMITS.shortText), on, time: start, channel, stage } };
    } else if (result === 'rejected') {
      if (o.reason !== undefined && typeof o.reason !== 'string') bad('reason');
      rest = { result, reason: text(o.reason, LIMITS.shortText) };
    } else rest = { result };
  } else if (kind) {
    if (o.nextFollowUpAt !== undefined) {
      const next = time(o.nextFollowUpAt);
      if (next === null) bad('nextFollowUpAt', 'errorDateInvalid');
      else if (at !== null && next <= at) bad('nextFollowUpAt', 'errorFollowUpBeforeCall');
      else rest = { nextFollowUpAt: next };
    }
  }
  if (errors.length || !kind || at === null) return { ok: false, errors };
  return { ok: true, value: { kind, at, ...rest, note } };
}

/** Allowed ranges of the numeric settings, for the settings form and the checks. */
export const SETTINGS_BOUNDS = {
  followUpDelayDays: [1, 90],
  reminderMinutes: [0, 24 * 60 - 1],
  noAnswerRetryWorkingDays: [1, 30],
  maxNoAnswerRetries: [0, 10],
  interviewSoonMinutes: [0, 240],
  interviewLengthMinutes: [15, 480],
} as const;

/** The profile of a settings record: checked as the settings page checks it, errors under "profile.". */
function profileOf(x: unknown, errors: FieldError[]): Profile {
  if (!isRecord(x)) {
    errors.push({ field: 'profile', message: 'errorBadMessage' });
    return EMPTY_PROFILE;
  }
  const p = checkProfile(x);
  if (p.ok) return p.value;
  errors.push(...p.errors);
  return EMPTY_PROFILE;
}

export function checkSettings(x: unknown): Checked<Settings> {
  const o = isRecord(x) ? x : {};
  const errors: FieldError[] = [];
  const int = (key: keyof typeof SETTINGS_BOUNDS): number => {
    const v = o[key];
    const [min, max] = SETTINGS_BOUNDS[key];
    if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
    errors.push({ field: key, message: 'errorBadMessage' });
    return min;
  };
  const bool = (key: 'notifications' | 'badgeCountOnOtherTabs' | 'thankYouReminder' | 'profileAsked'): boolean => {
    if (typeof o[key] === 'boolean') return o[key] as boolean;
    errors.push({ field: key, message: 'errorBadMessage' });
    return true;
  };
  const value: Settings = {
    followUpDelayDays: int('followUpDelayDays'),
    reminderMinutes: int('reminderMinutes'),
    noAnswerRetryWorkingDays: int('noAnswerRetryWorkingDays'),
    maxNoAnswerRetries: int('maxNoAnswerRetries'),
    interviewSoonMinutes: int('interviewSoonMinutes'),
    interviewLengthMinutes: int('interviewLengthMinutes'),
    notifications: bool('notifications'),
    badgeCountOnOtherTabs: bool('badgeCountOnOtherTabs'),
    thankYouReminder: bool('thankYouReminder'),
    profile: profileOf(o.profile, errors),
    profileAsked: bool('profileAsked'),
  };
  return errors.length ? { ok: false, errors } : { ok: true, value };
}
