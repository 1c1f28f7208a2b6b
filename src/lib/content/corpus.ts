/**
 * Reads and checks the whole corpus in one pass: every file, every field, every link between entries.
 * The content checker prints its problems; the Astro loaders store its entries and refuse to build on
 * any problem. Nothing here runs code from a contributed file.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { imageSize } from 'image-size';
import path from 'node:path';
import type { z } from 'astro/zod';
import {
  CONTENT_COLLECTIONS,
  CONTENT_DIR,
  ENTRY_COLLECTIONS,
  type CollectionInfo,
  type CollectionName,
  type EntryCollection,
} from '../../model/collections.ts';
import { ID_PATTERN } from '../../model/fields.ts';
import { CASE_STUDY_SECTIONS } from '../../model/projets.ts';
import { renderBody, type Heading, type Step } from './markdown.ts';
import { issueToMessage } from './messages.ts';
import { parseFrontmatter, parseYaml, type Frontmatter } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { lineageProblems } from '../lineage.ts';

export { CONTENT_DIR, ENTRY_COLLECTIONS, type EntryCollection };
export const THEMES_FILE = CONTENT_COLLECTIONS.thematiques.folder;
/** Collections added after the first corpora (the agenda): their folder may be missing, they then have no entries. */
export const OPTIONAL_FOLDERS: readonly EntryCollection[] = ENTRY_COLLECTIONS.filter((c) => (CONTENT_COLLECTIONS[c] as CollectionInfo).optional === true);

/** Files over this size are refused: a case study is a few thousand words. */
export const MAX_FILE_BYTES = 200_000;

/** Contributed images live in public/images/ and are written /images/nom.webp. */
export const IMAGE_DIR = '/images/';
/** Image budget: heavier or larger images slow the page for agents on modest connections. */
export const MAX_IMAGE_BYTES = 1_000_000;
export const MAX_IMAGE_PIXELS = 4000;
const IMAGE_TYPES = /\.(webp|png|jpe?g|avif)$/i;

/** Sections every case study has, in this order (DESIGN.md). */
const PROJECT_SECTIONS: readonly string[] = CASE_STUDY_SECTIONS;

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

export interface Corpus {
  entries: Record<CollectionName, CorpusEntry[]>;
  problems: Problem[];
}

type Schemas = Record<CollectionName, z.ZodType>;

const NAME_PATTERN = new RegExp(`${ID_PATTERN.source.replace(/\$$/, '')}\\.(md|mdx)$`);

export interface LoadOptions {
  /** Base path of the site, for links inside bodies (see renderBody). */
  base?: string;
}

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

/** What reading one entry file gives: the entry if it is valid, and its problems. */
export interface ReadResult {
  entry?: CorpusEntry | undefined;
  problems: Problem[];
  locate?: Frontmatter['locate'] | undefined;
}

/** The scan of content/, in order: problems with file names, and the files to read. */
type ScanStep = { problem: Problem } | { task: ReadTask };

/** Loads `content/` under `root` and checks all of it; never stops at the first problem. */
export function loadCorpus(root: string, schemas: Schemas, options: LoadOptions = {}): Corpus {
  const { steps, known } = scan(root);
  return assemble(root, schemas, steps, readAll(root, tasksOf(steps), schemas, options), known);
}

const tasksOf = (steps: ScanStep[]) => steps.flatMap((step) => ('task' in step ? [step.task] : []));

/** Reads files on this thread, in order. */
function readAll(root: string, tasks: ReadTask[], schemas: Schemas, options: LoadOptions, into = new Map<ReadTask, ReadResult>()): Map<ReadTask, ReadResult> {
  for (const task of tasks) into.set(task, readTask(root, task, schemas, options));
  return into;
}

/** Below this many files a second thread costs more (its start, about half a second) than it saves. */
export const PARALLEL_FROM = 1500;

/**
 * loadCorpus on two threads for a large corpus: the main thread reads the first half of the files while a
 * worker reads the second half (at 10 000 case studies, reading is 5 s on one core while the other is
 * idle). Same entries, same problems, same order as loadCorpus.
 */
export async function loadCorpusInParallel(root: string, schemas: Schemas, options: LoadOptions = {}, from = PARALLEL_FROM): Promise<Corpus> {
  const { steps, known } = scan(root);
  const tasks = tasksOf(steps);
  if (tasks.length < from) return assemble(root, schemas, steps, readAll(root, tasks, schemas, options), known);
  const half = Math.ceil(tasks.length / 2);
  const theirs = tasks.slice(half);
  const worker = new Worker(new URL('./read-worker.ts', import.meta.url), { workerData: { root, tasks: theirs, options } });
  const fromWorker = new Promise<ReadResult[]>((resolve, reject) => {
    worker.once('message', (results: ReadResult[]) => resolve(results));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`lecture du contenu : le fil de lecture s’est arrêté (code ${code}) avant de répondre.`)));
  });
  // The worker posts its results on another turn of the event loop: its failure is caught by the await below.
  fromWorker.catch(() => undefined);
  const results = readAll(root, tasks.slice(0, half), schemas, options);
  try {
    const read = await fromWorker;
    if (read.length !== theirs.length) throw new Error(`lecture du contenu : ${read.length} fiches lues par le second fil au lieu de ${theirs.length}.`);
    theirs.forEach((task, i) => results.set(task, read[i] as ReadResult));
  } finally {
    void worker.terminate();
  }
  return assemble(root, schemas, steps, results, known);
}

/** Reads one entry file: bytes, frontmatter, schema, body, images. */
export function readTask(root: string, task: ReadTask, schemas: Schemas, options: LoadOptions): ReadResult {
  const problems: Problem[] = [];
  const read = readEntry(root, task.collection, task.id, task.file, task.full, task.size, schemas, problems, options);
  return { entry: read?.entry, problems, locate: read?.locate };
}

/** Lists content/: well-named entry files to read, and the problems of the others (in directory order). */
export function scan(root: string): { steps: ScanStep[]; known: Set<string> } {
  const steps: ScanStep[] = [];
  const problem = (p: Problem) => steps.push({ problem: p });
  // Every well-named file counts as existing, valid or not: a broken lab is reported once, not again
  // in every case study that links to it.
  const known = new Set<string>();

  for (const collection of ENTRY_COLLECTIONS) {
    const dir = path.join(root, CONTENT_DIR, collection);
    if (!existsSync(dir)) {
      if (OPTIONAL_FOLDERS.includes(collection)) continue;
      problem({ file: `${CONTENT_DIR}/${collection}/`, message: 'dossier manquant.', fix: `Créez le dossier ${CONTENT_DIR}/${collection}/ (il peut rester vide).` });
      continue;
    }
    if (lstatSync(dir).isSymbolicLink()) {
      problem({ file: `${CONTENT_DIR}/${collection}/`, message: 'le dossier est un lien symbolique : il pourrait publier des fichiers hors du dépôt.', fix: 'Remplacez le lien par un vrai dossier.' });
      continue;
    }
    const names = readdirSync(dir).sort();
    const seen = new Map<string, string>();
    for (const name of names) {
      const file = `${CONTENT_DIR}/${collection}/${name}`;
      const full = path.join(dir, name);
      const stat = lstatSync(full);
      if (name.startsWith('.')) continue;
      if (stat.isSymbolicLink()) {
        problem({ file, message: 'lien symbolique refusé : il pourrait publier un fichier hors du dépôt.', fix: 'Remplacez le lien par le fichier lui-même.' });
        continue;
      }
      if (!stat.isFile()) {
        problem({ file, message: 'sous-dossier inattendu.', fix: `Placez les fiches directement dans ${CONTENT_DIR}/${collection}/.` });
        continue;
      }
      if (!NAME_PATTERN.test(name)) {
        const suggestion = suggestName(name);
        problem({
          file,
          message: /\.(md|mdx)$/i.test(name) ? 'nom de fichier non valide : minuscules sans accents, chiffres et tirets seulement.' : 'ce fichier n’est pas une fiche (.md ou .mdx) et serait ignoré.',
          fix: suggestion ? `Renommez-le en « ${suggestion} ».` : 'Renommez-le en .mdx, ou déplacez-le hors de content/.',
        });
        continue;
      }
      const id = name.replace(/\.mdx?$/, '');
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
    // Collisions between names that differ only by letter case or Unicode form are caught above;
    // names with accents never pass NAME_PATTERN, so NFC/NFD variants cannot both exist.
  }
  return { steps, known };
}

/** Puts the read entries together, in scan order, and checks what spans several files. */
export function assemble(root: string, schemas: Schemas, steps: ScanStep[], results: Map<ReadTask, ReadResult>, known: Set<string>): Corpus {
  const problems: Problem[] = [];
  const entries: Record<CollectionName, CorpusEntry[]> = { labs: [], projets: [], methodes: [], pratiques: [], thematiques: [], evenements: [], formations: [], 'temps-forts': [] };
  const locators = new Map<CorpusEntry, Frontmatter['locate']>();
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
      locators.set(result.entry, result.locate ?? locateLater(step.task.full, step.task.file));
    }
  }

  entries.thematiques = readThemes(root, schemas, problems, locators, known);
  checkLinks(entries, locators, known, problems);
  for (const problem of lineageProblems(entries.projets.map((e) => ({ id: e.id, file: e.file, essaimeDepuis: (e.data.essaimeDepuis as { id: string } | undefined)?.id })))) {
    const entry = entries.projets.find((e) => e.file === problem.file);
    const locate = entry ? locators.get(entry) : undefined;
    problems.push({ ...problem, ...(locate && problem.line === undefined ? locate(['essaimeDepuis']) : {}) });
  }
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

function readEntry(
  root: string,
  collection: CollectionName,
  id: string,
  file: string,
  full: string,
  size: number,
  schemas: Schemas,
  problems: Problem[],
  options: LoadOptions,
): { entry: CorpusEntry; locate: Frontmatter['locate'] } | undefined {
  if (size === 0) {
    problems.push({ file, message: 'fichier vide.', fix: 'Écrivez la fiche, ou lancez « npm run nouveau » pour en créer une à partir du modèle.' });
    return undefined;
  }
  if (size > MAX_FILE_BYTES) {
    problems.push({ file, message: `fichier trop gros (${Math.round(size / 1000)} Ko, ${MAX_FILE_BYTES / 1000} Ko au plus).`, fix: 'Découpez la fiche, ou retirez les contenus collés par erreur.' });
    return undefined;
  }
  const source = decodeUtf8(readFileSync(full), file, problems);
  if (source === undefined) return undefined;

  const { frontmatter, problems: yamlProblems } = parseFrontmatter(source, file);
  problems.push(...yamlProblems);
  const body = renderBody(source, file, full.endsWith('.mdx'), options);
  problems.push(...body.problems);
  for (const img of body.images) {
    const problem = checkImage(root, img.url);
    if (problem) problems.push({ file, line: img.line, column: img.column, ...problem });
  }
  if (!frontmatter) return undefined;

  const raw = (frontmatter.data && typeof frontmatter.data === 'object' ? frontmatter.data : {}) as Record<string, unknown>;
  const result = schemas[collection].safeParse(raw, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const m = issueToMessage(issue);
      problems.push({ file, ...frontmatter.locate(m.path), field: m.field, message: m.message, fix: m.fix });
    }
    return undefined;
  }
  const data = result.data as Record<string, unknown>;
  if (collection === 'projets' && body.problems.length === 0) checkSections(body.headings, file, source, problems);
  checkImageField(root, data, file, frontmatter.locate, problems);
  const entry: CorpusEntry = { collection, id, file, raw, data, html: body.html, headings: body.headings, steps: body.steps, draft: data.brouillon === true };
  return { entry, locate: frontmatter.locate };
}

/** Decodes UTF-8 strictly; on invalid bytes, names the first byte offset and its line. */
export function decodeUtf8(bytes: Uint8Array, file: string, problems: Problem[]): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.startsWith('\ufeff') ? text.slice(1) : text;
  } catch {
    let offset = 0;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    // Find the first invalid byte by growing a valid prefix (files are small).
    for (let i = 1; i <= bytes.length; i++) {
      try {
        decoder.decode(bytes.subarray(0, i));
        offset = i;
      } catch {
        if (i - offset > 4) break;
      }
    }
    const line = bytes.subarray(0, offset).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
    problems.push({
      file,
      line,
      message: `encodage invalide : l’octet ${offset} n’est pas de l’UTF-8 (fichier enregistré en Latin-1 ou Windows-1252 ?).`,
      fix: 'Enregistrez le fichier en UTF-8 (dans votre éditeur : « Enregistrer avec l’encodage » → UTF-8).',
    });
    return undefined;
  }
}

function checkSections(headings: Heading[], file: string, source: string, problems: Problem[]): void {
  const found = headings.filter((h) => h.depth === 2).map((h) => h.text.trim());
  const missing = PROJECT_SECTIONS.filter((s) => !found.includes(s));
  if (missing.length) {
    const line = source.split('\n').findIndex((l, i) => i > 0 && l.trim() === '---') + 2;
    problems.push({
      file,
      line,
      message: `section${missing.length > 1 ? 's' : ''} manquante${missing.length > 1 ? 's' : ''} : ${missing.map((s) => `« ## ${s} »`).join(', ')}.`,
      fix: `Une étude de cas a ces sections, dans cet ordre : ${PROJECT_SECTIONS.map((s) => `## ${s}`).join(', ')}.`,
    });
    return;
  }
  const order = found.filter((t) => PROJECT_SECTIONS.includes(t));
  if (order.join('|') !== PROJECT_SECTIONS.join('|')) {
    problems.push({ file, message: 'les sections ne sont pas dans l’ordre attendu.', fix: `Ordre attendu : ${PROJECT_SECTIONS.join(', ')}.` });
  }
}

function checkImageField(root: string, data: Record<string, unknown>, file: string, locate: Frontmatter['locate'], problems: Problem[]): void {
  const image = data.image as { src: string; alt: string } | undefined;
  if (!image) return;
  const problem = checkImage(root, image.src);
  if (problem) problems.push({ file, ...locate(['image', 'src']), field: 'image.src', ...problem });
}

/** An image must be a file of the repository, under public/images/, in a raster format, within budget. */
export function checkImage(root: string, src: string): Pick<Problem, 'message' | 'fix'> | undefined {
  const where = 'Placez l’image dans public/images/ et écrivez son chemin ainsi : /images/nom-de-l-image.webp.';
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src.trim())) {
    return { message: `image hors du dépôt : « ${src.slice(0, 80)} ».`, fix: `Les images doivent être ajoutées au dépôt (droits, disponibilité, vie privée des visiteurs). ${where}` };
  }
  if (/\.svg$/i.test(src)) {
    return { message: `image SVG refusée : « ${src} » (un SVG peut contenir du code).`, fix: 'Exportez l’image en WebP, PNG ou JPEG.' };
  }
  if (!src.startsWith(IMAGE_DIR) || src.includes('..')) {
    return { message: `chemin d’image non valide : « ${src} ».`, fix: where };
  }
  if (!IMAGE_TYPES.test(src)) {
    return { message: `format d’image non accepté : « ${src} ».`, fix: 'Formats acceptés : WebP, PNG, JPEG, AVIF.' };
  }
  const full = path.join(root, 'public', src);
  if (!existsSync(full)) {
    return { message: `image introuvable : « ${src} ».`, fix: `Ajoutez le fichier public${src} dans votre proposition, ou corrigez le chemin.` };
  }
  const stat = lstatSync(full);
  if (stat.isSymbolicLink()) return { message: `image « ${src} » : lien symbolique refusé.`, fix: 'Remplacez le lien par le fichier lui-même.' };
  if (stat.size > MAX_IMAGE_BYTES) {
    return { message: `image trop lourde : « ${src} » pèse ${Math.round(stat.size / 1000)} Ko (${MAX_IMAGE_BYTES / 1000} Ko au plus).`, fix: 'Réduisez-la (WebP, qualité 80, 1600 pixels de large suffisent).' };
  }
  try {
    const { width = 0, height = 0 } = imageSize(readFileSync(full));
    if (width > MAX_IMAGE_PIXELS || height > MAX_IMAGE_PIXELS) {
      return { message: `image trop grande : « ${src} » mesure ${width} × ${height} pixels (${MAX_IMAGE_PIXELS} au plus de chaque côté).`, fix: 'Redimensionnez-la : 1600 pixels de large suffisent pour le site.' };
    }
  } catch {
    return { message: `image illisible : « ${src} » n’est pas une image valide.`, fix: 'Enregistrez-la de nouveau en WebP, PNG ou JPEG.' };
  }
  return undefined;
}

function readThemes(root: string, schemas: Schemas, problems: Problem[], locators: Map<CorpusEntry, Frontmatter['locate']>, known: Set<string>): CorpusEntry[] {
  const file = `${CONTENT_DIR}/${THEMES_FILE}`;
  const full = path.join(root, file);
  if (!existsSync(full)) {
    problems.push({ file, message: 'fichier des thématiques manquant.', fix: `Créez ${file} : une liste d’éléments « - id: …, libelle: …, description: … ».` });
    return [];
  }
  const source = decodeUtf8(readFileSync(full), file, problems);
  if (source === undefined) return [];
  const { frontmatter, problems: yamlProblems } = parseYaml(source, file, 0);
  problems.push(...yamlProblems);
  if (!frontmatter) return [];
  if (!Array.isArray(frontmatter.data)) {
    problems.push({ file, line: 1, message: 'une liste de thématiques est attendue.', fix: 'Chaque thématique commence par « - id: … ».' });
    return [];
  }
  const themes: CorpusEntry[] = [];
  const ids = new Set<string>();
  frontmatter.data.forEach((raw: unknown, index: number) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    if (typeof rawId === 'string') known.add(`thematiques/${rawId}`);
    const result = schemas.thematiques.safeParse(raw, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const m = issueToMessage(issue);
        problems.push({ file, ...frontmatter.locate([index, ...m.path]), field: `${index + 1}e thématique, ${m.field}`, message: m.message, fix: m.fix });
      }
      return;
    }
    const data = result.data as { id: string };
    if (ids.has(data.id)) {
      problems.push({ file, ...frontmatter.locate([index, 'id']), field: 'id', message: `la thématique « ${data.id} » est déclarée deux fois.`, fix: 'Supprimez ou renommez le doublon.' });
      return;
    }
    ids.add(data.id);
    const entry: CorpusEntry = { collection: 'thematiques', id: data.id, file, raw: raw as Record<string, unknown>, data, html: '', headings: [], steps: [], draft: false };
    themes.push(entry);
    locators.set(entry, (p) => frontmatter.locate([index, ...p]));
  });
  return themes;
}

interface Ref {
  collection: CollectionName;
  id: string;
}

function isRef(value: unknown): value is Ref {
  return !!value && typeof value === 'object' && 'collection' in value && 'id' in value && Object.keys(value).length === 2;
}

/** Every reference points to an existing, published entry; titles are unique within a collection. */
function checkLinks(
  entries: Record<CollectionName, CorpusEntry[]>,
  locators: Map<CorpusEntry, Frontmatter['locate']>,
  known: Set<string>,
  problems: Problem[],
): void {
  const index = new Map<string, CorpusEntry>();
  for (const list of Object.values(entries)) for (const e of list) index.set(`${e.collection}/${e.id}`, e);

  for (const list of Object.values(entries)) {
    for (const entry of list) {
      const locate = locators.get(entry);
      const visit = (value: unknown, at: (string | number)[]) => {
        if (isRef(value)) {
          const key = `${value.collection}/${value.id}`;
          const target = index.get(key);
          if (target && target !== entry && !(target.draft && !entry.draft)) return;
          if (!target && known.has(key)) return;
          // Positions come from a second, slower parse: only for an entry that has a problem.
          const where = { file: entry.file, ...(locate ? locate(at) : {}), field: at.join('.') };
          if (!target) {
            const close = closest(value.id, (entries[value.collection] ?? []).map((e) => e.id));
            problems.push({
              ...where,
              message: `« ${value.id} » ne correspond à aucune fiche de ${value.collection}.`,
              fix: close ? `Vouliez-vous dire « ${close} » ? Sinon, créez ${describeTarget(value.collection, value.id)}.` : `Créez ${describeTarget(value.collection, value.id)}, ou corrigez l’identifiant (nom du fichier sans extension).`,
            });
          } else if (target.draft && !entry.draft) {
            problems.push({ ...where, message: `« ${value.id} » est un brouillon : le lien serait cassé une fois publié.`, fix: `Publiez d’abord ${target.file} (retirez « brouillon: true »), ou retirez ce lien.` });
          } else if (target === entry && at[0] !== 'essaimeDepuis') {
            problems.push({ ...where, message: 'la fiche fait référence à elle-même.', fix: 'Retirez cette référence.' });
          }
          return;
        }
        if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...at, i]));
        else if (value && typeof value === 'object' && !(value instanceof Date)) for (const [k, v] of Object.entries(value)) visit(v, [...at, k]);
      };
      visit(entry.data, []);
    }
    const titles = new Map<string, CorpusEntry>();
    for (const entry of list) {
      const title = String(entry.data.titre ?? entry.data.nom ?? entry.data.libelle ?? '').trim().toLowerCase();
      if (!title) continue;
      const other = titles.get(title);
      const locate = locators.get(entry);
      if (other) problems.push({ file: entry.file, ...(locate ? locate(['titre']) : {}), field: 'titre', message: `même titre que ${other.file}.`, fix: 'Donnez à chaque fiche un titre distinct, qui dit ce qui la distingue (lieu, public, année).' });
      else titles.set(title, entry);
    }
  }
}

function describeTarget(collection: CollectionName, id: string): string {
  if (collection === 'thematiques') return `la thématique « ${id} » dans ${CONTENT_DIR}/${THEMES_FILE}`;
  return `la fiche ${CONTENT_DIR}/${collection}/${id}.${OPTIONAL_FOLDERS.includes(collection as EntryCollection) ? 'md' : 'mdx'}`;
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

function suggestName(name: string): string | undefined {
  const match = /^(.*)\.(md|mdx)$/i.exec(name);
  if (!match) return undefined;
  const [, stem = '', extension = 'mdx'] = match;
  const base = stem
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return base ? `${base}.${extension.toLowerCase()}` : undefined;
}
