// Bundle sizes of an unpacked build: each JavaScript bundle minified (as built) and gzipped, and the
// whole unpacked extension. Used by the benchmark and by scripts/check-size.mjs.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The bundles reported and budgeted, by output name. */
export const BUNDLES = ['popup', 'dashboard', 'welcome', 'background', 'content', 'extract'];

export async function bundleSizes(dir) {
  const out = {};
  for (const name of BUNDLES) {
    let bytes;
    try {
      bytes = await readFile(join(dir, `${name}.js`));
    } catch {
      continue; // not built (yet)
    }
    out[name] = { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  }
  return out;
}

export async function unpackedSize(dir) {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath ?? entry.path, entry.name))).size;
  }
  return total;
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
