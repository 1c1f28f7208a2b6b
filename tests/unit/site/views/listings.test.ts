import { describe, expect, it } from 'vitest';
import { methodeFacets, pratiqueFacets, projetFacets } from '../../../../src/lib/cards.ts';
import { buildFeeds } from '../../../../src/lib/feeds.ts';
import { buildGraph } from '../../../../src/lib/graph.ts';
import { listingPaths, type ListingPath } from '../../../../src/lib/listing.ts';
import { methodesListing, pratiquesListing, projetsListing } from '../../../../src/views/listings.ts';
import { corpus, lab, methode, pratique, projet, theme } from '../../../support/entries.ts';

const c = corpus({
  labs: [lab('ti-lab', '53')],
  methodes: [methode('personas', 'definir')],
  thematiques: [theme('emploi')],
  projets: Array.from({ length: 30 }, (_, i) => projet(`p${i}`, { lab: 'ti-lab', themes: ['emploi'] })),
  pratiques: [pratique('ecouter', { themes: ['emploi'] })],
});
const g = buildGraph(c);
const feeds = buildFeeds(c, 'https://carnet.exemple.gouv.fr');
/** The listing page at `slug` ('' for the first page of the whole list). */
const at = <T>(paths: ListingPath<T>[], slug: string) => {
  const found = paths.find((p) => (p.params.slug ?? '') === slug);
  if (!found) throw new Error(`pas de page « ${slug} » : ${paths.map((p) => p.params.slug).join(', ')}`);
  return found.props;
};
const projets = listingPaths('/projets/', g.projets, projetFacets(g));

describe('la vue d’une liste', () => {
  it('nomme la liste, puis le filtre actif et le numéro de page, dans le titre et la description', () => {
    const first = projetsListing(at(projets, ''), g, feeds);
    expect(first.title).toBe('Études de cas');
    expect(first.description).toMatch(/^Les projets des laboratoires d’innovation territoriale : contexte,.*blocage\.$/);
    const filtered = projetsListing(at(projets, 'thematique/emploi/page/2'), g, feeds);
    expect(filtered.title).toBe('Études de cas : Thème emploi (page 2)');
    expect(filtered.description).toMatch(/^Les projets des laboratoires d’innovation territoriale : thème emploi : contexte,.*\(page 2\)$/);
    expect(filtered.cards).toHaveLength(6);
  });

  it('annonce le flux du filtre (thématique ou région) avant celui du site, et la recherche équivalente', () => {
    expect(projetsListing(at(projets, ''), g, feeds).feeds.map((f) => f.href)).toEqual(['/flux.xml']);
    const byTheme = projetsListing(at(projets, 'thematique/emploi'), g, feeds);
    expect(byTheme.feeds.map((f) => f.href)).toEqual(['/thematiques/emploi/flux.xml', '/flux.xml']);
    expect(byTheme.searchUrl).toBe('/recherche/?type=%C3%89tude+de+cas&thematique=Th%C3%A8me+emploi&tri=date');
    const byStatut = projetsListing(at(projets, 'statut/en-cours'), g, feeds);
    expect(byStatut.feeds.map((f) => f.href)).toEqual(['/flux.xml']);
  });

  it('fait de même pour les méthodes et les bonnes pratiques, avec leurs cartes', () => {
    const methodes = methodesListing(at(listingPaths('/methodes/', [...g.methodes.values()], methodeFacets(g)), 'phase/definir'), g);
    expect(methodes).toMatchObject({ title: 'Méthodes : Définir', noun: ['méthode', 'méthodes'] });
    expect(methodes.cards.map((x) => x.url)).toEqual(['/methodes/personas/']);
    const pratiques = pratiquesListing(at(listingPaths('/pratiques/', c.pratiques, pratiqueFacets(g)), ''), g);
    expect(pratiques.title).toBe('Bonnes pratiques');
    expect(pratiques.description).toBe(
      'Les bonnes pratiques tirées des projets des labs d’innovation territoriale, avec des exemples concrets.',
    );
  });
});
