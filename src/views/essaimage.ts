/**
 * The scaling page (/essaimage/) as data: every lineage of replicated projects, from the original project
 * (one with replications and no known source) down to its replications, with what the replications say.
 */
import { methodeCard, pratiqueCard } from '../lib/cards.ts';
import { formatPeriod } from '../lib/dates.ts';
import type { Graph, Projet } from '../lib/graph.ts';
import { label } from '../lib/labels.ts';
import { BLOCAGES, groupLessons, LEVIERS } from '../lib/lessons.ts';
import { plural } from './format.ts';
import type { CardData } from './types.ts';
import { helpedHindered } from './sections.ts';

const byStart = (a: Projet, b: Projet) => a.data.debut.getTime() - b.data.debut.getTime();

export function essaimageView(g: Graph) {
  const hasSource = (id: string | undefined) => id !== undefined && g.projetsById.has(id);
  const roots = g.projets.filter((p) => g.replicationsOf(p.id).length > 0 && !hasSource(p.data.essaimeDepuis?.id)).sort(byStart);
  const lineages = roots.map((root) => {
    const descendants = g.descendants(root);
    const generations = Math.max(0, ...descendants.map((n) => n.depth));
    return {
      root,
      /** Its direct replications, oldest first (each drawn with its own below it). */
      children: [...g.replicationsOf(root.id)].sort(byStart),
      /** The root and every replication below it. */
      all: [root, ...descendants.map((n) => n.projet)],
      /** Where and when the original project ran, and how it stands. */
      origin: {
        lab: label('lab', root.data.lab.id, g),
        region: label('region', g.regionOf(root)),
        territoire: root.data.territoire,
        periode: formatPeriod(root.data.debut, root.data.fin),
        statut: label('statut', root.data.statut),
      },
      /** "3 reprises, sur 2 générations" */
      reach: `${plural(descendants.length, 'reprise', 'reprises')}${generations > 1 ? `, sur ${generations} générations` : ''}`,
    };
  });
  const copies = lineages.flatMap((l) => l.all.slice(1));
  const lessons = (of: (p: Projet) => string[], families: typeof LEVIERS) =>
    groupLessons(
      copies.map((p) => ({ projet: p, phrases: of(p) })),
      families,
    )
      .filter((x) => x.projets.length > 1)
      .map((x) => `${x.libelle} (${plural(x.projets.length, 'reprise', 'reprises')})`);
  const pratiques = [...new Map(lineages.flatMap((l) => l.all.flatMap((p) => g.pratiquesOfProjet(p.id))).map((p) => [p.id, p])).values()];

  return {
    lineages,
    figures: {
      lineages: lineages.length,
      copies: copies.length,
      labs: new Set(lineages.flatMap((l) => l.all.flatMap((p) => [p.data.lab.id, ...p.data.autresLabs.map((x) => x.id)]))).size,
      regions: new Set(lineages.flatMap((l) => l.all.map((p) => g.regionOf(p)))).size,
    },
    /** Levers and obstacles cited by more than one replication, with their count (« … (2 reprises) »). */
    lessons: helpedHindered(
      lessons((p) => p.data.leviers, LEVIERS),
      lessons((p) => p.data.blocages, BLOCAGES),
    ),
    /** Deployment methods, then the best practices the lineages illustrate. */
    prepare: [
      ...g.methodesOfPhase('deployer').map((m): CardData => methodeCard(m, g)),
      ...pratiques.map((p): CardData => pratiqueCard(p, g)),
    ],
  };
}
