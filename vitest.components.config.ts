/**
 * The "components" project: Astro components rendered in vitest through Astro's container API. Astro's
 * Vite setup (getViteConfig) compiles .astro files; without the project's astro.config.mjs (whose
 * integrations the components do not need), it adds little to the start of a test run.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  { test: { name: 'components', include: ['tests/unit/site/components/**/*.test.ts'], environment: 'node' } },
  // devToolbar off, as in astro.config.mjs: no data-astro-source-* annotations in the rendered HTML.
  { configFile: false, logLevel: 'error', devToolbar: { enabled: false } },
);
