/** Splits a content file into its YAML frontmatter and body, keeping line numbers for messages. */
import jsyaml from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from './problems.ts';

export interface Frontmatter {
  /** The parsed YAML, before schema validation. */
  data: unknown;
  /** Finds the line and column of a field in the file, for messages. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

/** Parses the frontmatter of `source`; problems name `file` and the line in the whole file. */
export function parseFrontmatter(source: string, file: string): { frontmatter?: Frontmatter; problems: Problem[] } {
  const open = /^---[ \t]*\r?\n/.exec(source);
  if (!open) {
    return {
      problems: [{ file, line: 1, column: 1, message: "le fichier ne commence pas par un en-tête (frontmatter) entre deux lignes « --- ».", fix: 'Ajoutez en première ligne « --- », puis les champs (titre: …), puis une ligne « --- » avant le texte.' }],
    };
  }
  const close = /\r?\n---[ \t]*(\r?\n|$)/.exec(source.slice(open[0].length - 1));
  if (!close) {
    return { problems: [{ file, line: 1, column: 1, message: "l'en-tête (frontmatter) n'est pas fermé.", fix: 'Ajoutez une ligne « --- » seule après le dernier champ de l’en-tête.' }] };
  }
  const yamlText = source.slice(open[0].length, open[0].length - 1 + close.index + 1);
  return parseYaml(yamlText, file, 1);
}

/**
 * Parses a YAML text that starts after `lineOffset` lines of its file. The fast parser (js-yaml) reads
 * well-formed files; the slower one, which knows where every key is, runs only to report a problem.
 */
export function parseYaml(yamlText: string, file: string, lineOffset: number): { frontmatter?: Frontmatter; problems: Problem[] } {
  let data: unknown;
  try {
    data = jsyaml.load(yamlText, { schema: jsyaml.CORE_SCHEMA });
  } catch {
    return parseYamlWithPositions(yamlText, file, lineOffset);
  }
  let slow: Frontmatter | undefined;
  const locate = (path: readonly PropertyKey[]) => {
    slow ??= parseYamlWithPositions(yamlText, file, lineOffset).frontmatter;
    return slow ? slow.locate(path) : { line: lineOffset + 1, column: 1 };
  };
  return { frontmatter: { data: data ?? {}, locate }, problems: [] };
}

function parseYamlWithPositions(yamlText: string, file: string, lineOffset: number): { frontmatter?: Frontmatter; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = doc.errors.map((error) => {
    const pos = lineCounter.linePos(error.pos[0]);
    return {
      file,
      line: pos.line + lineOffset,
      column: pos.col,
      message: `en-tête YAML illisible : ${yamlReason(error.code, error.message)}.`,
      fix: 'Vérifiez l’indentation (des espaces, pas de tabulations), les deux-points après chaque clé et les guillemets autour des textes contenant « : » ou « # ».',
    };
  });
  if (problems.length) return { problems };
  const locate = (path: readonly PropertyKey[]) => locateIn(doc, lineCounter, path, lineOffset);
  return { frontmatter: { data: doc.toJS() ?? {}, locate }, problems };
}

function locateIn(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[], lineOffset: number) {
  // Walk down as far as the path exists: a missing key is reported on its parent.
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: number[] } | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      offset = (pair.key as { range?: number[] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = (node as { range?: number[] }).range?.[0] ?? offset;
    } else break;
  }
  const pos = lineCounter.linePos(offset);
  return { line: pos.line + lineOffset, column: pos.col };
}

function yamlReason(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'une clé apparaît deux fois';
    case 'TAB_AS_INDENT':
      return 'une tabulation sert d’indentation';
    case 'BAD_INDENT':
      return 'indentation incorrecte';
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'caractère inattendu';
    default:
      return message.split('\n')[0] ?? code;
  }
}
