import { ext } from './ext';

interface PanelGlobals {
  browser?: { sidebarAction?: { open(): Promise<void> } };
  chrome?: { sidePanel?: { open(options: { windowId: number }): Promise<void> } };
}

/**
 * Opens the closing card beside the page, from an extension page's click: Firefox's sidebar (its
 * `open` must run in the click's own task, so it is called first, synchronously) or Chrome's side
 * panel of this window, which stays when the popup closes. Neither API exists in the polyfill.
 */
export function openClosingCard(): Promise<void> {
  const g = globalThis as PanelGlobals;
  const sidebar = g.browser?.sidebarAction;
  if (sidebar) return sidebar.open();
  const panel = g.chrome?.sidePanel;
  if (!panel) return Promise.resolve();
  // `chrome.windows.WINDOW_ID_CURRENT` (-2), not an awaited window id: nothing awaited before the call
  // that needs the click's user action.
  return panel.open({ windowId: -2 });
}

/** The worker's word to an open closing card: show this application, on its debrief form when the interview is over. */
export interface CardAsk {
  applicationId: string;
  debrief: boolean;
}

const SHOW_CARD = 'relance:show-card';

/** The one runtime call the worker's side needs; the worker passes `browser.runtime`, tests a fake. */
interface MessageRuntime {
  sendMessage(message: unknown): Promise<unknown>;
}

/**
 * Tells the side panel just opened (or already open) which card to show. A panel that is still
 * loading has no listener yet: asked again every `everyMs` until one answers, `tries` times in all.
 * Says whether a panel answered.
 */
export async function askPanel(runtime: MessageRuntime, ask: CardAsk, tries = 20, everyMs = 150): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    const answer = await runtime.sendMessage({ type: SHOW_CARD, ...ask }).catch(() => null);
    if (answer === true) return true;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return false;
}

/** The ask as received: the worker's own (no tab), its shape checked, the id capped; null for anything else. */
export function cardAskOf(message: unknown, sender: { id?: string; tab?: unknown }, extensionId: string): CardAsk | null {
  if (sender.id !== extensionId || sender.tab !== undefined) return null;
  const m = message as { type?: unknown; applicationId?: unknown; debrief?: unknown } | null;
  if (m?.type !== SHOW_CARD || typeof m.applicationId !== 'string' || m.applicationId.length === 0 || m.applicationId.length > 200)
    return null;
  return { applicationId: m.applicationId, debrief: m.debrief === true };
}

/** The panel: calls back on each ask from the worker, and answers it, so the worker stops asking. */
export function onCardAsked(callback: (ask: CardAsk) => void): void {
  ext.runtime.onMessage.addListener(((
    message: unknown,
    sender: { id?: string; tab?: unknown },
    sendResponse: (answer: unknown) => void,
  ) => {
    const ask = cardAskOf(message, sender, ext.runtime.id);
    if (!ask) return undefined;
    callback(ask);
    sendResponse(true);
    return undefined;
  }) as Parameters<typeof ext.runtime.onMessage.addListener>[0]);
}
