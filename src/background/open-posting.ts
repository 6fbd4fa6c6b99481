import type Browser from 'webextension-polyfill';
import { normalizedUrls } from '../core/job-key';
import type { Application } from '../core/types';

type Ext = typeof Browser;

/** Focuses a tab already showing the posting, or opens it: the reminder's "one click to the posting". */
export async function openPosting(ext: Ext, app: Application): Promise<void> {
  const known = new Set(app.urls);
  const tabs = await ext.tabs.query({});
  const tab = tabs.find((t) => t.url && normalizedUrls(t.url).some((u) => known.has(u)));
  if (tab?.id !== undefined) {
    await ext.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined) await ext.windows.update(tab.windowId, { focused: true });
  } else {
    await ext.tabs.create({ url: app.posting.url });
  }
}
