/**
 * Feeds and open data read the corpus here: every collection fetched once per build, each built once
 * per site URL. The logic lives in the pure modules feeds.ts and opendata.ts.
 */
import { getAgenda, getCorpus } from './routing.ts';
import { buildFeeds, type Feeds } from './feeds.ts';
import { buildOpenData, type OpenData } from './opendata.ts';
import { siteUrl } from './published.ts';

const feeds = new Map<string, Promise<Feeds>>();
const openData = new Map<string, Promise<OpenData>>();

/** The configured site URL, for getStaticPaths, which has no Astro.site. */
const configuredSite = (): URL | undefined => (import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);

/** Every feed, with absolute links on the configured site (Astro.site, or the config's when absent). */
export function getFeeds(site: URL | undefined = configuredSite()): Promise<Feeds> {
  const origin = siteUrl(site);
  let found = feeds.get(origin.href);
  if (!found) {
    found = getCorpus().then((c) => buildFeeds(c, origin));
    feeds.set(origin.href, found);
  }
  return found;
}

/** Every open data file, with absolute links on the configured site (Astro.site, or the config's when absent). */
export function getOpenData(site: URL | undefined = configuredSite()): Promise<OpenData> {
  const origin = siteUrl(site);
  let found = openData.get(origin.href);
  if (!found) {
    found = Promise.all([getCorpus(), getAgenda()]).then(([c, a]) => buildOpenData(c, origin, a));
    openData.set(origin.href, found);
  }
  return found;
}
