import { planAlarms } from '../core/alarm-plan';
import { localDayAt } from '../core/dates';
import { markNotified } from '../storage/writes';
import { dueItems, getSettings, pendingReminders } from '../storage/reads';
import { flagProbablyClosed } from '../storage/outcome-writes';
import type { Db } from '../storage/schema';
import { notifyDue } from './notifications';
import { refreshBadges } from './badges';
import type { Ports } from './ports';

/** Repaints day counts ("3d" → "2d") when the local day changes. */
export const MIDNIGHT_ALARM = 'badge-midnight';

/**
 * Makes the alarms match the stored reminders (the truth), fires the ones missed while the browser
 * was closed, and repaints the badges. Safe to run any number of times: every worker start,
 * install, update and browser start runs it.
 */
export async function syncReminders(
  ports: Pick<Ports, 'alarms' | 'notifications' | 'action' | 'tabs' | 'runtime' | 'i18n'>,
  db: Db,
  now: number,
): Promise<void> {
  const { alarms } = ports;
  const plan = planAlarms(await pendingReminders(db), await alarms.getAll(), now);
  await Promise.all(plan.clear.map((name) => alarms.clear(name)));
  for (const { name, when } of plan.create) alarms.create(name, { when });
  alarms.create(MIDNIGHT_ALARM, { when: localDayAt(now, 1, 1) });
  if (plan.fireNow.length) await fireDue(ports, db, now);
  await refreshBadges(ports, db, now);
}

/**
 * Notifies every due reminder not notified yet, once, then records that it was. With notifications
 * off in the settings the reminders are only marked: the badge and the lists still show them due.
 * A reminder coming due is also when a promised date has passed: "probably closed" is checked then
 * (`docs/method.md`: the product must notice that date passing).
 */
export async function fireDue(ports: Pick<Ports, 'notifications' | 'runtime' | 'i18n'>, db: Db, now: number): Promise<void> {
  const items = (await dueItems(db, now)).filter((i) => i.reminder.notifiedAt === undefined);
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
  await flagProbablyClosed(
    db,
    items.map((i) => i.application.id),
    { now },
  );
}
