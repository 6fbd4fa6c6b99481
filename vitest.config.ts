import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Vitest 4 compiles with Oxc: without this JSX falls back to React.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Unit tests of core run in node; files that need a DOM opt in with `// @vitest-environment happy-dom`.
    environment: 'node',
    setupFiles: ['test/setup.ts'],
  },
});
