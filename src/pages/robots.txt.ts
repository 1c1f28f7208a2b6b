import type { APIRoute } from 'astro';
import { href } from '../lib/paths.ts';

/** Search engines may index everything but the web editor; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(href('/sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nDisallow: ${href('/admin/')}\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
