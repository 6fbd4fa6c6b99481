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

/** Each application with its newest debrief, for the CSV, read in one transaction. */
export function csvRows(db: Db): Promise<CsvRow[]> {
  return inReadTx(db, ['applications', 'interviews'], async (tx) => {
    const apps = await tx.objectStore('applications').getAll();
    const rows: CsvRow[] = [];
    for (const application of apps) rows.push({ application, interview: (await latestInterview(tx, application.id)) ?? null });
    return rows;
  });
}

/** The CSV export (core/csv.ts): one row per application. */
export async function exportCsv(db: Db): Promise<string> {
  return toCsv(await csvRows(db));
}
