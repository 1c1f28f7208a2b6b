import { describe, expect, it } from 'vitest';
import { buildGraph, type Lab } from '../../../../src/lib/graph.ts';
import { homeView } from '../../../../src/views/home.ts';
import { corpus, lab, methode, projet, theme } from '../../../support/entries.ts';

const ferme: Lab = { ...lab('lab-ferme', '53') };
ferme.data = { ...ferme.data, actif: false };
const g = buildGraph(
  corpus({
    labs: [lab('ti-lab', '53'), ferme],
    methodes: [methode('immersion'), methode('personas', 'definir')],
    thematiques: [theme('emploi'), theme('vide')],
    projets: [
      ...Array.from({ length: 7 }, (_, i) => projet(`p${i}`, { lab: 'ti-lab', themes: ['emploi'], publie: `2025-01-0${i + 1}` })),
      projet('copie', { lab: 'ti-lab', themes: ['emploi'], from: 'p0', region: '75', publie: '2024-01-01' }),
    ],
  }),
);
const view = homeView(g);

describe('la vue de l’accueil', () => {
  it('compte le réseau à partir des fiches, chaque chiffre menant à ce qu’il compte', () => {
    expect(view.figures.map((x) => [x.value, x.label, x.url])).toEqual([
      [1, 'fiches de labs actifs', '/labs/'],
      [8, 'études de cas', '/projets/'],
      [2, 'fiches méthodes', '/methodes/'],
      [0, 'bonnes pratiques', '/pratiques/'],
      [2, 'régions', '/regions/'],
      [1, 'projets essaimés', '/projets/statut/essaime/'],
    ]);
  });

  it('montre les six dernières études de cas et un lien vers toutes', () => {
    expect(view.latest.cards.map((c) => c.url)).toEqual([
      '/projets/p6/',
      '/projets/p5/',
      '/projets/p4/',
      '/projets/p3/',
      '/projets/p2/',
      '/projets/p1/',
    ]);
    expect(view.latest.more).toEqual({ label: 'Toutes les études de cas (8)', url: '/projets/' });
  });

  it('liste les thématiques qui ont des études de cas et les méthodes de chaque phase, dans l’ordre des phases', () => {
    expect(view.themes).toEqual([{ text: 'Thème emploi', url: '/thematiques/emploi/', count: 8 }]);
    expect(view.phases.map((p) => [p.text, p.methodes.map((m) => m.text)])).toEqual([
      ['Découvrir', ['Méthode immersion']],
      ['Définir', ['Méthode personas']],
      ['Concevoir', []],
      ['Tester', []],
      ['Déployer', []],
    ]);
  });

  it('donne les régions qui ont un lab ou une étude de cas, les labs fermés signalés, et nomme les autres', () => {
    expect(view.regions).toEqual([
      {
        text: 'Bretagne',
        url: '/regions/53/',
        projets: 7,
        labs: [
          { text: 'ti-lab', url: '/labs/ti-lab/', closed: false },
          { text: 'lab-ferme', url: '/labs/lab-ferme/', closed: true },
        ],
      },
      { text: 'Nouvelle-Aquitaine', url: '/regions/75/', projets: 1, labs: [] },
    ]);
    expect(view.empty).toHaveLength(16);
    expect(view.empty).toContain('Corse');
  });
});
