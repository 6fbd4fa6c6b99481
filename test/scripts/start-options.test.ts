// `npm start`'s decisions, without a browser: options, which browser, which language, the extension id.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { languageEnv, missingLocaleNote, startOptions, unpackedExtensionId } from '../../scripts/start-options.mjs';

const files =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/google-chrome'];

describe('startOptions', () => {
  it('with no option: the first browser found, the environment as it is', () => {
    const env = { HOME: '/home/me', LANG: 'en_GB.UTF-8' };
    expect(startOptions([], env, files('/usr/bin/google-chrome', '/usr/bin/chromium'), CANDIDATES)).toEqual({
      ok: true,
      chrome: '/usr/bin/chromium',
      lang: null,
      args: [],
      env,
    });
  });

  it('--lang=fr passes --lang and a French environment', () => {
    const options = startOptions(
      ['--lang=fr'],
      { LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', PATH: '/bin' },
      files('/usr/bin/chromium'),
      CANDIDATES,
    );
    expect(options).toMatchObject({ ok: true, lang: 'fr', args: ['--lang=fr'] });
    if (!options.ok) throw new Error('unreachable');
    expect(options.env).toEqual({ PATH: '/bin', LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' });
  });

  it.each([['--lang'], ['--lang='], ['--lang=français'], ['--verbose'], ['fr']])('refuses %s, with the usage', (arg) => {
    expect(startOptions([arg], {}, files('/usr/bin/chromium'), CANDIDATES)).toMatchObject({
      ok: false,
      code: 2,
      message: expect.stringMatching(/usage: npm start/),
    });
  });

  it('CHROME_PATH that exists is the browser, even when another is installed', () => {
    const options = startOptions(
      [],
      { CHROME_PATH: '/opt/chromium/chrome' },
      files('/opt/chromium/chrome', '/usr/bin/chromium'),
      CANDIDATES,
    );
    expect(options).toMatchObject({ ok: true, chrome: '/opt/chromium/chrome' });
  });

  it('CHROME_PATH that points nowhere is an error naming it, never another browser', () => {
    const options = startOptions([], { CHROME_PATH: '/opt/nothing/chrome' }, files('/usr/bin/chromium'), CANDIDATES);
    expect(options).toMatchObject({ ok: false, code: 1 });
    if (options.ok) throw new Error('unreachable');
    expect(options.message).toContain('CHROME_PATH is set to "/opt/nothing/chrome"');
    expect(options.message).toMatch(/unset it/);
  });

  it('an empty CHROME_PATH counts as unset', () => {
    expect(startOptions([], { CHROME_PATH: '' }, files('/usr/bin/chromium'), CANDIDATES)).toMatchObject({
      ok: true,
      chrome: '/usr/bin/chromium',
    });
  });

  it('no browser at all: an error that says what to install', () => {
    expect(startOptions([], {}, files(), CANDIDATES)).toMatchObject({
      ok: false,
      code: 1,
      message: expect.stringMatching(/apt-get install chromium/),
    });
  });
});

describe('languageEnv', () => {
  it.each<[string, string, string]>([
    ['fr', 'fr', 'fr_FR.UTF-8'],
    ['fr-CA', 'fr', 'fr_CA.UTF-8'],
    ['en', 'en', 'en_US.UTF-8'],
  ])('%s → LANGUAGE=%s LANG=%s', (lang, language, LANG) => {
    expect(languageEnv({ LC_MESSAGES: 'C' }, lang)).toEqual({ LANGUAGE: language, LANG });
  });
});

describe('missingLocaleNote', () => {
  it('points to chromium-l10n when Debian Chromium has no French translation', () => {
    expect(missingLocaleNote('fr', '/usr/bin/chromium', files('/usr/lib/chromium/locales/en-US.pak'))).toMatch(/chromium-l10n/);
    expect(missingLocaleNote('fr', '/usr/bin/chromium', files('/usr/lib/chromium/locales/fr.pak'))).toBeNull();
  });

  it('says nothing for English, no language, or another browser', () => {
    expect(missingLocaleNote('en', '/usr/bin/chromium', files())).toBeNull();
    expect(missingLocaleNote(null, '/usr/bin/chromium', files())).toBeNull();
    expect(missingLocaleNote('fr', '/usr/bin/google-chrome', files())).toBeNull();
  });
});

describe('unpackedExtensionId', () => {
  it('is the path hashed with SHA-256, its first 32 hex digits written a-p', () => {
    const id = unpackedExtensionId('/work/relance/dist/chrome');
    expect(id).toMatch(/^[a-p]{32}$/);
    const hex = createHash('sha256').update('/work/relance/dist/chrome').digest('hex');
    expect(id[0]).toBe(String.fromCharCode(97 + Number.parseInt(hex[0]!, 16)));
  });
});
