import { APPLICATIONS_CHANGED } from './protocol';

/** The two tab calls the notice needs; the worker passes `browser.tabs`, tests a fake. */
interface JobSiteTabs {
  query(queryInfo: { url: string[] }): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/**
 * Tells the content scripts on the job sites that applications changed, so their chips update
 * without a reload. Tabs without the content script refuse the message; that is expected.
 */
export async function notifyJobSiteTabs(tabs: JobSiteTabs, matches: readonly string[]): Promise<void> {
  const open = await tabs.query({ url: [...matches] });
  await Promise.all(
    open.map((tab) => (tab.id === undefined ? null : tabs.sendMessage(tab.id, { type: APPLICATIONS_CHANGED }).catch(() => null))),
  );
}
