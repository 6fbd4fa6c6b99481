/**
 * The welcome page's entry: the only welcome file that touches `browser.*`. It reads the popup's
 * keyboard shortcut as the browser has it and renders the page, which never sees the browser.
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { pageStrings } from '../messages/catalog';
import { setStrings, t } from '../ui/i18n';
import { Welcome } from './app';
import { shortcutState } from './shortcut';

// Its words first: browser.i18n, or the packaged catalog when the browser's answers nothing.
setStrings(await pageStrings(browser));
document.title = t('welcomeTitle');

// A browser without the commands API (or one that refuses the call) gets the suggested shortcut.
const commands = await browser.commands.getAll().catch(() => null);
render(<Welcome shortcut={shortcutState(commands ?? null)} />, document.getElementById('app')!);
performance.mark('relance-welcome-ready');
