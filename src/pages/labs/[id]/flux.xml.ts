/** /labs/<id>/flux.xml: a lab's new case studies, led or joined. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { rssOptions } from '../../../lib/feeds.ts';
import { getFeeds } from '../../../lib/reuse.ts';

export const getStaticPaths = (async () => (await getFeeds()).labIds.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const feed = (await getFeeds(site)).lab(params.id ?? '');
  if (!feed) throw new Error(`Flux RSS : lab « ${params.id} » inconnu.`);
  return rss(rssOptions(feed));
};
