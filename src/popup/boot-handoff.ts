/** What boot.ts starts as the popup's first statements, taken over by main.tsx. */
export interface Boot {
  /** The database as it is; main.tsx uses it when it is at the current version. */
  db: Promise<IDBDatabase | null>;
  /** The active tab query of the toolbar popup; null in the `?app=` and `?view=due` pages. */
  tab: Promise<{ id?: number; url?: string }[]> | null;
  /**
   * The extractor injected into that tab (read-page.ts), unless the worker named a tracked posting in
   * the popup's address (then the page is not read): the injection's results; null when not started.
   */
  page: Promise<{ result?: unknown }[]> | null;
}

/**
 * Which popup page this is, from its address: `?app=<id>`, one application in a tab (a direct link);
 * `?view=due`, the due list opened in a tab from a grouped notification; else the toolbar popup, about
 * the active tab (the only one that reads a tab).
 */
export function popupView(params: URLSearchParams): 'page' | 'due' | 'app' {
  return params.get('app') !== null ? 'app' : params.get('view') === 'due' ? 'due' : 'page';
}
