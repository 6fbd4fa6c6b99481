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
 * focused window), else, where the side panel is refused (no user action counted, or Firefox, where a
 * notification click does not open the sidebar), a small window of its own, which the user places
 * beside the call. The card is of the application `applicationId` gives (a reminder's): the window
 * says so in its address (`?app=`), the side panel, just opened or already open on another card, is
 * told, so that neither the active tab's posting nor the card shown before wins over the interview
 * the reminder is about. Given none (the shortcut), the panel shows the active tab's application or
 * today's nearest interview. With `debrief` (the interview is over: "how did it go?"), the card starts
 * on its debrief form, pre-filled (`&debrief=1`, or said to the panel); no window when `applicationId`
 * gives none for a debrief. Says which it opened.
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
      const app = await applicationId();
      if (app) await askPanel({ applicationId: app, debrief });
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
