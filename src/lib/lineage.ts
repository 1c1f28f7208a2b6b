/**
 * Replication lineages (`essaimeDepuis`): the walk up to a project's sources and down to its replications
 * (for the content graph and the pages), and the checks that a single file cannot show: a project that
 * replicates itself, or projects that replicate each other in a circle. The checks work on raw entries,
 * before the content graph exists, so the corpus checker reports them with every other problem; the walks
 * stop on a cycle, should one get through.
 */
import type { Problem } from './content/problems.ts';

/** What the check needs of a case study, as read from its file. */
export interface LineageEntry {
  /** The project's id (its file name without extension). */
  id: string;
  /** Path from the repository root (content/projets/x.mdx). */
  file: string;
  /** Id of the project it replicates, as written in its frontmatter. */
  essaimeDepuis?: string | undefined;
}

const FIELD = 'essaimeDepuis';

/**
 * Every self-reference and every cycle in the lineages. A cycle gives one problem per file in it, each
 * naming every file of the cycle, so the author sees it whichever file they changed. A reference to a
 * project that does not exist is left to the reference check; long chains are fine.
 */
export function lineageProblems(entries: readonly LineageEntry[]): Problem[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const done = new Set<string>();
  const problems: Problem[] = [];

  for (const start of [...entries].sort((a, b) => a.file.localeCompare(b.file))) {
    const path: LineageEntry[] = [];
    const onPath = new Set<string>();
    let current: LineageEntry | undefined = start;
    while (current && !done.has(current.id) && !onPath.has(current.id)) {
      path.push(current);
      onPath.add(current.id);
      current = current.essaimeDepuis === undefined ? undefined : byId.get(current.essaimeDepuis);
    }
    if (current && onPath.has(current.id)) problems.push(...cycleProblems(path.slice(path.indexOf(current))));
    for (const e of path) done.add(e.id);
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}

function cycleProblems(cycle: LineageEntry[]): Problem[] {
  const [only] = cycle;
  if (only && cycle.length === 1) {
    return [
      {
        file: only.file,
        field: FIELD,
        message: `le projet dit s’essaimer depuis lui-même (« ${only.id} »).`,
        fix: 'Indiquez dans « essaimeDepuis » l’identifiant du projet d’origine, un autre que celui-ci, ou retirez la ligne si le projet n’en reprend aucun.',
      },
    ];
  }
  const files = cycle.map((e) => e.file);
  return cycle.map((_, i) => {
    const turn = [...files.slice(i), ...files.slice(0, i)];
    const chain = [...turn, turn[0]].map((f, j) => (j === 0 ? f : j === 1 ? ` reprend ${f}` : `, qui reprend ${f}`)).join('');
    return {
      file: turn[0] ?? '',
      field: FIELD,
      message: `lignée d’essaimage circulaire : ${chain}. Un projet ne peut pas être à la fois la source et la reprise d’un autre.`,
      fix: `Retirez « essaimeDepuis » du projet d’origine (le plus ancien) parmi ${files.join(', ')} : la lignée va toujours d’une reprise vers sa source.`,
    };
  });
}

/** Sources of a project, oldest first; stops on a cycle. `sourceOf` gives the project it replicates. */
export function ancestors<T extends { id: string }>(start: T, sourceOf: (entry: T) => T | undefined): T[] {
  const chain: T[] = [];
  const seen = new Set([start.id]);
  let current = sourceOf(start);
  while (current && !seen.has(current.id)) {
    chain.unshift(current);
    seen.add(current.id);
    current = sourceOf(current);
  }
  return chain;
}

/** Every replication of a project, depth-first, with its generation (1 = direct replication). */
export function descendants<T extends { id: string }>(start: T, replicationsOf: (entry: T) => readonly T[]): { entry: T; depth: number }[] {
  const out: { entry: T; depth: number }[] = [];
  const seen = new Set([start.id]);
  const visit = (parent: T, depth: number) => {
    for (const child of replicationsOf(parent)) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      out.push({ entry: child, depth });
      visit(child, depth + 1);
    }
  };
  visit(start, 1);
  return out;
}
