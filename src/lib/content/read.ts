/**
 * Step 2 of the checker, the reading of one entry file: its bytes, its characters, its frontmatter against
 * the collection's schema, its body (parsed, checked, rendered) and its images. Every sub-step that could
 * throw on hostile input runs under guarded(): an exception becomes a French problem of this file.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { CASE_STUDY_SECTIONS, type CollectionName } from '../../model/index.ts';
import { characterProblems } from './characters.ts';
import type { CorpusEntry, LoadOptions } from './corpus.ts';
import { parseFrontmatter, type Frontmatter } from './frontmatter.ts';
import { guarded } from './guard.ts';
import { bodyImageProblems, imageFieldProblems } from './images.ts';
import { renderBody, type Heading, type SiteLink } from './markdown.ts';
import { validate } from './messages.ts';
import type { Problem } from './problems.ts';
import type { ReadTask } from './scan.ts';

export type Schemas = Record<CollectionName, z.ZodType>;

/** Files over this size are refused: a case study is a few thousand words. */
export const MAX_FILE_BYTES = 200_000;

/** What reading one entry file gives: the entry if it is valid, and its problems. */
export interface ReadResult {
  entry?: CorpusEntry | undefined;
  problems: Problem[];
  locate?: Frontmatter['locate'] | undefined;
  /** The body's links to pages and files of this site, checked once every entry is known. */
  links?: SiteLink[] | undefined;
}

/** Checks of a body that only some collections have: the sections of a case study. */
const BODY_CHECKS: Partial<Record<CollectionName, (headings: Heading[], file: string, source: string) => Problem[]>> = {
  projets: sectionProblems,
};

/** Reads one entry file; never throws. */
export function readTask(root: string, task: ReadTask, schemas: Schemas, options: LoadOptions): ReadResult {
  const problems: Problem[] = [];
  const read = guarded(task.file, 'la lecture de la fiche', problems, () => readEntry(root, task, schemas, problems, options));
  return { entry: read?.entry, problems, locate: read?.locate, links: read?.links };
}

function readEntry(
  root: string,
  { collection, id, file, full, size }: ReadTask,
  schemas: Schemas,
  problems: Problem[],
  options: LoadOptions,
): { entry: CorpusEntry; locate: Frontmatter['locate']; links: SiteLink[] } | undefined {
  if (size === 0) {
    problems.push({ file, message: 'fichier vide.', fix: 'Écrivez la fiche, ou lancez « npm run nouveau » pour en créer une à partir du modèle.' });
    return undefined;
  }
  if (size > MAX_FILE_BYTES) {
    problems.push({
      file,
      message: `fichier trop gros (${Math.round(size / 1000)} Ko, ${MAX_FILE_BYTES / 1000} Ko au plus).`,
      fix: 'Découpez la fiche, ou retirez les contenus collés par erreur.',
    });
    return undefined;
  }
  const source = decodeUtf8(readFileSync(full), file, problems);
  if (source === undefined) return undefined;
  const refused = characterProblems(source, file);
  problems.push(...refused);

  const parsed = guarded(file, 'la lecture de l’en-tête', problems, () => parseFrontmatter(source, file));
  const frontmatter = parsed?.frontmatter;
  problems.push(...(parsed?.problems ?? []));
  const body = guarded(file, 'la lecture du texte', problems, () => renderBody(source, file, full.endsWith('.mdx'), options));
  if (body) {
    problems.push(...body.problems);
    problems.push(...bodyImageProblems(root, file, body.images));
  }
  if (!frontmatter || !body) return undefined;

  const raw = (frontmatter.data && typeof frontmatter.data === 'object' ? frontmatter.data : {}) as Record<string, unknown>;
  const result = guarded(file, 'la vérification de l’en-tête', problems, () => validate(schemas[collection], raw));
  if (!result) return undefined;
  if (!result.success) {
    for (const m of result.messages) problems.push({ file, ...frontmatter.locate(m.path), field: m.field, message: m.message, fix: m.fix });
    return undefined;
  }
  const data = result.data as Record<string, unknown>;
  const bodyCheck = BODY_CHECKS[collection];
  if (bodyCheck && body.problems.length === 0) problems.push(...bodyCheck(body.headings, file, source));
  problems.push(...imageFieldProblems(root, file, data, frontmatter.locate));
  if (refused.length) return undefined;
  // The parsers' strings are slices of the whole file's text: copied, so that an entry kept for the build does
  // not keep its source alive too (a heap snapshot at 2 000 case studies found the source files held by titles
  // and headings).
  const own = structuredClone({ raw, data, headings: body.headings, steps: body.steps });
  const entry: CorpusEntry = { collection, id, file, ...own, html: body.html, draft: data.brouillon === true };
  return { entry, locate: frontmatter.locate, links: body.links };
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

/** A case study has the sections of CASE_STUDY_SECTIONS, in that order. */
function sectionProblems(headings: Heading[], file: string, source: string): Problem[] {
  const sections: readonly string[] = CASE_STUDY_SECTIONS;
  const found = headings.filter((h) => h.depth === 2).map((h) => h.text.trim());
  const missing = sections.filter((s) => !found.includes(s));
  if (missing.length) {
    const line = source.split('\n').findIndex((l, i) => i > 0 && l.trim() === '---') + 2;
    const many = missing.length > 1;
    return [
      {
        file,
        line,
        message: `section${many ? 's' : ''} manquante${many ? 's' : ''} : ${missing.map((s) => `« ## ${s} »`).join(', ')}.`,
        fix: `Une étude de cas a ces sections, dans cet ordre : ${sections.map((s) => `## ${s}`).join(', ')}.`,
      },
    ];
  }
  const order = found.filter((t) => sections.includes(t));
  if (order.join('|') !== sections.join('|')) {
    return [{ file, message: 'les sections ne sont pas dans l’ordre attendu.', fix: `Ordre attendu : ${sections.join(', ')}.` }];
  }
  return [];
}
