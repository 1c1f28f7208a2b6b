import { describe, expect, it } from 'vitest';
import { methodSequences, type SequenceMethode } from '../../../src/lib/sequences.ts';

const m = (id: string, phase: SequenceMethode['phase'], liees: string[] = []): SequenceMethode => ({ id, phase, liees });
const METHODES = [
  m('immersion', 'decouvrir'),
  m('entretien', 'decouvrir', ['personas']),
  m('personas', 'definir'),
  m('prototypage', 'concevoir', ['test', 'cartographie']),
  m('test', 'tester'),
  m('cartographie', 'decouvrir'),
  m('atelier', 'concevoir', ['prototypage']),
  m('kit', 'deployer', ['prototypage']),
];
const PARCOURS = [
  ['immersion', 'entretien', 'prototypage', 'test'],
  ['entretien', 'prototypage'],
  ['immersion', 'prototypage', 'immersion'],
  ['entretien', 'inconnue', 'test'],
];
const seq = methodSequences(METHODES, PARCOURS);
const view = (id: string) => {
  const s = seq.get(id);
  return {
    avant: s?.avant.map((n) => `${n.id}:${n.projets}${n.liee ? '+' : ''}`),
    apres: s?.apres.map((n) => `${n.id}:${n.projets}${n.liee ? '+' : ''}`),
  };
};

describe('les méthodes avant et après', () => {
  it('compte, étude par étude, la méthode utilisée juste avant et juste après, puis ajoute les méthodes liées', () => {
    expect(view('prototypage')).toEqual({
      avant: ['entretien:2', 'immersion:1', 'cartographie:0+'],
      apres: ['test:1+', 'kit:0+'],
    });
  });

  it('ignore les méthodes inconnues et les répétitions dans une même étude', () => {
    expect(view('entretien').apres).toEqual(['prototypage:2', 'test:1', 'personas:0+']);
    expect(view('immersion').avant).toEqual([]);
  });

  it('place une méthode liée jamais vue à côté selon l’ordre des phases, et nulle part si la phase est la même', () => {
    expect(view('personas')).toEqual({ avant: ['entretien:0+'], apres: [] });
    expect(view('kit')).toEqual({ avant: ['prototypage:0+'], apres: [] });
    expect(view('atelier')).toEqual({ avant: [], apres: [] });
  });

  it('donne une entrée vide à une méthode jamais utilisée ni liée', () => {
    expect(seq.get('cartographie')).toEqual({ avant: [], apres: [{ id: 'prototypage', projets: 0, liee: true }] });
  });
});
