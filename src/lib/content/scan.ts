/**
 * Step 1 of the checker, the scan: lists the folders of content/ (one per collection of kind "folder" in
 * the model) and gives, in directory order, the entry files to read and the problems of the files that
 * cannot be read (symbolic links, sub-folders, bad names, the same identifier twice).
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, CONTENT_COLLECTIONS, CONTENT_DIR, ENTRY_COLLECTIONS, type CollectionInfo, type EntryCollection } from '../../model/collections.ts';
import { ID_PATTERN } from '../../model/fields.ts';
import { slugify } from '../slug.ts';
import type { Problem } from './problems.ts';

/** The collections written as one YAML list in one file (content/thematiques.yaml), from the model. */
export const FILE_COLLECTIONS = COLLECTIONS.filter((c) => CONTENT_COLLECTIONS[c].kind === 'file');

/** File names of entries: an identifier (the model's pattern), then .md or .mdx. */
const NAME_PATTERN = new RegExp(`${ID_PATTERN.source.replace(/\$$/, '')}\\.(md|mdx)$`);

/** One entry file to read, found by the scan of content/. */
export interface ReadTask {
  collection: EntryCollection;
  id: string;
  /** Path from the repository root. */
  file: string;
  /** Absolute path. */
  full: string;
  size: number;
}

/** The scan of content/, in order: problems with file names, and the files to read. */
export type ScanStep = { problem: Problem } | { task: ReadTask };

export interface Scan {
  steps: ScanStep[];
  /**
   * Every well-named entry file, valid or not, as "collection/id": a broken lab is reported once, not again
   * in every case study that links to it.
   */
  known: Set<string>;
}

/** Lists content/ under `root`: well-named entry files to read, and the problems of the others. */
export function scan(root: string): Scan {
  const steps: ScanStep[] = [];
  const known = new Set<string>();
  for (const collection of ENTRY_COLLECTIONS) scanFolder(root, collection, steps, known);
  return { steps, known };
}

export const tasksOf = (steps: readonly ScanStep[]): ReadTask[] => steps.flatMap((step) => ('task' in step ? [step.task] : []));

function scanFolder(root: string, collection: EntryCollection, steps: ScanStep[], known: Set<string>): void {
  const problem = (p: Problem) => steps.push({ problem: p });
  const folder = CONTENT_COLLECTIONS[collection].folder;
  const dir = path.join(root, CONTENT_DIR, folder);
  if (!existsSync(dir)) {
    if ((CONTENT_COLLECTIONS[collection] as CollectionInfo).optional) return;
    problem({ file: `${CONTENT_DIR}/${folder}/`, message: 'dossier manquant.', fix: `Créez le dossier ${CONTENT_DIR}/${folder}/ (il peut rester vide).` });
    return;
  }
  if (lstatSync(dir).isSymbolicLink()) {
    problem({
      file: `${CONTENT_DIR}/${folder}/`,
      message: 'le dossier est un lien symbolique : il pourrait publier des fichiers hors du dépôt.',
      fix: 'Remplacez le lien par un vrai dossier.',
    });
    return;
  }
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const file = `${CONTENT_DIR}/${folder}/${name}`;
    const full = path.join(dir, name);
    const stat = lstatSync(full);
    if (name.startsWith('.')) continue;
    if (stat.isSymbolicLink()) {
      problem({ file, message: 'lien symbolique refusé : il pourrait publier un fichier hors du dépôt.', fix: 'Remplacez le lien par le fichier lui-même.' });
      continue;
    }
    if (!stat.isFile()) {
      problem({ file, message: 'sous-dossier inattendu.', fix: `Placez les fiches directement dans ${CONTENT_DIR}/${folder}/.` });
      continue;
    }
    if (!NAME_PATTERN.test(name)) {
      const suggestion = suggestName(name);
      problem({
        file,
        message: /\.(md|mdx)$/i.test(name)
          ? 'nom de fichier non valide : minuscules sans accents, chiffres et tirets seulement.'
          : 'ce fichier n’est pas une fiche (.md ou .mdx) et serait ignoré.',
        fix: suggestion ? `Renommez-le en « ${suggestion} ».` : 'Renommez-le en .mdx, ou déplacez-le hors de content/.',
      });
      continue;
    }
    const id = name.replace(/\.mdx?$/, '');
    // Collisions between names that differ only by letter case or Unicode form are caught here; names with
    // accents never pass NAME_PATTERN, so NFC/NFD variants cannot both exist.
    const key = id.normalize('NFC').toLowerCase();
    const other = seen.get(key);
    if (other) {
      problem({ file, message: `même identifiant que ${other} : l’une des deux fiches serait perdue.`, fix: 'Renommez l’un des deux fichiers, ou supprimez le doublon.' });
      continue;
    }
    seen.set(key, file);
    known.add(`${collection}/${id}`);
    steps.push({ task: { collection, id, file, full, size: stat.size } });
  }
}

/** The valid name closest to an invalid one: accents dropped, lowercase, hyphens. */
function suggestName(name: string): string | undefined {
  const match = /^(.*)\.(md|mdx)$/i.exec(name);
  if (!match) return undefined;
  const [, stem = '', extension = 'mdx'] = match;
  const base = slugify(stem);
  return base ? `${base}.${extension.toLowerCase()}` : undefined;
}
