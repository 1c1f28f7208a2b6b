/** The region page (/regions/<code>/) as data: its labs and case studies, and the themes they work on most. */
import { labCard, projetCard } from '../lib/cards.ts';
import { feedLink, type Feeds } from '../lib/feeds.ts';
import type { Graph } from '../lib/graph.ts';
import { NETWORK_COUNT } from '../lib/network-count.ts';
import { href, url } from '../lib/paths.ts';
import { REGIONS, type Region } from '../lib/regions.ts';
import { plural } from './format.ts';
import { SECTION_LIMIT } from './thematique.ts';
import type { CardData, HubText, Trail } from './types.ts';
import { firstCards } from './sections.ts';

/** How many of the region's most present themes the page names. */
const TOP_THEMES = 4;

/** The region's page; `feeds` (getFeeds) gives the RSS feed it announces, when it has one. */
export function regionView(region: Region, g: Graph, feeds?: Feeds) {
  const labs = g.labsOfRegion(region.code);
  const projets = g.projetsOfRegion(region.code);
  const themes = [...g.themes.values()]
    .map((t) => ({ theme: t, n: projets.filter((p) => p.data.thematiques.some((x) => x.id === t.id)).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  const trail: Trail = { items: [{ label: 'Régions', path: '/regions/' }], current: region.nom };
  const feed = feeds?.region(region.code);

  return {
    title: `L’innovation publique ${region.dans}`,
    heading: `L’innovation publique ${region.dans}`,
    description: `Les laboratoires d’innovation territoriale ${region.dans} et leurs ${projets.length} projets documentés : contexte, méthodes, résultats.`,
    trail,
    feed: feed && feedLink(feed),
    /** "2 labs et 5 études de cas en Bretagne." */
    lead: `${labs.length === 0 ? 'Aucun lab connu du Carnet' : plural(labs.length, 'lab', 'labs')} et ${plural(projets.length, 'étude de cas', 'études de cas')} ${region.dans}.`,
    /** Said when no lab is known here: the list is partial, not proof that there is none. */
    partial:
      labs.length === 0
        ? `Cela ne veut pas dire qu’il n’y en a pas : le Carnet ne présente que les labs dont une source publique parle. Selon la DITP, le réseau compte ${NETWORK_COUNT.labs} laboratoires interministériels auprès des préfets de région (${NETWORK_COUNT.when}).`
        : undefined,
    /** The themes of its case studies, most present first, with their number of case studies. */
    themes: themes.slice(0, TOP_THEMES).map((x) => ({ text: x.theme.data.libelle, url: url.thematique(x.theme.id), count: x.n })),
    labs: labs.map((l): CardData => labCard(l, g)),
    /** Where a region with no active lab learns how to create one. */
    creerUnLab: labs.some((l) => l.data.actif) ? undefined : href('/creer-un-lab/'),
    projets: firstCards(
      projets,
      SECTION_LIMIT,
      (p) => projetCard(p, g),
      () => ({ label: `Voir les ${projets.length} études de cas`, url: href(`/projets/region/${region.code}/`) }),
    ),
  };
}

export type RegionView = ReturnType<typeof regionView>;

/** The regions page (/regions/). */
export const REGIONS_PAGE: HubText = {
  title: 'Régions',
  description: 'Les laboratoires d’innovation territoriale et leurs projets, région par région, en métropole et outre-mer.',
  lead: 'Le réseau des labs, région par région, en métropole et outre-mer.',
  trail: { items: [], current: 'Régions' },
};

/** The regions page (/regions/): every region, its number of labs and case studies, a link when it has a page. */
export function regionsIndex(g: Graph) {
  return REGIONS.map((r) => {
    const labs = g.labsOfRegion(r.code).length;
    const projets = g.projetsOfRegion(r.code).length;
    return { text: r.nom, url: labs + projets > 0 ? url.region(r.code) : undefined, labs, projets };
  });
}
