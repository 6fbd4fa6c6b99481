import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Arrow keys move between native radios in document order, whatever the layout. Options laid out in
 * one column keep that order the order shown: Down goes to the option below. A grid of two columns,
 * a row order or CSS columns would make the keys jump across the screen (test/e2e/core-loop.test.mjs
 * checks the positions in Chromium).
 */
const root = join(import.meta.dirname, '../..');
const css = ['src/ui/base.css', 'src/popup/popup.css', 'src/dashboard/dashboard.css'].map((f) => readFileSync(join(root, f), 'utf8'));
/** [selector, declarations] of every rule whose selector names the radio options. */
const rules = css.flatMap((text) =>
  [...text.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .map((m) => [m[1]!.trim(), m[2]!] as const)
    .filter(([selector]) => /\.radios?\b|\.options\b/.test(selector)),
);

describe('radio options', () => {
  it('are laid out in one column', () => {
    const options = rules.filter(([selector]) => /\.radios \.options/.test(selector));
    expect(options.length).toBeGreaterThan(0);
    expect(options.map(([, d]) => d).join(';')).toMatch(/flex-direction:\s*column/);
  });

  it('are never reordered or put in columns by a stylesheet', () => {
    for (const [selector, declarations] of rules) {
      expect(declarations, selector).not.toMatch(
        /grid-template-columns|grid-auto-flow|(^|[;\s])columns:|column-count|(^|[;\s])order:|flex-direction:\s*row|direction:\s*rtl/,
      );
    }
  });
});
