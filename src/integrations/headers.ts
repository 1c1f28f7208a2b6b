/** Writes the hosts' `_headers` file (CSP, nosniff, referrer policy, cache rules) into the build. */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security.ts';
import { afterBuild } from './after-build.ts';

export function securityHeaders(): AstroIntegration {
  return afterBuild('carnet-headers', (config, { dir }) => {
    writeFileSync(new URL('_headers', dir), headersFile(config.base));
  });
}
