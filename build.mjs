#!/usr/bin/env node
// Builds the unpacked extension for Chrome and Firefox. Usage: node build.mjs [--watch] [--test] [--dev]
//   (default)  production builds in dist/chrome and dist/firefox: minified bundles, release manifests
//   --test     test builds in dist-test/chrome and dist-test/firefox: adds the local fixture server's
//              host permission and the test hooks (never in the release build)
//   --dev      unminified with inline source maps
//   --watch    rebuild on change
import * as esbuild from 'esbuild';
import { watch as watchFiles } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildManifest } from './scripts/manifest.mjs';
import { buildOneFileSplit } from './scripts/one-file-split.mjs';
import { INLINE_STYLES, PAGES, pageHtml } from './scripts/pages.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const KNOWN = new Set(['--watch', '--test', '--dev']);
const args = process.argv.slice(2);
const unknown = args.filter((a) => !KNOWN.has(a));
if (unknown.length) {
  console.error(`build.mjs: unknown option ${unknown.join(' ')} (known: ${[...KNOWN].join(' ')})`);
  process.exit(2);
}
const watch = args.includes('--watch');
const test = args.includes('--test');
const dev = args.includes('--dev') || watch;
const outroot = join(root, test ? 'dist-test' : 'dist');
/** One unpacked extension per browser, from the same bundles; only the manifest differs. */
const TARGETS = ['chrome', 'firefox'];

/** Entry points: bundle name → source. */
const entries = [
  { out: 'background', src: 'src/background/index.ts', format: 'esm' },
  // Split: what the popup's first view does not need is a chunk it imports when shown (src/popup/forms.tsx);
  // its first script is one file (scripts/one-file-split.mjs).
  { out: 'popup', src: 'src/popup/main.tsx', format: 'esm', split: true },
  { out: 'dashboard', src: 'src/dashboard/main.tsx', format: 'esm' },
  // The same for dashboard.html: opens the database and reads the list kept whole (src/dashboard/boot.ts).
  { out: 'dashboard-boot', src: 'src/dashboard/boot.ts', format: 'iife' },
  { out: 'welcome', src: 'src/welcome/main.tsx', format: 'esm' },
  // The closing card: Chrome's side panel, Firefox's sidebar, or the small window a reminder opens.
  // Split: the script of a due follow-up call is a chunk it imports when shown (src/panel/app.tsx).
  { out: 'panel', src: 'src/panel/main.tsx', format: 'esm', split: true },
  // Injected with scripting.executeScript({files}): a classic script, so an IIFE. Its last statement
  // reads the page: the injection's result is the posting (src/extract/inject.ts).
  { out: 'extract', src: 'src/extract/inject.ts', format: 'iife', footer: 'globalThis.__relanceExtract();' },
  // Content scripts are classic scripts too.
  { out: 'content', src: 'src/content/index.ts', format: 'iife' },
];

const STATIC = [
  ['src/ui/base.css', 'base.css'],
  // dashboard.css, welcome.css, panel.css (the popup's styles are in popup.html)
  ...PAGES.filter((name) => !INLINE_STYLES.has(name)).map((name) => [`src/${name}/${name}.css`, `${name}.css`]),
  ['_locales', '_locales'],
  ...[16, 32, 48, 128].map((s) => [`icons/icon-${s}.png`, `icons/icon-${s}.png`]),
];

async function writeManifest(target, outdir) {
  const manifest = await buildManifest(root, { target, test });
  await writeFile(join(outdir, 'manifest.json'), JSON.stringify(manifest, null, 2));
}

async function copyStatic(target, outdir) {
  for (const [from, to] of STATIC) await cp(join(root, from), join(outdir, to), { recursive: true });
  // popup.html, dashboard.html, welcome.html: one shell, see scripts/pages.mjs.
  for (const name of PAGES) await writeFile(join(outdir, `${name}.html`), await pageHtml(root, name));
  await writeManifest(target, outdir);
}

const copyPlugin = (target, outdir) => ({
  name: 'copy-static',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length === 0) await copyStatic(target, outdir);
      if (watch) console.log(`[${new Date().toLocaleTimeString()}] built ${outdir} (${result.errors.length} errors)`);
    });
  },
});

await rm(outroot, { recursive: true, force: true });
for (const target of TARGETS) await mkdir(join(outroot, target), { recursive: true });

// Each target is bundled on its own (the bundles are identical): a rebuild in --watch updates both.
const builds = TARGETS.flatMap((target) => entries.map((e, i) => ({ target, outdir: join(outroot, target), e, first: i === 0 })));
/** What every bundle shares: production or development, and the compile-time constants. */
const common = {
  target: ['chrome120', 'firefox128'],
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  // __BENCH__: timing marks in the benchmark's own build of the content script (bench/prepare.mjs), never here.
  define: { __TEST__: String(test), __BENCH__: 'false', 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
  legalComments: 'none',
  logLevel: 'warning',
};
const options = builds
  .filter(({ e }) => !e.split)
  .map(({ target, outdir, e, first }) => ({
    ...common,
    entryPoints: { [e.out]: join(root, e.src) },
    outdir,
    // Metafile paths relative to the repository, wherever the build is started from.
    absWorkingDir: root,
    bundle: true,
    format: e.format,
    ...(e.footer ? { footer: { js: e.footer } } : {}),
    metafile: true,
    // One copy of the static files per target is enough.
    plugins: first ? [copyPlugin(target, outdir)] : [],
  }));

/** The split pages (scripts/one-file-split.mjs): their metafile outputs, the first script first. */
const buildSplit = () =>
  Promise.all(
    builds
      .filter(({ e }) => e.split)
      .map(({ outdir, e }) => buildOneFileSplit({ root, entry: e.src, out: e.out, outdir, options: common })),
  ).then((all) => Object.assign({}, ...all));

if (watch) {
  const contexts = await Promise.all(options.map((o) => esbuild.context(o)));
  await Promise.all(contexts.map((c) => c.watch()));
  // The split pages are three esbuild builds in a row: rebuilt whole when a source changes.
  let splitting = buildSplit().catch((e) => console.error(e.message));
  watchFiles(join(root, 'src'), { recursive: true }, (_event, name) => {
    if (!name || !/\.(tsx?|mjs)$/.test(name)) return;
    splitting = splitting
      .then(buildSplit)
      .then(() => console.log(`[${new Date().toLocaleTimeString()}] built the split pages`))
      .catch((e) => console.error(e.message));
  });
  // esbuild watches the bundles' sources; the copied files (HTML, CSS, locales, manifest) need their own watch.
  for (const path of ['manifest.json', 'src/popup', 'src/dashboard', 'src/welcome', 'src/panel', 'src/ui', '_locales']) {
    watchFiles(join(root, path), { recursive: true }, (_event, name) => {
      if (!name || /\.(tsx?|mjs)$/.test(name)) return;
      Promise.all(TARGETS.map((target) => copyStatic(target, join(outroot, target)))).then(
        () => console.log(`[${new Date().toLocaleTimeString()}] copied ${path}`),
        (e) => console.error(e.message),
      );
    });
  }
  console.log(`watching; output in ${outroot}/{${TARGETS.join(',')}}`);
} else {
  try {
    const [results, split] = await Promise.all([Promise.all(options.map((o) => esbuild.build(o))), buildSplit()]);
    // What each bundle is made of, for the benchmark's report (bench/composition.mjs): outside the unpacked folders.
    const outputs = Object.assign({}, ...results.map((r) => r.metafile.outputs), split);
    await writeFile(join(outroot, 'metafile.json'), JSON.stringify({ outputs }));
    // Both targets get the same bundles: list the sizes once.
    const sizes = Object.entries(outputs)
      .filter(([f]) => f.includes(`/${TARGETS[0]}/`))
      .map(([f, o]) => `${f.split('/').pop()} ${(o.bytes / 1024).toFixed(1)} KB`);
    console.log(`built ${TARGETS.map((t) => `${outroot.replace(`${root}/`, '')}/${t}`).join(' and ')}: ${sizes.join(', ')}`);
  } catch (e) {
    // esbuild has already printed its own errors.
    if (!e.errors) console.error(e.message);
    process.exitCode = 1;
  }
}
