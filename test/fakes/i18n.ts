import type { I18nPort } from '../../src/background/ports';

/** English, with each message shown as its key followed by its substitutions: "notifyGroupTitle 3". */
export const fakeI18n: I18nPort = {
  getMessage: (key, subs) => [key, ...([] as string[]).concat(subs ?? [])].join(' '),
  getUILanguage: () => 'en',
};
