/** /thematiques/<id>/flux.xml: a theme's new case studies and best practices. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { rssOptions } from '../../../lib/feeds.ts';
import { getFeeds } from '../../../lib/reuse.ts';

export const getStaticPaths = (async () => (await getFeeds()).themeIds.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const feed = (await getFeeds(site)).theme(params.id ?? '');
  if (!feed) throw new Error(`Flux RSS : thématique « ${params.id} » inconnue.`);
  return rss(rssOptions(feed));
};
