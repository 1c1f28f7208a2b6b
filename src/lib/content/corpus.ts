/**
 * The content checker: reads and checks the whole corpus in one pass, every file, every field, every link
 * between entries, and never stops at the first problem. `npm run check:content` prints its problems; the
 * Astro loaders store its entries and refuse to build on any problem. Nothing here runs code from a
 * contributed file, and no contributed file can make it throw (see guard.ts).
 *
 * Its steps, each in its own module:
 * 1. scan (scan.ts): the folders of content/, the entry files to read and the problems of the others;
 * 2. read (read.ts, read-file-collection.ts): each file's bytes, characters, frontmatter against the
 *    model's schema (messages.ts), body (markdown.ts);
 * 3. images (images.ts): every image is a file of the repository, within budget;
 * 4. links (links.ts): references between entries, links to the site's pages and files, unique titles, lineages;
 * 5. parallel reading (parallel.ts, read-worker.ts): step 2 on two threads for a large corpus.
 * The collections and their folders come from the model (src/model/collections.ts, src/model/index.ts).
 */
import { readFileSync } from 'node:fs';
import { COLLECTIONS, CONTENT_DIR, type CollectionName } from '../../model/collections.ts';
import { parseFrontmatter, type Frontmatter } from './frontmatter.ts';
import { guarded, safely } from './guard.ts';
import { linkProblems, type BodyLinks, type Locators } from './links.ts';
import type { Heading, Step } from './markdown.ts';
import { PARALLEL_FROM, readAll, readInParallel } from './parallel.ts';
import type { Problem } from './problems.ts';
import { FILE_COLLECTIONS, scan, tasksOf, type ReadTask, type ScanStep } from './scan.ts';
import { readFileCollection } from './read-file-collection.ts';
import type { ReadResult, Schemas } from './read.ts';

export { checkImage, IMAGE_DIR, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from './images.ts';
export { closest } from './links.ts';
export { PARALLEL_FROM } from './parallel.ts';
export { decodeUtf8, MAX_FILE_BYTES, readTask, type ReadResult, type Schemas } from './read.ts';
export { CONTENT_DIR, ENTRY_COLLECTIONS, type EntryCollection } from '../../model/collections.ts';
export { scan, type ReadTask } from './scan.ts';

export interface CorpusEntry {
  collection: CollectionName;
  id: string;
  /** Path from the repository root. */
  file: string;
  /** Frontmatter as written, before validation (Astro validates it again with the same schema). */
  raw: Record<string, unknown>;
  /** Frontmatter after validation. */
  data: Record<string, unknown>;
  html: string;
  headings: Heading[];
  steps: Step[];
  draft: boolean;
}

export interface CheckedCorpus {
  entries: Record<CollectionName, CorpusEntry[]>;
  problems: Problem[];
}

export interface LoadOptions {
  /** Base path of the site, for links inside bodies (see renderBody). */
  base?: string;
}

/** Loads `content/` under `root` and checks all of it, on this thread. */
export function loadCorpus(root: string, schemas: Schemas, options: LoadOptions = {}): CheckedCorpus {
  const { steps, known } = scan(root);
  return assemble(root, schemas, steps, readAll(root, tasksOf(steps), schemas, options), known);
}

/**
 * loadCorpus on two threads for a large corpus (from `from` entry files on): same entries, same problems,
 * same order.
 */
export async function loadCorpusInParallel(root: string, schemas: Schemas, options: LoadOptions = {}, from = PARALLEL_FROM): Promise<CheckedCorpus> {
  const { steps, known } = scan(root);
  return assemble(root, schemas, steps, await readInParallel(root, tasksOf(steps), schemas, options, from), known);
}

/** Puts the read entries together, in scan order, reads the file collections and checks what spans several files. */
function assemble(root: string, schemas: Schemas, steps: ScanStep[], results: Map<ReadTask, ReadResult>, known: Set<string>): CheckedCorpus {
  const problems: Problem[] = [];
  const entries = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as CorpusEntry[]])) as Record<CollectionName, CorpusEntry[]>;
  const locators: Locators = new Map();
  const bodyLinks: BodyLinks = new Map();
  for (const step of steps) {
    if ('problem' in step) {
      problems.push(step.problem);
      continue;
    }
    const result = results.get(step.task);
    if (!result) throw new Error(`${step.task.file} : fiche non lue (erreur interne du chargeur de contenu).`);
    problems.push(...result.problems);
    if (result.entry) {
      entries[step.task.collection].push(result.entry);
      locators.set(result.entry, safely(result.locate ?? locateLater(step.task.full, step.task.file)));
      if (result.links?.length) bodyLinks.set(result.entry, result.links);
    }
  }
  for (const collection of FILE_COLLECTIONS) entries[collection] = readFileCollection(root, collection, schemas, problems, locators, known);
  problems.push(...(guarded(`${CONTENT_DIR}/`, 'la vérification des liens entre fiches', problems, () => linkProblems(root, entries, locators, known, bodyLinks)) ?? []));
  return { entries, problems };
}

/** Positions in a file read by another thread: parsed again, only if a problem needs them. */
function locateLater(full: string, file: string): Frontmatter['locate'] {
  let locate: Frontmatter['locate'] | undefined;
  return (at) => {
    locate ??= parseFrontmatter(readFileSync(full, 'utf8').replace(/^\ufeff/, ''), file).frontmatter?.locate ?? (() => ({ line: 1, column: 1 }));
    return locate(at);
  };
}
