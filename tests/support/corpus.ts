/** A copy of the minimal valid corpus in a temporary folder, changed file by file, then checked. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { schemas } from '../../src/model/index.ts';
import { loadCorpus } from '../../src/lib/content/corpus.ts';
import { formatProblem, type Problem } from '../../src/lib/content/problems.ts';

export const MINIMAL = path.resolve(import.meta.dirname, '../fixtures/minimal');

/** Path → new text, a function of the old text, a Buffer, or null to delete the file. */
export type Changes = Record<string, string | Buffer | ((old: string) => string) | null>;

export function makeCorpus(changes: Changes = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'carnet-corpus-'));
  cpSync(MINIMAL, root, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const full = path.join(root, file);
    if (change === null) rmSync(full);
    else if (typeof change === 'function') writeFileSync(full, change(readFileSync(full, 'utf8')));
    else writeFileSync(full, change);
  }
  return root;
}

/**
 * Runs `use` on a changed copy of the minimal corpus, then removes the copy, also when `use` throws or its
 * promise is rejected.
 */
export function withCorpus<T>(changes: Changes, use: (root: string) => T): T {
  const root = makeCorpus(changes);
  const remove = () => rmSync(root, { recursive: true, force: true });
  let result: T;
  try {
    result = use(root);
  } catch (error) {
    remove();
    throw error;
  }
  if (result instanceof Promise) return result.finally(remove) as T;
  remove();
  return result;
}

/** Checks a changed copy of the minimal corpus; returns its problems, one formatted line each. */
export function problemsOf(changes: Changes): { problems: Problem[]; lines: string[] } {
  return withCorpus(changes, (root) => {
    const { problems } = loadCorpus(root, schemas);
    return { problems, lines: problems.map(formatProblem) };
  });
}

/** Replaces one frontmatter line (matched by its start) in a file's text. */
export const replaceLine = (start: string, by: string) => (old: string) => {
  const lines = old.split('\n');
  const i = lines.findIndex((l) => l.startsWith(start));
  if (i < 0) throw new Error(`ligne « ${start} » introuvable dans la fixture`);
  lines[i] = by;
  return lines.join('\n');
};
