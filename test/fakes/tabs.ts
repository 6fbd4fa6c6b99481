import type { TabsPort } from '../../src/background/ports';

type Tab = Awaited<ReturnType<TabsPort['create']>>;

/** A tab as the browser reports it, from the fields a test cares about. */
function tab(id: number, url: string, windowId?: number): Tab {
  return { id, url, windowId, index: id, highlighted: false, active: false, pinned: false, incognito: false };
}

/**
 * `tabs` over a fixed list of open tabs, recording what the worker opens, focuses and tells. Every
 * query answers with every tab: filtering by URL pattern is the browser's job, not the worker's.
 */
export class FakeTabs implements TabsPort {
  readonly created: string[] = [];
  readonly activated: number[] = [];
  readonly messages: { tabId: number; message: unknown }[] = [];
  private nextId = 1000;

  constructor(private readonly open: { id: number; url: string; windowId?: number }[] = []) {}

  async query(_queryInfo: object) {
    return this.open.map((t) => tab(t.id, t.url, t.windowId));
  }

  async create({ url = '' }: { url?: string }) {
    this.created.push(url);
    return tab(this.nextId++, url);
  }

  async update(tabId: number, { active }: { active?: boolean }) {
    if (active) this.activated.push(tabId);
    const found = this.open.find((t) => t.id === tabId);
    return tab(tabId, found?.url ?? '', found?.windowId);
  }

  async sendMessage(tabId: number, message: unknown) {
    this.messages.push({ tabId, message });
    return undefined;
  }
}
