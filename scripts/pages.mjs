// The extension's pages share one HTML shell (src/ui/page.html): base.css, the page's own stylesheet
// and its module script. Each page is its name; the build writes `<name>.html` from the shell.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The extension pages, each with src/<name>/main.tsx and src/<name>/<name>.css. */
export const PAGES = ['popup', 'dashboard', 'welcome', 'panel'];

/**
 * The HTML of one page: the shell with the page's stylesheet and script, and a modulepreload link for
 * each chunk its script imports statically (`preload`, paths in the page's folder): fetched at once
 * beside the script rather than once the script has been read.
 */
export async function pageHtml(root, name, preload = []) {
  const shell = await readFile(join(root, 'src/ui/page.html'), 'utf8');
  const links = preload.map((href) => `\n    <link rel="modulepreload" href="${href}" />`).join('');
  // src/<name>/first-paint.html: static markup painted before the script runs (the script replaces it).
  const firstPaint = join(root, 'src', name, 'first-paint.html');
  const placeholder = existsSync(firstPaint) ? (await readFile(firstPaint, 'utf8')).trim() : '';
  return shell.replaceAll('{{page}}', name).replace('\n    {{preload}}', links).replace('{{first-paint}}', placeholder);
}
