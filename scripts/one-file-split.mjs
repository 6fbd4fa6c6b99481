// A split page whose first script is one file. esbuild's own splitting puts every module the first
// script shares with a lazily loaded part into a chunk of its own, which the first script imports
// statically: the popup's first view needed nine files, and a popup is shown only once its page has
// loaded, each file adding to that wait (see README, Performance). Here the first script is a single
// bundle that also exports what the lazy parts use of it, and the lazy parts import that from it, so
// every module still has one instance (Preact's hooks and the catalog depend on it):
//   1. probe: bundle the entry with its dynamic imports left out; what it reaches is the first script;
//      the modules it imports dynamically and does not reach statically are the lazy parts;
//   2. lazy parts: one file each in chunks/, every import of a module of the first script replaced by
//      the same names imported from `../<page>.js`;
//   3. first script: the entry, plus an export, under a prefixed name, of each name step 2 used.
import * as esbuild from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, isAbsolute, join } from 'node:path';

const FIRST = 'relance-first-script';
const SKIP = 'relance-resolve-once';

/** esbuild's own resolution of an import, from inside an onResolve callback (which it does not call again). */
const resolveOnce = (build, args) =>
  build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: SKIP });

/** `$<index>_<name>`: the name a module of the first script exports to the lazy parts. */
const exported = (index, name) => `$${index}_${name}`;

/**
 * Builds `<outdir>/<out>.js` and `<outdir>/chunks/<out>-*.js` from `entry` with esbuild `options`
 * (bundle, minify, define…; no outdir/outfile/format/splitting). Returns the metafile's outputs.
 */
export async function buildOneFileSplit({ root, entry, out, outdir, options }) {
  const abs = (p) => (isAbsolute(p) ? p : join(root, p));
  const base = { ...options, absWorkingDir: root, bundle: true, format: 'esm', metafile: true, write: false };

  // 1. The first script's modules, and the lazy parts it imports.
  const dynamic = new Set();
  const probe = await esbuild.build({
    ...base,
    entryPoints: [abs(entry)],
    outdir,
    plugins: [
      {
        name: 'lazy-parts',
        setup(build) {
          build.onResolve({ filter: /.*/ }, async (args) => {
            if (args.kind !== 'dynamic-import' || args.pluginData === SKIP) return undefined;
            const r = await resolveOnce(build, args);
            if (r.errors.length) return { errors: r.errors };
            dynamic.add(r.path);
            return { path: r.path, external: true };
          });
        },
      },
    ],
  });
  const firstModules = Object.keys(probe.metafile.inputs).map(abs).sort();
  const indexOf = new Map(firstModules.map((p, i) => [p, i]));
  const lazy = [...dynamic].filter((p) => !indexOf.has(p)).sort();
  const chunkOf = new Map(lazy.map((p) => [p, `${out}-${basename(p, extname(p))}`]));
  if (new Set(chunkOf.values()).size !== chunkOf.size) throw new Error(`${out}: two lazy parts share a file name`);

  // 2. The lazy parts, reading the first script's modules from the first script.
  const firstUrl = `../${out}.js`;
  const namesOf = new Map();
  const exportsOf = async (path) => {
    if (!namesOf.has(path)) {
      const r = await esbuild.build({
        ...options,
        entryPoints: [path],
        bundle: false,
        write: false,
        metafile: true,
        format: 'esm',
        outdir,
        logLevel: 'silent',
      });
      namesOf.set(path, Object.values(r.metafile.outputs)[0].exports);
    }
    return namesOf.get(path);
  };
  /**
   * The lazy parts' build, each part one file: split among themselves, the tracked application's view
   * needed eight files, each fetched while the browser shows the popup. `only`: the names of each
   * first-script module they import (absent: the analysis build).
   */
  const buildLazy = (only = null) =>
    esbuild.build({
      ...base,
      entryPoints: lazy.map((p) => ({ in: p, out: chunkOf.get(p) })),
      outdir: join(outdir, 'chunks'),
      plugins: [
        {
          name: 'from-first-script',
          setup(build) {
            build.onResolve({ filter: /.*/ }, async (args) => {
              if (args.path === firstUrl) return { path: firstUrl, external: true };
              if (args.kind === 'entry-point' || args.pluginData === SKIP) return undefined;
              const r = await resolveOnce(build, args);
              if (r.errors.length) return { errors: r.errors };
              return indexOf.has(r.path) ? { path: r.path, namespace: FIRST } : undefined;
            });
            build.onLoad({ filter: /.*/, namespace: FIRST }, async (args) => {
              const i = indexOf.get(args.path);
              const kept = only?.get(args.path) ?? new Set();
              // A re-export keeps every name it offers, even unused: only the names found used are
              // re-exported; the others are pure calls that tree shaking drops (the analysis build
              // finds the used ones by the names these calls leave behind).
              const pure = (n) => `/* @__PURE__ */ u("${exported(i, n)}")`;
              const names = await exportsOf(args.path);
              const lines = ['const u = (name) => name;'];
              for (const n of names.filter((n) => !kept.has(n)))
                lines.push(n === 'default' ? `export default ${pure(n)};` : `export const ${n} = ${pure(n)};`);
              const list = [...kept].map((n) => `${exported(i, n)} as ${n}`).join(', ');
              if (list) lines.push(`export { ${list} } from ${JSON.stringify(firstUrl)};`);
              return { contents: lines.join('\n'), loader: 'js', resolveDir: root };
            });
          },
        },
      ],
    });

  /** The names the analysis build kept, by module of the first script. */
  const keptNames = (files) => {
    const used = new Map();
    for (const file of files) {
      for (const [, index, name] of file.text.matchAll(/"\$(\d+)_([\w$]+)"/g)) {
        const path = firstModules[Number(index)];
        if (!used.has(path)) used.set(path, new Set());
        used.get(path).add(name);
      }
    }
    return used;
  };

  // A re-export keeps every name it offers, even unused: first find the names the lazy parts use (an
  // analysis build, never written), then build them offering only those.
  const used = keptNames((await buildLazy()).outputFiles);
  const lazyBuild = await buildLazy(used);
  const left = keptNames(lazyBuild.outputFiles);
  if (left.size)
    throw new Error(
      `${out}: the lazy parts use names the analysis build did not find: ${[...left.values()].flatMap((s) => [...s]).join(', ')}`,
    );

  // 3. The first script: the entry, and what the lazy parts import from it.
  const lines = [`import ${JSON.stringify(abs(entry))};`];
  for (const [path, names] of [...used].sort((a, b) => indexOf.get(a[0]) - indexOf.get(b[0]))) {
    const list = [...names].sort().map((n) => `${n} as ${exported(indexOf.get(path), n)}`);
    lines.push(`export { ${list.join(', ')} } from ${JSON.stringify(path)};`);
  }
  const first = await esbuild.build({
    ...base,
    stdin: { contents: lines.join('\n'), resolveDir: root, sourcefile: `${out}-first-script.js`, loader: 'js' },
    outfile: join(outdir, `${out}.js`),
    plugins: [
      {
        name: 'lazy-parts-are-chunks',
        setup(build) {
          build.onResolve({ filter: /.*/ }, async (args) => {
            if (args.kind !== 'dynamic-import' || args.pluginData === SKIP) return undefined;
            const r = await resolveOnce(build, args);
            if (r.errors.length) return { errors: r.errors };
            const chunk = chunkOf.get(r.path);
            return chunk ? { path: `./chunks/${chunk}.js`, external: true } : undefined;
          });
        },
      },
    ],
  });

  await mkdir(join(outdir, 'chunks'), { recursive: true });
  await Promise.all([...first.outputFiles, ...lazyBuild.outputFiles].map((f) => writeFile(f.path, f.contents)));
  return { ...lazyBuild.metafile.outputs, ...first.metafile.outputs };
}
