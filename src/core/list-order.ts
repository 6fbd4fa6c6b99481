/**
 * The order of the dashboard's list, as pure rules on rows: which section an application belongs to
 * (the day's work first), and when its next action is, the order inside a section. The dashboard
 * builds its list with them (dashboard/sections.ts); the list kept whole is stored in that order
 * (storage/list-cache.ts), so that sorting it on opening finds it already sorted.
 */
import { fromDateInput, localDayAt, startOfLocalDay } from './dates';
import type { Row } from './list-row';

export const SECTIONS = ['due', 'waiting', 'interview', 'closed'] as const;
export type Section = (typeof SECTIONS)[number];

/** The planned interview's day (local midnight), or null when none or its date is unknown. */
export function interviewDay(r: Pick<Row, 'nextInterview'>): number | null {
  return r.nextInterview?.on ? fromDateInput(r.nextInterview.on, 0) : null;
}

/** The two day boundaries sections depend on: the local midnights starting today and tomorrow. */
export interface Days {
  today: number;
  tomorrow: number;
}

export const daysOf = (now: number): Days => ({ today: startOfLocalDay(now), tomorrow: localDayAt(now, 1, 0) });

/**
 * Closed applications (an offer ends the follow-up too) go last. Anything due today or earlier
 * (a follow-up call, or an answer promised for today) comes first: the day's work. Then the
 * applications with an interview ahead, and the rest wait for their next follow-up date.
 */
export function sectionOf(r: Row, now: number): Section {
  return sectionIn(r, interviewDay(r), daysOf(now));
}

/** sectionOf with the interview's day and the day boundaries worked out once (buildList: 10,000 rows). */
export function sectionIn(r: Row, interview: number | null, days: Days): Section {
  if (r.status === 'closed' || r.status === 'offer') return 'closed';
  if (r.nextDueAt !== null && r.nextDueAt < days.tomorrow) return 'due';
  // An interview's day is a local midnight: ahead when it is today's or later; undated counts as ahead.
  if (r.nextInterview && (interview === null || interview >= days.today)) return 'interview';
  return 'waiting';
}

/** When the next thing happens: the next reminder, or the interview day; closed rows by last change. */
export function nextActionAt(r: Row, section: Section, interview: number | null): number {
  if (section === 'closed') return -r.updatedAt;
  if (section === 'interview') return interview ?? r.nextDueAt ?? Number.MAX_SAFE_INTEGER;
  return r.nextDueAt ?? Number.MAX_SAFE_INTEGER;
}

/** The order within a section: by next action, ties by search text (plain comparisons, the same in every locale). */
export function compareEntries(a: { row: Row; at: number }, b: { row: Row; at: number }): number {
  // localeCompare on ties would cost ~100 ms at 10,000 rows.
  return a.at - b.at || (a.row.haystack < b.row.haystack ? -1 : a.row.haystack > b.row.haystack ? 1 : 0);
}

/** The rows in the list's order as of `now` (sections in order, each by next action). */
export function inListOrder(rows: readonly Row[], now: number): Row[] {
  const days = daysOf(now);
  const entries = rows.map((row) => {
    const interview = interviewDay(row);
    const section = sectionIn(row, interview, days);
    return { row, at: nextActionAt(row, section, interview), rank: SECTIONS.indexOf(section) };
  });
  entries.sort((a, b) => a.rank - b.rank || compareEntries(a, b));
  return entries.map((e) => e.row);
}
