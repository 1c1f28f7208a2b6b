import { describe, expect, it } from 'vitest';
import { buildGraph, type Methode } from '../../../../src/lib/graph.ts';
import { HUB_LIMIT } from '../../../../src/lib/listing.ts';
import { methodePanel, methodeView } from '../../../../src/views/methode.ts';
import { corpus, graphOfMany, lab, methode, pratique, projet, theme } from '../../../support/entries.ts';

const personas: Methode = { ...methode('personas', 'definir') };
personas.data = {
  ...personas.data,
  duree: { min: 2, max: 3, unite: 'heures' },
  participants: { min: 4, max: 12 },
  difficulte: 'intermediaire',
  materiel: ['Post-it'],
  methodesLiees: [{ collection: 'methodes', id: 'prototypage' }],
};
const g = buildGraph(
  corpus({
    labs: [lab('ti-lab', '53')],
    methodes: [methode('immersion'), personas, methode('prototypage', 'concevoir')],
    thematiques: [theme('emploi'), theme('usager')],
    projets: [
      projet('a', { lab: 'ti-lab', methodes: ['immersion', 'personas'], themes: ['emploi'] }),
      projet('b', { lab: 'ti-lab', methodes: ['immersion', 'personas'], themes: ['emploi', 'usager'] }),
    ],
    pratiques: [pratique('ecouter', { methodes: ['personas'] })],
  }),
);
const view = methodeView(personas, g, new URL('https://carnet.exemple.gouv.fr'));

describe('la vue d’une fiche méthode', () => {
  it('donne les faits clés et les lignes « En pratique », la phase menant à sa liste', () => {
    expect(view.facts).toEqual({ duree: '2 à 3 heures', participants: '4 à 12', difficulte: 'Intermédiaire' });
    expect(view.meta).toEqual([
      { label: 'Phase', value: [{ text: 'Définir', url: '/methodes/phase/definir/', hint: ' : méthodes de cette phase' }] },
      { label: 'Durée', value: '2 à 3 heures' },
      { label: 'Participants', value: '4 à 12 personnes' },
      { label: 'Difficulté', value: 'Intermédiaire' },
      { label: 'Matériel', value: [{ text: 'Post-it' }] },
      { label: 'Livrables', value: [] },
    ]);
  });

  it('indexe la phase et les thématiques des projets qui l’utilisent, une fois chacune', () => {
    expect(methodePanel(personas, g).search).toEqual({
      type: 'Méthode',
      phase: 'Définir',
      thematiques: ['Thème emploi', 'Thème usager'],
      date: '2025-01-01',
      detail: 'Phase Définir · 2 à 3 heures',
    });
    expect(view.title).toBe('Méthode personas : fiche méthode');
    expect(view.trail).toEqual({ items: [{ label: 'Méthodes', path: '/methodes/' }], current: 'Méthode personas' });
    expect(view.ld.url).toBe('https://carnet.exemple.gouv.fr/methodes/personas/');
  });

  it('dit ce qui vient avant (vu dans les études de cas) et après (méthode liée, par sa phase)', () => {
    expect(view.sequence).toEqual([
      {
        titre: 'Souvent avant',
        word: 'avant',
        items: [{ title: 'Méthode immersion', url: '/methodes/immersion/', detail: 'juste avant dans 2 études de cas' }],
      },
      {
        titre: 'Souvent après',
        word: 'après',
        items: [{ title: 'Méthode prototypage', url: '/methodes/prototypage/', detail: 'méthode liée, phase Concevoir' }],
      },
    ]);
  });

  it('montre les études de cas qui l’utilisent avec leur lab et leur région, et au-delà de la limite un lien vers la recherche', () => {
    expect(view.projets.count).toBe(2);
    expect(view.projets.cards[0]).toEqual({ title: 'Projet a', url: '/projets/a/', description: 'r', detail: 'ti-lab · Bretagne' });
    expect(view.projets.more).toBeUndefined();
    const big = methodeView(personas, graphOfMany(HUB_LIMIT + 1, { methodes: ['personas'] }, { methodes: [personas] }), undefined);
    expect(big.projets.cards).toHaveLength(HUB_LIMIT);
    expect(big.projets.more).toBe('/recherche/?type=%C3%89tude%20de%20cas&methode=M%C3%A9thode%20personas&tri=date');
  });

  it('propose les méthodes liées et les bonnes pratiques associées en cartes', () => {
    expect(view.liees.map((c) => c.title)).toEqual(['Méthode prototypage']);
    expect(view.pratiques.map((c) => c.url)).toEqual(['/pratiques/ecouter/']);
  });
});
