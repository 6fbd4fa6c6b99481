/**
 * The closing card (docs/method.md §1–§5, "Where Relance meets the user"): what is ticked during the
 * interview, the call date it proposes, and which application it is about. Pure rules, shared by the
 * panel, the worker (which checks every draft again) and the tests.
 */
import { defaultFollowUpAt, startOfLocalDay, toDateInput, workingDayAfter } from './dates';
import { plannedStartAt } from './planned-interview';
import { answeredReminder, isDue } from './reminders';
import type { Application, Channel, ClosingChecklist, Reminder, Settings, SynthesisChecklist, Verdict } from './types';
import { isRecord, oneOf, text, type Checked, type FieldError } from './validate';

/**
 * Every item the card lets the user tick: the synthesis (§1), the impression asked (§2), the call
 * date proposed (§3), the last impression (§4). Each synthesis and closing item keeps the name of
 * the debrief's checklist field it becomes.
 */
export const CARD_TICKS = [
  'enoughInformation',
  'strengthsPutForward',
  'nextStepPlanned',
  'askedImpression',
  'callProposed',
  'thanked',
  'handshakeEyeContact',
  'smiled',
] as const;
export type CardTick = (typeof CARD_TICKS)[number];

/** What the interviewer's answer sounded like (§2): the card reads these three, the debrief adds "no clear answer". */
export const HEARD_VERDICTS = ['convinced', 'undecided', 'rejected'] as const satisfies readonly Verdict[];
export type HeardVerdict = (typeof HEARD_VERDICTS)[number];

/**
 * The debrief in progress of one application's interview: saved as each item is ticked, so neither a
 * closed panel nor a stopped worker loses one. Transient: deleted when the debrief is recorded or
 * the application deleted, and never exported.
 */
export interface CardDraft {
  applicationId: string;
  /** Ticked items, in CARD_TICKS order, each once. */
  ticks: CardTick[];
  /** What the answer sounded like, once the user chose; null before. */
  heard: HeardVerdict | null;
  updatedAt: number;
}

/** A draft as a surface sends it; the worker stamps `updatedAt`. */
export type CardDraftInput = Omit<CardDraft, 'updatedAt'>;

/** Checks a draft sent by a surface: a known id, known ticks (kept once, in order), a known verdict or none. */
export function checkCardDraft(x: unknown): Checked<CardDraftInput> {
  const o = isRecord(x) ? x : {};
  const applicationId = text(o.applicationId, 100);
  const ticks = Array.isArray(o.ticks) ? o.ticks : null;
  const heard = o.heard === null || o.heard === undefined ? null : oneOf(o.heard, HEARD_VERDICTS);
  const errors: FieldError[] = [];
  if (!applicationId) errors.push({ field: 'applicationId', message: 'errorBadMessage' });
  if (!ticks || ticks.length > CARD_TICKS.length * 2 || !ticks.every((t) => (CARD_TICKS as readonly unknown[]).includes(t)))
    errors.push({ field: 'ticks', message: 'errorBadMessage' });
  if (heard === null && o.heard !== null && o.heard !== undefined) errors.push({ field: 'heard', message: 'errorBadMessage' });
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: { applicationId, ticks: CARD_TICKS.filter((t) => ticks!.includes(t)), heard },
  };
}

/** The items of "leave well" for a channel (§4): no handshake on a video call, no eye contact on the phone. */
export function leaveWellTicks(channel: Channel | null): CardTick[] {
  return channel === 'phone' ? ['thanked', 'smiled'] : ['thanked', 'handshakeEyeContact', 'smiled'];
}

/**
 * The call date the card proposes (§3, "May I call you on …?"): the interview day plus the
 * follow-up delay, at the reminder hour, moved to the next working day when it falls on a weekend.
 */
export function proposedCallAt(interviewAt: number, settings: Pick<Settings, 'followUpDelayDays' | 'reminderMinutes'>): number {
  const at = defaultFollowUpAt(interviewAt, settings.followUpDelayDays, settings.reminderMinutes);
  const weekday = new Date(at).getDay();
  return weekday === 0 || weekday === 6 ? workingDayAfter(at, settings.reminderMinutes) : at;
}

/** When the card's interview started: its planned day and time when it has a time, else now. */
export function cardInterviewAt(app: Pick<Application, 'nextInterview'>, now: number, settings: Pick<Settings, 'reminderMinutes'>): number {
  const plan = app.nextInterview;
  return (plan?.time && plannedStartAt(plan, settings.reminderMinutes)) || now;
}

/** An application with an interview planned on the day of `now`, and when it starts. */
export interface TodaysInterview {
  application: Application;
  startsAt: number;
}

/** The interviews planned on the day of `now`, by start time (those without a time at the reminder hour). */
export function todaysInterviews(apps: readonly Application[], now: number, reminderMinutes: number): TodaysInterview[] {
  const today = toDateInput(startOfLocalDay(now));
  const found: TodaysInterview[] = [];
  for (const application of apps) {
    const plan = application.nextInterview;
    if (!plan || plan.on !== today) continue;
    const startsAt = plannedStartAt(plan, reminderMinutes);
    if (startsAt !== null) found.push({ application, startsAt });
  }
  return found.sort((a, b) => a.startsAt - b.startsAt || a.application.id.localeCompare(b.application.id));
}

/**
 * Which application the card shows: the one asked for (the active tab's tracked posting, or the one
 * a reminder or page named) when there is one; else today's interview nearest to now, before or
 * after; else none.
 */
export function cardApplicationId(asked: string | null, today: readonly TodaysInterview[], now: number): string | null {
  if (asked) return asked;
  let best: TodaysInterview | null = null;
  for (const i of today) if (!best || Math.abs(i.startsAt - now) < Math.abs(best.startsAt - now)) best = i;
  return best?.application.id ?? null;
}

/**
 * The follow-up call the card shows the script of, above it: while a call is due, the reminder it
 * answers (reminders.ts answeredReminder); none while an interview is planned that day, the card being
 * for that interview.
 */
export function dueCallOf(app: Pick<Application, 'nextInterview'>, pending: readonly Reminder[], now: number): Reminder | undefined {
  if (app.nextInterview?.on === toDateInput(startOfLocalDay(now))) return undefined;
  return pending.some((r) => isDue(r, now)) ? answeredReminder(pending, now) : undefined;
}

/** The ticks as the debrief's two checklists. */
export function checklistsOf(ticks: readonly CardTick[]): { synthesis: SynthesisChecklist; closing: ClosingChecklist } {
  const has = (t: CardTick) => ticks.includes(t);
  return {
    synthesis: {
      enoughInformation: has('enoughInformation'),
      strengthsPutForward: has('strengthsPutForward'),
      nextStepPlanned: has('nextStepPlanned'),
      askedImpression: has('askedImpression'),
    },
    closing: { thanked: has('thanked'), handshakeEyeContact: has('handshakeEyeContact'), smiled: has('smiled') },
  };
}
