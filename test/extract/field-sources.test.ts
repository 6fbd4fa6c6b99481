// @vitest-environment happy-dom
/**
 * The field-source baseline: for every fixture page, which layer gave each field, and per site how many
 * fields each layer gave and how many were guesses (test/extract/field-sources.baseline.json). A change
 * that makes a field come from a weaker layer, lose it, or turn it into a guess fails here until the
 * baseline is updated in the same commit:
 *
 *   UPDATE_BASELINE=1 npx vitest run test/extract/field-sources.test.ts
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ExtractLayer } from '../../src/core/types';
import { extractPosting } from '../../src/extract/index';
import { CORPUS } from './corpus';
import { page, pagesDir } from './fixtures';

/** Layers as extractPosting applies them, strongest first; a missing field is weaker than any. */
const STRENGTH: readonly ExtractLayer[] = ['json-ld', 'microdata', 'site', 'meta', 'label', 'heuristic'];
const GUESSES: ReadonlySet<ExtractLayer> = new Set(['label', 'heuristic']);
const FIELDS = ['title', 'company', 'location', 'url'] as const;
type Field = (typeof FIELDS)[number];
type Sources = Partial<Record<Field, ExtractLayer>>;

interface Baseline {
  $comment: string;
  sites: Record<string, { fields: Partial<Record<ExtractLayer, number>>; guesses: number }>;
  fixtures: Record<string, Sources>;
}

const baselinePath = join(dirname(fileURLToPath(import.meta.url)), 'field-sources.baseline.json');
const UPDATE = 'UPDATE_BASELINE=1 npx vitest run test/extract/field-sources.test.ts';
const rank = (layer: ExtractLayer | undefined) => (layer ? STRENGTH.indexOf(layer) : STRENGTH.length);
const siteOfFile = (file: string) => (file.includes('/') ? file.split('/')[0]! : 'generic');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [relative(pagesDir, path)] : [];
  });
}

/** Per site: how many fields each layer gave, and how many of the posting's fields were guesses. */
function stats(fixtures: Baseline['fixtures']): Baseline['sites'] {
  const sites: Baseline['sites'] = {};
  for (const [file, kept] of Object.entries(fixtures)) {
    const site = (sites[siteOfFile(file)] ??= { fields: {}, guesses: 0 });
    for (const f of FIELDS) {
      const layer = kept[f];
      if (!layer) continue;
      site.fields[layer] = (site.fields[layer] ?? 0) + 1;
      if (GUESSES.has(layer) && f !== 'url') site.guesses++;
    }
  }
  return sites;
}

function compute(): Baseline {
  const fixtures: Baseline['fixtures'] = {};
  for (const file of Object.keys(CORPUS).sort()) {
    const sources = extractPosting(page(file), new URL(CORPUS[file]!)).sources ?? {};
    const kept: Sources = {};
    for (const f of FIELDS) if (sources[f]) kept[f] = sources[f];
    fixtures[file] = kept;
  }
  return {
    $comment: `Which layer gives each field of each fixture page, and per site how many fields each layer gave and how many were guesses. Regenerate with: ${UPDATE}`,
    sites: stats(fixtures),
    fixtures,
  };
}

describe('field-source baseline', () => {
  const current = compute();
  if (process.env.UPDATE_BASELINE === '1') writeFileSync(baselinePath, `${JSON.stringify(current, null, 2)}\n`);
  const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as Baseline;

  it('covers every fixture page', () => {
    expect(Object.keys(CORPUS).sort(), 'add the page to test/extract/corpus.ts').toEqual(htmlFiles(pagesDir).sort());
    expect(Object.keys(baseline.fixtures).sort(), `update the baseline: ${UPDATE}`).toEqual(Object.keys(CORPUS).sort());
  });

  it.each(Object.keys(CORPUS).sort())('%s: no field from a weaker layer, none turned into a guess', (file) => {
    const before = baseline.fixtures[file] ?? {};
    const now = current.fixtures[file] ?? {};
    for (const f of FIELDS) {
      const was = before[f];
      const is = now[f];
      const why = `${file} ${f}: ${was ?? 'none'} → ${is ?? 'none'}. If intended, update the baseline in the same commit: ${UPDATE}`;
      expect(rank(is) <= rank(was), why).toBe(true);
      if (was && !GUESSES.has(was)) expect(is && GUESSES.has(is), why).toBe(false);
    }
  });

  it('its per-site statistics are those of its fixtures', () => {
    expect(baseline.sites, `update the baseline: ${UPDATE}`).toEqual(stats(baseline.fixtures));
  });
});
