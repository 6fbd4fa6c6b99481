import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { MessageSource } from '../../src/core/i18n';
import { steadyI18n } from '../../src/messages/catalog';

const packaged = (path: string): Promise<unknown> => {
  try {
    return Promise.resolve(JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')));
  } catch {
    return Promise.reject(new TypeError('Failed to fetch'));
  }
};

/** The browser's i18n in a process where Chromium's load of the catalog failed: every message is ''. */
const emptied = (ui: string): MessageSource => ({ getMessage: () => '', getUILanguage: () => ui });

describe('steadyI18n', () => {
  it('answers with the browser while the browser answers, and reads no file', async () => {
    const readFile = vi.fn(packaged);
    const browser: MessageSource = { getMessage: (k, s) => `${k}:${s ?? ''}`, getUILanguage: () => 'en-US' };
    const strings = steadyI18n(browser, readFile);
    await strings.ready();
    expect(strings.getMessage('badgeDays', '5')).toBe('badgeDays:5');
    expect(strings.getUILanguage()).toBe('en-US');
    expect(readFile).not.toHaveBeenCalled();
  });

  it('reads the packaged catalog of the UI language when the browser answers nothing', async () => {
    const readFile = vi.fn(packaged);
    const strings = steadyI18n(emptied('fr-FR'), readFile);
    expect(strings.getMessage('badgeDays', '5')).toBe('');
    await strings.ready();
    expect(readFile.mock.calls.map(([p]) => p)).toEqual(['_locales/fr_FR/messages.json', '_locales/fr/messages.json']);
    expect(strings.getMessage('badgeDays', '5')).toBe('5j');
    expect(strings.getMessage('catalogLocale')).toBe('fr');
    expect(strings.getMessage('badgeTitleCount_other', '3')).toMatch(/^Relance.*3/);
  });

  it('falls back to the default catalog for a language the extension does not have', async () => {
    const strings = steadyI18n(emptied('de-DE'), packaged);
    await strings.ready();
    expect(strings.getMessage('badgeDays', '2')).toBe('2d');
  });

  it('reads the files once, however many ask', async () => {
    const readFile = vi.fn(packaged);
    const strings = steadyI18n(emptied('en'), readFile);
    await Promise.all([strings.ready(), strings.ready()]);
    await strings.ready();
    expect(readFile).toHaveBeenCalledTimes(1);
  });

  it('is ready, and answers nothing, when no catalog can be read', async () => {
    const strings = steadyI18n(emptied('en'), () => Promise.reject(new Error('gone')));
    await expect(strings.ready()).resolves.toBeUndefined();
    expect(strings.getMessage('badgeDays', '2')).toBe('');
  });

  it('skips a file that is not a catalog', async () => {
    const strings = steadyI18n(emptied('fr'), async (path) => (path.includes('/fr/') ? { nope: 1 } : packaged(path)));
    await strings.ready();
    expect(strings.getMessage('catalogLocale')).toBe('en');
  });
});
