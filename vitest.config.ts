import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
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
