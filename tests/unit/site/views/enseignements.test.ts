import { describe, expect, it } from 'vitest';
import { buildGraph, type Projet } from '../../../../src/lib/graph.ts';
import { enseignementsView } from '../../../../src/views/enseignements.ts';
import { corpus, lab, projet, theme } from '../../../support/entries.ts';

const said = (p: Projet, leviers: string[], blocages: string[]): Projet => ({ ...p, data: { ...p.data, leviers, blocages } });
const g = buildGraph(
  corpus({
    labs: [lab('ti-lab', '53')],
    thematiques: [theme('emploi'), theme('usager'), theme('vide')],
    projets: [
      said(projet('a', { lab: 'ti-lab', themes: ['emploi'] }), ['Le soutien du préfet'], ['Le manque de temps']),
      said(projet('b', { lab: 'ti-lab', themes: ['emploi', 'usager'] }), ['Soutien du préfet de région'], []),
    ],
  }),
);
const view = enseignementsView(g);

describe('la vue des enseignements', () => {
  it('regroupe les leviers et les blocages de toutes les études de cas', () => {
    expect(view.count).toBe('2 études de cas');
    expect(view.all.leviers[0]?.projets.map((p) => p.id)).toEqual(['a', 'b']);
    expect(view.all.blocages.flatMap((x) => x.projets.map((p) => p.id))).toEqual(['a']);
  });

  it('reprend le même regroupement thématique par thématique, sans les thématiques vides', () => {
    expect(view.themes.map((t) => [t.text, t.url, t.count])).toEqual([
      ['Thème emploi', '/thematiques/emploi/', '2 études de cas'],
      ['Thème usager', '/thematiques/usager/', '1 étude de cas'],
    ]);
    expect(view.themes[1]?.blocages).toEqual([]);
  });
});
