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
  return ext.windows.getCurrent().then((w) => (w.id === undefined ? undefined : panel.open({ windowId: w.id })));
}
