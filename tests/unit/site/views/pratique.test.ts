import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../../src/lib/graph.ts';
import { pratiquePanel, pratiqueView } from '../../../../src/views/pratique.ts';
import { corpus, lab, methode, pratique, projet, theme } from '../../../support/entries.ts';

const ecouter = pratique('ecouter', { themes: ['usager', 'emploi'], projets: ['a'], methodes: ['personas'] });
const g = buildGraph(
  corpus({
    labs: [lab('ti-lab', '53')],
    methodes: [methode('personas')],
    thematiques: [theme('emploi'), theme('usager')],
    projets: [projet('a', { lab: 'ti-lab' })],
    pratiques: [ecouter],
  }),
);
const view = pratiqueView(ecouter, g, new URL('https://carnet.exemple.gouv.fr'));

describe('la vue d’une bonne pratique', () => {
  it('donne les repères : thématiques, méthodes utiles et exemples, en liens', () => {
    expect(view.meta).toEqual([
      {
        label: 'Thématiques',
        value: [
          { text: 'Thème usager', url: '/thematiques/usager/' },
          { text: 'Thème emploi', url: '/thematiques/emploi/' },
        ],
      },
      { label: 'Méthodes utiles', value: [{ text: 'Méthode personas', url: '/methodes/personas/' }] },
      { label: 'Exemples', value: [{ text: 'Projet a', url: '/projets/a/' }] },
    ]);
  });

  it('indexe ses thématiques et ses méthodes, et donne ses thèmes au JSON-LD', () => {
    expect(pratiquePanel(ecouter, g).search).toEqual({
      type: 'Bonne pratique',
      thematiques: ['Thème usager', 'Thème emploi'],
      methodes: ['Méthode personas'],
      date: '2025-01-01',
      detail: 'Thème usager, Thème emploi',
    });
    expect(view.ld).toMatchObject({ url: 'https://carnet.exemple.gouv.fr/pratiques/ecouter/', themes: ['Thème usager', 'Thème emploi'] });
    expect(view.title).toBe('Pratique ecouter : bonne pratique');
  });

  it('montre en cartes les études de cas qui l’illustrent et les méthodes pour la mettre en œuvre', () => {
    expect(view.projets.map((c) => c.url)).toEqual(['/projets/a/']);
    expect(view.methodes.map((c) => c.url)).toEqual(['/methodes/personas/']);
  });
});
