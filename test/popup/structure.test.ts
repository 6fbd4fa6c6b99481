import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../scripts/pages.mjs';
import catalog from '../../_locales/en/messages.json';
import { FEELINGS, REMINDER_KINDS, STAGES, STATUSES, VERDICTS } from '../../src/core/types';
import { makeTranslator, type MessageCatalog } from '../catalog';
import { setTranslator, t } from '../../src/ui/i18n';
import { feelingLabel, reminderKindLabel, stageLabel, statusLabel, verdictLabel } from '../../src/ui/labels';

const root = join(import.meta.dirname, '../..');
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(root, dir, f));
const files = [...sources('src/popup'), ...sources('src/ui')];

describe('popup sources', () => {
  it('use only keys that exist in the English catalog', () => {
    const keys = new Set(Object.keys(catalog));
    const used = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('have a label for every verdict, stage, feeling, status and reminder kind', () => {
    setTranslator(makeTranslator(catalog as MessageCatalog));
    const labels = [
      ...VERDICTS.map(verdictLabel),
      ...STAGES.map(stageLabel),
      ...FEELINGS.map(feelingLabel),
      ...STATUSES.map(statusLabel),
      ...REMINDER_KINDS.map(reminderKindLabel),
      t('overdueDays_one', '1'),
      t('overdueDays_other', '2'),
    ];
    expect(labels.every((l) => l && !/^[a-z]+[A-Z]/.test(l))).toBe(true);
  });

  // Only main.tsx touches the browser: a layer rule of biome.json, checked by test/lint/layers.test.ts.
  it('never render markup from strings', () => {
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML/);
    }
  });

  it('popup.html has no inline script', async () => {
    const html = await pageHtml(root, 'popup');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).toContain('<script src="popup.js" type="module"></script>');
    expect(html).not.toContain('{{');
    // The header is painted before the script runs, the same in every language (actionTitle is "Relance").
    expect(html).toContain('<div id="app"><div class="popup"><header class="top"><h1>Relance</h1></header></div></div>');
  });

  it('popup.html carries its styles: nothing but its scripts is fetched before it is shown', async () => {
    const html = await pageHtml(root, 'popup');
    // No modulepreload either: a preloaded chunk is fetched and compiled while the page is parsed, and
    // held the popup's parse and first paint back (npm run bench: first paint 6 ms later, ready no sooner).
    expect([...html.matchAll(/<link\b[^>]*>/g)].map(([link]) => link)).toEqual([]);
    const style = /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? '';
    for (const sheet of ['src/ui/base.css', 'src/popup/popup.css']) expect(style).toContain(readFileSync(join(root, sheet), 'utf8').trim());
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('<script src="popup.js"'));
    // One script: a second one (a boot script) held the load event, and so the popup's showing, back.
    expect([...html.matchAll(/<script\b[^>]*>/g)].map(([s]) => s)).toEqual(['<script src="popup.js" type="module">']);
  });

  it('main.tsx imports boot.ts before anything else: its reads start before the rest of the script is evaluated', () => {
    const imports = [...readFileSync(join(root, 'src/popup/main.tsx'), 'utf8').matchAll(/^import\b[^;]*?from '([^']+)';/gm)].map(
      (m) => m[1],
    );
    expect(imports.length).toBeGreaterThan(10);
    expect(imports[0]).toBe('./boot');
  });
});
