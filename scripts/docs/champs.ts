/**
 * npm run docs:champs — rewrites the field tables of CONTRIBUTING.md from the model (src/model/): one table
 * per collection between the markers `<!-- champs:<collection> -->` and `<!-- /champs -->`, and the fields
 * shared by every article-like collection between `<!-- champs:communs -->` and `<!-- /champs -->`.
 * tests/unit/model/contributing.test.ts fails when the file and the model differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fieldDocs, type FieldDoc } from '../../src/model/describe.ts';
import { collectionInfo, COLLECTIONS, type CollectionName } from '../../src/model/index.ts';

const code = (value: string) => `\`${value}\``;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** What one value is, in words ("texte, 120 caractères au plus"). */
function format(doc: FieldDoc): string {
  switch (doc.kind) {
    case 'texte':
      return doc.maxLength !== undefined ? `texte, ${doc.maxLength} caractères au plus` : 'texte';
    case 'date':
      return 'date AAAA-MM-JJ';
    case 'reference': {
      const target = doc.reference ? collectionInfo(doc.reference).singular.toLowerCase() : 'fiche';
      return `identifiant (${target})`;
    }
    case 'choix': {
      const values = doc.values ?? [];
      return values.length > 10
        ? `l’un des codes ${values.map((v) => code(v.value)).join(', ')}`
        : values.map((v) => (v.label === v.value ? code(v.value) : `${code(v.value)} (${v.label})`)).join(', ');
    }
    case 'entier':
    case 'nombre': {
      const kind = doc.kind === 'entier' ? 'nombre entier' : 'nombre';
      const min = doc.minimum === undefined ? '' : doc.exclusiveMinimum ? `plus grand que ${doc.minimum}` : `${doc.minimum} au moins`;
      const max = doc.maximum === undefined ? '' : `${doc.maximum} au plus`;
      const bounds = [min, max].filter(Boolean).join(', ');
      return bounds ? `${kind}, ${bounds}` : kind;
    }
    case 'booleen':
      return '`true` ou `false`';
    case 'url':
      return 'adresse complète en `https://`';
    case 'courriel':
      return 'adresse électronique';
    case 'objet':
      return (doc.fields ?? []).map((f) => `${code(f.key)} (${formatOf(f)}${f.required ? '' : ', facultatif'})`).join(', ');
  }
}

/** A field's format, lists included ("liste de textes, au moins un"). */
function formatOf(doc: FieldDoc): string {
  if (!doc.list) return format(doc);
  const least = doc.minItems ? `, au moins ${doc.minItems}` : '';
  return `liste${doc.kind === 'objet' ? ' de' : ' :'} ${format(doc)}${least}`;
}

function row(doc: FieldDoc): string {
  const role = doc.hint ? `${doc.label} : ${doc.hint.charAt(0).toLowerCase()}${doc.hint.slice(1)}` : doc.label;
  return `| ${code(doc.key)} | ${doc.required ? 'oui' : 'non'} | ${cell(formatOf(doc))} | ${cell(role)} |`;
}

const HEAD = ['| champ | obligatoire | format et valeurs | rôle |', '|---|---|---|---|'];

/** The collections whose entries share the editorial fields: the articles, written by named authors. */
const articles = COLLECTIONS.filter((c) => collectionInfo(c).identifier === 'titre' && fieldDocs(c).some((f) => f.key === 'auteurs'));
/** The fields every article-like collection has, documented once. */
const common = (fieldDocs(articles[0] ?? 'projets') ?? []).filter((f) =>
  articles.every((c) => fieldDocs(c).some((g) => g.key === f.key && g.label === f.label)),
);

/** The table between one pair of markers. */
export function fieldTable(name: CollectionName | 'communs'): string {
  const docs =
    name === 'communs' ? common : fieldDocs(name).filter((f) => !(articles.includes(name) && common.some((c) => c.key === f.key)));
  return [...HEAD, ...docs.map(row)].join('\n');
}

const MARKERS = /(<!-- champs:([\w-]+) -->\n)[\s\S]*?(\n<!-- \/champs -->)/g;

/** The guide with every table between markers written again from the model. */
export function withFieldTables(guide: string): string {
  return guide.replace(MARKERS, (_, open: string, name: string, close: string) => {
    if (name !== 'communs' && !(COLLECTIONS as string[]).includes(name))
      throw new Error(`CONTRIBUTING.md : « ${name} » n’est pas une collection du modèle (src/model/collections.ts).`);
    return `${open}${fieldTable(name as CollectionName | 'communs')}${close}`;
  });
}

export const GUIDE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../CONTRIBUTING.md');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const before = readFileSync(GUIDE, 'utf8');
  const after = withFieldTables(before);
  if (after !== before) writeFileSync(GUIDE, after);
  console.log(
    after === before
      ? 'CONTRIBUTING.md : tables des champs déjà à jour.'
      : 'CONTRIBUTING.md : tables des champs réécrites depuis le modèle.',
  );
}
