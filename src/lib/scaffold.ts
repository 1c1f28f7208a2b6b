/**
 * A new entry from a few answers (npm run nouveau): the questions, the checks of each answer against the
 * corpus and the vocabularies, the id derived from the title, and the text of the new file.
 * Pure: scripts/nouveau.ts reads the corpus, asks the questions and writes the file.
 */
import { z } from 'astro/zod';
import { closest, ENTRY_COLLECTIONS, type Corpus, type EntryCollection } from './content/corpus.ts';
import { REGIONS } from './regions.ts';
import { DIFFICULTES, PHASES, PUBLICS, STATUTS, UNITES_DUREE } from './vocabulary.ts';

export const ENTRY_TYPES = ['projet', 'methode', 'pratique', 'lab'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export const COLLECTION_OF: Record<EntryType, EntryCollection> = {
  projet: 'projets',
  methode: 'methodes',
  pratique: 'pratiques',
  lab: 'labs',
};

/** Labs are plain Markdown; the other entries may use the allowed MDX components. */
export const EXTENSION_OF: Record<EntryType, '.md' | '.mdx'> = { projet: '.mdx', methode: '.mdx', pratique: '.mdx', lab: '.md' };

/** What each type is, for menus and messages. */
export const TYPE_LABELS: Record<EntryType, string> = {
  projet: 'Étude de cas d’un projet',
  methode: 'Fiche méthode',
  pratique: 'Bonne pratique',
  lab: 'Fiche d’un lab',
};

/** "for a …", in messages. */
const FOR_TYPE: Record<EntryType, string> = { projet: 'un projet', methode: 'une méthode', pratique: 'une pratique', lab: 'un lab' };

/** Ids are made from titles; beyond this length they are cut at a word boundary. */
export const MAX_ID_LENGTH = 80;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
  labs: (Choice & { nom: string; region: string })[];
  thematiques: Choice[];
  methodes: Choice[];
  projets: Choice[];
  /** Ids already used in each collection (valid files or not), with the file that uses them. */
  taken: Record<EntryCollection, Map<string, string>>;
  /** Titles already used in each collection, lower-cased, with their file: the checker refuses duplicates. */
  titles: Record<EntryCollection, Map<string, string>>;
}

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, 'fr');

/**
 * The index of a checked corpus (loadCorpus). `files` adds the names of files the corpus could not read
 * (a broken entry still holds its id), by collection.
 */
export function buildIndex(corpus: Corpus, files: Partial<Record<EntryCollection, readonly string[]>> = {}): CorpusIndex {
  const taken = Object.fromEntries(ENTRY_COLLECTIONS.map((c) => [c, new Map<string, string>()])) as CorpusIndex['taken'];
  const titles = Object.fromEntries(ENTRY_COLLECTIONS.map((c) => [c, new Map<string, string>()])) as CorpusIndex['titles'];
  for (const collection of ENTRY_COLLECTIONS) {
    for (const name of files[collection] ?? []) {
      const id = name.replace(/\.mdx?$/i, '').toLowerCase();
      taken[collection].set(id, `content/${collection}/${name}`);
    }
    for (const entry of corpus.entries[collection]) {
      taken[collection].set(entry.id, entry.file);
      const title = String(entry.data.titre ?? entry.data.nom ?? '')
        .trim()
        .toLowerCase();
      if (title) titles[collection].set(title, entry.file);
    }
  }
  const str = (value: unknown) => (typeof value === 'string' ? value : '');
  const choice = (collection: EntryCollection) =>
    corpus.entries[collection].map((e) => ({ id: e.id, label: str(e.data.titre), ...(e.draft ? { draft: true } : {}) })).sort(byLabel);
  return {
    labs: corpus.entries.labs
      .map((e) => ({ id: e.id, label: str(e.data.nom), nom: str(e.data.nom), region: str(e.data.region) }))
      .sort(byLabel),
    thematiques: corpus.entries.thematiques.map((e) => ({ id: e.id, label: str(e.data.libelle) })),
    methodes: choice('methodes'),
    projets: choice('projets'),
    taken,
    titles,
  };
}

/** "Accueil des usagers à l'Île-d'Yeu" → "accueil-des-usagers-a-l-ile-d-yeu": ASCII, lower case, hyphens. */
export function slugify(text: string): string {
  const slug = text
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_ID_LENGTH) return slug;
  const cut = slug.slice(0, MAX_ID_LENGTH + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > MAX_ID_LENGTH / 2 ? cut.slice(0, boundary) : slug.slice(0, MAX_ID_LENGTH)).replace(/-+$/, '');
}

/** Answers as text, one per field key: lists are ids separated by commas, numbers and dates as written. */
export type Answers = Record<string, string>;

export interface Context {
  type: EntryType;
  index: CorpusIndex;
  /** The answers already checked (and normalized), for fields that depend on earlier ones. */
  answers: Answers;
}

/** A checked answer, normalized; or what is wrong with it, in French. */
export type Checked = { value: string } | { error: string };

export interface Field {
  /** Key of the answer. */
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

function text(max: number): Field['check'] {
  return (raw) => {
    const value = oneLine(raw);
    return value.length > max ? fail(`texte trop long : ${value.length} caractères pour ${max} au plus. Raccourcissez-le.`) : ok(value);
  };
}

const checkTitle: Field['check'] = (raw, ctx) => {
  const max = ctx.type === 'lab' ? 80 : 120;
  const checked = text(max)(raw, ctx);
  if ('error' in checked) return checked;
  const other = ctx.index.titles[COLLECTION_OF[ctx.type]].get(checked.value.toLowerCase());
  if (other) return fail(`une fiche porte déjà ce titre : ${other}. Donnez un titre qui distingue la vôtre (lieu, public, année).`);
  if (!slugify(checked.value)) return fail('le titre doit contenir au moins une lettre ou un chiffre.');
  return checked;
};

/** The id of the new entry: the one given, or the one derived from the title; it must be free. */
export function checkId(raw: string, ctx: Context): Checked {
  const title = ctx.answers.titre ?? ctx.answers.nom ?? '';
  const id = raw.trim() || slugify(title);
  // Without a valid title, its own problem is enough: no second message about the id.
  if (!id) return title ? fail('identifiant manquant : donnez un titre, ou un identifiant (--id).') : ok('');
  if (!ID_PATTERN.test(id)) {
    const suggestion = slugify(id);
    return fail(
      `identifiant « ${id} » non valide : minuscules sans accents, chiffres et tirets seulement${suggestion ? ` (par exemple « ${suggestion} »)` : ''}.`,
    );
  }
  const collection = COLLECTION_OF[ctx.type];
  const file = ctx.index.taken[collection].get(id);
  if (file) return fail(`l’identifiant « ${id} » est déjà pris par ${file}. Changez le titre, ou choisissez un autre identifiant (--id).`);
  return ok(id);
}

/** How many existing ids a message lists at most. */
const MAX_LISTED = 20;
const COLLECTION_NAMES = { labs: 'lab', thematiques: 'thématique', methodes: 'méthode', projets: 'projet' } as const;
type RefCollection = keyof typeof COLLECTION_NAMES;

/** "le lab « x » n’existe pas dans content/labs/. Vouliez-vous dire « y » ?" */
function unknownRef(collection: RefCollection, id: string, choices: Choice[]): string {
  const near = closest(
    id,
    choices.map((c) => c.id),
  );
  const where = collection === 'thematiques' ? 'dans content/thematiques.yaml' : `dans content/${collection}/`;
  const article = collection === 'thematiques' || collection === 'methodes' ? 'la' : 'le';
  return `${article} ${COLLECTION_NAMES[collection]} « ${id} » n’existe pas ${where}.${near ? ` Vouliez-vous dire « ${near} » ?` : ''}`;
}

/** The ids a reference may take, once per message. */
function existing(choices: Choice[]): string {
  const ids = choices.map((c) => c.id).sort();
  if (!ids.length) return '';
  return ` Identifiants existants : ${(ids.length > MAX_LISTED ? [...ids.slice(0, MAX_LISTED), '…'] : ids).join(', ')}.`;
}

function refs(collection: RefCollection, min: number): Field['check'] {
  return (raw, ctx) => {
    const choices = ctx.index[collection];
    const ids = splitList(raw.toLowerCase());
    if (ids.length < min) return fail(`indiquez au moins ${min} ${COLLECTION_NAMES[collection]}.`);
    const unknown: string[] = [];
    const drafts: string[] = [];
    for (const id of ids) {
      const found = choices.find((c) => c.id === id);
      if (!found) unknown.push(unknownRef(collection, id, choices));
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

const ref =
  (collection: RefCollection): Field['check'] =>
  (raw, ctx) => {
    const ids = splitList(raw.toLowerCase());
    if (ids.length > 1) return fail(`un seul ${COLLECTION_NAMES[collection]} attendu.`);
    return refs(collection, 1)(raw, ctx);
  };

/** A closed list of src/lib/vocabulary.ts. */
interface Vocabulary<T extends string> {
  ids: readonly T[];
  label: (id: T) => string;
}
const describeVocabulary = <T extends string>(v: Vocabulary<T>) => v.ids.map((id) => `${id} (${v.label(id)})`).join(', ');

/** Finds a value by its id or its label, whatever the accents and capitals ("Expérimentation", "en cours"). */
function vocabularyValue<T extends string>(v: Vocabulary<T>, raw: string): T | undefined {
  const wanted = slugify(raw);
  return v.ids.find((id) => id === wanted || slugify(v.label(id)) === wanted);
}

const vocabularyChoices =
  <T extends string>(v: Vocabulary<T>) =>
  (): Choice[] =>
    v.ids.map((id) => ({ id, label: v.label(id) }));

function oneOf<T extends string>(v: Vocabulary<T>): Field['check'] {
  return (raw) => {
    const found = vocabularyValue(v, raw);
    return found ? ok(found) : fail(`valeur « ${oneLine(raw)} » inconnue. Valeurs possibles : ${describeVocabulary(v)}.`);
  };
}

function someOf<T extends string>(v: Vocabulary<T>): Field['check'] {
  return (raw) => {
    const values: T[] = [];
    const unknown: string[] = [];
    for (const item of splitList(raw)) {
      const found = vocabularyValue(v, item);
      if (found) values.push(found);
      else unknown.push(`« ${item} »`);
    }
    if (unknown.length)
      return fail(
        `${plural(unknown.length, 'valeur inconnue', 'valeurs inconnues')} : ${unknown.join(', ')}. Valeurs possibles : ${describeVocabulary(v)}.`,
      );
    return values.length ? ok([...new Set(values)].join(',')) : fail('indiquez au moins une valeur.');
  };
}

/** A real calendar date, written AAAA-MM-JJ (or JJ/MM/AAAA, converted). */
export const checkDate: Field['check'] = (raw) => {
  const s = raw.trim();
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const iso = french ? `${french[3]}-${french[2]?.padStart(2, '0')}-${french[1]?.padStart(2, '0')}` : s;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return fail(`date « ${s} » non reconnue : écrivez-la AAAA-MM-JJ (par exemple 2024-03-15).`);
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(iso))
    return fail(`la date ${iso} n’existe pas dans le calendrier : vérifiez le jour et le mois.`);
  return ok(iso);
};

function regionCode(raw: string): string | undefined {
  const wanted = slugify(raw);
  return REGIONS.find((r) => r.code === raw.trim() || slugify(r.nom) === wanted)?.code;
}
const REGION_LIST = REGIONS.map((r) => `${r.code} (${r.nom})`).join(', ');

const checkRegion: Field['check'] = (raw) => {
  const code = regionCode(raw);
  return code ? ok(code) : fail(`région « ${oneLine(raw)} » inconnue : indiquez son code INSEE ou son nom. Régions : ${REGION_LIST}.`);
};

/** A project's region, kept only when it differs from its lab's. */
const checkProjectRegion: Field['check'] = (raw, ctx) => {
  const checked = checkRegion(raw, ctx);
  if ('error' in checked) return checked;
  const lab = ctx.index.labs.find((l) => l.id === ctx.answers.lab);
  return ok(lab?.region === checked.value ? '' : checked.value);
};

function parseNumber(raw: string): number {
  const s = raw.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

function coordinate(name: string, limit: number): Field['check'] {
  return (raw) => {
    const n = parseNumber(raw);
    if (Number.isNaN(n))
      return fail(`${name} « ${oneLine(raw)} » non reconnue : un nombre en degrés décimaux est attendu (par exemple 48.11).`);
    return Math.abs(n) > limit ? fail(`${name} hors limites : entre -${limit} et ${limit}.`) : ok(String(n));
  };
}

const UNIT_WORDS: Record<string, (typeof UNITES_DUREE.ids)[number]> = {
  min: 'minutes',
  minute: 'minutes',
  minutes: 'minutes',
  h: 'heures',
  heure: 'heures',
  heures: 'heures',
  j: 'jours',
  jour: 'jours',
  jours: 'jours',
  semaine: 'semaines',
  semaines: 'semaines',
};

export interface Duree {
  min: number;
  max?: number;
  unite: (typeof UNITES_DUREE.ids)[number];
}

/** "2-4 heures", "2 à 4 heures", "30 minutes", "1 jour". */
export function parseDuree(raw: string): Duree | undefined {
  const match = /^(\d+(?:[.,]\d+)?)\s*(?:(?:-|à|a)\s*(\d+(?:[.,]\d+)?))?\s*([a-zéè]+)$/i.exec(raw.trim());
  if (!match) return undefined;
  const [, min = '', max, word = ''] = match;
  const unite = UNIT_WORDS[slugify(word)];
  if (!unite) return undefined;
  return { min: parseNumber(min), ...(max ? { max: parseNumber(max) } : {}), unite };
}

const checkDuree: Field['check'] = (raw) => {
  const d = parseDuree(raw);
  if (!d)
    return fail(
      `durée « ${oneLine(raw)} » non reconnue : écrivez par exemple « 2-4 heures », « 30 minutes » ou « 1 jour » (unités : ${UNITES_DUREE.ids.join(', ')}).`,
    );
  if (d.min <= 0) return fail('la durée doit être positive.');
  if (d.max !== undefined && d.max < d.min)
    return fail('la durée la plus longue est plus petite que la plus courte : écrivez « min-max unité ».');
  return ok(`${d.min}${d.max !== undefined && d.max !== d.min ? `-${d.max}` : ''} ${d.unite}`);
};

/** "3-8" or "5" participants. */
export function parseParticipants(raw: string): { min: number; max: number } | undefined {
  const match = /^(\d+)\s*(?:(?:-|à|a)\s*(\d+))?$/.exec(raw.trim());
  if (!match) return undefined;
  const min = Number(match[1]);
  return { min, max: match[2] ? Number(match[2]) : min };
}

const checkParticipants: Field['check'] = (raw) => {
  const p = parseParticipants(raw);
  if (!p) return fail(`nombre de participants « ${oneLine(raw)} » non reconnu : écrivez par exemple « 3-8 » ou « 5 ».`);
  if (p.min < 1) return fail('il faut au moins 1 participant.');
  if (p.max < p.min) return fail('le nombre maximum est plus petit que le minimum : écrivez « min-max ».');
  return ok(p.max === p.min ? String(p.min) : `${p.min}-${p.max}`);
};

const checkYear: Field['check'] = (raw) => {
  const year = Number(raw.trim());
  return Number.isInteger(year) && year >= 2000 && year <= 2100
    ? ok(String(year))
    : fail(`année « ${oneLine(raw)} » non valide : une année entre 2000 et 2100 est attendue (par exemple 2017).`);
};

const checkSite: Field['check'] = (raw) =>
  z.url({ protocol: /^https$/ }).safeParse(raw.trim()).success
    ? ok(raw.trim())
    : fail(`adresse « ${oneLine(raw)} » non valide : une adresse complète en https:// est attendue.`);

const checkEmail: Field['check'] = (raw) =>
  z.email().safeParse(raw.trim()).success
    ? ok(raw.trim())
    : fail(`adresse électronique « ${oneLine(raw)} » non valide (par exemple contact@exemple.gouv.fr).`);

const checkAuthors: Field['check'] = (raw) => {
  const names = splitList(oneLine(raw));
  if (!names.length) return fail('indiquez au moins un auteur.');
  const long = names.find((n) => n.length > 120);
  return long ? fail(`nom d’auteur trop long (120 caractères au plus) : « ${long.slice(0, 40)}… ».`) : ok(names.join(','));
};

const vocabularyHelp = <T extends string>(v: Vocabulary<T>) => v.ids.join(', ');

const FIELD_TITLE: Field = {
  key: 'titre',
  flag: 'titre',
  question: 'Titre de la fiche',
  help: 'titre de la page, 120 caractères au plus',
  kind: 'text',
  required: true,
  placeholder: 'Accueil des usagers à l’Île-d’Yeu',
  check: checkTitle,
};
const FIELD_ID: Field = {
  key: 'id',
  flag: 'id',
  question: 'Identifiant (nom du fichier et adresse de la page)',
  help: 'par défaut tiré du titre : minuscules sans accents, mots séparés par des tirets',
  kind: 'text',
  required: false,
  initial: (ctx) => slugify(ctx.answers.titre ?? ctx.answers.nom ?? ''),
  check: checkId,
};
const FIELD_RESUME: Field = {
  key: 'resume',
  flag: 'resume',
  question: 'Résumé en une ou deux phrases (300 caractères au plus)',
  help: 'une ou deux phrases, 300 caractères au plus : affiché sur les cartes et dans les moteurs de recherche',
  kind: 'text',
  required: true,
  check: text(300),
};
const FIELD_AUTHORS: Field = {
  key: 'auteurs',
  flag: 'auteurs',
  question: 'Auteurs (noms ou équipes, séparés par des virgules)',
  help: 'noms ou équipes, séparés par des virgules',
  kind: 'text',
  required: true,
  initial: (ctx) => ctx.index.labs.find((l) => l.id === ctx.answers.lab)?.nom,
  check: checkAuthors,
};
const FIELD_THEMES: Field = {
  key: 'thematiques',
  flag: 'thematiques',
  question: 'Thématiques (au moins une)',
  help: 'identifiants de thématiques (content/thematiques.yaml), séparés par des virgules, au moins un',
  kind: 'multiselect',
  required: true,
  choices: (ctx) => ctx.index.thematiques,
  check: refs('thematiques', 1),
};
const FIELD_METHODS: Field = {
  key: 'methodes',
  flag: 'methodes',
  question: 'Méthodes utilisées (facultatif)',
  help: 'identifiants de fiches méthodes (content/methodes/), séparés par des virgules',
  kind: 'multiselect',
  required: false,
  choices: (ctx) => ctx.index.methodes.filter((c) => !c.draft),
  check: refs('methodes', 0),
};

/** The questions for each type, in the order they are asked. */
export const FIELDS: Record<EntryType, readonly Field[]> = {
  projet: [
    FIELD_TITLE,
    FIELD_ID,
    FIELD_RESUME,
    {
      key: 'lab',
      flag: 'lab',
      question: 'Lab qui a mené le projet',
      help: 'identifiant du lab (nom de son fichier dans content/labs/)',
      kind: 'select',
      required: true,
      choices: (ctx) => ctx.index.labs,
      check: ref('labs'),
    },
    {
      key: 'region',
      flag: 'region',
      question: 'Région du projet',
      help: 'code INSEE ou nom de la région, seulement si elle diffère de celle du lab',
      kind: 'select',
      required: false,
      choices: (ctx) => {
        const lab = ctx.index.labs.find((l) => l.id === ctx.answers.lab);
        const own = REGIONS.find((r) => r.code === lab?.region);
        return [
          { id: '', label: `Celle du lab${own ? ` (${own.nom})` : ''}` },
          ...REGIONS.filter((r) => r !== own).map((r) => ({ id: r.code, label: r.nom })),
        ];
      },
      check: checkProjectRegion,
    },
    {
      key: 'territoire',
      flag: 'territoire',
      question: 'Territoire concerné, en mots (facultatif)',
      help: 'territoire concerné, en mots (« Gâtinais montargois »)',
      kind: 'text',
      required: false,
      check: text(120),
    },
    FIELD_THEMES,
    FIELD_METHODS,
    {
      key: 'publics',
      flag: 'publics',
      question: 'Publics (avec ou pour qui)',
      help: `au moins un, séparés par des virgules : ${vocabularyHelp(PUBLICS)}`,
      kind: 'multiselect',
      required: true,
      choices: vocabularyChoices(PUBLICS),
      check: someOf(PUBLICS),
    },
    {
      key: 'statut',
      flag: 'statut',
      question: 'Où en est le projet ?',
      help: `l’une des valeurs : ${vocabularyHelp(STATUTS)}`,
      kind: 'select',
      required: true,
      choices: vocabularyChoices(STATUTS),
      check: oneOf(STATUTS),
    },
    {
      key: 'debut',
      flag: 'debut',
      question: 'Date de début (AAAA-MM-JJ)',
      help: 'date de début, AAAA-MM-JJ',
      kind: 'text',
      required: true,
      placeholder: '2024-03-15',
      check: checkDate,
    },
    FIELD_AUTHORS,
  ],
  methode: [
    FIELD_TITLE,
    FIELD_ID,
    FIELD_RESUME,
    {
      key: 'phase',
      flag: 'phase',
      question: 'Phase de la démarche où la méthode sert le plus',
      help: `l’une des valeurs : ${vocabularyHelp(PHASES)}`,
      kind: 'select',
      required: true,
      choices: vocabularyChoices(PHASES),
      check: oneOf(PHASES),
    },
    {
      key: 'duree',
      flag: 'duree',
      question: 'Durée (par exemple « 2-4 heures » ou « 1 jour »)',
      help: `« 2-4 heures », « 30 minutes », « 1 jour » (unités : ${vocabularyHelp(UNITES_DUREE)})`,
      kind: 'text',
      required: true,
      placeholder: '2-4 heures',
      check: checkDuree,
    },
    {
      key: 'participants',
      flag: 'participants',
      question: 'Nombre de participants (par exemple « 3-8 »)',
      help: '« 3-8 » ou « 5 »',
      kind: 'text',
      required: true,
      placeholder: '3-8',
      check: checkParticipants,
    },
    {
      key: 'difficulte',
      flag: 'difficulte',
      question: 'Difficulté pour une équipe qui la pratique pour la première fois',
      help: `l’une des valeurs : ${vocabularyHelp(DIFFICULTES)}`,
      kind: 'select',
      required: true,
      choices: vocabularyChoices(DIFFICULTES),
      check: oneOf(DIFFICULTES),
    },
    {
      key: 'quandUtiliser',
      flag: 'quand-utiliser',
      question: 'Quand utiliser cette méthode ? (une ou deux phrases)',
      help: 'quand utiliser la méthode, une ou deux phrases (600 caractères au plus)',
      kind: 'text',
      required: true,
      check: text(600),
    },
    {
      key: 'methodesLiees',
      flag: 'methodes-liees',
      question: 'Méthodes qui vont bien avec celle-ci (facultatif)',
      help: 'identifiants de fiches méthodes, séparés par des virgules',
      kind: 'multiselect',
      required: false,
      choices: (ctx) => ctx.index.methodes.filter((c) => !c.draft),
      check: refs('methodes', 0),
    },
    FIELD_AUTHORS,
  ],
  pratique: [
    FIELD_TITLE,
    FIELD_ID,
    FIELD_RESUME,
    FIELD_THEMES,
    {
      key: 'projets',
      flag: 'projets',
      question: 'Études de cas qui illustrent la pratique (facultatif)',
      help: 'identifiants de projets (content/projets/), séparés par des virgules',
      kind: 'multiselect',
      required: false,
      choices: (ctx) => ctx.index.projets.filter((c) => !c.draft),
      check: refs('projets', 0),
    },
    { ...FIELD_METHODS, question: 'Méthodes qui aident à l’appliquer (facultatif)' },
    FIELD_AUTHORS,
  ],
  lab: [
    { ...FIELD_TITLE, key: 'nom', flag: 'nom', question: 'Nom du lab', help: 'nom du lab, 80 caractères au plus', placeholder: 'Ti Lab' },
    FIELD_ID,
    {
      key: 'region',
      flag: 'region',
      question: 'Région',
      help: 'code INSEE ou nom de la région',
      kind: 'select',
      required: true,
      choices: () => REGIONS.map((r) => ({ id: r.code, label: r.nom })),
      check: checkRegion,
    },
    { key: 'ville', flag: 'ville', question: 'Ville', help: 'ville où le lab est installé', kind: 'text', required: true, check: text(80) },
    {
      key: 'lat',
      flag: 'lat',
      question: 'Latitude (degrés décimaux, par exemple 48.11)',
      help: 'latitude en degrés décimaux (48.11)',
      kind: 'text',
      required: true,
      check: coordinate('latitude', 90),
    },
    {
      key: 'lon',
      flag: 'lon',
      question: 'Longitude (degrés décimaux, par exemple -1.68)',
      help: 'longitude en degrés décimaux (-1.68)',
      kind: 'text',
      required: true,
      check: coordinate('longitude', 180),
    },
    {
      key: 'porteur',
      flag: 'porteur',
      question: 'Administration qui porte le lab',
      help: 'administration porteuse (préfecture de région, SGAR…)',
      kind: 'text',
      required: true,
      check: text(200),
    },
    {
      key: 'creation',
      flag: 'creation',
      question: 'Année de création',
      help: 'année de création (2017)',
      kind: 'text',
      required: true,
      placeholder: '2017',
      check: checkYear,
    },
    {
      key: 'site',
      flag: 'site',
      question: 'Site web, en https:// (facultatif)',
      help: 'site web, adresse https:// complète',
      kind: 'text',
      required: false,
      check: checkSite,
    },
    {
      key: 'contact',
      flag: 'contact',
      question: 'Adresse électronique de contact, jamais personnelle (facultatif)',
      help: 'adresse électronique de contact du lab',
      kind: 'text',
      required: false,
      check: checkEmail,
    },
  ],
};

/** Checks one answer: empty (required or not), then its own check. */
export function checkField(field: Field, raw: string | undefined, ctx: Context): Checked {
  if (raw === undefined || raw.trim() === '') {
    if (field.key === 'id') return checkId('', ctx);
    return field.required ? fail(`réponse obligatoire : ${field.help}.`) : ok('');
  }
  return field.check(raw, ctx);
}

export interface ScaffoldProblem {
  /** The command-line option concerned (without dashes), or "" for the command itself. */
  flag: string;
  message: string;
}

export interface ScaffoldedEntry {
  type: EntryType;
  collection: EntryCollection;
  id: string;
  /** Path from the content root (content/projets/x.mdx). */
  file: string;
  content: string;
}

/** Checks every answer at once (as the content checker does), then writes the text of the new file. */
export function scaffold(
  type: EntryType,
  raw: Readonly<Record<string, string | undefined>>,
  index: CorpusIndex,
  today: string,
): { entry: ScaffoldedEntry; problems: [] } | { entry?: undefined; problems: ScaffoldProblem[] } {
  const answers: Answers = {};
  const problems: ScaffoldProblem[] = [];
  for (const field of FIELDS[type]) {
    const checked = checkField(field, raw[field.key], { type, index, answers });
    if ('error' in checked) problems.push({ flag: field.flag, message: checked.error });
    else answers[field.key] = checked.value;
  }
  if (problems.length) return { problems };
  return { entry: render(type, answers, today), problems: [] };
}

/** Reads the options given on the command line; unknown, repeated or empty options are problems. */
export function parseFlags(args: readonly string[]): {
  type?: string;
  values: Record<string, string>;
  help: boolean;
  problems: ScaffoldProblem[];
} {
  const values: Record<string, string> = {};
  const problems: ScaffoldProblem[] = [];
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h' || arg === '--aide') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    let value = eq >= 0 ? arg.slice(eq + 1) : args[i + 1];
    if (eq < 0) i++;
    if (value === undefined) {
      problems.push({ flag: name, message: 'valeur manquante après l’option.' });
      value = '';
    }
    if (name in values) problems.push({ flag: name, message: 'option donnée deux fois.' });
    values[name] = value;
  }
  if (positionals.length > 1)
    problems.push({
      flag: '',
      message: `arguments en trop : ${positionals
        .slice(1)
        .map((p) => `« ${p} »`)
        .join(', ')} (mettez les textes avec espaces entre guillemets).`,
    });
  return { ...(positionals[0] !== undefined ? { type: positionals[0] } : {}), values, help, problems };
}

/** "projets", "Méthode", "bonne-pratique" → the entry type, or undefined. */
export function entryType(raw: string): EntryType | undefined {
  const s = slugify(raw).replace(/s$/, '');
  if (s === 'etude-de-ca' || s === 'projet') return 'projet';
  if (s === 'bonne-pratique' || s === 'pratique') return 'pratique';
  return (ENTRY_TYPES as readonly string[]).includes(s) ? (s as EntryType) : undefined;
}

/** Options given on the command line for a type, as answers; options that do not apply are problems. */
export function answersFromFlags(
  type: EntryType,
  values: Readonly<Record<string, string>>,
): { raw: Record<string, string>; problems: ScaffoldProblem[] } {
  const fields = FIELDS[type];
  const raw: Record<string, string> = {};
  const problems: ScaffoldProblem[] = [];
  for (const [flag, value] of Object.entries(values)) {
    const field = fields.find((f) => f.flag === flag);
    if (field) raw[field.key] = value;
    else {
      const hint =
        type === 'lab' && flag === 'titre'
          ? ' Pour un lab, utilisez --nom.'
          : ` Options possibles : ${fields.map((f) => `--${f.flag}`).join(', ')}.`;
      problems.push({ flag, message: `option inconnue pour ${FOR_TYPE[type]}.${hint}` });
    }
  }
  return { raw, problems };
}

const q = (s: string) => JSON.stringify(s);
/** A list of ids (never quoted: they are plain words), or nothing when it is empty. */
const idList = (key: string, csv: string | undefined) => {
  const items = splitList(csv ?? '');
  return items.length ? [`${key}:`, ...items.map((i) => `  - ${i}`)] : [];
};
const optional = (key: string, value: string | undefined, quote = true) => (value ? [`${key}: ${quote ? q(value) : value}`] : []);

const OPTIONAL_NOTE = [
  '# Champs facultatifs : pour en utiliser un, retirez le « # » et l’espace qui le suit au début de chacune de ses lignes.',
  '# Tous les champs sont décrits dans CONTRIBUTING.md.',
];

const sections = (list: [string, string][]) => list.flatMap(([title, hint]) => [`## ${title}`, '', hint, '']);

/** The body of each type: the sections the site expects, each with a one-line hint to replace. */
export const BODIES: Record<EntryType, string> = {
  projet: sections([
    [
      'Contexte',
      `${HINT_PREFIX} la situation de départ : le territoire, les personnes concernées, le problème constaté et qui a sollicité le lab.`,
    ],
    [
      'Démarche',
      `${HINT_PREFIX} ce que l’équipe a fait, dans l’ordre (enquête de terrain, ateliers, prototypes, tests), avec qui et en combien de temps.`,
    ],
    [
      'Résultats',
      `${HINT_PREFIX} ce qui a changé pour les usagers et pour les agents, avec des chiffres quand vous en avez, y compris ce qui n’a pas marché.`,
    ],
    ['Leviers', `${HINT_PREFIX} ce qui a aidé le projet à avancer (soutiens, moyens, façons de faire), une idée par ligne de liste.`],
    ['Points de blocage', `${HINT_PREFIX} ce qui a freiné ou bloqué le projet, et comment l’équipe l’a contourné ou non.`],
    [
      'Et après ?',
      `${HINT_PREFIX} où en est le projet aujourd’hui et ce qui est prévu : déploiement, essaimage vers d’autres territoires, ou arrêt et ses raisons.`,
    ],
  ]).join('\n'),
  methode: [
    '## Étapes',
    '',
    `1. **Préparer.** ${HINT_PREFIX} ce qu’il faut faire avant la séance : objectif, participants, matériel.`,
    `2. **Animer.** ${HINT_PREFIX} le déroulé de la séance, pas à pas, avec la durée de chaque temps.`,
    `3. **Conclure.** ${HINT_PREFIX} comment restituer, décider de la suite et garder une trace.`,
    '',
    ...sections([
      ["Conseils d'animation", `${HINT_PREFIX} ce qui fait réussir la séance, une idée par ligne de liste.`],
      ['Pièges à éviter', `${HINT_PREFIX} les erreurs fréquentes et comment les éviter.`],
      [
        'Exemples dans le réseau',
        `${HINT_PREFIX} des études de cas du carnet où la méthode a servi, avec un lien vers leur page (/projets/identifiant/).`,
      ],
    ]),
  ].join('\n'),
  pratique: sections([
    ["Pourquoi c'est important", `${HINT_PREFIX} le problème que cette pratique évite, et ce qu’elle change pour les projets.`],
    ['Comment faire', `${HINT_PREFIX} les gestes concrets, une idée par ligne de liste, en commençant par un verbe.`],
    [
      'Exemples dans le réseau',
      `${HINT_PREFIX} des études de cas du carnet qui montrent la pratique, avec un lien vers leur page (/projets/identifiant/).`,
    ],
    ['Pièges à éviter', `${HINT_PREFIX} les erreurs fréquentes et comment les éviter.`],
  ]).join('\n'),
  lab: [
    `${HINT_PREFIX} présentez le lab en deux ou trois phrases : où il est installé, qui le porte, depuis quand.`,
    '',
    ...sections([
      ['Missions', `${HINT_PREFIX} ce que le lab fait pour les administrations et les usagers de son territoire.`],
      ['Façon de travailler', `${HINT_PREFIX} comment se passe un accompagnement, du terrain aux prototypes.`],
      [
        'Projets phares',
        `${HINT_PREFIX} les projets les plus représentatifs, avec un lien vers leur étude de cas (/projets/identifiant/).`,
      ],
    ]),
  ].join('\n'),
};

function frontmatter(type: EntryType, a: Answers, today: string): string[] {
  const editorialEnd = [`publie: ${today}`, 'auteurs:', ...splitList(a.auteurs ?? '').map((name) => `  - ${q(name)}`)];
  switch (type) {
    case 'projet':
      return [
        `titre: ${q(a.titre ?? '')}`,
        `resume: ${q(a.resume ?? '')}`,
        `lab: ${a.lab}`,
        ...optional('region', a.region),
        ...optional('territoire', a.territoire),
        ...idList('thematiques', a.thematiques),
        ...idList('methodes', a.methodes),
        ...idList('publics', a.publics),
        `statut: ${a.statut}`,
        `debut: ${a.debut}`,
        ...editorialEnd,
        ...OPTIONAL_NOTE,
        '# fin: 2026-06-30',
        '# partenaires:',
        '#   - "Nom d\'un partenaire"',
        '# financements:',
        '#   - source: "Programme ou administration qui a financé"',
        '#     montant: 50000',
        '# chiffres:',
        '#   - valeur: "3 200"',
        '#     libelle: "demandes traitées"',
        '#     source: 1 # le numéro du document dans « sources » ; sinon « exemple: true »',
        '# sources:',
        '#   - titre: "Titre du document public"',
        '#     url: https://www.exemple.gouv.fr/page',
        '# leviers:',
        '#   - "Ce qui a aidé, en une phrase courte"',
        '# blocages:',
        '#   - "Ce qui a freiné, en une phrase courte"',
        '# contacts:',
        '#   - nom: "Équipe du lab"',
        '#     role: "Rôle dans le projet"',
        '# image:',
        '#   src: /images/nom-de-l-image.webp',
        '#   alt: "Ce que montre l\'image, en une phrase"',
      ];
    case 'methode': {
      const d = parseDuree(a.duree ?? '');
      const p = parseParticipants(a.participants ?? '');
      return [
        `titre: ${q(a.titre ?? '')}`,
        `resume: ${q(a.resume ?? '')}`,
        `phase: ${a.phase}`,
        'duree:',
        `  min: ${d?.min}`,
        ...(d?.max !== undefined ? [`  max: ${d.max}`] : []),
        `  unite: ${d?.unite}`,
        'participants:',
        `  min: ${p?.min}`,
        `  max: ${p?.max}`,
        `difficulte: ${a.difficulte}`,
        `quandUtiliser: ${q(a.quandUtiliser ?? '')}`,
        ...idList('methodesLiees', a.methodesLiees),
        ...editorialEnd,
        ...OPTIONAL_NOTE,
        '# materiel:',
        '#   - "Post-it, feutres et paperboard"',
        '# livrables:',
        '#   - "Ce que la méthode produit"',
        '# precautions: "Ce à quoi il faut faire attention"',
        '# ressources:',
        '#   - titre: "Modèle à imprimer"',
        '#     fichier: /ressources/nom-du-fichier.pdf',
      ];
    }
    case 'pratique':
      return [
        `titre: ${q(a.titre ?? '')}`,
        `resume: ${q(a.resume ?? '')}`,
        ...idList('thematiques', a.thematiques),
        ...idList('projets', a.projets),
        ...idList('methodes', a.methodes),
        ...editorialEnd,
      ];
    case 'lab':
      return [
        `nom: ${q(a.nom ?? '')}`,
        `region: ${q(a.region ?? '')}`,
        `ville: ${q(a.ville ?? '')}`,
        'coordonnees:',
        `  lat: ${a.lat}`,
        `  lon: ${a.lon}`,
        `porteur: ${q(a.porteur ?? '')}`,
        `creation: ${a.creation}`,
        ...optional('site', a.site, false),
        ...optional('contact', a.contact, false),
        'actif: true',
        ...OPTIONAL_NOTE,
        '# partenaires:',
        '#   - "Nom d\'un partenaire"',
        '# financements:',
        '#   - source: "Programme ou administration qui a financé"',
        '#     montant: 250000',
      ];
  }
}

function render(type: EntryType, answers: Answers, today: string): ScaffoldedEntry {
  const collection = COLLECTION_OF[type];
  const id = answers.id ?? '';
  const content = ['---', ...frontmatter(type, answers, today), '---', '', BODIES[type].trimEnd(), ''].join('\n');
  return { type, collection, id, file: `content/${collection}/${id}${EXTENSION_OF[type]}`, content };
}

/** Today's date as AAAA-MM-JJ, in the local time zone. */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The page of an entry in `npm run dev`. */
export function previewPath(type: EntryType, id: string): string {
  return `/${COLLECTION_OF[type]}/${id}/`;
}

/** What to do once the file exists, in French. */
export function nextSteps(entry: ScaffoldedEntry, shownFile: string): string[] {
  return [
    `1. Ouvrez ${shownFile} et remplacez chaque ligne « ${HINT_PREFIX} … » par votre texte ; complétez l’en-tête si besoin (les champs facultatifs sont en commentaire, décrits dans CONTRIBUTING.md).`,
    '2. Vérifiez le contenu : npm run check:content (tous les problèmes sont listés d’un coup, avec la correction).',
    `3. Prévisualisez : npm run dev, puis ouvrez http://localhost:4321${previewPath(entry.type, entry.id)}`,
    `4. Proposez la fiche : enregistrez-la dans une branche (git switch -c ${entry.collection}/${entry.id}, git add, git commit), poussez-la et ouvrez une pull request ; la relecture suit la liste de CONTRIBUTING.md.`,
  ];
}

/** npm run nouveau -- --help, in French. */
export function helpText(): string {
  const lines = [
    'npm run nouveau — crée une nouvelle fiche du Carnet des labs, prête à compléter.',
    '',
    'Utilisation :',
    '  npm run nouveau                      questions posées une à une dans le terminal',
    '  npm run nouveau -- <type>            idem, pour un type donné',
    '  npm run nouveau -- <type> --option valeur …   sans question (pour les scripts) : toutes les options',
    '                                       obligatoires doivent être données ; le code de sortie est 1 en cas d’erreur',
    '',
    `Types : ${ENTRY_TYPES.map((t) => `${t} (${TYPE_LABELS[t].toLowerCase()})`).join(', ')}.`,
    '',
    'Les listes s’écrivent avec des virgules (--thematiques service-usager,design). Les labs, thématiques, méthodes',
    'et projets cités doivent exister dans content/. L’identifiant (nom du fichier) est tiré du titre.',
    'La variable CARNET_CONTENT_ROOT désigne un autre dossier contenant content/ (tests).',
  ];
  for (const type of ENTRY_TYPES) {
    lines.push('', `Options pour ${type} :`);
    for (const f of FIELDS[type]) lines.push(`  --${f.flag.padEnd(16)} ${f.required ? '(obligatoire) ' : ''}${f.help}`);
  }
  lines.push(
    '',
    'Exemples :',
    '  npm run nouveau -- projet --titre "Accueil des usagers à l’Île-d’Yeu" --resume "Une phrase qui dit l’essentiel." \\',
    '    --lab ti-lab --thematiques service-usager,design --publics usagers,agents --statut en-cours \\',
    '    --debut 2024-03-01 --auteurs "Équipe du Ti Lab"',
    '  npm run nouveau -- lab --nom "Lab Exemple" --region 53 --ville Rennes --lat 48.11 --lon -1.68 \\',
    '    --porteur "Préfecture de région" --creation 2024',
    '',
    'Ensuite : complétez le texte, lancez npm run check:content, prévisualisez avec npm run dev, ouvrez une pull request.',
    'Le guide complet est dans CONTRIBUTING.md.',
  );
  return lines.join('\n');
}
