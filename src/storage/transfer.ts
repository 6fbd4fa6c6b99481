import { sameData } from '../core/equal';
import { EXPORT_FORMAT, EXPORT_VERSION, toCsv, type CsvRow, type ExportFile } from '../core/export';
import { isPending, nextDueOf } from '../core/reminders';
import type { Application, Interview, Reminder, TimelineEvent } from '../core/types';
import { ImportError } from './errors';
import type { Db } from './schema';
import { closeReminder, inWriteTx, mergeUrls, ofApplication, withDefaults } from './tx';
import type { WriteDeps } from './writes';

/** Everything stored, as the JSON export (core/export.ts; README, "Export format"), read in one transaction. */
export async function exportAll(db: Db, now: number = Date.now()): Promise<ExportFile> {
  const tx = db.transaction(['settings', 'applications', 'interviews', 'reminders', 'events']);
  const [settings, applications, interviews, reminders, events] = await Promise.all([
    tx.objectStore('settings').get('settings'),
    tx.objectStore('applications').getAll(),
    tx.objectStore('interviews').getAll(),
    tx.objectStore('reminders').getAll(),
    tx.objectStore('events').getAll(),
  ]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: withDefaults(settings),
    applications,
    interviews,
    reminders,
    events,
  };
}

/** Each application with its newest debrief, for the CSV: one index cursor per application. */
export async function csvRows(db: Db): Promise<CsvRow[]> {
  const tx = db.transaction(['applications', 'interviews']);
  const apps = await tx.objectStore('applications').getAll();
  const index = tx.objectStore('interviews').index('by-application');
  const rows: CsvRow[] = [];
  for (const application of apps) {
    const latest = await index.openCursor(ofApplication(application.id), 'prev');
    rows.push({ application, interview: latest?.value ?? null });
  }
  return rows;
}

export async function exportCsv(db: Db): Promise<string> {
  return toCsv(await csvRows(db));
}

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

type Row = Interview | Reminder | TimelineEvent;
interface Rows {
  interviews: [number, Interview][];
  reminders: [number, Reminder][];
  events: [number, TimelineEvent][];
}

/**
 * Imports a validated export (validateExport) in ONE transaction: a problem found on the way (a
 * record that matches two stored applications, an id taken by another application) aborts it all.
 * An application already stored (same id or one of the same job keys) is merged: the newest edit
 * (updatedAt) wins its fields, job keys and URLs are united, its rows are merged by id, and a
 * reminder pending only on the losing side is closed as superseded, so no follow-up is doubled.
 * The file's settings apply when none are stored yet (a fresh profile); stored ones are kept.
 */
export function importData(db: Db, file: ExportFile, deps: WriteDeps): Promise<ImportCounts> {
  const rowsOf = groupRows(file);
  return inWriteTx(db, ['settings', 'applications', 'interviews', 'reminders', 'events'], async (tx) => {
    const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
    const apps = tx.objectStore('applications');
    const matchedBy = new Map<string, number>();
    for (const [i, incoming] of file.applications.entries()) {
      const label = `applications[${i}] (${incoming.posting.company} — ${incoming.posting.title})`;
      const found = new Map<string, Application>();
      const byId = await apps.get(incoming.id);
      if (byId) found.set(byId.id, byId);
      for (const key of incoming.keys) {
        const owner = await apps.index('by-key').get(key);
        if (owner) found.set(owner.id, owner);
      }
      if (found.size > 1) throw new ImportError('errorImportRecord', `${label}: matches ${found.size} different stored applications`);
      const existing = [...found.values()][0];
      if (existing && matchedBy.has(existing.id)) {
        throw new ImportError(
          'errorImportRecord',
          `${label}: is the same stored application as applications[${matchedBy.get(existing.id)}]`,
        );
      }
      if (existing) matchedBy.set(existing.id, i);
      const rows = rowsOf.get(incoming.id) ?? { interviews: [], reminders: [], events: [] };
      const targetId = existing?.id ?? incoming.id;
      const fileWins = !existing || incoming.updatedAt > existing.updatedAt;
      let changed = !existing;
      const finalReminders = new Map<string, Reminder>();
      for (const store of ['interviews', 'reminders', 'events'] as const) {
        const os = tx.objectStore(store);
        const stored = new Map<string, Row>();
        if (existing) {
          const list: Row[] =
            store === 'reminders'
              ? await os.index('by-application').getAll(targetId)
              : await os.index('by-application').getAll(ofApplication(targetId));
          for (const r of list) stored.set(r.id, r);
        }
        const inFile = new Set<string>();
        for (const [at, raw] of rows[store]) {
          const row = { ...raw, applicationId: targetId } as Row;
          inFile.add(row.id);
          const mine = stored.get(row.id);
          if (!mine) {
            if (await os.get(row.id))
              throw new ImportError(
                'errorImportRecord',
                `${store}[${at}] (${incoming.posting.company} — ${incoming.posting.title}): id "${row.id}" belongs to another stored application`,
              );
            const put =
              store === 'reminders' && !fileWins && isPending(row as Reminder)
                ? closeReminder(row as Reminder, 'superseded', deps.now)
                : row;
            await os.put(put as never);
            stored.set(row.id, put);
            changed = true;
          } else if (fileWins && !sameData(mine, row)) {
            await os.put(row as never);
            stored.set(row.id, row);
            changed = true;
          }
        }
        if (store === 'reminders') {
          for (const r of stored.values() as Iterable<Reminder>) {
            if (existing && fileWins && isPending(r) && !inFile.has(r.id)) {
              const closed = closeReminder(r, 'superseded', deps.now);
              await os.put(closed);
              finalReminders.set(r.id, closed);
              changed = true;
            } else finalReminders.set(r.id, r);
          }
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
        nextDueAt: nextDueOf([...finalReminders.values()]),
        revision: existing ? existing.revision : base.revision,
      };
      if (existing && !sameData(merged, existing)) changed = true;
      if (!existing) {
        await apps.put(merged);
        counts.added++;
      } else if (changed) {
        await apps.put({ ...merged, revision: Math.max(existing.revision, incoming.revision) + 1 });
        counts.updated++;
      } else counts.unchanged++;
    }
    if (!(await tx.objectStore('settings').get('settings'))) await tx.objectStore('settings').put(file.settings, 'settings');
    return counts;
  });
}

function groupRows(file: ExportFile): Map<string, Rows> {
  const out = new Map<string, Rows>();
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
