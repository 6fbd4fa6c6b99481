import { sameData } from './equal';
import type { ExportFile } from './export';
import { mergeUrls } from './known-urls';
import { closeReminder, isPending, nextDueOf } from './reminders';
import type { Application, Interview, Reminder, Settings, TimelineEvent } from './types';

/**
 * How an import merges a validated export (validateExport) with what is stored. Pure: storage reads
 * what the plan needs and applies it in one transaction (storage/import-writes.ts), so a refused
 * plan writes nothing.
 */

/** What an import did, per application of the file. */
export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
}

/** Rows, one list per store, as in an export file. */
type RowLists = Pick<ExportFile, 'applications' | 'interviews' | 'reminders' | 'events'>;

/**
 * The part of storage an import touches: every stored application with the id or one of the job
 * keys of an application of the file, every row of those, and every stored row that has the id of a
 * row of the file. `hasSettings`: settings are stored (a profile that was used).
 */
export interface StoredForImport extends RowLists {
  hasSettings: boolean;
}

/** The rows to put (an import never deletes), the settings to put if any, and the report. */
interface ImportPlan extends RowLists {
  settings: Settings | null;
  report: ImportReport;
}

/** A refused import names the first record at fault, in the file's own terms. */
export type ImportPlanResult = { ok: true; plan: ImportPlan } | { ok: false; detail: string };

type Store = 'interviews' | 'reminders' | 'events';
type Row = Interview | Reminder | TimelineEvent;
/** A file's rows of one application, each with its index in the file (for messages). */
type Numbered = { [S in Store]: [number, RowLists[S][number]][] };

const ROW_STORES: readonly Store[] = ['interviews', 'reminders', 'events'];

/**
 * The merge rules. An application already stored (same id, or one of the same job keys) is merged:
 * the newest edit (updatedAt) wins its fields, job keys and URLs are united, its rows are merged by
 * id, and a reminder pending only on the losing side is closed as superseded, so no follow-up is
 * doubled. Refused: a record that matches two stored applications, two records of the file on one
 * stored application, a row whose id belongs to another stored application. The file's settings
 * apply when none are stored yet (a fresh profile); stored ones are kept. `now` dates the closings.
 */
export function planImport(file: ExportFile, stored: StoredForImport, now: number): ImportPlanResult {
  const appById = new Map(stored.applications.map((a) => [a.id, a]));
  const keyOwner = new Map<string, Application>();
  for (const a of stored.applications) for (const k of a.keys) keyOwner.set(k, a);
  const storedRows = { interviews: byId(stored.interviews), reminders: byId(stored.reminders), events: byId(stored.events) };
  const storedOf = { interviews: byApp(stored.interviews), reminders: byApp(stored.reminders), events: byApp(stored.events) };
  const rowsOf = groupRows(file);
  const put: RowLists = { applications: [], interviews: [], reminders: [], events: [] };
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0 };
  const matchedBy = new Map<string, number>();
  const refuse = (detail: string): ImportPlanResult => ({ ok: false, detail });

  for (const [i, incoming] of file.applications.entries()) {
    const name = `${incoming.posting.company} — ${incoming.posting.title}`;
    const found = new Map<string, Application>();
    const byId = appById.get(incoming.id);
    if (byId) found.set(byId.id, byId);
    for (const key of incoming.keys) {
      const owner = keyOwner.get(key);
      if (owner) found.set(owner.id, owner);
    }
    if (found.size > 1) return refuse(`applications[${i}] (${name}): matches ${found.size} different stored applications`);
    const existing = [...found.values()][0];
    if (existing && matchedBy.has(existing.id)) {
      return refuse(`applications[${i}] (${name}): is the same stored application as applications[${matchedBy.get(existing.id)}]`);
    }
    if (existing) matchedBy.set(existing.id, i);
    const rows = rowsOf.get(incoming.id) ?? { interviews: [], reminders: [], events: [] };
    const targetId = existing?.id ?? incoming.id;
    const fileWins = !existing || incoming.updatedAt > existing.updatedAt;
    let changed = !existing;
    let finalReminders: Reminder[] = [];
    for (const store of ROW_STORES) {
      const out = put[store] as Row[];
      // The target's rows as they end up, by id.
      const mine = new Map<string, Row>();
      if (existing) for (const r of storedOf[store].get(targetId) ?? []) mine.set(r.id, r);
      const inFile = new Set<string>();
      for (const [at, raw] of rows[store]) {
        const row: Row = { ...raw, applicationId: targetId };
        inFile.add(row.id);
        const current = mine.get(row.id);
        if (!current) {
          if (storedRows[store].has(row.id))
            return refuse(`${store}[${at}] (${name}): id "${row.id}" belongs to another stored application`);
          // The losing side's pending reminder stays in the history, closed: the winner's agreement stands.
          const next =
            store === 'reminders' && !fileWins && isPending(row as Reminder) ? closeReminder(row as Reminder, 'superseded', now) : row;
          out.push(next);
          mine.set(row.id, next);
          changed = true;
        } else if (fileWins && !sameData(current, row)) {
          out.push(row);
          mine.set(row.id, row);
          changed = true;
        }
      }
      if (store === 'reminders') {
        finalReminders = [...(mine.values() as Iterable<Reminder>)].map((r) => {
          if (!existing || !fileWins || !isPending(r) || inFile.has(r.id)) return r;
          const closed = closeReminder(r, 'superseded', now);
          out.push(closed);
          changed = true;
          return closed;
        });
      }
    }
    const base = fileWins
      ? { ...incoming, id: targetId, createdAt: Math.min(incoming.createdAt, existing?.createdAt ?? Infinity) }
      : existing!;
    const other = fileWins ? existing : incoming;
    const merged: Application = {
      ...base,
      keys: [...new Set([...base.keys, ...(other?.keys ?? [])])],
      urls: mergeUrls(base.urls, other?.urls ?? []),
      nextDueAt: nextDueOf(finalReminders),
      revision: existing ? existing.revision : base.revision,
    };
    if (existing && !sameData(merged, existing)) changed = true;
    if (!existing) {
      put.applications.push(merged);
      report.added++;
    } else if (changed) {
      put.applications.push({ ...merged, revision: Math.max(existing.revision, incoming.revision) + 1 });
      report.updated++;
    } else report.unchanged++;
  }
  return { ok: true, plan: { ...put, settings: stored.hasSettings ? null : file.settings, report } };
}

const byId = (rows: Row[]) => new Map(rows.map((r) => [r.id, r]));

function byApp(rows: Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const list = out.get(r.applicationId);
    if (list) list.push(r);
    else out.set(r.applicationId, [r]);
  }
  return out;
}

function groupRows(file: ExportFile): Map<string, Numbered> {
  const out = new Map<string, Numbered>();
  const of = (id: string) => {
    let r = out.get(id);
    if (!r) out.set(id, (r = { interviews: [], reminders: [], events: [] }));
    return r;
  };
  file.interviews.forEach((x, i) => {
    of(x.applicationId).interviews.push([i, x]);
  });
  file.reminders.forEach((x, i) => {
    of(x.applicationId).reminders.push([i, x]);
  });
  file.events.forEach((x, i) => {
    of(x.applicationId).events.push([i, x]);
  });
  return out;
}
