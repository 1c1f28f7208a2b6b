/**
 * Step 2 of the checker for the collections written as one YAML list in one file (content/thematiques.yaml):
 * the file's characters, its YAML, each item against the collection's schema, ids declared once.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_COLLECTIONS, CONTENT_DIR, type CollectionInfo, type CollectionName } from '../../model/collections.ts';
import { characterProblems } from './characters.ts';
import type { CorpusEntry } from './corpus.ts';
import { parseYaml } from './frontmatter.ts';
import { guarded, safely } from './guard.ts';
import type { Locators } from './links.ts';
import { validate } from './messages.ts';
import type { Problem } from './problems.ts';
import { decodeUtf8, type Schemas } from './read.ts';

/** How the messages name the items of a file collection (French agrees in gender, hence whole phrases). */
interface Wording {
  /** "des thématiques", after "fichier" and "une liste". */
  ofAll: string;
  /** "une liste de thématiques". */
  list: string;
  /** "Chaque thématique". */
  each: string;
  /** "2e thématique". */
  nth: (n: number) => string;
  /** "la thématique « x » est déclarée deux fois". */
  twice: (id: string) => string;
}

const WORDINGS: Partial<Record<CollectionName, Wording>> = {
  thematiques: {
    ofAll: 'des thématiques',
    list: 'une liste de thématiques',
    each: 'Chaque thématique',
    nth: (n) => `${n}e thématique`,
    twice: (id) => `la thématique « ${id} » est déclarée deux fois`,
  },
};
const DEFAULT_WORDING: Wording = {
  ofAll: 'des éléments',
  list: 'une liste d’éléments',
  each: 'Chaque élément',
  nth: (n) => `${n}e élément`,
  twice: (id) => `l’élément « ${id} » est déclaré deux fois`,
};

/** Reads a file collection; its entries get locators in `locators`, and their ids go into `known`. */
export function readFileCollection(
  root: string,
  collection: CollectionName,
  schemas: Schemas,
  problems: Problem[],
  locators: Locators,
  known: Set<string>,
): CorpusEntry[] {
  const file = `${CONTENT_DIR}/${CONTENT_COLLECTIONS[collection].folder}`;
  const info: CollectionInfo = CONTENT_COLLECTIONS[collection];
  if (info.optional && !existsSync(path.join(root, file))) return [];
  const reading: Reading = { root, file, collection, schemas, problems, locators, known };
  return guarded(file, 'la lecture du fichier', problems, () => (info.single ? readSingle(reading) : readList(reading))) ?? [];
}

/** The file's YAML, once its bytes are UTF-8 and its characters allowed; undefined after reporting why not. */
function readYaml(full: string, file: string, problems: Problem[]) {
  const source = decodeUtf8(readFileSync(full), file, problems);
  if (source === undefined) return undefined;
  const refused = characterProblems(source, file);
  problems.push(...refused);
  const { frontmatter, problems: yamlProblems } = parseYaml(source, file, 0);
  problems.push(...yamlProblems);
  return refused.length ? undefined : frontmatter;
}

/** What reading one collection's file needs: where it is, how to check it, where problems, locators and ids go. */
interface Reading {
  root: string;
  file: string;
  collection: CollectionName;
  schemas: Schemas;
  problems: Problem[];
  locators: Locators;
  known: Set<string>;
}

function readList({ root, file, collection, schemas, problems, locators, known }: Reading): CorpusEntry[] {
  const say = WORDINGS[collection] ?? DEFAULT_WORDING;
  const full = path.join(root, file);
  if (!existsSync(full)) {
    problems.push({
      file,
      message: `fichier ${say.ofAll} manquant.`,
      fix: `Créez ${file} : une liste d’éléments « - id: …, libelle: …, description: … ».`,
    });
    return [];
  }
  const frontmatter = readYaml(full, file, problems);
  if (!frontmatter) return [];
  if (!Array.isArray(frontmatter.data)) {
    problems.push({ file, line: 1, message: `${say.list} est attendue.`, fix: `${say.each} commence par « - id: … ».` });
    return [];
  }
  const entries: CorpusEntry[] = [];
  const ids = new Set<string>();
  frontmatter.data.forEach((raw: unknown, index: number) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    if (typeof rawId === 'string') known.add(`${collection}/${rawId}`);
    const result = validate(schemas[collection], raw);
    if (!result.success) {
      for (const m of result.messages) {
        problems.push({ file, ...frontmatter.locate([index, ...m.path]), field: `${say.nth(index + 1)}, ${m.field}`, message: m.message, fix: m.fix });
      }
      return;
    }
    const data = result.data as { id: string };
    if (ids.has(data.id)) {
      problems.push({
        file,
        ...frontmatter.locate([index, 'id']),
        field: 'id',
        message: `${say.twice(data.id)}.`,
        fix: 'Supprimez ou renommez le doublon.',
      });
      return;
    }
    ids.add(data.id);
    const entry: CorpusEntry = { collection, id: data.id, file, raw: raw as Record<string, unknown>, data, html: '', headings: [], steps: [], draft: false };
    entries.push(entry);
    locators.set(
      entry,
      safely((p) => frontmatter.locate([index, ...p])),
    );
  });
  return entries;
}

/** A file holding one entry (content/reseau.yaml): one group of fields, every problem with its line, field and fix. */
function readSingle({ root, file, collection, schemas, problems, locators }: Reading): CorpusEntry[] {
  const frontmatter = readYaml(path.join(root, file), file, problems);
  if (!frontmatter) return [];
  if (!frontmatter.data || typeof frontmatter.data !== 'object' || Array.isArray(frontmatter.data)) {
    problems.push({ file, line: 1, message: 'un groupe de champs est attendu, pas une liste.', fix: 'Écrivez les champs à la marge, un par ligne « champ: … » (voir CONTRIBUTING.md).' });
    return [];
  }
  const raw = frontmatter.data as Record<string, unknown>;
  const result = validate(schemas[collection], raw);
  if (!result.success) {
    for (const m of result.messages) problems.push({ file, ...frontmatter.locate(m.path), field: m.field, message: m.message, fix: m.fix });
    return [];
  }
  const entry: CorpusEntry = { collection, id: collection, file, raw, data: result.data as Record<string, unknown>, html: '', headings: [], steps: [], draft: false };
  locators.set(entry, frontmatter.locate);
  return [entry];
}
