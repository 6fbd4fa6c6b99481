// Builds the production extension (node build.mjs → dist/chrome) and a benchmark copy of it in a temp
// folder. The copy differs from the release build only by:
// - bench-blank.html: popup.html without its scripts and module preloads (the same markup and styles), the floor;
// - bench-scripted.html + bench-empty.js: the floor with one empty async script, what any scripted popup starts from;
// - bench-reader.html + bench-reader.js (bench/reader.ts): the floor with one async script that shows the
//   named application's title or the tab's posting, the least a popup that shows either does;
// - bench.html + bench.js (bench/page.ts): the page that writes the generated data and times reads;
// - content.js and background.js rebuilt with __BENCH__ = true: performance.measure() around the
//   content script's work and a mark at its first statement, a mark when the worker has painted a
//   badge (all compiled out of the release build);
// - host_permissions ["https://www.linkedin.com/*"]: on a click, activeTab lets the popup inject the
//   extractor into the job page; automation cannot grant activeTab, this grants the same access.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RELEASE = join(root, 'dist', 'chrome');

/** The options build.mjs uses for a production bundle. */
const common = {
  bundle: true,
  target: ['chrome120', 'firefox128'],
  minify: true,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
};

const BENCH_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>bench</title></head>
<body><script src="bench.js" type="module"></script></body></html>
`;

export async function prepare() {
  execFileSync(process.execPath, [join(root, 'build.mjs')], { cwd: root, stdio: 'inherit' });
  const dir = await mkdtemp(join(tmpdir(), 'relance-bench-ext-'));
  await cp(RELEASE, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['https://www.linkedin.com/*'];
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const popup = await readFile(join(dir, 'popup.html'), 'utf8');
  // Without its scripts, and without what only they use (the module preloads): the page as the browser draws it alone.
  const blank = popup.replace(/\s*<script\b[^>]*><\/script>/g, '').replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  if (blank === popup || /<script|modulepreload/.test(blank))
    throw new Error('bench: popup.html does not have the one script the blank popup leaves out');
  await writeFile(join(dir, 'bench-blank.html'), blank);
  // The same with one empty async script where the popup's boot script is: what any popup that runs a
  // script starts from (the script's fetch and its run hold back the load event, which the popup's showing waits for).
  const scripted = blank.replace('<meta name="viewport"', '<script async src="bench-empty.js"></script>\n    <meta name="viewport"');
  if (scripted === blank) throw new Error('bench: popup.html has no viewport meta to put the empty script before');
  await writeFile(join(dir, 'bench-scripted.html'), scripted);
  await writeFile(join(dir, 'bench-empty.js'), '');
  // The same with a script that reads the application and shows its title, in place of the empty one.
  await writeFile(join(dir, 'bench-reader.html'), scripted.replace('bench-empty.js', 'bench-reader.js'));
  await writeFile(join(dir, 'bench.html'), BENCH_PAGE);
  const define = { __TEST__: 'false', 'process.env.NODE_ENV': '"production"' };
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [join(root, 'bench', 'page.ts')],
      outfile: join(dir, 'bench.js'),
      format: 'esm',
      define: { ...define, __BENCH__: 'true' },
    }),
    esbuild.build({
      ...common,
      entryPoints: [join(root, 'bench', 'reader.ts')],
      outfile: join(dir, 'bench-reader.js'),
      format: 'iife',
      define,
    }),
    esbuild.build({
      ...common,
      entryPoints: [join(root, 'src', 'content', 'index.ts')],
      outfile: join(dir, 'content.js'),
      format: 'iife',
      define: { ...define, __BENCH__: 'true' },
      banner: { js: "performance.mark('relance-content-start');" },
    }),
    esbuild.build({
      ...common,
      entryPoints: [join(root, 'src', 'background', 'index.ts')],
      outfile: join(dir, 'background.js'),
      format: 'esm',
      define: { ...define, __BENCH__: 'true' },
    }),
  ]);
  return dir;
}
