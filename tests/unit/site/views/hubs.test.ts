/** The theme and region pages: what the corpus holds on one theme or in one region. */
import { describe, expect, it } from 'vitest';
import { buildFeeds } from '../../../../src/lib/feeds.ts';
import { buildGraph } from '../../../../src/lib/graph.ts';
import { region } from '../../../../src/lib/regions.ts';
import { REGIONS_PAGE, regionsIndex, regionView } from '../../../../src/views/region.ts';
import { SECTION_LIMIT, THEMATIQUES_PAGE, thematiquesIndex, thematiqueView } from '../../../../src/views/thematique.ts';
import { corpus, graphOfMany, lab, methode, pratique, projet, theme } from '../../../support/entries.ts';

const emploi = theme('emploi');
const entries = corpus({
  labs: [lab('ti-lab', '53'), lab('labase', '75')],
  methodes: [methode('immersion'), methode('personas'), methode('prototypage')],
  thematiques: [emploi, theme('usager'), theme('design')],
  projets: [
    projet('a', { lab: 'ti-lab', methodes: ['immersion'], themes: ['emploi', 'usager'] }),
    projet('b', { lab: 'labase', methodes: ['immersion', 'personas'], themes: ['emploi'], region: '53' }),
  ],
  pratiques: [pratique('ecouter', { themes: ['emploi'] })],
});
const g = buildGraph(entries);
const feeds = buildFeeds(entries, 'https://carnet.exemple.gouv.fr');

describe('la vue d’une thématique', () => {
  const view = thematiqueView(emploi, g);

  it('compte ses études de cas, leurs labs, ses bonnes pratiques et les méthodes employées, accordés en nombre', () => {
    expect(view.summary).toBe('2 études de cas de 2 labs, 1 bonne pratique, 2 méthodes employées.');
    expect(thematiqueView(theme('design'), g).summary).toBe('0 étude de cas de 0 lab, 0 bonne pratique, 0 méthode employée.');
    expect(view.title).toBe('Thème emploi : projets, méthodes et bonnes pratiques');
    expect(view.trail).toEqual({ items: [{ label: 'Thématiques', path: '/thematiques/' }], current: 'Thème emploi' });
  });

  it('donne à sa page son titre, son chapeau et son flux RSS', () => {
    expect([view.heading, view.lead]).toEqual(['Thème emploi', emploi.data.description]);
    expect(view.feed).toBeUndefined();
    expect(thematiqueView(emploi, g, feeds).feed).toEqual({ title: expect.any(String), href: '/thematiques/emploi/flux.xml' });
  });

  it('montre ses études de cas, bonnes pratiques et méthodes en cartes, et la liste filtrée au-delà de la limite', () => {
    expect(view.projets.cards.map((c) => c.url)).toEqual(['/projets/a/', '/projets/b/']);
    expect(view.pratiques.map((c) => c.url)).toEqual(['/pratiques/ecouter/']);
    expect(view.methodes.map((c) => c.url)).toEqual(['/methodes/immersion/', '/methodes/personas/']);
    expect(view.projets.more).toBeUndefined();
    const big = thematiqueView(emploi, graphOfMany(SECTION_LIMIT + 1, { themes: ['emploi'] }, { thematiques: [emploi] }));
    expect(big.projets.cards).toHaveLength(SECTION_LIMIT);
    expect(big.projets.more).toEqual({ label: 'Voir les 7 études de cas', url: '/projets/thematique/emploi/' });
  });
});

describe('la vue d’une région', () => {
  const view = regionView(region('53'), g);

  it('compte ses labs et ses études de cas, y compris celles d’un lab d’ailleurs qui s’y déroulent', () => {
    expect(view.lead).toBe('1 lab et 2 études de cas en Bretagne.');
    expect(view.title).toBe('L’innovation publique en Bretagne');
    expect(view.trail).toEqual({ items: [{ label: 'Régions', path: '/regions/' }], current: 'Bretagne' });
    expect(view.labs.map((c) => c.url)).toEqual(['/labs/ti-lab/']);
  });

  it('donne à sa page son titre et son flux RSS', () => {
    expect(view.heading).toBe('L’innovation publique en Bretagne');
    expect(view.feed).toBeUndefined();
    expect(regionView(region('53'), g, feeds).feed).toEqual({ title: expect.any(String), href: '/regions/53/flux.xml' });
  });

  it('nomme ses thématiques les plus présentes, avec leur nombre d’études de cas', () => {
    expect(view.themes).toEqual([
      { text: 'Thème emploi', url: '/thematiques/emploi/', count: 2 },
      { text: 'Thème usager', url: '/thematiques/usager/', count: 1 },
    ]);
  });
});

describe('les pages d’index des thématiques et des régions', () => {
  it('donne une carte par thématique avec son nombre d’études de cas', () => {
    expect(thematiquesIndex(g).map((c) => [c.title, c.url, c.detail])).toEqual([
      ['Thème emploi', '/thematiques/emploi/', '2 études de cas'],
      ['Thème usager', '/thematiques/usager/', '1 étude de cas'],
      ['Thème design', '/thematiques/design/', '0 étude de cas'],
    ]);
  });

  it('compte chaque région, avec un lien seulement vers celles qui ont une page', () => {
    const rows = regionsIndex(g);
    expect(rows).toHaveLength(18);
    expect(rows.find((r) => r.text === 'Bretagne')).toEqual({ text: 'Bretagne', url: '/regions/53/', labs: 1, projets: 2 });
    expect(rows.find((r) => r.text === 'Nouvelle-Aquitaine')).toEqual({
      text: 'Nouvelle-Aquitaine',
      url: '/regions/75/',
      labs: 1,
      projets: 0,
    });
    expect(rows.find((r) => r.text === 'Corse')).toEqual({ text: 'Corse', url: undefined, labs: 0, projets: 0 });
  });
});

describe('les pages des régions et des thématiques', () => {
  it.each([
    ['Régions', REGIONS_PAGE],
    ['Thématiques', THEMATIQUES_PAGE],
  ])('« %s » est sous l’accueil, nommée dans le fil d’Ariane comme dans son titre, avec un chapeau', (title, page) => {
    expect(page.title).toBe(title);
    expect(page.trail).toEqual({ items: [], current: title });
    expect(page.lead.length).toBeGreaterThan(0);
  });
});
