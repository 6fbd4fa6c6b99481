import type { ActionPort } from '../../src/background/ports';

interface Target {
  tabId?: number;
}

/** The toolbar button: records each badge text and tooltip set, with its tab (none: the global badge). */
export class FakeAction implements ActionPort {
  readonly badges: { text: string | null; tabId?: number }[] = [];
  readonly titles: { title: string | null; tabId?: number }[] = [];
  /** Each tab's popup page as last set (core/tab-popup.ts). */
  readonly popups = new Map<number, string | null>();

  async setBadgeText({ text, tabId }: Target & { text: string | null }) {
    this.badges.push({ text, tabId });
  }

  async setBadgeBackgroundColor(_details: Target) {}

  async setTitle({ title, tabId }: Target & { title: string | null }) {
    this.titles.push({ title, tabId });
  }

  async setBadgeTextColor(_details: Target) {}

  async setPopup({ popup, tabId }: Target & { popup: string | null }) {
    if (tabId !== undefined) this.popups.set(tabId, popup);
  }
}
