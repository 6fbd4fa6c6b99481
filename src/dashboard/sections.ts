/**
 * The dashboard's list as pure data: which section an application belongs to, the order inside a
 * section (by next action), search and the status filter, and the flat list of section headers and
 * rows that the windowed list renders. No DOM here, so 10,000 rows are sorted and filtered in tests.
 */
import { calendarDaysBetween, fromDateInput, localDayAt } from '../core/dates';
import { foldForSearch, type Row } from '../core/list-row';
import type { ApplicationStatus } from '../core/types';

export { rowOf, type Row } from '../core/list-row';

const SECTIONS = ['due', 'waiting', 'interview', 'closed'] as const;
export type Section = (typeof SECTIONS)[number];

/** The planned interview's day (local midnight), or null when none or its date is unknown. */
export function interviewDay(r: Pick<Row, 'nextInterview'>): number | null {
  return r.nextInterview?.on ? fromDateInput(r.nextInterview.on, 0) : null;
}

/**
 * Closed applications (an offer ends the follow-up too) go last. Anything due today or earlier
 * (a follow-up call, or an answer promised for today) comes first: the day's work. Then the
 * applications with an interview ahead, and the rest wait for their next follow-up date.
 */
export function sectionOf(r: Row, now: number): Section {
  if (r.status === 'closed' || r.status === 'offer') return 'closed';
  if (r.nextDueAt !== null && r.nextDueAt < localDayAt(now, 1, 0)) return 'due';
  if (r.nextInterview) {
    const day = interviewDay(r);
    if (day === null || calendarDaysBetween(now, day) >= 0) return 'interview';
  }
  return 'waiting';
}

/** When the next thing happens: the next reminder, or the interview day; closed rows by last change. */
function nextActionAt(r: Row, section: Section): number {
  if (section === 'closed') return -r.updatedAt;
  if (section === 'interview') return interviewDay(r) ?? r.nextDueAt ?? Number.MAX_SAFE_INTEGER;
  return r.nextDueAt ?? Number.MAX_SAFE_INTEGER;
}

export interface ListFilter {
  /** Free text: matches company, title, or a person of the application (a contact, an interviewer), by name or role. */
  query: string;
  status: ApplicationStatus | '';
}

/** Whether a row passes the filter; `q` is the query, folded once for every row. */
function matches(r: Row, status: ListFilter['status'], q: string): boolean {
  if (status && r.status !== status) return false;
  return !q || r.haystack.includes(q);
}

export type ListItem = { type: 'header'; section: Section; count: number } | { type: 'row'; row: Row; section: Section };

/** The flat list the windowed list renders: each non-empty section's header, then its rows by next action. */
export function buildList(rows: readonly Row[], f: ListFilter, now: number): ListItem[] {
  const groups: Record<Section, { row: Row; at: number }[]> = { due: [], waiting: [], interview: [], closed: [] };
  const q = foldForSearch(f.query.trim());
  for (const row of rows) {
    if (!matches(row, f.status, q)) continue;
    const section = sectionOf(row, now);
    groups[section].push({ row, at: nextActionAt(row, section) });
  }
  const items: ListItem[] = [];
  for (const section of SECTIONS) {
    const group = groups[section];
    if (!group.length) continue;
    // Plain comparisons: localeCompare on ties would cost ~100 ms at 10,000 rows.
    group.sort((a, b) => a.at - b.at || (a.row.haystack < b.row.haystack ? -1 : a.row.haystack > b.row.haystack ? 1 : 0));
    items.push({ type: 'header', section, count: group.length });
    for (const { row } of group) items.push({ type: 'row', row, section });
  }
  return items;
}
