import { EXPORT_FORMAT, EXPORT_VERSION, toCsv, type CsvRow, type ExportFile } from '../core/export';
import { latestInterview } from './rows';
import type { Db } from './schema';
import { inReadTx, withDefaults } from './tx';

/** Everything stored, as the JSON export (core/export.ts; README, "Export format"), read in one transaction. */
export function exportAll(db: Db, now: number = Date.now()): Promise<ExportFile> {
  return inReadTx(db, ['settings', 'applications', 'interviews', 'reminders', 'events'], async (tx) => {
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
  });
}

/** Each application with its newest debrief and next follow-up call, for the CSV, read in one transaction. */
export function csvRows(db: Db): Promise<CsvRow[]> {
  return inReadTx(db, ['applications', 'interviews', 'reminders'], async (tx) => {
    const [apps, pending] = await Promise.all([
      tx.objectStore('applications').getAll(),
      tx.objectStore('reminders').index('by-pending-due').getAll(),
    ]);
    // The due index holds only pending reminders, soonest first: the first follow-up found is the next call.
    const calls = new Map<string, number>();
    for (const r of pending) if (r.kind === 'follow-up' && !calls.has(r.applicationId)) calls.set(r.applicationId, r.dueAt);
    const rows: CsvRow[] = [];
    for (const application of apps) {
      const interview = (await latestInterview(tx, application.id)) ?? null;
      rows.push({ application, interview, followUpAt: calls.get(application.id) ?? null });
    }
    return rows;
  });
}

/** The CSV export (core/csv.ts): one row per application. */
export async function exportCsv(db: Db): Promise<string> {
  return toCsv(await csvRows(db));
}
