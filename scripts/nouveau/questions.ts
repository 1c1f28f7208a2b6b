/**
 * The questions of `npm run nouveau`, made from the model (src/model/): one per required field of the
 * collection and per field marked `ask`, asked in the model's order with its label, hint and example.
 * Each answer is checked by running the model's own schema on it, with the content checker's French
 * message; the links to other entries are checked against the corpus, as the checker does. Pure:
 * ./index.ts reads the corpus, asks the questions and writes the file made by ./entry.ts.
 */
import { closest, type CheckedCorpus } from '../../src/lib/content/corpus.ts';
import { issueToMessage } from '../../src/lib/content/messages.ts';
import { REGIONS } from '../../src/lib/regions.ts';
import { slugify } from '../../src/lib/slug.ts';
import { fieldDocs, type FieldDoc } from '../../src/model/describe.ts';
import {
  collectionInfo,
  CONTENT_DIR,
  ENTRY_COLLECTIONS,
  ID_PATTERN,
  schemas,
  type CollectionName,
  type EntryCollection,
} from '../../src/model/index.ts';

/** The type of a new entry, as typed on the command line: its collection in the singular ("projet"). */
type Singular<C extends string> = C extends `${infer T}s` ? T : C;
export type EntryType = Singular<EntryCollection>;
export const typeOf = (collection: EntryCollection): EntryType => collection.replace(/s$/, '') as EntryType;
/** The types, the labs' work first: a new lab is the rarest entry. */
export const ENTRY_TYPES: readonly EntryType[] = [...ENTRY_COLLECTIONS]
  .sort((a, b) => Number(a === 'labs') - Number(b === 'labs'))
  .map(typeOf);
export const collectionOf = (type: string): EntryCollection => {
  const found = ENTRY_COLLECTIONS.find((c) => typeOf(c) === type);
  if (!found) throw new Error(`type de fiche inconnu : ${type}`);
  return found;
};

/** Every generated hint starts with this, so that an author (and a reviewer) sees what is left to write. */
export const HINT_PREFIX = 'À compléter —';

/** An existing entry that an answer may point to. */
export interface Choice {
  id: string;
  label: string;
  /** A draft cannot be linked from a published entry. */
  draft?: boolean;
}

/** What the questions need to know about the corpus. */
export interface CorpusIndex {
  /** The entries an answer may point to, by collection, by label. */
  choices: Record<CollectionName, Choice[]>;
  /** The region of each lab, for a project's region. */
  labRegions: Map<string, string>;
  /** Ids already used in each collection (valid files or not), with the file that uses them. */
  taken: Record<EntryCollection, Map<string, string>>;
  /** Titles already used in each collection, lower-cased, with their file: the checker refuses duplicates. */
  titles: Record<EntryCollection, Map<string, string>>;
}

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, 'fr');
const str = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The index of a checked corpus (loadCorpus). `files` adds the names of files the corpus could not read
 * (a broken entry still holds its id), by collection.
 */
export function buildIndex(corpus: CheckedCorpus, files: Partial<Record<EntryCollection, readonly string[]>> = {}): CorpusIndex {
  const taken = Object.fromEntries(ENTRY_COLLECTIONS.map((c) => [c, new Map<string, string>()])) as CorpusIndex['taken'];
  const titles = Object.fromEntries(ENTRY_COLLECTIONS.map((c) => [c, new Map<string, string>()])) as CorpusIndex['titles'];
  for (const collection of ENTRY_COLLECTIONS) {
    for (const name of files[collection] ?? [])
      taken[collection].set(name.replace(/\.mdx?$/i, '').toLowerCase(), `${CONTENT_DIR}/${collection}/${name}`);
    const identifier = collectionInfo(collection).identifier;
    for (const entry of corpus.entries[collection]) {
      taken[collection].set(entry.id, entry.file);
      const title = str(entry.data[identifier]).trim().toLowerCase();
      if (title) titles[collection].set(title, entry.file);
    }
  }
  const choices = Object.fromEntries(
    Object.entries(corpus.entries).map(([collection, entries]) => {
      const identifier = collectionInfo(collection as CollectionName).identifier;
      const list = entries.map((e) => ({ id: e.id, label: str(e.data[identifier]), ...(e.draft ? { draft: true } : {}) }));
      return [collection, collection === 'thematiques' ? list : list.sort(byLabel)];
    }),
  ) as CorpusIndex['choices'];
  const labRegions = new Map(corpus.entries.labs.map((e) => [e.id, str(e.data.region)]));
  return { choices, labRegions, taken, titles };
}

export { slugify };

/** Answers as text, one per question key: lists are separated by commas, numbers and dates as written. */
export type Answers = Record<string, string>;

export interface Context {
  type: EntryType;
  index: CorpusIndex;
  /** The answers already checked (and normalized), for questions that depend on earlier ones. */
  answers: Answers;
}

/** A checked answer, normalized; or what is wrong with it, in French. */
export type Checked = { value: string } | { error: string };

export interface Field {
  /** Key of the answer: the field's key, or "field.subfield" for a part of an object. */
  key: string;
  /** Command-line option, without the leading dashes. */
  flag: string;
  /** The question asked in the terminal. */
  question: string;
  /** One line for --help and for the "missing" message. */
  help: string;
  kind: 'text' | 'select' | 'multiselect';
  required: boolean;
  placeholder?: string;
  /** Choices of a select or multiselect. */
  choices?: (ctx: Context) => Choice[];
  /** Value proposed in the terminal, from earlier answers. */
  initial?: (ctx: Context) => string | undefined;
  /** Checks an answer that is not empty (empty answers are handled by `required`). */
  check: (raw: string, ctx: Context) => Checked;
  /** The value written in the file, from the checked answer. */
  value: (answer: string) => unknown;
  /** Where the value goes in the entry: ["titre"], or ["coordonnees", "lat"] for a part of an object. */
  path: string[];
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const splitList = (raw: string) => [
  ...new Set(
    raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];
const ok = (value: string): Checked => ({ value });
const fail = (error: string): Checked => ({ error });
const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);
const lower = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;

/**
 * Runs the collection's schema on an entry holding only this value, and returns the content checker's
 * French message for it (message and fix), or undefined when the model accepts it.
 */
export function modelProblem(collection: CollectionName, path: (string | number)[], value: unknown): string | undefined {
  const entry = path.reduceRight<unknown>((inner, key) => (typeof key === 'number' ? [inner] : { [key]: inner }), value);
  const issue = schemas[collection]
    .safeParse(entry, { reportInput: true })
    .error?.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
  if (!issue) return undefined;
  const { message, fix } = issueToMessage(issue);
  return `${message} ${fix}`;
}

/** The value as the model reads it: a number for a number, a date written JJ/MM/AAAA turned around. */
function typed(doc: FieldDoc, raw: string): unknown {
  const s = oneLine(raw);
  if (doc.kind === 'date') {
    const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
    return french ? `${french[3]}-${french[2]?.padStart(2, '0')}-${french[1]?.padStart(2, '0')}` : s;
  }
  if (doc.kind === 'entier' || doc.kind === 'nombre') {
    const n = s.replace(',', '.');
    return /^-?\d+(\.\d+)?$/.test(n) ? Number(n) : s;
  }
  return s;
}

/** "idee (Idée), en-cours (En cours)…": the values of a closed list, for messages and help. */
const describeValues = (doc: FieldDoc) => (doc.values ?? []).map((v) => `${v.value} (${v.label})`).join(', ');

/** Finds a value of a closed list by its id or its label, whatever the accents and capitals ("Expérimentation"). */
function closedValue(doc: FieldDoc, raw: string): string | undefined {
  const wanted = slugify(raw);
  return doc.values?.find((v) => v.value === raw.trim() || slugify(v.value) === wanted || slugify(v.label) === wanted)?.value;
}

/** How many existing ids a message lists at most. */
const MAX_LISTED = 20;

/** "le lab « x » n’existe pas dans content/labs/. Vouliez-vous dire « y » ?" */
function unknownRef(target: CollectionName, id: string, choices: Choice[]): string {
  const near = closest(
    id,
    choices.map((c) => c.id),
  );
  const info = collectionInfo(target);
  const where = info.kind === 'file' ? `dans ${CONTENT_DIR}/${info.folder}` : `dans ${CONTENT_DIR}/${info.folder}/`;
  return `l’identifiant « ${id} » n’existe pas ${where}.${near ? ` Vouliez-vous dire « ${near} » ?` : ''}`;
}

/** The ids a reference may take, once per message. */
function existing(choices: Choice[]): string {
  const ids = choices.map((c) => c.id).sort();
  if (!ids.length) return '';
  return ` Identifiants existants : ${(ids.length > MAX_LISTED ? [...ids.slice(0, MAX_LISTED), '…'] : ids).join(', ')}.`;
}

function checkRefs(doc: FieldDoc, target: CollectionName): Field['check'] {
  return (raw, ctx) => {
    const choices = ctx.index.choices[target];
    const ids = splitList(raw.toLowerCase());
    if (!doc.list && ids.length > 1) return fail(`un seul identifiant attendu (${lower(collectionInfo(target).singular)}).`);
    if (ids.length < (doc.minItems ?? 0))
      return fail(`indiquez au moins ${doc.minItems} identifiant${plural(doc.minItems ?? 0, '', 's')}.`);
    const unknown: string[] = [];
    const drafts: string[] = [];
    for (const id of ids) {
      const found = choices.find((c) => c.id === id);
      if (!found) unknown.push(unknownRef(target, id, choices));
      else if (found.draft)
        drafts.push(
          `« ${id} » est un brouillon : le lien serait cassé une fois votre fiche publiée. Retirez-le, ou publiez d’abord cette fiche.`,
        );
    }
    const problems = [...unknown, ...drafts];
    if (!problems.length) return ok(ids.join(','));
    return fail(`${problems.join(' ')}${unknown.length ? existing(choices) : ''}`);
  };
}

function checkClosed(doc: FieldDoc): Field['check'] {
  return (raw) => {
    if (!doc.list) {
      const found = closedValue(doc, raw);
      return found ? ok(found) : fail(`valeur « ${oneLine(raw)} » inconnue. Valeurs possibles : ${describeValues(doc)}.`);
    }
    const values: string[] = [];
    const unknown: string[] = [];
    for (const item of splitList(raw)) {
      const found = closedValue(doc, item);
      if (found) values.push(found);
      else unknown.push(`« ${item} »`);
    }
    if (unknown.length)
      return fail(
        `${plural(unknown.length, 'valeur inconnue', 'valeurs inconnues')} : ${unknown.join(', ')}. Valeurs possibles : ${describeValues(doc)}.`,
      );
    return values.length ? ok([...new Set(values)].join(',')) : fail('indiquez au moins une valeur.');
  };
}

/** Any other answer: the model's own schema decides, with the checker's message. */
function checkWithModel(collection: EntryCollection, doc: FieldDoc, path: string[]): Field['check'] {
  return (raw) => {
    if (doc.list) {
      const items = splitList(oneLine(raw));
      const problems = items.map((item, i) => modelProblem(collection, [...path, i], typed(doc, item))).filter(Boolean);
      const empty = items.length < (doc.minItems ?? 0) ? `indiquez au moins ${doc.minItems} ${doc.item ?? 'élément'}.` : undefined;
      return empty ? fail(empty) : problems.length ? fail(problems[0] ?? '') : ok(items.join(','));
    }
    const value = typed(doc, raw);
    const problem = modelProblem(collection, path, value);
    return problem ? fail(problem) : ok(String(value));
  };
}

/** The region of a project is kept only when it differs from its lab's. */
function checkRegion(doc: FieldDoc, sameAs?: string): Field['check'] {
  const closed = checkClosed(doc);
  return (raw, ctx) => {
    const checked = closed(raw, ctx);
    if ('error' in checked || !sameAs) return checked;
    return ok(ctx.index.labRegions.get(ctx.answers[sameAs] ?? '') === checked.value ? '' : checked.value);
  };
}

/** The id of the new entry: the one given, or the one derived from its name; it must be free. */
export function checkId(raw: string, ctx: Context): Checked {
  const collection = collectionOf(ctx.type);
  const title = ctx.answers[collectionInfo(collection).identifier] ?? '';
  const id = raw.trim() || slugify(title);
  // Without a valid title, its own problem is enough: no second message about the id.
  if (!id) return title ? fail('identifiant manquant : donnez un titre, ou un identifiant (--id).') : ok('');
  if (!ID_PATTERN.test(id)) {
    const suggestion = slugify(id);
    return fail(
      `identifiant « ${id} » non valide : minuscules sans accents, chiffres et tirets seulement${suggestion ? ` (par exemple « ${suggestion} »)` : ''}.`,
    );
  }
  const file = ctx.index.taken[collection].get(id);
  if (file) return fail(`l’identifiant « ${id} » est déjà pris par ${file}. Changez le titre, ou choisissez un autre identifiant (--id).`);
  return ok(id);
}

/** The title (or name) of the new entry: the model's rule, and not one already used. */
function checkTitle(collection: EntryCollection, doc: FieldDoc): Field['check'] {
  const model = checkWithModel(collection, doc, [doc.key]);
  return (raw, ctx) => {
    const checked = model(raw, ctx);
    if ('error' in checked) return checked;
    const other = ctx.index.titles[collection].get(checked.value.toLowerCase());
    if (other) return fail(`une fiche porte déjà ce titre : ${other}. Donnez un titre qui distingue la vôtre (lieu, public, année).`);
    if (!slugify(checked.value)) return fail('le titre doit contenir au moins une lettre ou un chiffre.');
    return checked;
  };
}

/** A flag from a key: "quandUtiliser" → "quand-utiliser". */
const flagOf = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/\./g, '-');

/** The help line of a field: its hint (or label), its list form, its closed values, its example. */
function helpOf(doc: FieldDoc, label = doc.label): string {
  const parts = [doc.hint ? `${lower(label)} : ${lower(doc.hint).replace(/\.$/, '')}` : lower(label)];
  if (doc.reference) {
    const info = collectionInfo(doc.reference);
    const where = `${CONTENT_DIR}/${info.folder}${info.kind === 'folder' ? '/' : ''}`;
    if (info.kind === 'file') parts.push(`identifiant${doc.list ? 's' : ''} (dans ${where})`);
    else parts.push(doc.list ? `identifiants (noms de leurs fichiers dans ${where})` : `identifiant (nom de son fichier dans ${where})`);
  }
  if (doc.values) parts.push(`${doc.list ? 'parmi' : 'l’une des valeurs'} : ${doc.values.map((v) => v.value).join(', ')}`);
  if (doc.list) parts.push('séparés par des virgules');
  if (doc.maxLength && doc.kind === 'texte' && !doc.hint?.includes('caractères')) parts.push(`${doc.maxLength} caractères au plus`);
  if (doc.example && !doc.values && !doc.reference && !doc.hint?.includes(doc.example)) parts.push(`par exemple ${doc.example}`);
  return parts.join(' ; ');
}

/** An object asked as one answer, in words ("2-4 heures", "3-8"), and how to read it. */
interface Compound {
  placeholder: string;
  help: string;
  parse: (raw: string) => Record<string, unknown> | undefined;
}

const UNIT_WORDS: Record<string, string> = {
  min: 'minutes',
  minute: 'minutes',
  h: 'heures',
  heure: 'heures',
  j: 'jours',
  jour: 'jours',
  semaine: 'semaines',
};
const range = /^(\d+(?:[.,]\d+)?)\s*(?:(?:-|à|a)\s*(\d+(?:[.,]\d+)?))?\s*([a-zéè]*)$/i;
const num = (s: string) => Number(s.replace(',', '.'));

/** The objects of the model that read better as one answer. A new object is asked field by field. */
const COMPOUNDS: Record<string, Compound> = {
  duree: {
    placeholder: '2-4 heures',
    help: '« 2-4 heures », « 30 minutes », « 1 jour »',
    parse: (raw) => {
      const m = range.exec(raw.trim());
      if (!m?.[3]) return undefined;
      const word = slugify(m[3]);
      const unite = UNIT_WORDS[word] ?? word;
      return { min: num(m[1] ?? ''), ...(m[2] ? { max: num(m[2]) } : {}), unite };
    },
  },
  participants: {
    placeholder: '3-8',
    help: '« 3-8 » ou « 5 »',
    parse: (raw) => {
      const m = range.exec(raw.trim());
      if (!m || m[3]) return undefined;
      return { min: num(m[1] ?? ''), max: num(m[2] ?? m[1] ?? '') };
    },
  },
};

function compoundField(collection: EntryCollection, doc: FieldDoc, compound: Compound): Field {
  return {
    key: doc.key,
    flag: flagOf(doc.key),
    question: `${doc.label} (par exemple « ${compound.placeholder} »)`,
    help: compound.help,
    kind: 'text',
    required: doc.required,
    placeholder: compound.placeholder,
    check: (raw) => {
      const value = compound.parse(raw);
      if (!value) return fail(`${lower(doc.label)} « ${oneLine(raw)} » non reconnue : écrivez par exemple ${compound.help}.`);
      const issue = schemas[collection]
        .safeParse({ [doc.key]: value }, { reportInput: true })
        .error?.issues.find((i) => i.path[0] === doc.key);
      if (issue) {
        const { message, fix } = issueToMessage(issue);
        return fail(`${issue.path.slice(1).join('.') || doc.key} : ${message} ${fix}`);
      }
      return ok(JSON.stringify(value));
    },
    value: (answer) => JSON.parse(answer) as unknown,
    path: [doc.key],
  };
}

/** The question of one field (or one part of an object: `parent` is the object). */
function questionOf(collection: EntryCollection, doc: FieldDoc, parent?: FieldDoc): Field {
  // A part of an object is asked by its own name ("lat"), unless another field of the entry bears it.
  const clash = parent && fieldDocs(collection).some((f) => f.key === doc.key);
  const key = parent && clash ? `${parent.key}-${doc.key}` : doc.key;
  const path = parent ? [parent.key, doc.key] : [doc.key];
  const flag = flagOf(key);
  const optional = doc.required ? '' : ' (facultatif)';
  const base = {
    key,
    flag,
    path,
    question: `${doc.label}${optional}`,
    help: helpOf(doc),
    required: doc.required,
    ...(doc.example ? { placeholder: doc.example } : {}),
  };
  const asList = (answer: string) => (doc.list ? splitList(answer) : answer);
  if (doc.reference) {
    const target = doc.reference;
    return {
      ...base,
      kind: doc.list ? 'multiselect' : 'select',
      choices: (ctx) => ctx.index.choices[target].filter((c) => !c.draft),
      check: checkRefs(doc, target),
      value: asList,
    };
  }
  if (doc.values) {
    const labRef = fieldDocs(collection).find((f) => f.reference === 'labs' && !f.list);
    const sameAs = doc.key === 'region' && !doc.required && labRef ? labRef.key : undefined;
    return {
      ...base,
      kind: doc.list ? 'multiselect' : 'select',
      choices: (ctx) => {
        const options = (doc.values ?? []).map((v) => ({ id: v.value, label: v.label }));
        if (!sameAs) return options;
        const own = REGIONS.find((r) => r.code === ctx.index.labRegions.get(ctx.answers[sameAs] ?? ''));
        return [{ id: '', label: `Celle du lab${own ? ` (${own.nom})` : ''}` }, ...options.filter((o) => o.id !== own?.code)];
      },
      check: doc.key === 'region' ? checkRegion(doc, sameAs) : checkClosed(doc),
      value: asList,
    };
  }
  const number = doc.kind === 'entier' || doc.kind === 'nombre';
  return {
    ...base,
    kind: 'text',
    check: checkWithModel(collection, doc, path),
    value: doc.list ? splitList : number ? Number : (answer) => answer,
  };
}

/** The questions for each type, in the order they are asked. */
function questionsOf(collection: EntryCollection): Field[] {
  const docs = fieldDocs(collection);
  const identifier = collectionInfo(collection).identifier;
  const asked = docs.filter((d) => (d.required || d.ask) && d.initial === undefined);
  const titleDoc = asked.find((d) => d.key === identifier);
  const fields: Field[] = [];
  if (titleDoc) {
    fields.push({ ...questionOf(collection, titleDoc), check: checkTitle(collection, titleDoc) });
    fields.push({
      key: 'id',
      flag: 'id',
      question: 'Identifiant (nom du fichier et adresse de la page)',
      help: 'par défaut tiré du titre : minuscules sans accents, mots séparés par des tirets',
      kind: 'text',
      required: false,
      initial: (ctx) => slugify(ctx.answers[identifier] ?? ''),
      check: checkId,
      value: (answer) => answer,
      path: [],
    });
  }
  // The authors are asked last: the lab's name, answered before, is proposed.
  const later = asked.filter((d) => d.key === 'auteurs');
  for (const doc of [...asked.filter((d) => d !== titleDoc && !later.includes(d)), ...later]) {
    const compound = COMPOUNDS[doc.key];
    if (doc.kind === 'objet' && !doc.list && compound) fields.push(compoundField(collection, doc, compound));
    else if (doc.kind === 'objet' && !doc.list) for (const sub of doc.fields ?? []) fields.push(questionOf(collection, sub, doc));
    else fields.push(questionOf(collection, doc));
  }
  const lab = docs.find((d) => d.reference === 'labs' && !d.list);
  return fields.map((f) =>
    f.key === 'auteurs' && lab
      ? { ...f, initial: (ctx: Context) => ctx.index.choices.labs.find((l) => l.id === ctx.answers[lab.key])?.label }
      : f,
  );
}

export const FIELDS = Object.fromEntries(ENTRY_COLLECTIONS.map((c) => [typeOf(c), questionsOf(c)])) as unknown as Record<
  EntryType,
  readonly Field[]
>;

/** Checks one answer: empty (required or not), then its own check. */
export function checkField(field: Field, raw: string | undefined, ctx: Context): Checked {
  if (raw === undefined || raw.trim() === '') {
    if (field.key === 'id') return checkId('', ctx);
    return field.required ? fail(`réponse obligatoire : ${field.help}.`) : ok('');
  }
  return field.check(raw, ctx);
}
