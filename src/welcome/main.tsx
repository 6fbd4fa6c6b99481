/**
 * The welcome page's entry: the only welcome file that touches `browser.*`. It reads the popup's
 * keyboard shortcut as the browser has it and renders the page, which never sees the browser.
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { setLocale, setTranslator, t } from '../ui/i18n';
import { Welcome } from './app';
import { shortcutState } from './shortcut';

setTranslator((key, subs) => browser.i18n.getMessage(key, subs));
setLocale(browser.i18n.getUILanguage());
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('welcomeTitle');

// A browser without the commands API (or one that refuses the call) gets the suggested shortcut.
const commands = await browser.commands.getAll().catch(() => null);
render(<Welcome shortcut={shortcutState(commands ?? null)} />, document.getElementById('app')!);
performance.mark('relance-welcome-ready');
