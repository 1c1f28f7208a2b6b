/**
 * Step 4 of the checker, the links: what spans several files. Every reference points to an existing,
 * published entry; titles are unique within a collection; replication lineages have no cycle.
 */
import { collectionInfo, CONTENT_COLLECTIONS, CONTENT_DIR, OPTIONAL_COLLECTIONS, type CollectionName, type EntryCollection } from '../../model/collections.ts';
import { lineageProblems } from '../lineage.ts';
import type { CorpusEntry } from './corpus.ts';
import type { Frontmatter } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/** Where each entry's fields are in its file; positions come from a second, slower parse, only on demand. */
export type Locators = Map<CorpusEntry, Frontmatter['locate']>;

interface Ref {
  collection: CollectionName;
  id: string;
}

function isRef(value: unknown): value is Ref {
  return !!value && typeof value === 'object' && 'collection' in value && 'id' in value && Object.keys(value).length === 2;
}

/** The problems of links between entries, of titles shared by two entries, and of lineages. */
export function linkProblems(entries: Record<CollectionName, CorpusEntry[]>, locators: Locators, known: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const index = new Map<string, CorpusEntry>();
  for (const list of Object.values(entries)) for (const e of list) index.set(`${e.collection}/${e.id}`, e);
  for (const list of Object.values(entries)) {
    for (const entry of list) problems.push(...referenceProblems(entry, entries, index, locators.get(entry), known));
    problems.push(...titleProblems(list, locators));
  }
  problems.push(...lineage(entries.projets, locators));
  return problems;
}

function referenceProblems(
  entry: CorpusEntry,
  entries: Record<CollectionName, CorpusEntry[]>,
  index: Map<string, CorpusEntry>,
  locate: Frontmatter['locate'] | undefined,
  known: Set<string>,
): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, at: (string | number)[]) => {
    if (isRef(value)) {
      const key = `${value.collection}/${value.id}`;
      const target = index.get(key);
      if (target && target !== entry && !(target.draft && !entry.draft)) return;
      if (!target && known.has(key)) return;
      // Positions come from a second, slower parse: only for an entry that has a problem.
      const where = { file: entry.file, ...(locate ? locate(at) : {}), field: at.join('.') };
      if (!target) {
        const close = closest(
          value.id,
          (entries[value.collection] ?? []).map((e) => e.id),
        );
        problems.push({
          ...where,
          message: `« ${value.id} » ne correspond à aucune fiche de ${value.collection}.`,
          fix: close
            ? `Vouliez-vous dire « ${close} » ? Sinon, créez ${describeTarget(value.collection, value.id)}.`
            : `Créez ${describeTarget(value.collection, value.id)}, ou corrigez l’identifiant (nom du fichier sans extension).`,
        });
      } else if (target.draft && !entry.draft) {
        problems.push({
          ...where,
          message: `« ${value.id} » est un brouillon : le lien serait cassé une fois publié.`,
          fix: `Publiez d’abord ${target.file} (retirez « brouillon: true »), ou retirez ce lien.`,
        });
      } else if (target === entry && at[0] !== 'essaimeDepuis') {
        problems.push({ ...where, message: 'la fiche fait référence à elle-même.', fix: 'Retirez cette référence.' });
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...at, i]));
    else if (value && typeof value === 'object' && !(value instanceof Date)) for (const [k, v] of Object.entries(value)) visit(v, [...at, k]);
  };
  visit(entry.data, []);
  return problems;
}

/** Two entries of a collection may not share their name (the field the model names them by: titre, nom, libelle). */
function titleProblems(list: readonly CorpusEntry[], locators: Locators): Problem[] {
  const problems: Problem[] = [];
  const titles = new Map<string, CorpusEntry>();
  for (const entry of list) {
    const key = collectionInfo(entry.collection).identifier;
    const title = String(entry.data[key] ?? '')
      .trim()
      .toLowerCase();
    if (!title) continue;
    const other = titles.get(title);
    const locate = locators.get(entry);
    if (other) {
      problems.push({
        file: entry.file,
        ...(locate ? locate([key]) : {}),
        field: key,
        message: `même titre que ${other.file}.`,
        fix: 'Donnez à chaque fiche un titre distinct, qui dit ce qui la distingue (lieu, public, année).',
      });
    } else titles.set(title, entry);
  }
  return problems;
}

function lineage(projets: readonly CorpusEntry[], locators: Locators): Problem[] {
  const lineageEntries = projets.map((e) => ({ id: e.id, file: e.file, essaimeDepuis: (e.data.essaimeDepuis as { id: string } | undefined)?.id }));
  return lineageProblems(lineageEntries).map((problem) => {
    const entry = projets.find((e) => e.file === problem.file);
    const locate = entry ? locators.get(entry) : undefined;
    return { ...problem, ...(locate && problem.line === undefined ? locate(['essaimeDepuis']) : {}) };
  });
}

function describeTarget(collection: CollectionName, id: string): string {
  const where = CONTENT_COLLECTIONS[collection];
  if (collection === 'thematiques') return `la thématique « ${id} » dans ${CONTENT_DIR}/${where.folder}`;
  return where.kind === 'file' ? `l’élément « ${id} » dans ${CONTENT_DIR}/${where.folder}` : `la fiche ${CONTENT_DIR}/${where.folder}/${id}.${OPTIONAL_COLLECTIONS.includes(collection as EntryCollection) ? 'md' : 'mdx'}`;
}

/** The known id closest to a mistyped one (edit distance ≤ 3), for "did you mean". */
export function closest(id: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const c of candidates) {
    const d = distance(id, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}
