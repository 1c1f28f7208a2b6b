/**
 * Step 4 of the checker, the links: what spans several files. Every reference points to an existing,
 * published entry; every link to a page of an entry (/methodes/personas/) or to a file of public/ leads to
 * one; titles are unique within a collection; replication lineages have no cycle.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { collectionInfo, COLLECTIONS, CONTENT_COLLECTIONS, CONTENT_DIR, OPTIONAL_COLLECTIONS, type CollectionName, type EntryCollection } from '../../model/collections.ts';
import { lineageProblems } from '../lineage.ts';
import type { CorpusEntry } from './corpus.ts';
import type { Frontmatter } from './frontmatter.ts';
import { SITE_PATH } from '../../model/fields.ts';
import type { SiteLink } from './markdown.ts';
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

/** The links of each entry's body to pages and files of this site (see markdown.ts). */
export type BodyLinks = Map<CorpusEntry, SiteLink[]>;

/**
 * The problems of links between entries, of links to the site's pages and files, of titles shared by two
 * entries, and of lineages. `root` holds public/.
 */
export function linkProblems(
  root: string,
  entries: Record<CollectionName, CorpusEntry[]>,
  locators: Locators,
  known: Set<string>,
  bodyLinks: BodyLinks = new Map(),
): Problem[] {
  const problems: Problem[] = [];
  const index = new Map<string, CorpusEntry>();
  for (const list of Object.values(entries)) for (const e of list) index.set(`${e.collection}/${e.id}`, e);
  const site: Site = { root, entries, index, known, publicFolders: new Map() };
  for (const list of Object.values(entries)) {
    for (const entry of list) {
      const { pages, otherPages } = collectionInfo(entry.collection);
      if (otherPages?.includes(entry.id)) {
        problems.push({
          file: entry.file,
          message: `le nom de fichier « ${entry.id} » est pris par une page du site (/${pages}/${entry.id}/).`,
          fix: 'Renommez le fichier : son nom devient l’adresse de la page.',
        });
      }
      problems.push(...fieldLinkProblems(entry, site, locators.get(entry)));
      for (const link of bodyLinks.get(entry) ?? []) {
        const problem = sitePathProblem(link.url, entry, site);
        if (problem) problems.push({ file: entry.file, line: link.line, column: link.column, ...problem });
      }
    }
    problems.push(...titleProblems(list, locators));
  }
  problems.push(...lineage(entries.projets, locators));
  return problems;
}

/**
 * The problems of an entry's fields that point elsewhere, in one walk of its data: references to other entries,
 * and addresses of this site (an event's registration page, its supports).
 */
function fieldLinkProblems(entry: CorpusEntry, site: Site, locate: Frontmatter['locate'] | undefined): Problem[] {
  const { entries, index, known } = site;
  const problems: Problem[] = [];
  // Positions come from a second, slower parse: only for an entry that has a problem.
  const where = (at: (string | number)[]) => ({ file: entry.file, ...(locate ? locate(at) : {}), field: at.join('.') });
  const visit = (value: unknown, at: (string | number)[]) => {
    if (typeof value === 'string') {
      const problem = SITE_PATH.test(value) ? sitePathProblem(value, entry, site) : undefined;
      if (problem) problems.push({ ...where(at), ...problem });
      return;
    }
    if (isRef(value)) {
      const key = `${value.collection}/${value.id}`;
      const target = index.get(key);
      if (target && target !== entry && !(target.draft && !entry.draft)) return;
      if (!target && known.has(key)) return;
      if (!target) {
        const close = closest(
          value.id,
          (entries[value.collection] ?? []).map((e) => e.id),
        );
        problems.push({
          ...where(at),
          message: `« ${value.id} » ne correspond à aucune fiche de ${value.collection}.`,
          fix: close
            ? `Vouliez-vous dire « ${close} » ? Sinon, créez ${describeTarget(value.collection, value.id)}.`
            : `Créez ${describeTarget(value.collection, value.id)}, ou corrigez l’identifiant (nom du fichier sans extension).`,
        });
      } else if (target.draft && !entry.draft) {
        problems.push({
          ...where(at),
          message: `« ${value.id} » est un brouillon : le lien serait cassé une fois publié.`,
          fix: `Publiez d’abord ${target.file} (retirez « brouillon: true »), ou retirez ce lien.`,
        });
      } else if (target === entry && at[0] !== 'essaimeDepuis') {
        problems.push({ ...where(at), message: 'la fiche fait référence à elle-même.', fix: 'Retirez cette référence.' });
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...at, i]));
    else if (value && typeof value === 'object' && !(value instanceof Date)) for (const [k, v] of Object.entries(value)) visit(v, [...at, k]);
  };
  visit(entry.data, []);
  return problems;
}

/** What a site path is checked against: public/ under `root`, and the entries. */
interface Site {
  root: string;
  entries: Record<CollectionName, CorpusEntry[]>;
  index: Map<string, CorpusEntry>;
  known: Set<string>;
  /** Whether public/<name> is a folder, asked once per name. */
  publicFolders: Map<string, boolean>;
}

/** The site folders holding one page per entry: "methodes" → methodes. */
const PAGE_FOLDERS = new Map(
  COLLECTIONS.flatMap((c) => {
    const pages = collectionInfo(c).pages;
    return pages ? [[pages, c] as const] : [];
  }),
);

/** Why a root-relative address leads nowhere, with its fix; undefined when it leads to a page or a file. */
function sitePathProblem(url: string, entry: CorpusEntry, site: Site): Pick<Problem, 'message' | 'fix'> | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.replace(/[?#].*$/, ''));
  } catch {
    return { message: `adresse mal encodée : « ${url.slice(0, 80)} ».`, fix: 'Écrivez l’adresse telle qu’elle s’affiche dans le navigateur, sans % isolé.' };
  }
  const parts = pathname.split('/');
  const [, folder = '', id] = parts;
  const collection = PAGE_FOLDERS.get(folder);
  // An entry's page: "/<folder>/<id>/", nothing after.
  if (collection && id && parts.length === 4 && parts[3] === '' && !collectionInfo(collection).otherPages?.includes(id)) {
    const target = site.index.get(`${collection}/${id}`);
    if (!target) {
      if (site.known.has(`${collection}/${id}`)) return undefined; // its own problems are reported with its file
      const close = closest(
        id,
        (site.entries[collection] ?? []).map((e) => e.id),
      );
      return {
        message: `lien vers une page qui n’existe pas : « ${url} » (aucune fiche « ${id} » dans ${CONTENT_DIR}/${CONTENT_COLLECTIONS[collection].folder}/).`,
        fix: close ? `Vouliez-vous dire « /${folder}/${close}/ » ?` : `Corrigez l’adresse, ou créez ${describeTarget(collection, id)}.`,
      };
    }
    if (target.draft && !entry.draft) {
      return {
        message: `lien vers un brouillon : « ${url} » ; la page n’existera pas une fois cette fiche publiée.`,
        fix: `Publiez d’abord ${target.file} (retirez « brouillon: true »), ou retirez ce lien.`,
      };
    }
    return undefined;
  }
  if (folder && !pathname.includes('..') && isPublicFolder(site, folder) && !existsSync(path.join(site.root, 'public', pathname))) {
    return {
      message: `lien vers un fichier absent : « ${url} » (aucun fichier public${pathname}).`,
      fix: `Ajoutez le fichier public${pathname} dans votre proposition, ou corrigez l’adresse.`,
    };
  }
  return undefined;
}

function isPublicFolder(site: Site, name: string): boolean {
  let is = site.publicFolders.get(name);
  if (is === undefined) {
    const full = path.join(site.root, 'public', name);
    is = existsSync(full) && statSync(full).isDirectory();
    site.publicFolders.set(name, is);
  }
  return is;
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
