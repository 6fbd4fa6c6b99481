#!/usr/bin/env node
// Builds the unpacked extension. Usage: node build.mjs [--watch] [--test] [--dev]
//   (default)  production build in dist/: minified bundles, release manifest
//   --test     test build in dist-test/: adds the local fixture server's host permission
//              and the test hooks (never in the release build)
//   --dev      unminified with inline source maps
//   --watch    rebuild on change
import * as esbuild from 'esbuild';
import { watch as watchFiles } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
const outdir = join(root, test ? 'dist-test' : 'dist');

/** Entry points: bundle name → source. */
const entries = [
  { out: 'background', src: 'src/background/index.ts', format: 'esm' },
  { out: 'popup', src: 'src/popup/main.tsx', format: 'esm' },
  // Injected with scripting.executeScript({files}): a classic script, so an IIFE.
  { out: 'extract', src: 'src/extract/inject.ts', format: 'iife' },
];

const STATIC = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['_locales', '_locales'],
  ...[16, 32, 48, 128].map((s) => [`icons/icon-${s}.png`, `icons/icon-${s}.png`]),
];

async function writeManifest() {
  const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  manifest.version = pkg.version;
  if (test) {
    // Lets tests inject the extractor into pages of the local fixture server (activeTab cannot be
    // granted by automation). Any port matches.
    manifest.host_permissions = ['http://127.0.0.1/*'];
  }
  await writeFile(join(outdir, 'manifest.json'), JSON.stringify(manifest, null, 2));
}

async function copyStatic() {
  for (const [from, to] of STATIC) await cp(join(root, from), join(outdir, to), { recursive: true });
  await writeManifest();
}

const copyPlugin = {
  name: 'copy-static',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length === 0) await copyStatic();
      if (watch) console.log(`[${new Date().toLocaleTimeString()}] built ${outdir} (${result.errors.length} errors)`);
    });
  },
};

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

const options = entries.map((e, i) => ({
  entryPoints: { [e.out]: join(root, e.src) },
  outdir,
  bundle: true,
  format: e.format,
  target: ['chrome120', 'firefox128'],
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { __TEST__: String(test), 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // One copy of the static files per build is enough.
  plugins: i === 0 ? [copyPlugin] : [],
}));

if (watch) {
  const contexts = await Promise.all(options.map((o) => esbuild.context(o)));
  await Promise.all(contexts.map((c) => c.watch()));
  // esbuild watches the bundles' sources; the copied files (HTML, CSS, locales, manifest) need their own watch.
  for (const path of ['manifest.json', 'src/popup', '_locales']) {
    watchFiles(join(root, path), { recursive: true }, (_event, name) => {
      if (!name || /\.(tsx?|mjs)$/.test(name)) return;
      copyStatic().then(() => console.log(`[${new Date().toLocaleTimeString()}] copied ${path}`), (e) => console.error(e.message));
    });
  }
  console.log(`watching; output in ${outdir}`);
} else {
  try {
    const results = await Promise.all(options.map((o) => esbuild.build(o)));
    const sizes = results.flatMap((r) => Object.entries(r.metafile.outputs)).map(([f, o]) => `${f.split('/').pop()} ${(o.bytes / 1024).toFixed(1)} KB`);
    console.log(`built ${outdir.replace(root + '/', '')}: ${sizes.join(', ')}`);
  } catch {
    // esbuild has already printed the errors.
    process.exitCode = 1;
  }
}
