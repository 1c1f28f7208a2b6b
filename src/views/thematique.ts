/** The theme page (/thematiques/<id>/) as data: what the corpus holds on the theme, in counts and cards. */
import { methodeCard, pratiqueCard, projetCard } from '../lib/cards.ts';
import { feedLink, type Feeds } from '../lib/feeds.ts';
import type { Graph, Thematique } from '../lib/graph.ts';
import { href, url } from '../lib/paths.ts';
import { plural } from './format.ts';
import type { CardData, HubText, Trail } from './types.ts';
import { firstCards } from './sections.ts';

/** How many case studies a theme or region page shows before linking to the filtered listing. */
export const SECTION_LIMIT = 6;

/** The theme's page; `feeds` (getFeeds) gives the RSS feed it announces, when it has one. */
export function thematiqueView(entry: Thematique, g: Graph, feeds?: Feeds) {
  const d = entry.data;
  const projets = g.projetsOfTheme(entry.id);
  const pratiques = g.pratiquesOfTheme(entry.id);
  const methodIds = new Set(projets.flatMap((p) => p.data.methodes.map((m) => m.id)));
  const methodes = [...g.methodes.values()].filter((m) => methodIds.has(m.id));
  const labsCount = new Set(projets.map((p) => p.data.lab.id)).size;
  const trail: Trail = { items: [{ label: 'Thématiques', path: '/thematiques/' }], current: d.libelle };
  const feed = feeds?.theme(entry.id);

  return {
    title: `${d.libelle} : projets, méthodes et bonnes pratiques`,
    description: `${d.description} ${projets.length} études de cas de ${labsCount} labs.`,
    trail,
    feed: feed && feedLink(feed),
    heading: d.libelle,
    lead: d.description,
    /** "3 études de cas de 2 labs, 1 bonne pratique, 4 méthodes employées." */
    summary: `${plural(projets.length, 'étude de cas', 'études de cas')} de ${plural(labsCount, 'lab', 'labs')}, ${plural(pratiques.length, 'bonne pratique', 'bonnes pratiques')}, ${plural(methodes.length, 'méthode employée', 'méthodes employées')}.`,
    projets: firstCards(
      projets,
      SECTION_LIMIT,
      (p) => projetCard(p, g),
      () => ({ label: `Voir les ${projets.length} études de cas`, url: href(`/projets/thematique/${entry.id}/`) }),
    ),
    pratiques: pratiques.map((p): CardData => pratiqueCard(p, g)),
    methodes: methodes.map((m): CardData => methodeCard(m, g)),
  };
}

export type ThematiqueView = ReturnType<typeof thematiqueView>;

/** The themes page (/thematiques/). */
export const THEMATIQUES_PAGE: HubText = {
  title: 'Thématiques',
  description:
    'Les thématiques de l’innovation publique territoriale : service à l’usager, innovation managériale, engagement citoyen, services écoresponsables et plus.',
  lead: 'Les grands champs d’action des labs. Chaque thématique rassemble ses études de cas, ses bonnes pratiques et les méthodes employées.',
  trail: { items: [], current: 'Thématiques' },
};

/** The themes page (/thematiques/): one card per theme, with its number of case studies. */
export function thematiquesIndex(g: Graph): CardData[] {
  return [...g.themes.values()].map((t) => ({
    title: t.data.libelle,
    url: url.thematique(t.id),
    description: t.data.description,
    detail: plural(g.projetsOfTheme(t.id).length, 'étude de cas', 'études de cas'),
  }));
}
