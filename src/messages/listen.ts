import browser from 'webextension-polyfill';

/**
 * Registers the router as the runtime message listener (the worker's only one). Through the polyfill:
 * the router answers with a promise, which Chrome's own onMessage does not accept.
 */
export function listen(route: (message: unknown, sender: browser.Runtime.MessageSender) => Promise<unknown>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => route(message, sender));
}
