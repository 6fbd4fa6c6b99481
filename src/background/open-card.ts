import type { CardAsk } from '../messages/closing-card';
import type { CardWindowsPort, RuntimePort, SidePanelPort } from './ports';

/** `chrome.windows.WINDOW_ID_CURRENT`: the window a call is made for, read without awaiting anything. */
const WINDOW_ID_CURRENT = -2;

export interface CardPorts {
  /** Chrome's side panel; absent in Firefox, whose sidebar opens only from the user's own action. */
  sidePanel?: SidePanelPort;
  windows: CardWindowsPort;
  runtime: RuntimePort;
  /** Tells the open side panel which card to show (messages/closing-card.ts askPanel); says whether it answered. */
  askPanel: (ask: CardAsk) => Promise<boolean>;
}

/**
 * Opens the closing card beside the interview: Chrome's side panel of `windowId` (else of the last
 * focused window), which shows the active tab's application or today's nearest interview. Where the
 * side panel is refused (no user action counted, or Firefox, where a notification click does not open
 * the sidebar), the card of `applicationId` in a small window of its own, which the user places beside
 * the call. With `debrief` (the interview is over: "how did it go?"), the card of `applicationId`
 * starts on its debrief form, pre-filled: the window says so in its address (`&debrief=1`), the side
 * panel, just opened or already open, is told; no window when `applicationId` gives none for a
 * debrief. Says which it opened.
 */
export async function openClosingCard(
  { sidePanel, windows, runtime, askPanel }: CardPorts,
  applicationId: () => Promise<string | null>,
  windowId?: number,
  debrief = false,
): Promise<'panel' | 'window' | null> {
  if (sidePanel) {
    let opened = false;
    try {
      // Called before anything is awaited: the click counts as the user's action only while its event
      // is being dispatched. Without a window id, the current (last focused) window.
      await sidePanel.open({ windowId: windowId ?? WINDOW_ID_CURRENT });
      opened = true;
    } catch {
      // "may only be called in response to a user gesture": the window below instead.
    }
    if (opened) {
      const app = debrief ? await applicationId() : null;
      if (app) await askPanel({ applicationId: app, debrief: true });
      return 'panel';
    }
  }
  const app = await applicationId();
  // A debrief that no application needs any more (recorded since): no window.
  if (debrief && !app) return null;
  const query = app ? `?app=${encodeURIComponent(app)}${debrief ? '&debrief=1' : ''}` : '';
  await windows.create({ type: 'popup', url: runtime.getURL(`panel.html${query}`), width: 420, height: 760 });
  return 'window';
}
