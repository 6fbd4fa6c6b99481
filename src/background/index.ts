/**
 * The service worker: the single writer. Every listener is registered synchronously at top level
 * (a worker woken by an event must find its listener), and no state lives in module variables but
 * the badge cache, derived from IndexedDB and emptied by every write (background/badge-cache.ts):
 * the worker may be stopped between any two events. Data, reminders and badges come from IndexedDB.
 */
import browser from 'webextension-polyfill';
import { isPending, reminderIdOf } from '../core/reminders';
import { isJobSiteUrl } from '../extract/sites/matches';
import { createRouter } from '../messages/router';
import { askPanel } from '../messages/closing-card';
import { packagedJson, steadyI18n } from '../messages/catalog';
import { listen } from '../messages/listen';
import { makeListIfUnusable, refreshList } from '../storage/list-cache';
import { openRelanceDb, type Db } from '../storage/schema';
import { onWrite } from '../storage/tx';
import { BadgeCache } from './badge-cache';
import { refreshTabCached } from './badges';
import { makeHandlers } from './handlers';
import { cardApplicationOf, clickTarget } from './notification-click';
import { GROUP_NOTIFICATION, reminderOfNotification } from './notifications';
import { openClosingCard, type CardPorts } from './open-card';
import { openDashboard } from './open-dashboard';
import { openPosting } from './open-posting';
import type { Ports, SidePanelPort } from './ports';
import { MIDNIGHT_ALARM, syncReminders } from './reminders';
import { TabUrls } from './tab-urls';

declare const __TEST__: boolean;

/** How long after a worker start its sync runs (see below). */
const START_SYNC_DELAY_MS = 300;
/** How long after the last write the dashboard's list is made again (see below). */
const LIST_REFRESH_DELAY_MS = 1000;

/**
 * The worker's words: browser.i18n, with the packaged catalog behind it when the browser's answers
 * nothing (messages/catalog.ts). Every event that may show words waits for `strings.ready()`.
 */
let strings = steadyI18n(browser.i18n, packagedJson(browser.runtime));

/** The browser APIs the worker's modules use, each passed to the modules that need it. */
const ports: Ports = {
  alarms: browser.alarms,
  notifications: browser.notifications,
  action: browser.action,
  tabs: browser.tabs,
  windows: browser.windows,
  runtime: browser.runtime,
  get i18n() {
    return strings;
  },
};

/**
 * The closing card's ports. webextension-polyfill has no sidePanel (Chrome only): Chrome's own
 * namespace, absent in Firefox.
 */
const cardPorts: CardPorts = {
  sidePanel: (globalThis as { chrome?: { sidePanel?: SidePanelPort } }).chrome?.sidePanel,
  windows: browser.windows,
  runtime: browser.runtime,
  askPanel: (ask) => askPanel(browser.runtime, ask),
};

/**
 * Opens the database for one event and closes it after. No connection is kept in a module
 * variable: the worker may be stopped between any two events.
 */
async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const [db] = await Promise.all([openRelanceDb(), strings.ready()]);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

const sync = (why: string) =>
  withDb((db) => syncReminders(ports, db, Date.now())).catch((e) => console.error(`Relance: sync on ${why} failed`, e));

const routerOptions = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL(''), isJobSite: isJobSiteUrl };
// Each message gets its handlers over its own connection. A database that will not open is a
// storage error for the sender, as it would be from inside a handler.
listen((message, sender) =>
  withDb(async (db) => {
    const reply = await createRouter(makeHandlers(ports, db), routerOptions)(message, sender);
    if (__TEST__) await heldForTest(message);
    return reply;
  }).catch((e) => {
    console.error('Relance: the database did not open', e);
    return { ok: false, error: 'errorStorage' };
  }),
);

// Alarms are cleared on update and may vanish on restart. Install, update and browser start each
// start the worker, whose top-level sync (below) re-derives them: these listeners only make sure
// the worker is woken for those events; a second sync would repeat the same work.
// A first install also opens the welcome page (never on update or browser start); an update makes the
// dashboard's list again, which its migrations may have dropped.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('welcome.html') }).catch(console.error);
  if (reason === 'update') scheduleListRefresh();
});
browser.runtime.onStartup.addListener(() => {});

// A reminder's alarm: the sync fires every due reminder not notified yet (once), then re-plans.
// The day-change alarm: the same sync repaints "3d" as "2d".
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === MIDNIGHT_ALARM || reminderIdOf(alarm.name) !== null) void sync(alarm.name);
});

/**
 * A click on a reminder (notification-click.ts decides where it leads): with buttons (Chrome, a call)
 * it opens the posting, the call is one click away; "interview soon" and a pending "how did it go?" open
 * the closing card, the latter on its debrief form; the evening's thank-you opens the application's page
 * on the e-mail draft; without buttons (the browser refused them, e.g. Firefox) a call opens the
 * application's outcome form, where Done, Snooze and the follow-up outcomes are. The notification's id
 * says which it was.
 */
async function onNotificationClicked(notificationId: string): Promise<void> {
  const card = reminderOfNotification(notificationId);
  if (card?.card) {
    // The closing card, opened first, while the click still counts as the user's action, on the
    // reminder's application: "interview soon" shows its card, "how did it go?" its debrief form,
    // unless that debrief was recorded since (then the application's page, where it is).
    const stored = withDb((db) => db.get('reminders', card.reminderId)).catch(() => undefined);
    const debrief = card.debrief === true;
    await openClosingCard(cardPorts, async () => cardApplicationOf(await stored, debrief), undefined, debrief);
    await browser.notifications.clear(notificationId);
    const reminder = await stored;
    if (card.debrief && reminder && !isPending(reminder)) await openDashboard(ports, reminder.applicationId);
    return;
  }
  if (notificationId === GROUP_NOTIFICATION) {
    await browser.notifications.clear(notificationId);
    await browser.tabs.create({ url: browser.runtime.getURL('popup.html?view=due') });
    return;
  }
  const shown = reminderOfNotification(notificationId);
  if (!shown) return;
  const found = await withDb(async (db) => {
    const reminder = await db.get('reminders', shown.reminderId);
    const app = reminder && (await db.get('applications', reminder.applicationId));
    return reminder && app ? { reminder, app } : undefined;
  });
  const target = found && clickTarget(found.reminder, shown.buttons);
  if (target?.open === 'debrief-card') {
    // The card is opened before the notification is cleared, while the click may still count as the user's action.
    await openClosingCard(cardPorts, async () => target.applicationId, undefined, true);
  }
  await browser.notifications.clear(notificationId);
  if (!found || !target) return;
  if (target.open === 'posting') await openPosting(ports, found.app);
  else if (target.open === 'dashboard') await openDashboard(ports, target.applicationId, target.view);
}

/** Done completes the reminder and opens the outcome form, to record what the call gave; Snooze: tomorrow. */
async function onNotificationButton(notificationId: string, buttonIndex: number): Promise<void> {
  const shown = reminderOfNotification(notificationId);
  if (!shown) return;
  if (buttonIndex === 0) {
    const reminder = await withDb((db) => makeHandlers(ports, db).completeReminder({ reminderId: shown.reminderId }));
    await openDashboard(ports, reminder.applicationId, 'outcome');
  } else {
    await withDb((db) => makeHandlers(ports, db).snoozeReminder({ reminderId: shown.reminderId }));
  }
}

browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id).catch(console.error));
// Firefox shows no notification buttons (notifications.ts falls back to none; its onButtonClicked never
// fires): there a click on the notification opens the dashboard.
browser.notifications.onButtonClicked?.addListener((id, index) => void onNotificationButton(id, index).catch(console.error));

// The closing card's shortcut (Chrome; Firefox opens its sidebar with `_execute_sidebar_action` itself).
browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'open-closing-card') void openClosingCard(cardPorts, async () => null, tab?.windowId).catch(console.error);
});

const badgeCache = new BadgeCache();
onWrite(() => badgeCache.clear());

/**
 * The dashboard's list is made again a moment after the writes stop (storage/list-cache.ts), so that
 * the next opening reads it whole, and after an update (its migrations drop it). Only the timer lives
 * here: a worker stopped before it fires leaves the list to be brought up to date by its reader with
 * the applications written since, or, when that cannot be, made again at the worker's next start
 * (below), or read whole by the dashboard and asked for (refreshList) if it opens first.
 */
let listRefresh: ReturnType<typeof setTimeout> | undefined;
function scheduleListRefresh(): void {
  clearTimeout(listRefresh);
  listRefresh = setTimeout(
    () => void withDb(refreshList).catch((e) => console.error('Relance: the list was not made again', e)),
    LIST_REFRESH_DELAY_MS,
  );
}
onWrite(scheduleListRefresh);

/** Tab addresses as tab events gave them: a tab's activation then needs no tabs.get first. */
const tabUrls = new TabUrls();
browser.tabs.onRemoved.addListener((tabId) => tabUrls.forget(tabId));

/** A tab's badge, through the cache: the database is opened only if the cache lacks what it needs, and closed after. */
async function paintTab(tabId: number, url: Promise<string | undefined> | string | undefined): Promise<void> {
  let opening: Promise<Db> | null = null;
  try {
    const [known] = await Promise.all([url, strings.ready()]);
    await refreshTabCached(ports, badgeCache, () => (opening ??= openRelanceDb()), Date.now(), tabId, known);
  } finally {
    if (opening) (await (opening as Promise<Db>).catch(() => null))?.close();
  }
}

browser.tabs.onActivated.addListener(({ tabId }) => {
  void paintTab(
    tabId,
    tabUrls.of(tabId, (id) => browser.tabs.get(id).then((t) => t.url)),
  ).catch(() => {});
});
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  tabUrls.heard(tabId, tab.url);
  if (change.url === undefined && change.status !== 'complete') return;
  void paintTab(tabId, tab.url).catch(() => {});
});

// Every worker start, not only install and browser start: an alarm may have been lost meanwhile. A
// moment after the start: the event that woke the worker is answered first (the sync reads every
// pending reminder and talks to the alarms API; a message should not wait behind it). Then the
// dashboard's list is made again if no reader can use it: a worker stopped within a second of an
// update or of a wide write (an import) never ran its timer, and the list would wait for the next
// opening of the dashboard, which would read every application.
setTimeout(
  () =>
    void sync('worker start')
      .then(() => withDb(makeListIfUnusable))
      .catch((e) => console.error('Relance: the list was not made again', e)),
  START_SYNC_DELAY_MS,
);

/**
 * Test builds only: a reply held back after its write committed, while an end-to-end test's
 * `relanceTest.holdReply(message)` promise is pending (the popup must not say "Saved" before it).
 */
async function heldForTest(message: unknown): Promise<void> {
  await (globalThis as { relanceTest?: { holdReply?: (m: unknown) => Promise<void> | undefined } }).relanceTest?.holdReply?.(message);
}

if (__TEST__) {
  // Test builds only: lets end-to-end tests press notification buttons, which automation cannot click.
  Object.assign(globalThis, {
    relanceTest: {
      onNotificationClicked,
      onNotificationButton,
      /** From now on the browser's catalog answers nothing, as in a process where Chromium's load of it failed. */
      loseBrowserCatalog: () => {
        strings = steadyI18n({ getMessage: () => '', getUILanguage: () => browser.i18n.getUILanguage() }, packagedJson(browser.runtime));
      },
      /** A message as the worker's words give it now. */
      words: async (name: string, subs?: string[]) => {
        await strings.ready();
        return strings.getMessage(name, subs);
      },
    },
  });
}
