import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const dir = join(root, 'src/dashboard');
const files = readdirSync(dir).filter((f) => /\.tsx?$/.test(f));

describe('dashboard sources', () => {
  it('only main.tsx touches the browser, and nothing renders markup from strings', () => {
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text, f).not.toMatch(/innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML/);
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      if (f !== 'main.tsx') expect(code, f).not.toMatch(/webextension-polyfill|\bbrowser\.|\bchrome\./);
    }
  });

  it('never imports the worker side (background) and writes only through messages', () => {
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text, f).not.toMatch(/from '\.\.\/background/);
      expect(text, f).not.toMatch(/storage\/(writes|edit-writes|outcome-writes|settings-writes)/);
    }
  });

  it('dashboard.html has no inline script, and the build ships the page', () => {
    const html = readFileSync(join(dir, 'dashboard.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).toContain('<script src="dashboard.js" type="module"></script>');
    const build = readFileSync(join(root, 'build.mjs'), 'utf8');
    expect(build).toContain("src: 'src/dashboard/main.tsx'");
    for (const file of ['dashboard.html', 'dashboard.css', 'base.css']) expect(build).toContain(`'${file}'`);
  });
});
