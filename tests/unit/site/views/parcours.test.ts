import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../../src/lib/graph.ts';
import { parcoursView } from '../../../../src/views/parcours.ts';
import { corpus, lab, methode, projet } from '../../../support/entries.ts';

const g = buildGraph(
  corpus({
    labs: [lab('ti-lab', '53')],
    methodes: [methode('immersion'), methode('personas', 'definir'), methode('atelier', 'definir')],
    projets: [
      projet('a', { lab: 'ti-lab', methodes: ['immersion', 'personas'] }),
      projet('b', { lab: 'ti-lab', methodes: ['immersion', 'atelier'] }),
    ],
  }),
);
const view = parcoursView(g);

describe('la vue du parcours', () => {
  it('range les cinq phases dans l’ordre, chacune avec son rôle et le lien vers ses méthodes', () => {
    expect(view.steps).toBe('Découvrir → Définir → Concevoir → Tester → Déployer');
    expect(view.phases.map((p) => [p.rank, p.text, p.url])).toEqual([
      [1, 'Découvrir', '/methodes/phase/decouvrir/'],
      [2, 'Définir', '/methodes/phase/definir/'],
      [3, 'Concevoir', '/methodes/phase/concevoir/'],
      [4, 'Tester', '/methodes/phase/tester/'],
      [5, 'Déployer', '/methodes/phase/deployer/'],
    ]);
    expect(view.phases[0]?.purpose).toMatch(/^Comprendre ce que vivent les usagers/);
  });

  it('dit pour chaque méthode sa durée, son usage et les deux méthodes qui la suivent le plus souvent', () => {
    const immersion = view.phases[0]?.methodes[0];
    expect(immersion).toMatchObject({
      title: 'Méthode immersion',
      url: '/methodes/immersion/',
      facts: '1 heure · utilisée dans 2 projets',
    });
    expect(immersion?.next.map((x) => x.text).sort()).toEqual(['Méthode atelier', 'Méthode personas']);
    expect(view.phases[1]?.methodes.map((m) => m.facts)).toEqual(['1 heure · utilisée dans 1 projet', '1 heure · utilisée dans 1 projet']);
    expect(view.phases[2]?.methodes).toEqual([]);
  });
});
