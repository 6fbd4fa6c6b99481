import type Browser from 'webextension-polyfill';
import { normalizedUrls } from '../core/job-key';
import { JOB_SITE_MATCHES } from '../core/sites';
import { notifyJobSiteTabs } from '../messages/send';
import type { Handlers } from '../messages/router';
import { ApplicationNotFoundError } from '../storage/errors';
import { jobStates } from '../storage/job-states';
import { completeReminder, linkJobKey, saveDebrief, snoozeReminder } from '../storage/writes';
import { withDb } from './db';
import { openPosting } from './open-posting';
import { REMINDER_NOTIFICATION } from './notifications';
import { syncReminders } from './reminders';

type Ext = typeof Browser;

export const SNOOZE_MS = 24 * 60 * 60 * 1000;

/**
 * The worker's answer to each message. Every write commits first; alarms and badges follow from
 * the committed data, so a failure after the commit is repaired by the next sync, never lost.
 */
export function makeHandlers(ext: Ext, now: () => number = Date.now): Handlers {
  const afterWrite = async (t: number) => {
    await withDb((db) => syncReminders(ext, db, t)).catch((e) => console.error('Relance: sync failed', e));
    await notifyJobSiteTabs(JOB_SITE_MATCHES).catch(() => {});
  };
  return {
    async saveDebrief(req) {
      const t = now();
      const urls = normalizedUrls(req.pageUrl ?? req.posting.url, req.posting.url);
      const { application, reminders } = await withDb((db) =>
        saveDebrief(db, { posting: req.posting, jobKey: req.jobKey, urls, debrief: req.debrief, expectedRevision: req.expectedRevision }, { now: t }),
      );
      await afterWrite(t);
      return { application, reminders };
    },
    async completeReminder({ reminderId }) {
      const t = now();
      const reminder = await withDb((db) => completeReminder(db, reminderId, { now: t }));
      await ext.notifications.clear(REMINDER_NOTIFICATION + reminderId).catch(() => false);
      await afterWrite(t);
      return reminder;
    },
    async snoozeReminder({ reminderId }) {
      const t = now();
      const reminder = await withDb((db) => snoozeReminder(db, reminderId, t + SNOOZE_MS, { now: t }));
      await ext.notifications.clear(REMINDER_NOTIFICATION + reminderId).catch(() => false);
      await afterWrite(t);
      return reminder;
    },
    async linkPosting(req) {
      const t = now();
      const app = await withDb(async (db) => {
        const existing = await db.get('applications', req.applicationId);
        const urls = existing && req.pageUrl ? normalizedUrls(req.pageUrl) : [];
        return linkJobKey(db, { applicationId: req.applicationId, jobKey: req.jobKey, urls, expectedRevision: req.expectedRevision }, { now: t });
      });
      await afterWrite(t);
      return app;
    },
    jobStates({ jobKeys }) {
      return withDb((db) => jobStates(db, jobKeys, now()));
    },
    async openApplication({ applicationId }) {
      const app = await withDb((db) => db.get('applications', applicationId));
      if (!app) throw new ApplicationNotFoundError();
      await ext.tabs.create({ url: ext.runtime.getURL(`popup.html?app=${encodeURIComponent(app.id)}`) });
      return null;
    },
    async openPosting({ applicationId }) {
      const app = await withDb((db) => db.get('applications', applicationId));
      if (!app) throw new ApplicationNotFoundError();
      await openPosting(ext, app);
      return null;
    },
  };
}
