import { describe, expect, it } from 'vitest';
import { buildGraph, RELATED_POOL, type Projet } from '../../../src/lib/graph.ts';
import { corpus, lab, methode, projet, theme } from '../../support/entries.ts';

const base = corpus({
  labs: [lab('ti-lab', '53'), lab('labase', '75'), lab('lab-est', '44')],
  methodes: [methode('immersion'), methode('personas', 'definir'), methode('prototypage', 'concevoir')],
  thematiques: [theme('emploi'), theme('usager')],
  projets: [
    projet('source', { lab: 'ti-lab', methodes: ['immersion', 'personas'], themes: ['emploi'], publie: '2024-01-01' }),
    projet('copie-1', { lab: 'labase', methodes: ['immersion'], themes: ['emploi'], from: 'source', publie: '2025-01-01' }),
    projet('copie-2', { lab: 'lab-est', methodes: ['prototypage'], themes: ['usager'], from: 'copie-1', publie: '2026-01-01' }),
    projet('voisin', { lab: 'ti-lab', methodes: ['prototypage'], themes: ['usager'], publie: '2023-06-01' }),
  ],
});
const g = buildGraph(base);
const ids = (list: { id: string }[]) => list.map((x) => x.id);
/** A project of the test corpus, by id (fails the test if it is missing). */
function get(graph: ReturnType<typeof buildGraph>, id: string) {
  const p = graph.projetsById.get(id);
  if (!p) throw new Error(`projet ${id} absent du corpus de test`);
  return p;
}

describe('le graphe du contenu', () => {
  it('range les projets du plus récent au plus ancien', () => {
    expect(ids(g.projets)).toEqual(['copie-2', 'copie-1', 'source', 'voisin']);
  });

  it('relie une méthode aux projets qui l’utilisent (lien dans les deux sens)', () => {
    expect(ids(g.projetsOfMethode('immersion'))).toEqual(['copie-1', 'source']);
    expect(ids(g.projetsOfMethode('personas'))).toEqual(['source']);
  });

  it('donne à un projet la région de son lab', () => {
    expect(g.regionOf(get(g, 'copie-2'))).toBe('44');
    expect(ids(g.projetsOfRegion('53'))).toEqual(['source', 'voisin']);
  });

  it('suit une lignée d’essaimage sur trois générations, dans les deux sens', () => {
    const copie2 = get(g, 'copie-2');
    expect(ids(g.ancestors(copie2))).toEqual(['source', 'copie-1']);
    const tree = g.descendants(get(g, 'source'));
    expect(tree.map((n) => [n.projet.id, n.depth])).toEqual([
      ['copie-1', 1],
      ['copie-2', 2],
    ]);
    expect(ids(g.replicationsOf('source'))).toEqual(['copie-1']);
  });

  it('ne boucle pas sur une lignée circulaire (le vérificateur la signale)', () => {
    const cyclic = buildGraph(
      corpus({ labs: [lab('l', '53')], projets: [projet('a', { lab: 'l', from: 'b' }), projet('b', { lab: 'l', from: 'a' })] }),
    );
    expect(ids(cyclic.ancestors(get(cyclic, 'a')))).toEqual(['b']);
    expect(cyclic.descendants(get(cyclic, 'a')).map((n) => n.projet.id)).toEqual(['b']);
  });

  it('classe les projets proches par méthodes, thématiques et région partagées, et dit pourquoi', () => {
    const related = g.relatedProjets(get(g, 'source'));
    expect(related.map((r) => [r.entry.id, r.score])).toEqual([
      ['copie-1', 5],
      ['voisin', 1],
    ]);
    expect(related[0]?.reasons).toEqual(['même méthode : Méthode immersion', 'même thématique : Thème emploi']);
    expect(related[1]?.reasons).toEqual(['même région']);
  });

  it('donne les mêmes projets proches qu’un calcul exhaustif, au-delà de la réserve de RELATED_POOL projets par groupe', () => {
    // A corpus larger than the pool, with skewed groups, checked against the plain definition.
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const labs = [lab('a', '53'), lab('b', '75'), lab('c', '44')];
    const methodes = ['m1', 'm2', 'm3', 'm4', 'm5'].map((m) => methode(m));
    const thematiques = ['t1', 't2', 't3'].map((t) => theme(t));
    const projets = Array.from({ length: RELATED_POOL * 2 + 37 }, (_, i) =>
      projet(`p${i}`, {
        lab: ['a', 'b', 'c'][random(3)] ?? 'a',
        methodes: [...new Set([`m${1 + random(5)}`, `m${1 + random(2)}`])],
        themes: [...new Set([`t${1 + random(3)}`, `t${1 + random(3)}`])],
        publie: `20${10 + random(15)}-0${1 + random(9)}-1${random(10)}`,
      }),
    );
    const big = buildGraph(corpus({ labs, methodes, thematiques, projets }));
    const pool = (list: Projet[]) => list.slice(0, RELATED_POOL);
    const reference = (p: Projet) => {
      const scores = new Map<string, { id: string; score: number; reasons: string[]; rank: number }>();
      const add = (list: Projet[], points: number, reason: string) => {
        for (const other of pool(list)) {
          if (other.id === p.id) continue;
          const s = scores.get(other.id) ?? { id: other.id, score: 0, reasons: [], rank: big.projets.indexOf(other) };
          s.score += points;
          s.reasons.push(reason);
          scores.set(other.id, s);
        }
      };
      for (const m of p.data.methodes) add(big.projetsOfMethode(m.id), 3, `même méthode : Méthode ${m.id}`);
      for (const t of p.data.thematiques) add(big.projetsOfTheme(t.id), 2, `même thématique : Thème ${t.id}`);
      add(big.projetsOfRegion(big.regionOf(p)), 1, 'même région');
      return [...scores.values()]
        .sort((x, y) => y.score - x.score || x.rank - y.rank)
        .slice(0, 3)
        .map(({ id, score, reasons }) => ({ id, score, reasons }));
    };
    for (const p of big.projets.filter((_, i) => i % 7 === 0)) {
      expect(
        big.relatedProjets(p).map((r) => ({ id: r.entry.id, score: r.score, reasons: r.reasons })),
        p.id,
      ).toEqual(reference(p));
    }
  });

  it('calcule les chiffres clés à partir du contenu', () => {
    expect(g.figures).toEqual({ labs: 3, projets: 4, methodes: 3, pratiques: 0, regions: 3, essaimages: 2 });
  });
});
