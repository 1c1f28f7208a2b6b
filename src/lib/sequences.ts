/**
 * Methods in practice: which methods usually come before and after a method. Counted from the case
 * studies' ordered `methodes` lists (which method came right before, right after), completed by the
 * methods' `methodesLiees`, placed before or after by their phase. Pure, unit-tested without Astro.
 */
import type { Graph } from './graph.ts';
import { PHASES, type Phase } from './vocabulary.ts';

/** What the computation needs of a method. */
export interface SequenceMethode {
  id: string;
  phase: Phase;
  /** Ids of its `methodesLiees`. */
  liees: readonly string[];
}

export interface Neighbour {
  id: string;
  /** Case studies where it came right before (or right after) the method. */
  projets: number;
  /** True when one of the two methods lists the other in `methodesLiees`. */
  liee: boolean;
}

export interface Sequence {
  avant: Neighbour[];
  apres: Neighbour[];
}

const phaseRank = (p: Phase) => PHASES.ids.indexOf(p);

/**
 * Before and after each method, most frequent first (then linked ones, then by phase, then by id).
 * A linked method never seen next to it in a case study goes before it when its phase comes earlier,
 * after it when later, and nowhere when both share a phase (the page lists it as linked anyway).
 * @param parcours the methods of each case study, in the order they were used
 */
export function methodSequences(methodes: readonly SequenceMethode[], parcours: readonly (readonly string[])[]): Map<string, Sequence> {
  const byId = new Map(methodes.map((m) => [m.id, m]));
  const before = new Map<string, Map<string, number>>();
  const after = new Map<string, Map<string, number>>();
  const bump = (table: Map<string, Map<string, number>>, of: string, other: string) => {
    const row = table.get(of) ?? new Map<string, number>();
    row.set(other, (row.get(other) ?? 0) + 1);
    table.set(of, row);
  };

  for (const list of parcours) {
    // A method written twice in one case study counts once, where it first appears.
    const steps = [...new Set(list)].filter((id) => byId.has(id));
    for (let i = 1; i < steps.length; i++) {
      const a = steps[i - 1];
      const b = steps[i];
      if (a === undefined || b === undefined) continue;
      bump(after, a, b);
      bump(before, b, a);
    }
  }

  const linked = (a: string, b: string) => (byId.get(a)?.liees.includes(b) ?? false) || (byId.get(b)?.liees.includes(a) ?? false);
  const result = new Map<string, Sequence>();
  for (const m of methodes) {
    const avant = new Map<string, Neighbour>();
    const apres = new Map<string, Neighbour>();
    for (const [id, n] of before.get(m.id) ?? []) avant.set(id, { id, projets: n, liee: linked(m.id, id) });
    for (const [id, n] of after.get(m.id) ?? []) apres.set(id, { id, projets: n, liee: linked(m.id, id) });

    const others = new Set([...m.liees, ...methodes.filter((o) => o.liees.includes(m.id)).map((o) => o.id)]);
    for (const id of others) {
      const other = byId.get(id);
      if (!other || id === m.id || avant.has(id) || apres.has(id)) continue;
      const order = phaseRank(other.phase) - phaseRank(m.phase);
      if (order < 0) avant.set(id, { id, projets: 0, liee: true });
      if (order > 0) apres.set(id, { id, projets: 0, liee: true });
    }

    const rank = (a: Neighbour, b: Neighbour) =>
      b.projets - a.projets ||
      Number(b.liee) - Number(a.liee) ||
      phaseRank(byId.get(a.id)?.phase ?? 'decouvrir') - phaseRank(byId.get(b.id)?.phase ?? 'decouvrir') ||
      a.id.localeCompare(b.id);
    result.set(m.id, { avant: [...avant.values()].sort(rank), apres: [...apres.values()].sort(rank) });
  }
  return result;
}

const fromGraph = new WeakMap<Graph, Map<string, Sequence>>();

/** The sequences of the site's methods, computed once per content graph. */
export function graphSequences(g: Graph): Map<string, Sequence> {
  let found = fromGraph.get(g);
  if (!found) {
    const methodes = [...g.methodes.values()].map((m) => ({ id: m.id, phase: m.data.phase, liees: m.data.methodesLiees.map((x) => x.id) }));
    found = methodSequences(
      methodes,
      g.projets.map((p) => p.data.methodes.map((x) => x.id)),
    );
    fromGraph.set(g, found);
  }
  return found;
}
