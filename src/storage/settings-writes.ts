import { localDayAt } from '../core/dates';
import { isPending, nextDueOf } from '../core/reminders';
import type { Settings } from '../core/types';
import type { Db } from './schema';
import { inWriteTx, withDefaults } from './tx';
import type { WriteDeps } from './writes';

/**
 * Saves the settings. When the reminder time changes, the pending reminders not notified yet move
 * to the new time of their day (they were set at the reminder time), and their applications' next
 * dates follow, in the same transaction; the caller then re-derives the alarms. A reminder already
 * notified stays due where it is: moving it later would hide what the user was already told.
 * `moved` counts the applications whose reminders moved.
 */
export function saveSettings(db: Db, settings: Settings, deps: WriteDeps): Promise<{ settings: Settings; moved: number }> {
  return inWriteTx(db, ['settings', 'reminders', 'applications'], async (tx) => {
    const before = withDefaults(await tx.objectStore('settings').get('settings'));
    await tx.objectStore('settings').put(settings, 'settings');
    if (before.reminderMinutes === settings.reminderMinutes) return { settings, moved: 0 };
    const reminders = tx.objectStore('reminders');
    const touched = new Set<string>();
    for (const r of await reminders.index('by-pending-due').getAll()) {
      if (r.notifiedAt !== undefined) continue;
      const dueAt = localDayAt(r.dueAt, 0, settings.reminderMinutes);
      if (dueAt === r.dueAt) continue;
      await reminders.put({ ...r, dueAt, pendingDueAt: dueAt });
      touched.add(r.applicationId);
    }
    const apps = tx.objectStore('applications');
    for (const id of touched) {
      const app = await apps.get(id);
      if (!app) continue;
      const pending = (await reminders.index('by-application').getAll(id)).filter(isPending);
      await apps.put({ ...app, nextDueAt: nextDueOf(pending), updatedAt: deps.now, revision: app.revision + 1 });
    }
    return { settings, moved: touched.size };
  });
}
