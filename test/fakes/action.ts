import type { ActionPort } from '../../src/background/ports';

interface Target {
  tabId?: number;
}

/** The toolbar button: records each badge text set, with its tab (none: the global badge). */
export class FakeAction implements ActionPort {
  readonly badges: { text: string | null; tabId?: number }[] = [];

  async setBadgeText({ text, tabId }: Target & { text: string | null }) {
    this.badges.push({ text, tabId });
  }

  async setBadgeBackgroundColor(_details: Target) {}

  async setTitle(_details: Target) {}

  async setBadgeTextColor(_details: Target) {}
}
