/**
 * The dashboard's list as pure data: search and the status filter, and the flat list of section
 * headers and rows that the windowed list renders, in the order of core/list-order.ts. No DOM here,
 * so 10,000 rows are sorted and filtered in tests.
 */
import { foldForSearch, type Row } from '../core/list-row';
import { compareEntries, daysOf, interviewDay, nextActionAt, SECTIONS, type Section, sectionIn } from '../core/list-order';
import type { ApplicationStatus } from '../core/types';

export { rowOf, type Row } from '../core/list-row';
export { interviewDay, type Section, sectionOf } from '../core/list-order';

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
  const days = daysOf(now);
  for (const row of rows) {
    if (!matches(row, f.status, q)) continue;
    const interview = interviewDay(row);
    const section = sectionIn(row, interview, days);
    groups[section].push({ row, at: nextActionAt(row, section, interview) });
  }
  const items: ListItem[] = [];
  for (const section of SECTIONS) {
    const group = groups[section];
    if (!group.length) continue;
    // Nearly sorted already when the rows come from the list kept whole (stored in this order).
    group.sort(compareEntries);
    items.push({ type: 'header', section, count: group.length });
    for (const { row } of group) items.push({ type: 'row', row, section });
  }
  return items;
}
