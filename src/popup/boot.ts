/**
 * The popup's first file: a small classic script, run while popup.html is parsed, before the popup's
 * module script is even fetched. It asks for the active tab and opens the database, so that both are
 * under way while that script loads; main.tsx takes them over (or does without, when this did not run).
 * Nothing else happens here: no rendering, no writes, no upgrade (an older or missing database is left
 * to main.tsx, which carries the migrations).
 */
import { ext } from '../messages/ext';
import { openAsIs } from '../storage/open-as-is';
import { handOff } from '../ui/boot';
import { type Boot, popupView } from './boot-handoff';

const boot: Boot = {
  db: openAsIs().catch(() => null),
  tab: popupView(new URLSearchParams(location.search)) === 'page' ? ext.tabs.query({ active: true, currentWindow: true }) : null,
};
boot.tab?.catch(() => {}); // main.tsx reads it again when this failed
handOff(boot);
