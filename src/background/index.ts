/**
 * The service worker: the single writer. Every listener is registered synchronously at top level
 * (a worker woken by an event must find its listener), and no state lives in module variables:
 * the worker may be stopped between any two events. Data, reminders and badges come from IndexedDB.
 */
import browser from 'webextension-polyfill';
import { reminderIdOf } from '../core/reminders';
import { isJobSiteUrl } from '../core/sites';
import { createRouter } from '../messages/router';
import { listen } from '../messages/send';
import { refreshTab } from './badges';
import { withDb } from './db';
import { makeHandlers } from './handlers';
import { GROUP_NOTIFICATION, REMINDER_NOTIFICATION } from './notifications';
import { openPosting } from './open-posting';
import { fireDue, MIDNIGHT_ALARM, syncReminders } from './reminders';

declare const __TEST__: boolean;

const handlers = makeHandlers(browser);
const sync = (why: string) =>
  withDb((db) => syncReminders(browser, db, Date.now())).catch((e) => console.error(`Relance: sync on ${why} failed`, e));

listen(createRouter(handlers, { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL(''), isJobSite: isJobSiteUrl }));

// Alarms are cleared on update and may vanish on restart: re-derive them from storage each time.
browser.runtime.onInstalled.addListener(() => void sync('install'));
browser.runtime.onStartup.addListener(() => void sync('startup'));

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === MIDNIGHT_ALARM) return void sync('midnight');
  if (reminderIdOf(alarm.name) === null) return;
  void withDb(async (db) => {
    await fireDue(browser, db, Date.now());
    await syncReminders(browser, db, Date.now());
  }).catch((e) => console.error('Relance: alarm failed', e));
});

async function onNotificationClicked(notificationId: string): Promise<void> {
  await browser.notifications.clear(notificationId);
  if (notificationId === GROUP_NOTIFICATION) {
    await browser.tabs.create({ url: browser.runtime.getURL('popup.html?view=due') });
    return;
  }
  if (!notificationId.startsWith(REMINDER_NOTIFICATION)) return;
  const reminderId = notificationId.slice(REMINDER_NOTIFICATION.length);
  const app = await withDb(async (db) => {
    const reminder = await db.get('reminders', reminderId);
    return reminder && db.get('applications', reminder.applicationId);
  });
  if (app) await openPosting(browser, app);
}

async function onNotificationButton(notificationId: string, buttonIndex: number): Promise<void> {
  if (!notificationId.startsWith(REMINDER_NOTIFICATION)) return;
  const reminderId = notificationId.slice(REMINDER_NOTIFICATION.length);
  await (buttonIndex === 0 ? handlers.completeReminder({ reminderId }) : handlers.snoozeReminder({ reminderId }));
}

browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id).catch(console.error));
// Firefox shows no notification buttons (notifications.ts falls back to none; its onButtonClicked never
// fires): there a click on the notification opens the posting.
browser.notifications.onButtonClicked?.addListener((id, index) => void onNotificationButton(id, index).catch(console.error));

browser.tabs.onActivated.addListener(({ tabId }) => {
  void withDb(async (db) => {
    const tab = await browser.tabs.get(tabId);
    await refreshTab(browser, db, Date.now(), tabId, tab.url);
  }).catch(() => {});
});
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.url === undefined && change.status !== 'complete') return;
  void withDb((db) => refreshTab(browser, db, Date.now(), tabId, tab.url)).catch(() => {});
});

// Every worker start, not only install and browser start: an alarm may have been lost meanwhile.
void sync('worker start');

if (__TEST__) {
  // Test builds only: lets end-to-end tests press notification buttons, which automation cannot click.
  Object.assign(globalThis, { relanceTest: { onNotificationClicked, onNotificationButton } });
}
