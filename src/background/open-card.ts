import type { CardWindowsPort, RuntimePort, SidePanelPort } from './ports';

export interface CardPorts {
  /** Chrome's side panel; absent in Firefox, whose sidebar opens only from the user's own action. */
  sidePanel?: SidePanelPort;
  windows: CardWindowsPort;
  runtime: RuntimePort;
}

/**
 * Opens the closing card beside the interview: Chrome's side panel of `windowId` (else of the last
 * focused window), which shows the active tab's application or today's nearest interview. Where the
 * side panel is refused (no user action counted, or Firefox, where a notification click does not open
 * the sidebar), the card of `applicationId` in a small window of its own, which the user places beside
 * the call. Says which it opened.
 */
export async function openClosingCard(
  { sidePanel, windows, runtime }: CardPorts,
  applicationId: () => Promise<string | null>,
  windowId?: number,
): Promise<'panel' | 'window'> {
  if (sidePanel) {
    try {
      const id = windowId ?? (await windows.getLastFocused()).id;
      if (id !== undefined) {
        await sidePanel.open({ windowId: id });
        return 'panel';
      }
    } catch {
      // "may only be called in response to a user gesture": the window below instead.
    }
  }
  const app = await applicationId();
  const url = runtime.getURL(app ? `panel.html?app=${encodeURIComponent(app)}` : 'panel.html');
  await windows.create({ type: 'popup', url, width: 420, height: 760 });
  return 'window';
}
