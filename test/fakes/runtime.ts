import type { RuntimePort } from '../../src/background/ports';

/** The extension's pages and files, at a fixed extension id. */
export const fakeRuntime: RuntimePort = {
  getURL: (path) => `chrome-extension://x/${path}`,
};
