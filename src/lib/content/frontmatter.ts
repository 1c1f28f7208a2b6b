/** Splits a content file into its YAML frontmatter and body, keeping line numbers for messages. */
// The project's YAML library is `yaml`; js-yaml is the second parser, kept for one measured reason: it reads
// the corpus' headers 7.8 times faster (128 µs against 993 µs per header, CORE schema, the 62 headers of
// content/, December 2026), about 8.6 s of a build at 10 000 case studies. `yaml` still reports every problem.
import jsyaml from 'js-yaml';
import { isMap, isNode, isSeq, LineCounter, Parser, parseDocument, type CST, type Document } from 'yaml';
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

/** Deepest nesting of lists and groups of fields a header may have: the model needs four or five levels. */
export const MAX_YAML_DEPTH = 20;

/** How many times aliases (*nom) may copy an anchor's value (yaml's own guard against "billion laughs"). */
const MAX_ALIAS_COUNT = 100;

/** An anchor (&nom) in the header: aliases are possible, so the parser that counts them reads it. */
const ANCHOR = /(?:^|[\s[{,:-])&[^\s,[\]{}]/m;

/** The tags a header may write: the plain types of YAML's core schema, which the model knows. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

const YAML_FIX =
  'Vérifiez l’indentation (des espaces, pas de tabulations), les deux-points après chaque clé et les guillemets autour des textes contenant « : » ou « # ».';

/**
 * Parses a YAML text that starts after `lineOffset` lines of its file. The fast parser (js-yaml) reads
 * well-formed files; the slower one, which knows where every key is, runs only to report a problem, and
 * reads the headers that have anchors (it counts aliases) or that js-yaml refuses (unknown tags, nesting).
 */
export function parseYaml(yamlText: string, file: string, lineOffset: number): { frontmatter?: Frontmatter; problems: Problem[] } {
  if (ANCHOR.test(yamlText)) return parseYamlWithPositions(yamlText, file, lineOffset);
  let data: unknown;
  try {
    data = jsyaml.load(yamlText, { schema: jsyaml.CORE_SCHEMA, maxDepth: MAX_YAML_DEPTH } as jsyaml.LoadOptions);
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
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line + lineOffset, column: pos.col };
  };
  // Depth first, on the parser's tokens (built without recursion): building the document recurses.
  const deep = tooDeepAt(yamlText);
  if (deep) return { problems: [{ file, line: deep.line + lineOffset, column: deep.col, ...tooDeep() }] };
  const doc = parseDocument(yamlText, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = doc.errors.map((error) => ({
    ...at(error.pos[0]),
    message: `en-tête YAML illisible : ${yamlReason(error.code, error.message)}.`,
    fix: YAML_FIX,
  }));
  if (problems.length) return { problems };
  const refused = unknownTag(doc, yamlText);
  if (refused) return { problems: [{ ...at(refused.offset), ...refused.problem }] };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return {
      problems: [
        {
          ...at(Math.max(0, yamlText.search(/\*[^\s,[\]{}]/))),
          message: 'en-tête YAML refusé : ses alias (*nom) recopient des valeurs un trop grand nombre de fois.',
          fix: 'Écrivez chaque valeur en entier, sans ancre ni alias (&nom, *nom).',
        },
      ],
    };
  }
  const locate = (path: readonly PropertyKey[]) => locateIn(doc, lineCounter, path, lineOffset);
  return { frontmatter: { data: data ?? {}, locate }, problems };
}

function tooDeep(): Pick<Problem, 'message' | 'fix'> {
  return {
    message: `en-tête YAML trop imbriqué : plus de ${MAX_YAML_DEPTH} niveaux de listes ou de groupes de champs.`,
    fix: 'Les champs d’une fiche ont au plus quelques niveaux d’indentation (voir CONTRIBUTING.md) : retirez les crochets ou les tirets en trop.',
  };
}

/**
 * Where the header first nests lists or groups of fields deeper than MAX_YAML_DEPTH, if it does; read on
 * the parser's tokens with an explicit stack, so that no depth can overflow the call stack.
 */
function tooDeepAt(yamlText: string): { line: number; col: number } | undefined {
  const lineCounter = new LineCounter();
  const stack: { token: CST.Token | null | undefined; depth: number }[] = [];
  for (const token of new Parser(lineCounter.addNewLine).parse(yamlText)) stack.push({ token, depth: 0 });
  let first: number | undefined;
  while (stack.length) {
    const { token, depth } = stack.pop() as { token: CST.Token | null | undefined; depth: number };
    if (!token) continue;
    if (token.type === 'document') stack.push({ token: token.value, depth });
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= MAX_YAML_DEPTH) first = Math.min(first ?? token.offset, token.offset);
      else for (const item of token.items) stack.push({ token: item.value, depth: depth + 1 }, { token: item.key, depth: depth + 1 });
    }
  }
  return first === undefined ? undefined : lineCounter.linePos(first);
}

/**
 * The first node of the document that carries a tag the model does not know (!!js/function, !!binary,
 * !custom…): YAML would drop the tag silently, or build a value no field expects. Walked with an explicit
 * stack, like tooDeepAt.
 */
function unknownTag(doc: Document, yamlText: string): { offset: number; problem: Pick<Problem, 'message' | 'fix'> } | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (!isNode(node)) continue;
    const offset = node.range?.[0] ?? 0;
    if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
      const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      // The node starts after its tag: point at the tag itself when it is written as shown.
      const written = yamlText.lastIndexOf(tag, offset);
      return {
        offset: written >= 0 ? written : offset,
        problem: {
          message: `en-tête YAML refusé : l’étiquette « ${tag} » est inconnue du modèle (elle serait ignorée sans rien dire).`,
          fix: `Retirez « ${tag} » : une valeur s’écrit telle quelle (un texte, un nombre, true ou false, une date AAAA-MM-JJ).`,
        },
      };
    }
    if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i];
        stack.push(pair?.value, pair?.key);
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
  return undefined;
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
