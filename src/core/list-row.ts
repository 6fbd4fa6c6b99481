/**
 * An application as the dashboard's list holds it (Row): small, since the list holds every one of
 * them, and derived from the application and its reminders alone. Pure, so that the worker can keep a
 * copy of every row (storage/list-cache.ts) that the dashboard reads in one request.
 */
import { isPending } from './reminders';
import type { Application, ApplicationStatus, Reminder, ReminderKind, Stage, Verdict } from './types';

/**
 * The version of what rowOf makes. Raise it with any change to Row or rowOf: the rows kept by an
 * earlier version are then ignored and made again (test/core/list-row.test.ts locks both together).
 */
export const LIST_ROW_VERSION = 1;

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
    nextInterview: a.nextInterview ?? null,
    probablyClosed: a.probablyClosed === true,
    updatedAt: a.updatedAt,
    revision: a.revision,
    haystack: foldForSearch(haystackOf(a)),
  };
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
