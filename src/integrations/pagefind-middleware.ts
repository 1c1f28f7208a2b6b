/**
 * Build-time only: each rendered HTML page that has an indexed part goes to Pagefind as soon as it is
 * rendered, so that Pagefind's own process indexes on the second core while Astro renders the rest.
 * In `astro dev` there is no sink and requests pass through untouched.
 */
import type { MiddlewareHandler } from 'astro';
import { pagefindSink } from '../lib/build-state.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const sink = pagefindSink();
  if (!sink || !response.headers.get('content-type')?.includes('text/html')) return response;
  // A copy is read, so the page's own bytes go to the file untouched (no second encoding).
  const html = await response.clone().text();
  if (html.includes('data-pagefind-body')) sink.add(context.url.pathname, html);
  return response;
};
