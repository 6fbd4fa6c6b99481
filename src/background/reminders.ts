import { MAX_REMINDER_ALARMS, planAlarms } from '../core/alarm-plan';
import { localDayAt } from '../core/dates';
import { markNotified } from '../storage/writes';
import { alarmReminders, dueItems, getSettings } from '../storage/reads';
import { flagProbablyClosed } from '../storage/outcome-writes';
import type { Db } from '../storage/schema';
import { notifyDue } from './notifications';
import { refreshBadges } from './badges';
import type { Ports } from './ports';

/** Repaints day counts ("3d" → "2d") when the local day changes. */
export const MIDNIGHT_ALARM = 'badge-midnight';

type SyncPorts = Pick<Ports, 'alarms' | 'notifications' | 'action' | 'tabs' | 'runtime' | 'i18n'>;

let lastSync: Promise<unknown> = Promise.resolve();

/**
 * Makes the alarms match the stored reminders (the truth), fires the ones missed while the browser
 * was closed, and repaints the badges. Safe to run any number of times: every worker start,
 * install, update and browser start runs it. One at a time in a worker: two that overlapped could
 * paint in the wrong order, the older count (read before a write) over the newer one.
 */
export function syncReminders(ports: SyncPorts, db: Db, now: number): Promise<void> {
  const run = lastSync.then(() => syncOnce(ports, db, now));
  lastSync = run.catch(() => {});
  return run;
}

async function syncOnce(ports: SyncPorts, db: Db, now: number): Promise<void> {
  const { alarms } = ports;
  const pending = await alarmReminders(db, now, MAX_REMINDER_ALARMS);
  const existing = await alarms.getAll();
  const plan = planAlarms(pending, existing, now);
  await Promise.all(plan.clear.map((name) => alarms.clear(name)));
  for (const { name, when } of plan.create) alarms.create(name, { when });
  if (plan.fireNow.length) await fireDue(ports, db, now);
  // "Probably closed" may come true when a promised day ends or a call goes a full working day
  // overdue (docs/method.md §2: notice the date passing, never before it has): at a day change, with
  // no reminder firing. Only an application with a reminder overdue can qualify then (core/outcomes.ts
  // isProbablyClosed); an outcome recorded is checked by its own write. Both thresholds are ends of
  // days: once a sync has checked today (the day-change alarm it sets last points to tomorrow), a later
  // one the same day (a worker start) has nothing new to find, and skips a write over every overdue one.
  const tomorrow = localDayAt(now, 1, 1);
  if (!existing.some((a) => a.name === MIDNIGHT_ALARM && a.scheduledTime === tomorrow)) {
    const overdue = pending.filter((r) => r.dueAt <= now).map((r) => r.applicationId);
    if (overdue.length) await flagProbablyClosed(db, overdue, { now });
  }
  alarms.create(MIDNIGHT_ALARM, { when: tomorrow });
  await refreshBadges(ports, db, now);
}

/**
 * Notifies every due reminder not notified yet, once, then records that it was. With notifications
 * off in the settings the reminders are only marked: the badge and the lists still show them due.
 */
export async function fireDue(ports: Pick<Ports, 'notifications' | 'runtime' | 'i18n'>, db: Db, now: number): Promise<void> {
  const items = (await dueItems(db, now, 'all')).filter((i) => i.reminder.notifiedAt === undefined);
  if (items.length === 0) return;
  if ((await getSettings(db)).notifications) {
    try {
      await notifyDue(ports, db, items);
    } catch (e) {
      // The reminder stays due (badge "!" and the popup's list) even if the notification failed.
      console.error('Relance: notification failed', e);
    }
  }
  await markNotified(
    db,
    items.map((i) => i.reminder.id),
    now,
  );
}
