import { calendarDaysBetween, fromDateInput } from './dates';
import type { ApplicationStatus, ReminderKind } from './types';

/** What the service worker tells a content script about one tracked job. */
export interface JobState {
  applicationId: string;
  status: ApplicationStatus;
  /** The earliest pending reminder. */
  next: { kind: ReminderKind; dueAt: number } | null;
  /** The next interview announced (a dated next step of the latest debrief), `YYYY-MM-DD`. */
  nextInterview: { on: string; number: number } | null;
}

export type ChipTone = 'due' | 'scheduled' | 'interview' | 'closed';

/** A chip's text as an i18n key with substitutions; the tone only adds colour to it. */
export interface ChipView {
  key: string;
  subs: string[];
  tone: ChipTone;
}

/**
 * The chip on a job card, by priority: closed; a due follow-up or promised answer (act today); the
 * next interview; the next date, named as what it is (the follow-up call or the promised answer:
 * docs/method.md §3); else simply "tracked". A promised answer whose day has passed is overdue.
 */
export function chipFor(state: JobState, now: number, weekday: (t: number) => string): ChipView {
  if (state.status === 'closed') return { key: 'chipClosed', subs: [], tone: 'closed' };
  const answer = state.next?.kind === 'answer-due';
  if (state.next && state.next.dueAt <= now) {
    if (!answer) return { key: 'chipFollowUpDue', subs: [], tone: 'due' };
    return { key: calendarDaysBetween(now, state.next.dueAt) < 0 ? 'chipAnswerOverdue' : 'chipAnswerDue', subs: [], tone: 'due' };
  }
  const interviewAt = state.nextInterview ? fromDateInput(state.nextInterview.on, 0) : null;
  if (state.nextInterview && interviewAt !== null && calendarDaysBetween(now, interviewAt) >= 0) {
    return { key: 'chipInterview', subs: [String(state.nextInterview.number), weekday(interviewAt)], tone: 'interview' };
  }
  if (state.next) {
    const days = calendarDaysBetween(now, state.next.dueAt);
    if (days <= 0) return { key: answer ? 'chipAnswerToday' : 'chipFollowUpToday', subs: [], tone: 'scheduled' };
    return { key: answer ? 'chipAnswerIn' : 'chipFollowUpIn', subs: [String(days)], tone: 'scheduled' };
  }
  return { key: 'chipTracked', subs: [], tone: 'scheduled' };
}

/** A chip as a content script shows it: its text and label already in the catalog's language. */
export interface ChipShown {
  applicationId: string;
  text: string;
  /** The accessible name: the state, then what activating the chip does. */
  label: string;
  tone: ChipTone;
}

/**
 * The chip of a tracked job, worded. The service worker words it, so a job site's page carries no
 * catalog, date formatter or chip rules: the chips' only cost there is adding them.
 */
export function chipShown(
  state: JobState,
  now: number,
  message: (key: string, subs?: string[]) => string,
  weekday: (t: number) => string,
): ChipShown {
  const view = chipFor(state, now, weekday);
  const text = message(view.key, view.subs);
  return { applicationId: state.applicationId, text, label: message('chipLabel', [text]), tone: view.tone };
}
