/**
 * The popup's first statements: main.tsx imports this module before any other, so it runs before the
 * rest of the popup's script (Preact, the App) is even evaluated. It asks for the active tab and opens
 * the database, so that both are under way while that code is evaluated; main.tsx takes them over. On
 * a tab the worker did not name a tracked posting for (most likely a posting to record), it also has
 * the page read at once: the extractor runs in the tab while the popup loads. Nothing else happens
 * here: no rendering, no writes, no upgrade (an older or missing database is left to main.tsx, which
 * carries the migrations).
 *
 * It was a classic script of its own (popup-boot.js), run as popup.html was parsed: its fetch and run
 * held back the page's load event, which the popup's showing waits for (README, Performance).
 */
import { ext } from '../messages/ext';
import { openAsIs } from '../storage/open-as-is';
import { type Boot, popupView } from './boot-handoff';
import { EXTRACT } from './read-page';

const params = new URLSearchParams(location.search);
const tab = popupView(params) === 'page' ? ext.tabs.query({ active: true, currentWindow: true }) : null;
export const boot: Boot = {
  db: openAsIs().catch(() => null),
  tab,
  // A tab the extension may not script (no address, not a web page) refuses it: main.tsx then looks.
  page:
    tab && !params.get('posting') ? tab.then(([t]) => ext.scripting.executeScript({ target: { tabId: t!.id! }, files: [EXTRACT] })) : null,
};
// main.tsx asks again when these failed (or does without the page when it is tracked).
boot.tab?.catch(() => {});
boot.page?.catch(() => {});
