/**
 * Each tab's address as the last tab event gave it, so that activating a tab paints its badge without
 * first asking the browser for the tab. Fed by tabs.onUpdated, which wakes the worker: a worker alive
 * hears every later change. A tab it has not heard of (a new worker, a tab opened before it started)
 * is asked for, once. Never the only copy: the browser has the tabs, this only saves a round trip.
 */
export class TabUrls {
  #urls = new Map<number, string | undefined>();

  /** A tab event carried the tab: its address now. */
  heard(tabId: number, url: string | undefined): void {
    this.#urls.set(tabId, url);
  }

  /** The tab closed. */
  forget(tabId: number): void {
    this.#urls.delete(tabId);
  }

  /** The tab's address: as last heard, else from `ask` (kept for the next time). */
  of(tabId: number, ask: (tabId: number) => Promise<string | undefined>): string | undefined | Promise<string | undefined> {
    if (this.#urls.has(tabId)) return this.#urls.get(tabId);
    return ask(tabId).then((url) => {
      // A tab event heard meanwhile is newer than this answer.
      if (!this.#urls.has(tabId)) this.#urls.set(tabId, url);
      return url;
    });
  }
}
