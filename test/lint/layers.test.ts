/**
 * The layer rules live in biome.json (noRestrictedImports / noRestrictedGlobals per folder). This
 * runs the real linter, with the project's own configuration, over test/lint-fixtures/: one file per
 * forbidden import, each of which must be reported, and files of allowed imports, which must not.
 * A rule dropped or loosened in biome.json fails here.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'test/lint-fixtures');

interface Diagnostic {
  category: string;
  location: { path: string };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [relative(fixtures, join(dir, e.name))],
  );
}

let work: string;
let diagnostics: Diagnostic[];

beforeAll(() => {
  // The fixtures are linted at the paths they would have in the project, with its configuration.
  work = mkdtempSync(join(tmpdir(), 'relance-layers-'));
  cpSync(fixtures, work, { recursive: true });
  const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
  delete config.$schema;
  delete config.vcs;
  config.files = { includes: ['**'] };
  writeFileSync(join(work, 'biome.json'), JSON.stringify(config));
  let out: string;
  try {
    out = execFileSync(join(root, 'node_modules/.bin/biome'), ['lint', '--reporter=json', '--max-diagnostics=none', '.'], {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (e) {
    // Biome exits non-zero when it reports errors, which is what most fixtures are for.
    out = (e as { stdout: string }).stdout;
  }
  diagnostics = JSON.parse(out).diagnostics;
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const LAYER_RULES = new Set(['lint/style/noRestrictedImports', 'lint/style/noRestrictedGlobals']);
const reportedIn = (file: string) => diagnostics.filter((d) => d.location.path === file && LAYER_RULES.has(d.category));

describe('layer rules (biome.json)', () => {
  const files = filesUnder(fixtures);

  it('has one fixture per rule', () => {
    expect(files.filter((f) => !f.endsWith('allowed.ts')).length).toBeGreaterThanOrEqual(12);
  });

  for (const file of files.filter((f) => !f.endsWith('allowed.ts'))) {
    it(`reports ${file}`, () => {
      expect(reportedIn(file).length, readFileSync(join(fixtures, file), 'utf8')).toBeGreaterThan(0);
    });
  }

  for (const file of files.filter((f) => f.endsWith('allowed.ts'))) {
    it(`accepts ${file}`, () => {
      expect(reportedIn(file)).toEqual([]);
    });
  }
});
