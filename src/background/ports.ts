/**
 * The parts of the browser the worker's modules use, one port per API namespace. Each module takes
 * only the ports it needs; the entry (`index.ts`) passes the real namespaces, which satisfy these
 * types structurally, and tests pass small fakes. Where the polyfill declares several overloads,
 * the port keeps the one the worker calls, so a fake implements one signature.
 */
import type Browser from 'webextension-polyfill';

/** One-shot alarms: one per pending reminder, and the day change. */
export interface AlarmsPort {
  getAll: Browser.Alarms.Static['getAll'];
  create(name: string, alarmInfo: Browser.Alarms.CreateAlarmInfoType): Promise<void>;
  clear(name: string): Promise<boolean>;
}

/** Reminder notifications: shown when a reminder comes due, cleared when it stops. */
export interface NotificationsPort {
  create(notificationId: string, options: Browser.Notifications.CreateNotificationOptions): Promise<string>;
  clear: Browser.Notifications.Static['clear'];
}

/**
 * The toolbar button's badge, title and, per tab, popup page (core/tab-popup.ts). Older browsers have
 * no `setBadgeTextColor`.
 */
export type ActionPort = Pick<Browser.Action.Static, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle' | 'setPopup'> &
  Partial<Pick<Browser.Action.Static, 'setBadgeTextColor'>>;

/** Tabs: the ones to paint, the posting to focus or open, the dashboard to open, the content scripts to tell. */
export interface TabsPort extends Pick<Browser.Tabs.Static, 'query' | 'create'> {
  update(tabId: number, updateProperties: Browser.Tabs.UpdateUpdatePropertiesType): Promise<Browser.Tabs.Tab>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** Windows: the posting's window is brought to the front. */
export type WindowsPort = Pick<Browser.Windows.Static, 'update'>;

/**
 * Windows, for the closing card: the window whose side panel to open, and the small window that shows
 * the card where no side panel can be opened.
 */
export type CardWindowsPort = Pick<Browser.Windows.Static, 'create'>;

/**
 * Chrome's side panel. webextension-polyfill does not wrap it (Chrome only): the entry passes
 * `chrome.sidePanel`, undefined in Firefox. `open` needs a user action (a click, a shortcut, a click on a
 * notification), else it rejects.
 */
export interface SidePanelPort {
  open(options: { windowId: number }): Promise<void>;
}

/** The addresses of the extension's own pages and files. */
export type RuntimePort = Pick<Browser.Runtime.Static, 'getURL'>;

/** The strings of the user's language, for badges and notifications. */
export type I18nPort = Pick<Browser.I18n.Static, 'getMessage' | 'getUILanguage'>;

/** Every port the worker uses; a module asks for its subset with `Pick<Ports, …>`. */
export interface Ports {
  alarms: AlarmsPort;
  notifications: NotificationsPort;
  action: ActionPort;
  tabs: TabsPort;
  windows: WindowsPort;
  runtime: RuntimePort;
  i18n: I18nPort;
}
