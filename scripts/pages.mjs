// The extension's pages share one HTML shell (src/ui/page.html): base.css, the page's own stylesheet
// and its module script. Each page is its name; the build writes `<name>.html` from the shell.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The extension pages, each with src/<name>/main.tsx and src/<name>/<name>.css. */
export const PAGES = ['popup', 'dashboard', 'welcome', 'panel'];

/**
 * Pages whose styles are written into the HTML: the popup is shown only once its page has loaded, and
 * every file it fetches first delays that (README, Performance). The extension's policy restricts
 * scripts only (`script-src 'self'`), so a `<style>` element is allowed.
 */
export const INLINE_STYLES = new Set(['popup']);

/**
 * A page's classic script, run as the page is parsed, before its module script is even fetched: the
 * dashboard's opens the database and reads the list (src/dashboard/boot.ts). The popup has none: a
 * second script held back the load event its showing waits for; its module starts its reads first
 * thing instead (src/popup/boot.ts).
 */
export const BOOT_SCRIPTS = { dashboard: 'dashboard-boot.js' };

/** The HTML of one page: the shell with the page's styles, first-paint markup and script. */
export async function pageHtml(root, name) {
  const shell = await readFile(join(root, 'src/ui/page.html'), 'utf8');
  const sheets = ['src/ui/base.css', `src/${name}/${name}.css`];
  const styles = INLINE_STYLES.has(name)
    ? `<style>\n${(await Promise.all(sheets.map((f) => readFile(join(root, f), 'utf8')))).join('\n').trim()}\n    </style>`
    : `<link rel="stylesheet" href="base.css" />\n    <link rel="stylesheet" href="${name}.css" />`;
  // src/<name>/first-paint.html: static markup painted before the script runs (the script replaces it).
  const firstPaint = join(root, 'src', name, 'first-paint.html');
  const placeholder = existsSync(firstPaint) ? (await readFile(firstPaint, 'utf8')).trim() : '';
  // Replaced by functions: a `$` in the styles or the markup is text, not a replacement pattern.
  return shell
    .replaceAll('{{page}}', name)
    .replace('{{boot}}', () => (BOOT_SCRIPTS[name] ? `\n    <script async src="${BOOT_SCRIPTS[name]}"></script>` : ''))
    .replace('{{styles}}', () => styles)
    .replace('{{first-paint}}', () => placeholder);
}
