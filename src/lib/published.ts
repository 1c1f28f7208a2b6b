/**
 * What feeds and open data may show, and where it lives on the web. Pure: feeds.ts and opendata.ts
 * build on it, and tests call it without Astro.
 */
import type { Corpus } from './graph.ts';

/**
 * The corpus without drafts. A build never loads drafts (src/lib/content/loader.ts), but `npm run dev`
 * does, and a feed or an export must not show one even there.
 */
export function withoutDrafts(corpus: Corpus): Corpus {
  return {
    ...corpus,
    projets: corpus.projets.filter((p) => !p.data.brouillon),
    methodes: corpus.methodes.filter((m) => !m.data.brouillon),
    pratiques: corpus.pratiques.filter((p) => !p.data.brouillon),
  };
}

/** The configured site URL (Astro.site); a clear build error when astro.config.mjs lost it. */
export function siteUrl(site: URL | undefined): URL {
  if (!site) {
    throw new Error(
      'Adresse du site inconnue : les flux RSS et les données ouvertes ont besoin de liens absolus. Renseignez « site » dans astro.config.mjs (variable SITE_URL).',
    );
  }
  return site;
}
