// Bundle sizes of an unpacked build: each JavaScript bundle minified (as built) and gzipped, and the
// whole unpacked extension. Used by the benchmark and by scripts/check-size.mjs. A bundle split into
// chunks counts what its first evaluation needs: its file and the chunks it imports statically (each
// gzipped on its own), not the chunks it imports when a form is shown.
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
// Classic scripts a page runs before its bundle are counted with it.
import { BOOT_SCRIPTS as BOOT } from '../scripts/pages.mjs';

/** The bundles reported and budgeted, by output name. */
export const BUNDLES = ['popup', 'dashboard', 'welcome', 'panel', 'background', 'content', 'extract'];

export async function bundleSizes(dir) {
  const out = {};
  for (const name of BUNDLES) {
    const boot = BOOT[name] ? await staticClosure(dir, BOOT[name]) : [];
    const files = [...boot, ...(await staticClosure(dir, `${name}.js`))];
    if (files.length === 0) continue; // not built (yet)
    out[name] = { min: 0, gzip: 0, files: files.map((f) => f.path) };
    for (const f of files) {
      out[name].min += f.bytes.length;
      out[name].gzip += gzipSync(f.bytes, { level: 9 }).length;
    }
  }
  return out;
}

/** Static `import … from "./x.js"` / `import "./x.js"` of a minified ES module (dynamic import() excluded). */
export function staticImports(code) {
  return [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{][^"']*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => m[1]);
}

/** A bundle file and, recursively, the files it imports statically: [{ path, bytes }], or [] when absent. */
async function staticClosure(dir, entry) {
  const seen = new Map();
  const visit = async (path) => {
    if (seen.has(path)) return;
    let bytes;
    try {
      bytes = await readFile(join(dir, path));
    } catch {
      if (path === entry) return;
      throw new Error(`${entry} imports ${path}, which is not in ${dir}`);
    }
    seen.set(path, bytes);
    for (const spec of staticImports(bytes.toString('utf8'))) await visit(join(dirname(path), spec));
  };
  await visit(entry);
  return [...seen].map(([path, bytes]) => ({ path, bytes }));
}

export async function unpackedSize(dir) {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath ?? entry.path, entry.name))).size;
  }
  return total;
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
