import type Browser from 'webextension-polyfill';

/**
 * The extension API without webextension-polyfill (~3 KB gzipped, evaluated before anything else),
 * for the popup's first script and the content script: Firefox's own `browser`, else Chrome's
 * `chrome`, whose Manifest V3 calls return promises when given no callback. Only calls that do so are
 * made through it (runtime.sendMessage, tabs.query, scripting.executeScript, i18n); the worker keeps
 * the polyfill, whose onMessage listeners may answer with a promise, which `chrome` does not accept.
 */
export const ext: typeof Browser =
  (globalThis as { browser?: typeof Browser }).browser ?? (globalThis as unknown as { chrome: typeof Browser }).chrome;
