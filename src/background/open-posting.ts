import { normalizedUrls } from '../core/job-key';
import type { Application } from '../core/types';
import type { Ports } from './ports';

/** Focuses a tab already showing the posting, or opens it: the reminder's "one click to the posting". */
export async function openPosting({ tabs, windows }: Pick<Ports, 'tabs' | 'windows'>, app: Application): Promise<void> {
  const known = new Set(app.urls);
  const open = await tabs.query({});
  const tab = open.find((t) => t.url && normalizedUrls(t.url).some((u) => known.has(u)));
  if (tab?.id !== undefined) {
    await tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined) await windows.update(tab.windowId, { focused: true });
  } else {
    await tabs.create({ url: app.posting.url });
  }
}
