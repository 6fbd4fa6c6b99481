/**
 * The next seven days at a glance, as pure data from the list's rows: the calls, promised answers and
 * planned interviews of each day; and a summary of the search. No DOM, so it is tested on plain rows.
 */
import { localDayAt, startOfLocalDay } from '../core/dates';
import { STATUSES, type ApplicationStatus, type TimelineEvent } from '../core/types';
import { interviewDay, type Row } from './sections';

export type WeekItemKind = 'call' | 'answer' | 'feedback' | 'interview';

export interface WeekItem {
  applicationId: string;
  kind: WeekItemKind;
  company: string;
  title: string;
  /** When in the day, for the order (an interview's day has no time: first). */
  at: number;
}

export interface WeekDay {
  /** Local midnight. */
  day: number;
  items: WeekItem[];
}

const DAYS = 7;

/**
 * Today and the six days after it. Each application gives its pending dates (the earliest of each
 * kind, as its row holds them) and its planned interview; closed applications and offers give none.
 */
export function weekOf(rows: readonly Row[], now: number): WeekDay[] {
  // The eight local midnights from today's on, worked out once: a date falls in day i when it is at or
  // after midnight i and before midnight i + 1 (local time, so a daylight-saving day is 23 or 25 hours).
  const today = startOfLocalDay(now);
  const bounds = Array.from({ length: DAYS + 1 }, (_, i) => localDayAt(today, i, 0));
  const days: WeekDay[] = bounds.slice(0, DAYS).map((day) => ({ day, items: [] }));
  const place = (row: Row, kind: WeekItemKind, at: number) => {
    if (at < bounds[0]! || at >= bounds[DAYS]!) return;
    let offset = 0;
    while (at >= bounds[offset + 1]!) offset++;
    days[offset]!.items.push({ applicationId: row.id, kind, company: row.company, title: row.title, at });
  };
  for (const row of rows) {
    if (row.status === 'closed' || row.status === 'offer') continue;
    if (row.pending['follow-up'] !== undefined) place(row, 'call', row.pending['follow-up']);
    if (row.pending['answer-due'] !== undefined) place(row, 'answer', row.pending['answer-due']);
    if (row.pending.feedback !== undefined) place(row, 'feedback', row.pending.feedback);
    const interview = interviewDay(row);
    if (interview !== null) place(row, 'interview', interview);
  }
  for (const d of days) d.items.sort((a, b) => a.at - b.at || a.company.localeCompare(b.company));
  return days;
}

/**
 * At most this many lines in a day of the strip: a busy day shows its first items and how many more
 * (the list below holds every one of them), so that the week stays a glance, whatever the number.
 */
const DAY_LINES = 4;

/** A day's items as the strip shows them: all of them when they fit, else the first ones and how many more. */
export function dayShown(items: readonly WeekItem[]): { shown: readonly WeekItem[]; more: number } {
  if (items.length <= DAY_LINES) return { shown: items, more: 0 };
  return { shown: items.slice(0, DAY_LINES - 1), more: items.length - (DAY_LINES - 1) };
}

/** How many applications stand at each status. */
export function statusCounts(rows: readonly Row[]): Record<ApplicationStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ApplicationStatus, number>;
  for (const r of rows) counts[r.status]++;
  return counts;
}

/** Follow-up calls recorded, and how many of them got an answer (docs/method.md §3). */
export function callSummary(events: readonly TimelineEvent[]): { calls: number; answered: number } {
  let calls = 0;
  let answered = 0;
  for (const e of events) {
    if (e.type !== 'outcome' || !e.outcome) continue;
    calls++;
    if (e.outcome.kind === 'answer') answered++;
  }
  return { calls, answered };
}
