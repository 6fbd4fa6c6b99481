import { relative } from 'node:path';
import { mergeConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from './vitest.config';

/**
 * The unit tests' configuration for `npm run mutation`, same tests, another order. Stryker stops a
 * mutant's run at its first failing test, so the quickest test files (by their last recorded time)
 * go first; vitest's own order puts the slowest first, the alarms property test (seconds a run) ahead
 * of the unit tests that kill most mutants in milliseconds.
 */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { cache, config } = this.ctx;
    const cost = (f: TestSpecification) =>
      cache.getFileTestResults(`${f.project.name}:${relative(config.root, f.moduleId)}`)?.duration ?? 1000;
    return [...files].sort((a, b) => cost(a) - cost(b));
  }
}

export default mergeConfig(base, {
  test: {
    sequence: { sequencer: QuickestFirst },
    // Instrumented code on a loaded machine: a test that takes 1 s in `npm test` may take more than vitest's 5 s.
    testTimeout: 60_000,
    // The lock fingerprints the migrations' source text, which Stryker's instrumentation rewrites: it
    // would fail every run, and says nothing about behaviour. The migrations are still mutated, and
    // judged by the upgrade tests (test/storage/migrations.test.ts).
    exclude: ['test/storage/migrations-lock.test.ts'],
  },
});
