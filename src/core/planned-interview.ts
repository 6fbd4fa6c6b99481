import { fromDateInput, fromTimeInput, localDayAt } from './dates';
import { CHANNELS, LIMITS, STAGES, type PlannedInterview, type ReminderKind, type Settings } from './types';
import { isRecord, oneOf, text, type Checked, type FieldError } from './validate';

/** What a planned interview of before start times and channels did not say. */
export const UNKNOWN_PLAN_PARTS = { time: '', channel: null, role: '' } as const satisfies Partial<PlannedInterview>;

/**
 * When a planned interview starts, epoch ms: its day at its time, or at the reminder hour when no
 * time was given; null while its day is not known.
 */
export function plannedStartAt(p: Pick<PlannedInterview, 'on' | 'time'>, reminderMinutes: number): number | null {
  return fromDateInput(p.on, fromTimeInput(p.time) ?? reminderMinutes);
}

/**
 * A planned interview as the user enters it (application page, popup): its day is required (the
 * reminders before and after it hang on it); the time, channel, interviewer and stage may be unknown.
 * Shared by the forms and the worker, which checks every message again.
 */
export function checkPlannedInterview(x: unknown): Checked<PlannedInterview> {
  const o = isRecord(x) ? x : {};
  const errors: FieldError[] = [];
  const on = text(o.on, 10);
  const time = text(o.time, 5);
  if (!on) errors.push({ field: 'plan.on', message: 'errorInterviewDateRequired' });
  else if (fromDateInput(on, 0) === null) errors.push({ field: 'plan.on', message: 'errorDateInvalid' });
  if (time && fromTimeInput(time) === null) errors.push({ field: 'plan.time', message: 'errorTimeInvalid' });
  const value: PlannedInterview = {
    on,
    time,
    channel: oneOf(o.channel, CHANNELS),
    withWhom: text(o.withWhom, LIMITS.shortText),
    role: text(o.role, LIMITS.shortText),
    stage: oneOf(o.stage, STAGES),
  };
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

const MINUTE = 60_000;

/**
 * The reminders of a planned interview: "interview soon" the set minutes before its start time (at
 * the reminder hour on its day when no time was given), and "how did it go?" once it should be over
 * (its start plus the expected length; with no time, the next day at the reminder hour). Only those
 * still ahead: a plan made late does not ring for a moment already past.
 */
export function interviewReminderTimes(
  p: PlannedInterview,
  settings: Pick<Settings, 'reminderMinutes' | 'interviewSoonMinutes' | 'interviewLengthMinutes'>,
  now: number,
): { kind: ReminderKind; dueAt: number }[] {
  const start = plannedStartAt(p, settings.reminderMinutes);
  if (start === null) return [];
  const timed = fromTimeInput(p.time) !== null;
  const times: { kind: ReminderKind; dueAt: number }[] = [
    { kind: 'interview-soon', dueAt: timed ? start - settings.interviewSoonMinutes * MINUTE : start },
    {
      kind: 'how-did-it-go',
      dueAt: timed ? start + settings.interviewLengthMinutes * MINUTE : localDayAt(start, 1, settings.reminderMinutes),
    },
  ];
  return times.filter((r) => r.dueAt > now);
}
