import { describe, expect, it } from 'vitest';
import { buildGraph, type Projet } from '../../../../src/lib/graph.ts';
import { essaimageView } from '../../../../src/views/essaimage.ts';
import { corpus, lab, methode, pratique, projet } from '../../../support/entries.ts';

const withLessons = (p: Projet, leviers: string[]): Projet => ({ ...p, data: { ...p.data, leviers } });
const g = buildGraph(
  corpus({
    labs: [lab('ti-lab', '53'), lab('labase', '75'), lab('lab-est', '44')],
    methodes: [methode('kit', 'deployer'), methode('immersion')],
    projets: [
      projet('origine', { lab: 'ti-lab' }),
      withLessons(projet('copie-1', { lab: 'labase', from: 'origine' }), ['Le soutien du préfet']),
      withLessons(projet('copie-2', { lab: 'lab-est', from: 'copie-1' }), ['Soutien du préfet de région']),
      projet('seul', { lab: 'ti-lab' }),
    ],
    pratiques: [pratique('documenter', { projets: ['copie-1'] })],
  }),
);
const view = essaimageView(g);

describe('la vue de l’essaimage', () => {
  it('part de chaque projet d’origine et compte ses reprises sur toutes les générations', () => {
    expect(view.lineages.map((l) => [l.root.id, l.children.map((c) => c.id), l.all.map((p) => p.id)])).toEqual([
      ['origine', ['copie-1'], ['origine', 'copie-1', 'copie-2']],
    ]);
    expect(view.lineages[0]?.reach).toBe('2 reprises, sur 2 générations');
    expect(view.lineages[0]?.origin).toEqual({
      lab: 'ti-lab',
      region: 'Bretagne',
      territoire: undefined,
      periode: 'depuis janvier 2024',
      statut: 'En cours',
    });
    expect(view.figures).toEqual({ lineages: 1, copies: 2, labs: 3, regions: 3 });
  });

  it('ne garde des leçons des reprises que celles que plusieurs citent', () => {
    expect(view.lessons).toEqual([{ titre: 'Ce qui a aidé', items: [expect.stringMatching(/ \(2 reprises\)$/)] }]);
  });

  it('propose les méthodes de déploiement puis les bonnes pratiques des lignées', () => {
    expect(view.prepare.map((c) => c.url)).toEqual(['/methodes/kit/', '/pratiques/documenter/']);
  });
});
