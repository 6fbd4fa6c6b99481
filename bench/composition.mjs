// What the popup's bundles are made of, from esbuild's metafile (build.mjs writes the release build's
// to dist/metafile.json): the bytes each source group puts in each output file (minified, before
// gzip), largest first. Groups: a package name, or a src folder two levels deep (src/ui/debrief).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Group of one metafile input path: `…/node_modules/preact/…` → preact, `src/ui/debrief/x.tsx` → src/ui/debrief. */
function groupOf(input) {
  const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (pkg) return pkg[1];
  const parts = input.split('/');
  return parts.length > 2 ? parts.slice(0, Math.min(3, parts.length - 1)).join('/') : input;
}

/** Bytes per group of one output of a metafile, largest first. */
function composition(output) {
  const groups = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const g = groupOf(input);
    groups.set(g, (groups.get(g) ?? 0) + bytesInOutput);
  }
  return [...groups].sort((a, b) => b[1] - a[1]).map(([group, bytes]) => ({ group, bytes }));
}

/**
 * The popup's output files of the release build for Chrome: its first script (one file), then the
 * chunks it imports when shown (scripts/one-file-split.mjs). Each: { file, bytes, groups }.
 */
export async function popupComposition(root) {
  const meta = JSON.parse(await readFile(join(root, 'dist', 'metafile.json'), 'utf8'));
  const outputs = Object.entries(meta.outputs).filter(([file]) => /\/chrome\/(popup|chunks\/popup-[^/]*)\.js$/.test(file));
  outputs.sort(([a], [b]) => Number(b.endsWith('/chrome/popup.js')) - Number(a.endsWith('/chrome/popup.js')) || a.localeCompare(b));
  return outputs.map(([file, output]) => ({
    file: file.replace(/^.*\/chrome\//, ''),
    bytes: output.bytes,
    groups: composition(output),
  }));
}
