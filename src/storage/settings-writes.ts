import { localDayAt } from '../core/dates';
import type { Profile, Settings } from '../core/types';
import { isCallReminder, isInterviewReminder, nextDueOf } from '../core/reminders';
import { replanInterviewReminders } from './interview-reminders';
import type { Db } from './schema';
import { reminderRows } from './rows';
import { idMaker, inWriteTx, revised, withDefaults, type WriteDeps } from './tx';

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
    const reminders = tx.objectStore('reminders');
    const pending = await reminders.index('by-pending-due').getAll();
    // A planned interview's reminders are set from its plan and these settings: set again from them.
    const interviewTimes = (['reminderMinutes', 'interviewSoonMinutes', 'interviewLengthMinutes'] as const).some(
      (k) => before[k] !== settings[k],
    );
    const apps = tx.objectStore('applications');
    if (interviewTimes) {
      const planned = new Set(pending.filter((r) => isInterviewReminder(r) && r.notifiedAt === undefined).map((r) => r.applicationId));
      for (const id of planned) {
        const app = await apps.get(id);
        if (app) await replanInterviewReminders(tx, app, settings, deps.now, idMaker(deps));
      }
    }
    if (before.reminderMinutes === settings.reminderMinutes) return { settings, moved: 0 };
    const touched = new Set<string>();
    for (const r of pending) {
      if (r.notifiedAt !== undefined || !isCallReminder(r)) continue;
      const dueAt = localDayAt(r.dueAt, 0, settings.reminderMinutes);
      if (dueAt === r.dueAt) continue;
      await reminders.put({ ...r, dueAt, pendingDueAt: dueAt });
      touched.add(r.applicationId);
    }
    for (const id of touched) {
      const app = await apps.get(id);
      if (!app) continue;
      await apps.put(revised(app, deps.now, { nextDueAt: nextDueOf(await reminderRows(tx, id)) }));
    }
    return { settings, moved: touched.size };
  });
}

/**
 * The answer to the scripts' first question (who are you?): the profile given, or null when put off.
 * Either way it is not asked again; the other settings stay as they are.
 */
export function saveProfile(db: Db, profile: Profile | null): Promise<Settings> {
  return inWriteTx(db, ['settings'], async (tx) => {
    const before = withDefaults(await tx.objectStore('settings').get('settings'));
    const settings: Settings = { ...before, ...(profile ? { profile } : {}), profileAsked: true };
    await tx.objectStore('settings').put(settings, 'settings');
    return settings;
  });
}
