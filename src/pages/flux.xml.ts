/** /flux.xml: everything new on the site (case studies, methods, best practices), newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { rssOptions } from '../lib/feeds.ts';
import { getFeeds } from '../lib/reuse.ts';

export const GET: APIRoute = async ({ site }) => rss(rssOptions((await getFeeds(site)).all));
