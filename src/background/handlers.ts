import { chipShown, type ChipShown } from '../core/chip';
import { validateExport } from '../core/export';
import { messageLocale } from '../core/i18n';
import { normalizedUrls } from '../core/job-key';
import { toDateInput } from '../core/dates';
import { icsCalendar } from '../core/ics';
import type { FullApplication } from '../core/types';
import { isJobKey } from '../extract/job-key';
import { JOB_SITE_MATCHES } from '../extract/sites/matches';
import { notifyJobSiteTabs } from '../messages/notify-tabs';
import type { Handlers } from '../messages/router';
import {
  deleteApplication,
  planInterview,
  restoreApplication,
  trackInterview,
  updateInterview,
  updatePosting,
} from '../storage/edit-writes';
import { ApplicationNotFoundError, ImportError } from '../storage/errors';
import { jobStates } from '../storage/job-states';
import { makeListIfUnusable, refreshList } from '../storage/list-cache';
import { recordOutcome, resolveProbablyClosed } from '../storage/outcome-writes';
import { calendarEvents } from '../storage/calendar-writes';
import { applicationDetail } from '../storage/reads';
import type { Db } from '../storage/schema';
import { discardDraft, saveDraft } from '../storage/draft-writes';
import { saveProfile, saveSettings } from '../storage/settings-writes';
import { removeContact, saveContact } from '../storage/contact-writes';
import { importData } from '../storage/import-writes';
import { completeReminder, linkJobKey, saveDebrief, snoozeReminder } from '../storage/writes';
import { notificationIdsOf } from './notifications';
import { openDashboard } from './open-dashboard';
import { openPosting } from './open-posting';
import type { Ports } from './ports';
import { syncReminders } from './reminders';

export const SNOOZE_MS = 24 * 60 * 60 * 1000;

/**
 * The worker's answer to each message, over the database opened for that message. Every write
 * commits first; alarms and badges follow from the committed data, so a failure after the commit
 * is repaired by the next sync, never lost.
 */
export function makeHandlers(ports: Ports, db: Db, now: () => number = Date.now): Handlers {
  const afterWrite = async (t: number) => {
    await syncReminders(ports, db, t).catch((e) => console.error('Relance: sync failed', e));
    await notifyJobSiteTabs(ports.tabs, JOB_SITE_MATCHES).catch(() => {});
  };
  /** A reminder that stopped takes its notification with it. */
  const clearNotifications = (reminderIds: string[]) =>
    Promise.all(reminderIds.flatMap(notificationIdsOf).map((id) => ports.notifications.clear(id).catch(() => false)));
  const detail = async (applicationId: string): Promise<FullApplication> => {
    const d = await applicationDetail(db, applicationId);
    if (!d) throw new ApplicationNotFoundError();
    return d;
  };
  // A chip's weekday ("Interview 2 on Fri"): one formatter for the worker's life, made when first needed.
  let weekdayFormat: Intl.DateTimeFormat | undefined;
  const weekday = (t: number) => (weekdayFormat ??= new Intl.DateTimeFormat(messageLocale(ports.i18n), { weekday: 'short' })).format(t);
  return {
    async saveDebrief(req) {
      const t = now();
      const urls = normalizedUrls(req.pageUrl ?? req.posting.url, req.posting.url);
      const { application, reminders } = await saveDebrief(
        db,
        { posting: req.posting, jobKey: req.jobKey, urls, debrief: req.debrief, expectedRevision: req.expectedRevision },
        { now: t },
      );
      await afterWrite(t);
      return { application, reminders };
    },
    async completeReminder({ reminderId }) {
      const t = now();
      const reminder = await completeReminder(db, reminderId, { now: t });
      await clearNotifications([reminderId]);
      await afterWrite(t);
      return reminder;
    },
    async snoozeReminder({ reminderId }) {
      const t = now();
      const reminder = await snoozeReminder(db, reminderId, t + SNOOZE_MS, { now: t });
      await clearNotifications([reminderId]);
      await afterWrite(t);
      return reminder;
    },
    async calendarFile({ reminderId, applicationId }) {
      const t = now();
      const translate = (key: string, subs?: string | string[]) => ports.i18n.getMessage(key, subs);
      const scope = reminderId ? { reminderId } : applicationId ? { plannedInterviewOf: applicationId } : 'upcoming';
      const events = await calendarEvents(db, scope, translate, t);
      const one = reminderId ?? (applicationId && `interview-${applicationId}`);
      const fileName = one ? `relance-${one.slice(0, 18)}.ics` : `relance-${toDateInput(t)}.ics`;
      return { fileName, text: icsCalendar(events, t) };
    },
    async linkPosting(req) {
      const t = now();
      const existing = await db.get('applications', req.applicationId);
      const urls = existing && req.pageUrl ? normalizedUrls(req.pageUrl) : [];
      const app = await linkJobKey(
        db,
        { applicationId: req.applicationId, jobKey: req.jobKey, urls, expectedRevision: req.expectedRevision },
        { now: t },
      );
      await afterWrite(t);
      return app;
    },
    async jobChips({ jobKeys }) {
      const t = now();
      const states = await jobStates(db, jobKeys, t);
      const message = (key: string, subs?: string[]) => ports.i18n.getMessage(key, subs);
      const chips: Record<string, ChipShown> = {};
      for (const [key, state] of Object.entries(states)) chips[key] = chipShown(state, t, message, weekday);
      return chips;
    },
    async openApplication({ applicationId }) {
      const app = await db.get('applications', applicationId);
      if (!app) throw new ApplicationNotFoundError();
      // A chip on a job site opens the application's page in the dashboard.
      await openDashboard(ports, app.id);
      return null;
    },
    async openPosting({ applicationId }) {
      const app = await db.get('applications', applicationId);
      if (!app) throw new ApplicationNotFoundError();
      await openPosting(ports, app);
      return null;
    },

    async recordOutcome(req) {
      const t = now();
      const { closedReminderIds } = await recordOutcome(db, req, { now: t });
      await clearNotifications(closedReminderIds);
      await afterWrite(t);
      return detail(req.applicationId);
    },
    async resolveProbablyClosed(req) {
      const t = now();
      const { closedReminderIds } = await resolveProbablyClosed(db, req, { now: t });
      await clearNotifications(closedReminderIds);
      await afterWrite(t);
      return detail(req.applicationId);
    },
    async updatePosting(req) {
      const t = now();
      const urls = normalizedUrls(req.posting.url);
      await updatePosting(db, { ...req, urls }, { now: t });
      await afterWrite(t);
      return detail(req.applicationId);
    },
    async trackInterview(req) {
      const t = now();
      const urls = normalizedUrls(req.pageUrl ?? req.posting.url, req.posting.url);
      const application = await trackInterview(db, { posting: req.posting, jobKey: req.jobKey, urls, plan: req.plan }, { now: t });
      await afterWrite(t);
      return detail(application.id);
    },
    async planInterview(req) {
      const t = now();
      await planInterview(db, req, { now: t });
      await afterWrite(t);
      return detail(req.applicationId);
    },
    async updateInterview(req) {
      const t = now();
      const { application, closedReminderIds } = await updateInterview(db, req, { now: t });
      await clearNotifications(closedReminderIds);
      await afterWrite(t);
      return detail(application.id);
    },
    async deleteApplication(req) {
      const t = now();
      const snapshot = await deleteApplication(db, req);
      await clearNotifications(snapshot.reminders.map((r) => r.id));
      await afterWrite(t);
      return snapshot;
    },
    async restoreApplication(snapshot) {
      const t = now();
      await restoreApplication(db, snapshot, { now: t });
      await afterWrite(t);
      return detail(snapshot.application.id);
    },
    async saveSettings(settings) {
      const t = now();
      const saved = await saveSettings(db, settings, { now: t });
      // Alarms follow the moved reminders; badges follow the count setting.
      await afterWrite(t);
      return saved.settings;
    },
    async importData({ json }) {
      const checked = validateExport(json, isJobKey);
      if (!checked.ok) throw new ImportError(checked.problem.key, checked.problem.detail);
      const t = now();
      const counts = await importData(db, checked.value, { now: t });
      await afterWrite(t);
      // An import too wide for the dashboard's kept list to follow has it made again before the reply:
      // the dashboard reloads its list on that reply, and would otherwise read every application. A
      // failure leaves it to the worker's timer.
      await makeListIfUnusable(db).catch((e) => console.error('Relance: the list was not made again', e));
      return counts;
    },
    refreshList() {
      return refreshList(db);
    },
    async openDashboard({ applicationId }) {
      await openDashboard(ports, applicationId);
      return null;
    },
    // A draft changes no reminder, badge nor chip: nothing to re-derive after it.
    saveCardDraft(req) {
      return saveDraft(db, req, { now: now() });
    },
    async discardCardDraft({ applicationId }) {
      await discardDraft(db, applicationId);
      return null;
    },

    async saveContact(req) {
      await saveContact(db, req, { now: now() });
      return detail(req.applicationId);
    },
    async removeContact(req) {
      await removeContact(db, req, { now: now() });
      return detail(req.applicationId);
    },
    saveProfile({ profile }) {
      return saveProfile(db, profile);
    },
  };
}
