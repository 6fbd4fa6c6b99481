// Page data is untrusted: no source file may turn a string into markup or code. A structural
// check over all of src/ and the extension's HTML, so a new module cannot slip one in.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

const SINKS: [string, RegExp][] = [
  ['innerHTML/outerHTML', /\.(inner|outer)HTML\s*=|\binnerHTML\b/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
  ['eval', /\beval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timers', /set(Timeout|Interval)\s*\(\s*['"`]/],
  ['createContextualFragment', /createContextualFragment/],
];

describe('no string becomes markup or code', () => {
  it.each(files('src', /\.(ts|tsx)$/))('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    for (const [name, re] of SINKS) expect(re.test(text), `${file} uses ${name}`).toBe(false);
  });

  it.each(files('src', /\.html$/))('%s has no inline script or handler', (file) => {
    const html = readFileSync(join(root, file), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });
});
