/** A problem found in a contributed file, reported to its French author with where and how to fix it. */
export interface Problem {
  /** Path from the repository root, with forward slashes (content/projets/x.mdx). */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** Frontmatter field path (coordonnees.lat), when the problem is in a field. */
  field?: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** One line per problem: file:line:column, field, what is wrong, how to fix it. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line, p.line !== undefined ? (p.column ?? 1) : undefined].filter((x) => x !== undefined).join(':');
  const field = p.field ? ` champ « ${p.field} » :` : '';
  return `${where} —${field} ${p.message}\n    → ${p.fix}`;
}

/** The whole report: a count, then every problem grouped by file. */
export function formatReport(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'Contenu vérifié : aucun problème.';
  const files = new Set(problems.map((p) => p.file));
  const head = `${problems.length} problème${problems.length > 1 ? 's' : ''} dans ${files.size} fichier${files.size > 1 ? 's' : ''} :`;
  return [head, ...sortProblems(problems).map(formatProblem)].join('\n');
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
