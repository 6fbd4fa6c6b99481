#!/usr/bin/env node
// npm run size: fails when a release bundle's gzipped size exceeds its budget (scripts/size-budgets.json).
// Sizes are deterministic, so they may gate the tests; times never do (npm run bench measures those).
// Reads dist/chrome as `npm run build` left it.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSizes, unpackedSize } from '../bench/sizes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'chrome');
const budgets = JSON.parse(await readFile(join(root, 'scripts', 'size-budgets.json'), 'utf8'));
const sizes = await bundleSizes(dist);
if (Object.keys(sizes).length === 0) {
  console.error(`size: no bundle in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}

const KB = 1024;
let failed = false;
for (const [name, { min, gzip }] of Object.entries(sizes)) {
  const rule = budgets[name];
  if (!rule) {
    console.error(`size: ${name}.js has no budget in scripts/size-budgets.json`);
    failed = true;
    continue;
  }
  const over = gzip > rule.budget * KB;
  const target =
    rule.target === undefined
      ? ''
      : gzip > rule.target * KB
        ? `, above its ${rule.target} KB target`
        : `, within its ${rule.target} KB target`;
  console.log(
    `${over ? 'FAIL' : 'ok  '} ${`${name}.js`.padEnd(14)} ${(gzip / KB).toFixed(1).padStart(5)} KB gzipped (${(min / KB).toFixed(1)} KB minified), budget ${rule.budget} KB${target}`,
  );
  failed ||= over;
}
for (const name of Object.keys(budgets)) {
  if (!name.startsWith('$') && !sizes[name]) console.log(`     ${`${name}.js`.padEnd(14)} not built`);
}
console.log(`     unpacked extension ${((await unpackedSize(dist)) / KB).toFixed(1)} KB`);
if (failed) {
  console.error(
    "size: a bundle is over its budget. Find what grew with esbuild's metafile (build.mjs keeps metafile: true), or raise the budget on purpose.",
  );
  process.exit(1);
}
