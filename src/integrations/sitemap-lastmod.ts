/**
 * Sitemap entries get their lastmod from the page itself (article:modified_time, else
 * article:published_time), so the date shown to readers and to search engines is one.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

let outDir = '';
let base = '/';

/** Records where the build writes, for `lastmodOf`; register it before @astrojs/sitemap. */
export function sitemapLastmod(): AstroIntegration {
  return {
    name: 'carnet-sitemap-lastmod',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir }) => {
        outDir = fileURLToPath(dir);
      },
    },
  };
}

/** The modification date of a built page, read from its meta tags. */
export function lastmodOf(url: string): string | undefined {
  const pathname = new URL(url).pathname;
  const rel = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const file = path.join(outDir, rel, 'index.html');
  if (!outDir || !existsSync(file)) return undefined;
  const head = readFileSync(file, 'utf8').slice(0, 8000);
  const match =
    /property="article:modified_time" content="([^"]+)"/.exec(head) ?? /property="article:published_time" content="([^"]+)"/.exec(head);
  return match?.[1];
}
