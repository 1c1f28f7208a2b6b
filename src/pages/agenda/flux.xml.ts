/** /agenda/flux.xml: events and trainings as they are published, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { agendaFeed } from '../../lib/agenda-feed.ts';
import { rssOptions } from '../../lib/feeds.ts';
import { siteUrl } from '../../lib/published.ts';
import { agendaNames, getAgenda } from '../../lib/routing.ts';

export const GET: APIRoute = async ({ site }) => {
  const [a, names] = await Promise.all([getAgenda(), agendaNames()]);
  return rss(rssOptions(agendaFeed(a, siteUrl(site), names)));
};
