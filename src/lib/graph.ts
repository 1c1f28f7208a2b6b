/**
 * The content graph: everything derived from the corpus rather than typed twice
 * (a lab's projects, a method's uses, lineages, related content, key figures).
 * Built once per build from plain entries, so it is unit-tested without Astro.
 */
import type { LabData, MethodeData, PratiqueData, ProjetData, ThematiqueData } from '../model/index.ts';
import { label } from './labels.ts';
import { ancestors as lineageAncestors, descendants as lineageDescendants } from './lineage.ts';

export interface Entry<D> {
  id: string;
  data: D;
}
export type Lab = Entry<LabData>;
export type Projet = Entry<ProjetData>;
export type Methode = Entry<MethodeData>;
export type Pratique = Entry<PratiqueData>;
export type Thematique = Entry<ThematiqueData>;

export interface Corpus {
  labs: Lab[];
  projets: Projet[];
  methodes: Methode[];
  pratiques: Pratique[];
  thematiques: Thematique[];
}

export interface Related<T> {
  entry: T;
  score: number;
  /** Why it is related, in French ("même méthode : Personas"). */
  reasons: string[];
}

export interface LineageNode {
  projet: Projet;
  /** Generations below the project the lineage is drawn for (1 = direct replication). */
  depth: number;
}

/** How many of the most recent projects of each shared method, theme or region are considered as related. */
export const RELATED_POOL = 400;

const byNewest = (a: Projet, b: Projet) => b.data.publie.getTime() - a.data.publie.getTime() || a.id.localeCompare(b.id);
const byTitle = <T extends Entry<{ titre: string }>>(a: T, b: T) => a.data.titre.localeCompare(b.data.titre, 'fr');

function group<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

export type Graph = ReturnType<typeof buildGraph>;

export function buildGraph(corpus: Corpus) {
  const labs = new Map(corpus.labs.map((l) => [l.id, l]));
  const methodes = new Map(corpus.methodes.map((m) => [m.id, m]));
  const projetsById = new Map(corpus.projets.map((p) => [p.id, p]));
  const themes = new Map(corpus.thematiques.map((t) => [t.id, t]));
  const projets = [...corpus.projets].sort(byNewest);
  const names = { labs, methodes, projetsById, themes };

  /** The region of a project: its own, or its lab's. */
  const regionOf = (p: Projet): string => p.data.region ?? labs.get(p.data.lab.id)?.data.region ?? '';

  const projetsByLab = group(projets, (p) => [p.data.lab.id, ...p.data.autresLabs.map((l) => l.id)]);
  const projetsByMethode = group(projets, (p) => p.data.methodes.map((m) => m.id));
  const projetsByTheme = group(projets, (p) => p.data.thematiques.map((t) => t.id));
  const projetsByRegion = group(projets, (p) => [regionOf(p)]);
  const projetsByStatut = group(projets, (p) => [p.data.statut]);
  const pratiquesByTheme = group(corpus.pratiques, (p) => p.data.thematiques.map((t) => t.id));
  const pratiquesByProjet = group(corpus.pratiques, (p) => p.data.projets.map((x) => x.id));
  const pratiquesByMethode = group(corpus.pratiques, (p) => p.data.methodes.map((x) => x.id));
  const labsByRegion = group(corpus.labs, (l) => [l.data.region]);
  const methodesByPhase = group([...corpus.methodes].sort(byTitle), (m) => [m.data.phase]);
  const replications = group(
    projets.filter((p) => p.data.essaimeDepuis),
    (p) => [p.data.essaimeDepuis?.id ?? ''],
  );

  const sourceOf = (p: Projet) => (p.data.essaimeDepuis ? projetsById.get(p.data.essaimeDepuis.id) : undefined);
  /** Sources of a project, oldest first (src/lib/lineage.ts). */
  const ancestors = (p: Projet): Projet[] => lineageAncestors(p, sourceOf);
  /** Every replication of a project, depth-first, with its generation (src/lib/lineage.ts). */
  const descendants = (p: Projet): LineageNode[] =>
    lineageDescendants(p, (x) => replications.get(x.id) ?? []).map(({ entry, depth }) => ({ projet: entry, depth }));

  /**
   * Other case studies ranked by shared methods (3 points each), themes (2) and region (1), with the
   * reasons. Scores are accumulated from the project's own methods, themes and region, so the cost
   * grows with the size of those groups, not with the whole corpus; each group contributes its
   * RELATED_POOL most recent projects. Scores live in one typed array indexed by recency (ties go to
   * the newest), and reasons are written for the winners only: this runs once per case-study page.
   */
  const rank = new Map(projets.map((p, i) => [p.id, i]));
  const scores = new Int32Array(projets.length);
  const pools = new WeakMap<Projet[], Int32Array>();
  /** Recency ranks of the RELATED_POOL most recent projects of a group, computed once per group. */
  const poolRanks = (list: Projet[]): Int32Array => {
    let ranks = pools.get(list);
    if (!ranks) {
      ranks = Int32Array.from(list.slice(0, RELATED_POOL), (x) => rank.get(x.id) ?? 0);
      pools.set(list, ranks);
    }
    return ranks;
  };
  function relatedProjets(p: Projet, limit = 3): Related<Projet>[] {
    const self = rank.get(p.id) ?? -1;
    const touched: number[] = [];
    const add = (list: Projet[] | undefined, points: number) => {
      if (!list) return;
      for (const at of poolRanks(list)) {
        if (at === self) continue;
        if (scores[at] === 0) touched.push(at);
        scores[at] = (scores[at] ?? 0) + points;
      }
    };
    for (const m of new Set(p.data.methodes.map((x) => x.id))) add(projetsByMethode.get(m), 3);
    for (const t of new Set(p.data.thematiques.map((x) => x.id))) add(projetsByTheme.get(t), 2);
    add(projetsByRegion.get(regionOf(p)), 1);
    // Best `limit` by score, then recency (lower rank = newer), without sorting every candidate.
    const best: number[] = [];
    for (const at of touched) {
      const score = scores[at] ?? 0;
      let i = best.length;
      while (i > 0 && ((scores[best[i - 1] ?? 0] ?? 0) < score || ((scores[best[i - 1] ?? 0] ?? 0) === score && (best[i - 1] ?? 0) > at)))
        i--;
      if (i < limit) {
        best.splice(i, 0, at);
        if (best.length > limit) best.pop();
      }
    }
    const result = best.map((at) => ({ at, score: scores[at] ?? 0 }));
    for (const at of touched) scores[at] = 0;
    return result.map(({ at, score }) => {
      const other = projets[at] as Projet;
      const reasons: string[] = [];
      const has = (list: { id: string }[], id: string) => list.some((x) => x.id === id);
      for (const m of new Set(p.data.methodes.map((x) => x.id)))
        if (has(other.data.methodes, m) && inPool(projetsByMethode.get(m), at))
          reasons.push(`même méthode : ${label('methode', m, names)}`);
      for (const t of new Set(p.data.thematiques.map((x) => x.id)))
        if (has(other.data.thematiques, t) && inPool(projetsByTheme.get(t), at))
          reasons.push(`même thématique : ${label('thematique', t, names)}`);
      if (regionOf(other) === regionOf(p) && inPool(projetsByRegion.get(regionOf(p)), at)) reasons.push('même région');
      return { entry: other, score, reasons };
    });
  }
  /** Whether the project of recency rank `at` is among the RELATED_POOL most recent of a group (groups are sorted newest first). */
  function inPool(list: Projet[] | undefined, at: number): boolean {
    if (!list) return false;
    const last = list[Math.min(list.length, RELATED_POOL) - 1];
    return last !== undefined && at <= (rank.get(last.id) ?? -1);
  }

  /** Figures for the home page, all counted from the corpus. */
  const figures = {
    labs: corpus.labs.filter((l) => l.data.actif).length,
    projets: projets.length,
    methodes: corpus.methodes.length,
    pratiques: corpus.pratiques.length,
    regions: new Set([...corpus.labs.map((l) => l.data.region), ...projets.map(regionOf)]).size,
    essaimages: projets.filter((p) => p.data.essaimeDepuis).length,
  };

  return {
    labs,
    methodes,
    projetsById,
    themes,
    projets,
    regionOf,
    projetsOfLab: (id: string) => projetsByLab.get(id) ?? [],
    projetsOfMethode: (id: string) => projetsByMethode.get(id) ?? [],
    projetsOfTheme: (id: string) => projetsByTheme.get(id) ?? [],
    projetsOfRegion: (code: string) => projetsByRegion.get(code) ?? [],
    projetsOfStatut: (statut: string) => projetsByStatut.get(statut) ?? [],
    pratiquesOfTheme: (id: string) => pratiquesByTheme.get(id) ?? [],
    pratiquesOfProjet: (id: string) => pratiquesByProjet.get(id) ?? [],
    pratiquesOfMethode: (id: string) => pratiquesByMethode.get(id) ?? [],
    labsOfRegion: (code: string) => labsByRegion.get(code) ?? [],
    methodesOfPhase: (phase: string) => methodesByPhase.get(phase) ?? [],
    replicationsOf: (id: string) => replications.get(id) ?? [],
    ancestors,
    descendants,
    relatedProjets,
    figures,
  };
}
