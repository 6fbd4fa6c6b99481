/**
 * An application as the dashboard's list holds it (Row): small, since the list holds every one of
 * them, and derived from the application and its reminders alone. Pure, so that the worker can keep a
 * copy of every row (storage/list-cache.ts) that the dashboard reads in one request.
 */
import { isPending } from './reminders';
import {
  type Application,
  type ApplicationStatus,
  REMINDER_KINDS,
  type Reminder,
  type ReminderKind,
  type Stage,
  type Verdict,
} from './types';

/**
 * The version of what rowOf makes. Raise it with any change to Row or rowOf: the rows kept by an
 * earlier version are then ignored and made again (test/core/list-row.test.ts locks both together).
 */
export const LIST_ROW_VERSION = 2;

/** What the list needs of an application: kept small, since the dashboard holds every one of them. */
export interface Row {
  id: string;
  company: string;
  title: string;
  status: ApplicationStatus;
  lastVerdict: Verdict | null;
  nextDueAt: number | null;
  /** The pending dates by kind (the follow-up call, the promised answer), so the row names each as what it is. */
  pending: Partial<Record<ReminderKind, number>>;
  nextInterview: { on: string; withWhom: string; stage: Stage | null } | null;
  probablyClosed: boolean;
  updatedAt: number;
  revision: number;
  /**
   * Company, title and the application's people (its contacts, every debrief's interviewer among them,
   * and the planned interview's interviewer), names and roles, folded for search (foldForSearch).
   */
  haystack: string;
}

/** The row of an application; `reminders` are its reminders (only the pending ones count). */
export function rowOf(a: Application, reminders: readonly Reminder[]): Row {
  const pending: Row['pending'] = {};
  for (const r of reminders) {
    const known = pending[r.kind];
    if (isPending(r) && (known === undefined || r.dueAt < known)) pending[r.kind] = r.dueAt;
  }
  return {
    id: a.id,
    company: a.posting.company,
    title: a.posting.title,
    status: a.status,
    lastVerdict: a.lastVerdict,
    nextDueAt: a.nextDueAt,
    pending,
    nextInterview: a.nextInterview ? { on: a.nextInterview.on, withWhom: a.nextInterview.withWhom, stage: a.nextInterview.stage } : null,
    probablyClosed: a.probablyClosed === true,
    updatedAt: a.updatedAt,
    revision: a.revision,
    haystack: foldForSearch(haystackOf(a)),
  };
}

/**
 * Rows as columns, one array of plain values per field: how the list kept whole is stored
 * (storage/list-cache.ts). IndexedDB hands back a few long arrays two to three times faster than
 * 10,000 small objects, and the dashboard reads the list before its first paint.
 */
export interface RowColumns {
  id: string[];
  company: string[];
  title: string[];
  status: ApplicationStatus[];
  lastVerdict: (Verdict | null)[];
  nextDueAt: (number | null)[];
  /** One column per reminder kind some row has pending. */
  pending: Partial<Record<ReminderKind, (number | null)[]>>;
  /** The planned interview's day; null when there is none (an undated one has ''). */
  interviewOn: (string | null)[];
  interviewWith: string[];
  interviewStage: (Stage | null)[];
  probablyClosed: boolean[];
  updatedAt: number[];
  revision: number[];
  haystack: string[];
}

export function toColumns(rows: readonly Row[]): RowColumns {
  const pending: RowColumns['pending'] = {};
  for (const kind of REMINDER_KINDS) {
    if (rows.some((r) => r.pending[kind] !== undefined)) pending[kind] = rows.map((r) => r.pending[kind] ?? null);
  }
  return {
    id: rows.map((r) => r.id),
    company: rows.map((r) => r.company),
    title: rows.map((r) => r.title),
    status: rows.map((r) => r.status),
    lastVerdict: rows.map((r) => r.lastVerdict),
    nextDueAt: rows.map((r) => r.nextDueAt),
    pending,
    interviewOn: rows.map((r) => r.nextInterview?.on ?? null),
    interviewWith: rows.map((r) => r.nextInterview?.withWhom ?? ''),
    interviewStage: rows.map((r) => r.nextInterview?.stage ?? null),
    probablyClosed: rows.map((r) => r.probablyClosed),
    updatedAt: rows.map((r) => r.updatedAt),
    revision: rows.map((r) => r.revision),
    haystack: rows.map((r) => r.haystack),
  };
}

/** The rows back from their columns; null when the columns do not make rows (not arrays of one length). */
export function fromColumns(c: RowColumns): Row[] | null {
  const n = Array.isArray(c.id) ? c.id.length : -1;
  const columns = [
    c.company,
    c.title,
    c.status,
    c.lastVerdict,
    c.nextDueAt,
    c.interviewOn,
    c.interviewWith,
    c.interviewStage,
    c.probablyClosed,
    c.updatedAt,
    c.revision,
    c.haystack,
  ];
  const kinds =
    typeof c.pending === 'object' && c.pending !== null ? (Object.entries(c.pending) as [ReminderKind, (number | null)[]][]) : null;
  if (n < 0 || !kinds || ![...columns, ...kinds.map(([, v]) => v)].every((col) => Array.isArray(col) && col.length === n)) return null;
  const rows: Row[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const pending: Row['pending'] = {};
    for (const [kind, at] of kinds) if (at[i] !== null) pending[kind] = at[i]!;
    const on = c.interviewOn[i]!;
    rows[i] = {
      id: c.id[i]!,
      company: c.company[i]!,
      title: c.title[i]!,
      status: c.status[i]!,
      lastVerdict: c.lastVerdict[i]!,
      nextDueAt: c.nextDueAt[i]!,
      pending,
      nextInterview: on === null ? null : { on, withWhom: c.interviewWith[i]!, stage: c.interviewStage[i]! },
      probablyClosed: c.probablyClosed[i]!,
      updatedAt: c.updatedAt[i]!,
      revision: c.revision[i]!,
      haystack: c.haystack[i]!,
    };
  }
  return rows;
}

/** What a search looks through: the application's own row already holds all of it, so no other read is needed. */
function haystackOf(a: Application): string {
  const parts = [a.posting.company, a.posting.title];
  for (const c of a.contacts ?? []) parts.push(c.name, c.role);
  if (a.nextInterview) parts.push(a.nextInterview.withWhom, a.nextInterview.role);
  return parts.filter((p) => p.trim()).join('\n');
}

/**
 * What search compares: lower case, accents and ligatures folded ("Société" and "SOCIETE" are both
 * "societe", "Œuvre" is "oeuvre"), so that a search matches whatever case and accents were typed.
 */
export function foldForSearch(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
}
