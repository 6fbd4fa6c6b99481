import type { ExportFile } from '../core/export';
import { planImport, type ImportReport, type StoredForImport } from '../core/import-plan';
import type { Application } from '../core/types';
import { ImportError } from './errors';
import { eventRows, interviewRows, reminderRows } from './rows';
import { inWriteTx, type WriteDeps, type WriteTx } from './tx';
import type { Db } from './schema';

const STORES = ['settings', 'applications', 'interviews', 'reminders', 'events'] as const;
type Tx = WriteTx<(typeof STORES)[number][]>;

/**
 * Imports a validated export (validateExport) in ONE transaction: reads what the merge needs, plans
 * it (core/import-plan.ts), then writes the plan. A refused plan (a record that matches two stored
 * applications, an id taken by another application) or a failed write aborts it all.
 */
export function importData(db: Db, file: ExportFile, deps: WriteDeps): Promise<ImportReport> {
  return inWriteTx(db, [...STORES], async (tx) => {
    const result = planImport(file, await readStored(tx, file), deps.now);
    if (!result.ok) throw new ImportError('errorImportRecord', result.detail);
    const { plan } = result;
    for (const r of plan.interviews) await tx.objectStore('interviews').put(r);
    for (const r of plan.reminders) await tx.objectStore('reminders').put(r);
    for (const r of plan.events) await tx.objectStore('events').put(r);
    for (const a of plan.applications) await tx.objectStore('applications').put(a);
    if (plan.settings) await tx.objectStore('settings').put(plan.settings, 'settings');
    return plan.report;
  });
}

/** The stored rows the plan needs (StoredForImport), every request queued at once. */
async function readStored(tx: Tx, file: ExportFile): Promise<StoredForImport> {
  const apps = tx.objectStore('applications');
  const byKey = apps.index('by-key');
  const found = await Promise.all(file.applications.flatMap((a) => [apps.get(a.id), ...a.keys.map((k) => byKey.get(k))]));
  const applications = [...new Map(found.filter((a): a is Application => !!a).map((a) => [a.id, a])).values()];
  const [owned, byId, settings] = await Promise.all([
    Promise.all(applications.map((a) => Promise.all([interviewRows(tx, a.id), reminderRows(tx, a.id), eventRows(tx, a.id)]))),
    Promise.all([
      Promise.all(file.interviews.map((r) => tx.objectStore('interviews').get(r.id))),
      Promise.all(file.reminders.map((r) => tx.objectStore('reminders').get(r.id))),
      Promise.all(file.events.map((r) => tx.objectStore('events').get(r.id))),
    ]),
    tx.objectStore('settings').get('settings'),
  ]);
  return {
    applications,
    interviews: unique([...owned.flatMap((o) => o[0]), ...byId[0]]),
    reminders: unique([...owned.flatMap((o) => o[1]), ...byId[1]]),
    events: unique([...owned.flatMap((o) => o[2]), ...byId[2]]),
    hasSettings: !!settings,
  };
}

/** The rows found, once each. */
function unique<T extends { id: string }>(rows: (T | undefined)[]): T[] {
  return [...new Map(rows.filter((r): r is T => !!r).map((r) => [r.id, r])).values()];
}
