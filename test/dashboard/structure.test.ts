import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES, pageHtml } from '../../scripts/pages.mjs';

const root = join(import.meta.dirname, '../..');
const dir = join(root, 'src/dashboard');
const files = readdirSync(dir).filter((f) => /\.tsx?$/.test(f));

describe('dashboard sources', () => {
  it('nothing renders markup from strings', () => {
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text, f).not.toMatch(/innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML/);
    }
  });

  // Which modules may touch the browser or import the worker side and storage writes is a layer
  // rule of biome.json, checked by test/lint/layers.test.ts.

  it('dashboard.html has no inline script, and the build ships the page', async () => {
    const html = await pageHtml(root, 'dashboard');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).toContain('<script src="dashboard.js" type="module"></script>');
    // The boot script (src/dashboard/boot.ts) first: it reads the list while dashboard.js loads.
    expect(html.indexOf('<script async src="dashboard-boot.js"></script>')).toBeGreaterThan(0);
    expect(html.indexOf('dashboard-boot.js')).toBeLessThan(html.indexOf('dashboard.js'));
    expect(html).toContain('<link rel="stylesheet" href="dashboard.css" />');
    expect(html).toContain('<link rel="stylesheet" href="base.css" />');
    const build = readFileSync(join(root, 'build.mjs'), 'utf8');
    expect(build).toContain("src: 'src/dashboard/main.tsx'");
    expect(build).toContain("src: 'src/dashboard/boot.ts', format: 'iife'");
    expect(PAGES).toContain('dashboard');
  });
});
