import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // `npm test` runs the unit and components projects with --coverage: every .ts and .astro file of src/
    // counts, tested or not (pages are exercised by the build and browser tests, which are not measured), and
    // the run fails below the floor. Measured on 3 December 2026: statements 65.9 %, branches 55.9 %,
    // functions 63.3 %, lines 65.3 %; the floor is that, rounded down a little. Raise it when coverage rises.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,astro}'],
      reporter: ['text-summary'],
      reportsDirectory: 'node_modules/.cache/carnet-coverage',
      thresholds: { statements: 64, branches: 54, functions: 62, lines: 64 },
    },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/site/components/**'], environment: 'node' } },
      // MetaPanel, Card… rendered through Astro's container API, with Astro's own Vite setup.
      'vitest.components.config.ts',
      // Run after `npm run build`: tests/dist reads the built files, tests/browser drives Debian's Chromium on them,
      // tests/build makes builds of its own (other corpora, other base paths) and runs the command-line tools.
      {
        test: {
          name: 'e2e',
          include: ['tests/dist/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
