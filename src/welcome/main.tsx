/**
 * The welcome page's entry: the only welcome file that touches `browser.*`. It reads the popup's
 * keyboard shortcut as the browser has it and renders the page, which never sees the browser.
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { messageLocale } from '../core/i18n';
import { setLocale, setTranslator, t, uiLocale } from '../ui/i18n';
import { Welcome } from './app';
import { shortcutState } from './shortcut';

setTranslator((key, subs) => browser.i18n.getMessage(key, subs));
setLocale(messageLocale(browser.i18n));
document.documentElement.lang = uiLocale();
document.title = t('welcomeTitle');

// A browser without the commands API (or one that refuses the call) gets the suggested shortcut.
const commands = await browser.commands.getAll().catch(() => null);
render(<Welcome shortcut={shortcutState(commands ?? null)} />, document.getElementById('app')!);
performance.mark('relance-welcome-ready');
