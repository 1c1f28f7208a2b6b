/** Writes the hosts' `_headers` file (CSP, nosniff, referrer policy, cache rules) into the build. */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security.ts';

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'carnet-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}
