/** /regions/<code>/flux.xml: a region's new case studies, for regions that have some. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { rssOptions } from '../../../lib/feeds.ts';
import { getFeeds } from '../../../lib/reuse.ts';

export const getStaticPaths = (async () => (await getFeeds()).regionCodes.map((code) => ({ params: { code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const feed = (await getFeeds(site)).region(params.code ?? '');
  if (!feed) throw new Error(`Flux RSS : aucune étude de cas pour la région « ${params.code} ».`);
  return rss(rssOptions(feed));
};
