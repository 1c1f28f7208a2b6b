/**
 * The filterable listings (/projets/, /methodes/, /pratiques/, their filters and pages) as data: the
 * page title and description with the active filter and page number, the intro, the cards, and for case
 * studies the feeds offered and the search that holds the rest of a capped listing.
 */
import { methodeCard, pratiqueCard, projetCard } from '../lib/cards.ts';
import { feedLink, type Feeds } from '../lib/feeds.ts';
import type { Graph, Methode, Pratique, Projet } from '../lib/graph.ts';
import type { ListingProps } from '../lib/listing.ts';
import { url } from '../lib/paths.ts';
import type { CardData } from './types.ts';

/** " : Déployé" for a filtered listing, " (page 2)" past the first page: what sets a listing page apart. */
function suffixes(listing: ListingProps<unknown>) {
  return {
    filter: listing.filter ? ` : ${listing.filter.value.label}` : '',
    page: listing.page > 1 ? ` (page ${listing.page})` : '',
  };
}

/** What every listing page shows: the listing's name and intro, the noun of its count, its cards. */
function listingPage<T>(
  listing: ListingProps<T>,
  o: { name: string; intro: string; noun: [string, string]; card: (item: T) => CardData; describe: (filter: string) => string },
) {
  const s = suffixes(listing);
  return {
    name: o.name,
    title: `${o.name}${s.filter}${s.page}`,
    description: `${o.describe(s.filter.toLowerCase())}${s.page}`,
    intro: o.intro,
    noun: o.noun,
    cards: listing.items.map(o.card),
  };
}

export function projetsListing(listing: ListingProps<Projet>, g: Graph, feeds: Feeds) {
  // A listing filtered by theme or region offers that feed first, then the site's.
  const filtered =
    listing.filter?.facet === 'thematique'
      ? feeds.theme(listing.filter.value.id)
      : listing.filter?.facet === 'region'
        ? feeds.region(listing.filter.value.id)
        : undefined;
  // The search's facets have the listing's keys (thematique, region, statut) and take the values' labels.
  const search = new URLSearchParams({ type: 'Étude de cas' });
  if (listing.filter) search.set(listing.filter.facet, listing.filter.value.label);
  search.set('tri', 'date');
  return {
    ...listingPage(listing, {
      name: 'Études de cas',
      intro:
        'Comment les labs ont conduit leurs projets avec les usagers et les agents, ce qui a marché, ce qui a bloqué, et comment les projets ont essaimé.',
      noun: ['étude de cas', 'études de cas'],
      card: (p) => projetCard(p, g),
      describe: (filter) =>
        `Les projets des laboratoires d’innovation territoriale${filter} : contexte, démarche avec les usagers et les agents, résultats, leviers et points de blocage.`,
    }),
    /** The feeds the page announces, the filtered one first. */
    feeds: [...(filtered ? [filtered] : []), feeds.all].map(feedLink),
    /** The search showing the same case studies, newest first: where a capped listing sends the rest. */
    searchUrl: `${url.recherche()}?${search}`,
  };
}

export function methodesListing(listing: ListingProps<Methode>, g: Graph) {
  return listingPage(listing, {
    name: 'Méthodes',
    intro:
      'Des fiches pratiques, de l’immersion au déploiement, avec les étapes, la durée, le matériel et les pièges à éviter. Chacune s’imprime pour un atelier.',
    noun: ['méthode', 'méthodes'],
    card: (m) => methodeCard(m, g),
    describe: (filter) =>
      `Fiches méthodes des labs d’innovation territoriale${filter} : étapes, durée, participants, matériel, à imprimer pour votre prochain atelier.`,
  });
}

export function pratiquesListing(listing: ListingProps<Pratique>, g: Graph) {
  return listingPage(listing, {
    name: 'Bonnes pratiques',
    intro: 'Ce que les labs ont appris en conduisant leurs projets, illustré par des exemples du réseau.',
    noun: ['bonne pratique', 'bonnes pratiques'],
    card: (p) => pratiqueCard(p, g),
    describe: (filter) =>
      `Les bonnes pratiques tirées des projets des labs d’innovation territoriale${filter}, avec des exemples concrets.`,
  });
}
