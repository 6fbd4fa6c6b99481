/**
 * The popup's first file: a small classic script, run while popup.html is parsed, before the popup's
 * module script is even fetched. It asks for the active tab and opens the database, so that both are
 * under way while that script loads; main.tsx takes them over (or does without, when this did not run).
 * On a tab the worker did not name a tracked posting for (most likely a posting to record), it also
 * has the page read at once: the extractor runs in the tab while the popup loads. Nothing else happens
 * here: no rendering, no writes, no upgrade (an older or missing database is left to main.tsx, which
 * carries the migrations).
 */
import { ext } from '../messages/ext';
import { openAsIs } from '../storage/open-as-is';
import { handOff } from '../ui/boot';
import { type Boot, popupView } from './boot-handoff';
import { EXTRACT } from './read-page';

const params = new URLSearchParams(location.search);
const tab = popupView(params) === 'page' ? ext.tabs.query({ active: true, currentWindow: true }) : null;
const boot: Boot = {
  db: openAsIs().catch(() => null),
  tab,
  // A tab the extension may not script (no address, not a web page) refuses it: main.tsx then looks.
  page:
    tab && !params.get('posting') ? tab.then(([t]) => ext.scripting.executeScript({ target: { tabId: t!.id! }, files: [EXTRACT] })) : null,
};
// main.tsx asks again when these failed (or does without the page when it is tracked).
boot.tab?.catch(() => {});
boot.page?.catch(() => {});
handOff(boot);
