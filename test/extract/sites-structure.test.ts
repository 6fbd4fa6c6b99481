/**
 * The shape of src/extract/sites/: one folder per site, each in the registry with its three modules,
 * and each bundle carrying only the parts of a site it needs.
 */
import * as esbuild from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as CARD_READERS from '../../src/extract/sites/card-readers';
import * as POSTING_READERS from '../../src/extract/sites/posting-readers';
import { SITES } from '../../src/extract/sites/registry';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sitesDir = `${root}src/extract/sites`;
const folders = readdirSync(sitesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const ids = SITES.map((s) => s.id);

/** The source files a bundle of `entry` is built from, relative to the root. */
async function inputsOf(entry: string): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [`${root}${entry}`],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm', // the pages' entries are modules (top-level await)
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __TEST__: 'false', __BENCH__: 'false' },
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}
const siteModules = (inputs: string[], name: string) => inputs.filter((f) => new RegExp(`^src/extract/sites/[^/]+/${name}\\.ts$`).test(f));

describe('one folder per site', () => {
  it('every folder is a registered site and every site has a folder', () => {
    expect(folders).toEqual([...ids].sort());
  });

  it.each(folders)('%s has its declaration, card reader and posting reader', (site) => {
    for (const file of ['site.ts', 'cards.ts', 'posting.ts'])
      expect(existsSync(`${sitesDir}/${site}/${file}`), `${site}/${file}`).toBe(true);
    expect(Object.keys(CARD_READERS)).toContain(site);
    expect(Object.keys(POSTING_READERS)).toContain(site);
  });

  it('the readers are exactly one per site', () => {
    expect(Object.keys(CARD_READERS).sort()).toEqual([...ids].sort());
    expect(Object.keys(POSTING_READERS).sort()).toEqual([...ids].sort());
  });
});

describe('each bundle carries only the parts of a site it needs', () => {
  it('the content script: declarations and card readers, never a posting reader', async () => {
    const inputs = await inputsOf('src/content/index.ts');
    expect(siteModules(inputs, 'posting')).toEqual([]);
    expect(inputs).not.toContain('src/extract/sites/posting-readers.ts');
    expect(siteModules(inputs, 'site')).toHaveLength(ids.length);
    expect(siteModules(inputs, 'cards')).toHaveLength(ids.length);
  });

  it('the popup: declarations only, for job keys', async () => {
    const inputs = await inputsOf('src/popup/main.tsx');
    expect(siteModules(inputs, 'posting')).toEqual([]);
    expect(siteModules(inputs, 'cards')).toEqual([]);
  });

  it('the injected extractor: declarations and posting readers', async () => {
    const inputs = await inputsOf('src/extract/inject.ts');
    expect(siteModules(inputs, 'posting')).toHaveLength(ids.length);
    expect(siteModules(inputs, 'site')).toHaveLength(ids.length);
  });
});
