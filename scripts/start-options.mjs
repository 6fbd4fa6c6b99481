// The decisions of `npm start` (scripts/start.mjs) that need no browser: its options, which browser
// to run and with which language, the extension's id. Tested in test/scripts/start-options.test.ts.
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';

/** Where Chromium (then Chrome) usually is, in that order, when CHROME_PATH is not set. */
export const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  '/usr/bin/google-chrome-canary',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const USAGE = 'usage: npm start [-- --lang=<language>]   e.g. npm start -- --lang=fr';

/**
 * What `npm start -- <argv>` should run, or why it cannot. CHROME_PATH, when set, is the only browser
 * tried: one that points nowhere is an error, not a reason to run some other browser.
 * `isFile` tells whether a path is an existing file (injected, so tests need no file system).
 */
export function startOptions(argv, env, isFile, candidates = CANDIDATES) {
  let lang = null;
  for (const arg of argv) {
    const m = /^--lang=(.*)$/.exec(arg);
    if (m && /^[a-z]{2,3}(?:[-_][A-Za-z]{2})?$/.test(m[1])) lang = m[1].replace('_', '-');
    else return { ok: false, code: 2, message: `start: unknown option ${arg}\n${USAGE}` };
  }

  let chrome;
  if (env.CHROME_PATH) {
    if (!isFile(env.CHROME_PATH)) {
      return {
        ok: false,
        code: 1,
        message:
          `start: CHROME_PATH is set to "${env.CHROME_PATH}", but there is no file there.\n` +
          'Point it to a Chromium binary (e.g. /usr/bin/chromium), or unset it to use the usual install paths.',
      };
    }
    chrome = env.CHROME_PATH;
  } else {
    chrome = candidates.find(isFile);
    if (!chrome) {
      return {
        ok: false,
        code: 1,
        message: 'start: no Chromium or Chrome found. Install Chromium (Debian: apt-get install chromium) or set CHROME_PATH.',
      };
    }
  }

  return { ok: true, chrome, lang, args: lang ? [`--lang=${lang}`] : [], env: lang ? languageEnv(env, lang) : { ...env } };
}

/**
 * The environment for a browser in `lang`. Chromium on Linux takes its UI language from LANGUAGE /
 * LANG rather than from --lang (which Windows and macOS read); LC_ALL and LC_MESSAGES would override
 * LANG, so they go. The extension's catalog follows the browser's UI language.
 */
export function languageEnv(env, lang) {
  const [ll, region] = lang.split('-');
  const { LC_ALL: _all, LC_MESSAGES: _messages, ...rest } = env;
  const country = region ? region.toUpperCase() : ll === 'en' ? 'US' : ll.toUpperCase();
  return { ...rest, LANGUAGE: ll, LANG: `${ll}_${country}.UTF-8` };
}

/**
 * Debian's Chromium ships its UI translations apart (the chromium-l10n package): without them a
 * French start shows an English browser. A note when the locale file is missing next to the binary
 * or in Debian's place; nothing for other browsers, whose layout differs.
 */
export function missingLocaleNote(lang, chrome, isFile) {
  if (!lang || lang.startsWith('en') || !/chromium/i.test(chrome)) return null;
  const dirs = [join(dirname(chrome), 'locales'), '/usr/lib/chromium/locales'];
  const ll = lang.split('-')[0];
  if (dirs.some((d) => isFile(join(d, `${lang}.pak`)) || isFile(join(d, `${ll}.pak`)))) return null;
  return `start: Chromium has no "${lang}" translation here; on Debian install it with \`apt-get install chromium-l10n\`.`;
}

/** The id Chromium gives an extension loaded unpacked from `dir` (an absolute path): SHA-256 of the path, 0-f mapped to a-p. */
export function unpackedExtensionId(dir) {
  return [...createHash('sha256').update(dir).digest('hex').slice(0, 32)]
    .map((c) => String.fromCharCode(97 + Number.parseInt(c, 16)))
    .join('');
}
