/**
 * Open data: the published corpus as JSON and CSV files at stable URLs (/donnees/<jeu>.json|csv).
 * Each dataset lists its columns once, in order, with a French description: that list is the CSV
 * header, the JSON keys and the documentation of /donnees/. A column that is a field of the model is named
 * by its key only: its type, its description and its values come from the model (src/model/), and a field
 * no column names is added at the end of its dataset, so a new field needs nothing here. Pure, so the
 * exports are unit-tested.
 */
import { stringify } from 'csv-stringify/sync';
import { isoDate } from './dates.ts';
import { buildGraph, type Corpus, type Graph, type Lab, type Methode, type Pratique, type Projet, type Thematique } from './graph.ts';
import { absolute, href, url } from './paths.ts';
import { withoutDrafts } from './published.ts';
import { label } from './labels.ts';
import { isExampleFigure, PROVENANCE_TEXT, provenanceOf } from './provenance.ts';
import { fieldDocs, type FieldDoc, type FieldKind } from '../model/describe.ts';
import type { CollectionName } from '../model/index.ts';
import { agendaPath, STATUT_LABELS, type Agenda, type AgendaItem, type Formation } from './agenda.ts';

/** What a column holds, as its value function returns it (dates become AAAA-MM-JJ on export). */
interface ColumnValues {
  identifiant: string | undefined;
  texte: string | undefined;
  url: string | undefined;
  date: Date | undefined;
  entier: number | undefined;
  decimal: number | undefined;
  booleen: boolean;
  identifiants: string[];
  textes: string[];
  urls: string[];
}
export type ColumnType = keyof ColumnValues;

/** How each type is written, for the documentation page. */
export const COLUMN_TYPES: Record<ColumnType, string> = {
  identifiant: 'identifiant ou code (texte)',
  texte: 'texte',
  url: 'URL absolue',
  date: 'date AAAA-MM-JJ',
  entier: 'nombre entier',
  decimal: 'nombre décimal',
  booleen: 'booléen (true ou false)',
  identifiants: 'liste d’identifiants',
  textes: 'liste de textes',
  urls: 'liste d’URL',
};

/** One cell once exported: lists stay arrays in JSON and are joined with LIST_SEPARATOR in CSV. */
export type Cell = string | number | boolean | null | string[];
/** One line of a dataset, keys in the order of its columns. */
export type Row = Record<string, Cell>;

export const LIST_SEPARATOR = ' | ';
export const CSV_DELIMITER = ';';

interface Context {
  g: Graph;
  /** The agenda on the build date, when the site has one (events and trainings datasets). */
  agenda: Agenda | undefined;
  /** Absolute URL of a site path (from url.* or href()). */
  link: (path: string) => string;
}

type ColumnOf<T, K extends ColumnType> = {
  /** Name of the CSV column and of the JSON key: lowercase ASCII, words joined by "_". */
  name: string;
  type: K;
  /** What the column holds, in French, for the documentation page. */
  description: string;
  value: (entry: T, ctx: Context) => ColumnValues[K];
  /** The field of the model this column shows, if any (a field no column shows gets its own). */
  field?: string;
};
export type Column<T> = { [K in ColumnType]: ColumnOf<T, K> }[ColumnType];

/** The documented part of a column (no value function). */
export interface ColumnDoc {
  name: string;
  type: ColumnType;
  description: string;
}

export interface Dataset {
  /** File name without extension ("projets"). */
  id: string;
  /** Name shown on the documentation page. */
  titre: string;
  /** One or two sentences on what a line is. */
  description: string;
  columns: ColumnDoc[];
  /** The lines of the published corpus, sorted by id. */
  rows(corpus: Corpus, ctx: Context): Row[];
}

/** A column builder bound to the entry type, so value functions are checked against the schema. */
function columnsOf<T>() {
  return <K extends ColumnType>(
    name: string,
    type: K,
    description: string,
    value: (entry: T, ctx: Context) => ColumnValues[K],
    field?: string,
  ): Column<T> => ({ name, type, description, value, ...(field ? { field } : {}) }) as ColumnOf<T, K> as Column<T>;
}

function toCell(value: ColumnValues[ColumnType]): Cell {
  if (value === undefined) return null;
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return [...value];
  return value;
}

/** A key of the model as a column name: "misAJour" → "mis_a_jour". */
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** What one value of a field reads as in a cell: an id for a reference, AAAA-MM-JJ for a date in a list. */
function plain(value: unknown): string | number | boolean | Date | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date || typeof value !== 'object') return value as string | number | boolean | Date;
  return 'id' in value ? String(value.id) : JSON.stringify(value);
}
const listed = (value: unknown) => (Array.isArray(value) ? value : []).map(plain).map((v) => (v instanceof Date ? isoDate(v) : String(v)));

/** The column type of one value of each kind of field; any other kind is text. */
const COLUMN_OF_KIND: Partial<Record<FieldKind, ColumnType>> = {
  reference: 'identifiant',
  choix: 'identifiant',
  date: 'date',
  entier: 'entier',
  nombre: 'decimal',
  booleen: 'booleen',
  url: 'url',
};

function columnType(doc: FieldDoc, list: boolean): ColumnType {
  const one = COLUMN_OF_KIND[doc.kind] ?? 'texte';
  if (!list) return one;
  return one === 'identifiant' ? 'identifiants' : one === 'url' ? 'urls' : 'textes';
}

/** The documentation of a field's column, from its label and hint in the model. */
function fieldDescription(doc: FieldDoc, list: boolean, parent?: FieldDoc): string {
  const label = parent ? `${parent.label} : ${doc.label.charAt(0).toLowerCase()}${doc.label.slice(1)}` : doc.label;
  const parts = [`${label}.`];
  if (doc.hint) parts.push(/\.$/.test(doc.hint) ? doc.hint : `${doc.hint}.`);
  if (doc.reference) parts.push(`Identifiant${list ? 's' : ''} du jeu « ${doc.reference} ».`);
  if (doc.values) parts.push(`Valeurs : ${doc.values.map((v) => `${v.value} (${v.label})`).join(', ')}.`);
  if (!list && !doc.required) parts.push('Vide si non renseigné.');
  return parts.join(' ');
}

/** The columns of one field of the model: itself, or one per subfield of an object or a list of objects. */
function fieldColumns<T extends { data: object }>(doc: FieldDoc): Column<T>[] {
  const read = (entry: T) => (entry.data as Record<string, unknown>)[doc.key];
  if (doc.kind === 'objet') {
    return (doc.fields ?? []).map((sub) => {
      const name = `${snake(doc.key)}_${snake(sub.key)}`;
      const description = fieldDescription(sub, doc.list || sub.list, doc);
      if (doc.list || sub.list) {
        const value = (e: T) =>
          (Array.isArray(read(e)) ? (read(e) as Record<string, unknown>[]) : []).flatMap((item) =>
            sub.list ? listed(item[sub.key]) : listed([item[sub.key]]),
          );
        return { name, type: columnType(sub, true), description, value, field: doc.key } as Column<T>;
      }
      const value = (e: T) => plain((read(e) as Record<string, unknown> | undefined)?.[sub.key]);
      return { name, type: columnType(sub, false), description, value, field: doc.key } as Column<T>;
    });
  }
  const value = doc.list ? (e: T) => listed(read(e)) : (e: T) => plain(read(e));
  return [
    {
      name: snake(doc.key),
      type: columnType(doc, doc.list),
      description: fieldDescription(doc, doc.list),
      value,
      field: doc.key,
    } as Column<T>,
  ];
}

function defineDataset<T extends { id: string; data: object }>(d: {
  id: string;
  titre: string;
  description: string;
  /** The collection whose fields the dataset shows. */
  collection: CollectionName;
  entries: (corpus: Corpus, g: Graph, ctx: Context) => T[];
  /** Columns in their order: a field of the model by its key, or a column of its own. */
  columns: (Column<T> | string)[];
  /** Fields of the model kept out of the open data. */
  omit: string[];
}): Dataset {
  const docs = fieldDocs(d.collection);
  const byKey = (key: string) => {
    const doc = docs.find((f) => f.key === key);
    if (!doc) throw new Error(`Données ouvertes, jeu « ${d.id} » : « ${key} » n’est pas un champ de « ${d.collection} » (src/model/).`);
    return doc;
  };
  const declared = d.columns.flatMap((c) => (typeof c === 'string' ? fieldColumns<T>(byKey(c)) : [c]));
  const shown = new Set([...declared.map((c) => c.field), ...d.omit]);
  const columns = [...declared, ...docs.filter((f) => !shown.has(f.key)).flatMap((f) => fieldColumns<T>(f))];
  const names = columns.map((c) => c.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate)
    throw new Error(
      `Données ouvertes, jeu « ${d.id} » : la colonne « ${duplicate} » est déclarée deux fois. Renommez l’une des deux dans src/lib/opendata.ts.`,
    );
  return {
    id: d.id,
    titre: d.titre,
    description: d.description,
    columns: columns.map(({ name, type, description }) => ({ name, type, description })),
    rows: (corpus, ctx) =>
      [...d.entries(corpus, ctx.g, ctx)]
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((entry) => Object.fromEntries(columns.map((c) => [c.name, toCell(c.value(entry, ctx))]))),
  };
}

const sum = (amounts: (number | undefined)[]): number | undefined => {
  const known = amounts.filter((a): a is number => a !== undefined);
  return known.length ? known.reduce((a, b) => a + b, 0) : undefined;
};
const ids = (refs: { id: string }[]) => refs.map((r) => r.id);

/** The two first columns of a dataset: the entry's id and the address of its page ("de la méthode"). */
function identity<T extends { id: string }>(of: string, page: (id: string) => string): Column<T>[] {
  const column = columnsOf<T>();
  return [
    column('id', 'identifiant', `Identifiant ${of}, repris dans l’adresse de sa page.`, (e) => e.id),
    column('url', 'url', `Adresse de la page ${of}.`, (e, x) => x.link(page(e.id))),
  ];
}

/** The addresses of the pages of the entries a line lists ("de ces méthodes"), in the same order as that list. */
function pagesOf<T>(name: string, of: string, paths: (entry: T, ctx: Context) => string[]): Column<T> {
  return columnsOf<T>()(name, 'urls', `Adresses des pages ${of}, dans le même ordre.`, (e, x) => paths(e, x).map((p) => x.link(p)));
}

/** The first columns of an article (case study, method, practice): its id, its page, its title and summary. */
function article<T extends { id: string }>(of: string, page: (id: string) => string): (Column<T> | string)[] {
  return [...identity<T>(of, page), 'titre', 'resume'];
}

/** The last columns of an article: its dates and authors. */
const ARTICLE_END = ['publie', 'misAJour', 'revuLe', 'auteurs'];

/** The name and page of the region of a line, after its code. */
function regionColumns<T>(code: (entry: T, ctx: Context) => string): Column<T>[] {
  const column = columnsOf<T>();
  return [
    column('region_nom', 'texte', 'Nom officiel de cette région.', (e, x) => label('region', code(e, x))),
    column('region_url', 'url', 'Adresse de la page de cette région.', (e, x) => x.link(url.region(code(e, x)))),
  ];
}

/** The sum of the public amounts of an entry's funding. */
function fundingAmount<T extends { data: { financements: { montant?: number | undefined }[] } }>(): Column<T> {
  return columnsOf<T>()(
    'financements_montant',
    'decimal',
    'Somme en euros des montants de financement rendus publics ; vide si aucun montant n’est indiqué.',
    (e) => sum(e.data.financements.map((f) => f.montant)),
    'financements',
  );
}

/** The published case studies a line lists (`description` says which), by id then by page address. */
function projetsColumns<T>(description: string, projetsOf: (entry: T, ctx: Context) => Projet[]): Column<T>[] {
  return [
    columnsOf<T>()('projets', 'identifiants', description, (e, x) => ids(projetsOf(e, x))),
    pagesOf<T>('projets_urls', 'de ces études de cas', (e, x) => projetsOf(e, x).map((p) => url.projet(p.id))),
  ];
}

const projet = columnsOf<Projet>();
const projets = defineDataset<Projet>({
  id: 'projets',
  titre: 'Études de cas',
  description:
    'Une ligne par étude de cas publiée : un projet conduit par un laboratoire d’innovation territoriale, sa démarche, son statut, ses chiffres, ce qui a aidé et ce qui a bloqué.',
  collection: 'projets',
  omit: ['brouillon', 'contacts', 'image'],
  entries: (_c, g) => g.projets,
  columns: [
    ...article<Projet>('de l’étude de cas', url.projet),
    'lab',
    projet('lab_url', 'url', 'Adresse de la page de ce lab.', (p, x) => x.link(url.lab(p.data.lab.id))),
    'autresLabs',
    pagesOf<Projet>('autres_labs_urls', 'de ces autres labs', (p) => p.data.autresLabs.map((l) => url.lab(l.id))),
    projet(
      'region',
      'identifiant',
      'Code INSEE de la région sur deux caractères (« 53 » pour la Bretagne) : celle du projet, ou à défaut celle de son lab.',
      (p, x) => x.g.regionOf(p),
      'region',
    ),
    ...regionColumns<Projet>((p, x) => x.g.regionOf(p)),
    'territoire',
    'thematiques',
    pagesOf<Projet>('thematiques_urls', 'de ces thématiques', (p) => p.data.thematiques.map((t) => url.thematique(t.id))),
    'methodes',
    pagesOf<Projet>('methodes_urls', 'de ces méthodes', (p) => p.data.methodes.map((m) => url.methode(m.id))),
    'publics',
    'partenaires',
    'statut',
    'debut',
    'fin',
    projet(
      'financeurs',
      'textes',
      'Sources de financement (programme, administration, collectivité).',
      (p) => p.data.financements.map((f) => f.source),
      'financements',
    ),
    fundingAmount<Projet>(),
    projet(
      'chiffres',
      'textes',
      'Chiffres d’impact, chacun écrit « valeur libellé » (« 3 200 demandes traitées »).',
      (p) => p.data.chiffres.map((c) => `${c.valeur} ${c.libelle}`),
      'chiffres',
    ),
    'leviers',
    'blocages',
    'essaimeDepuis',
    projet('essaime_depuis_url', 'url', 'Adresse de la page de ce projet source ; vide sinon.', (p, x) =>
      p.data.essaimeDepuis ? x.link(url.projet(p.data.essaimeDepuis.id)) : undefined,
    ),
    'adaptations',
    ...ARTICLE_END,
    'illustratif',
    projet(
      'provenance',
      'identifiant',
      'D’où viennent les faits de la fiche. Valeurs : exemple (cas inventé pour l’exemple), en-partie (projet réel dont certains détails, marqués « exemple », n’ont pas de source publique), faits-publics (tous les faits viennent des sources).',
      (p) => PROVENANCE_TEXT[provenanceOf(p.data)].data,
    ),
    projet(
      'chiffres_exemples',
      'textes',
      'Les chiffres d’impact donnés à titre d’exemple, sans source publique (sous-ensemble de « chiffres »).',
      (p) => p.data.chiffres.filter((c) => isExampleFigure(p.data, c)).map((c) => `${c.valeur} ${c.libelle}`),
    ),
  ],
});

const lab = columnsOf<Lab>();
const labs = defineDataset<Lab>({
  id: 'labs',
  titre: 'Labs',
  description:
    'Une ligne par laboratoire d’innovation territoriale, ouvert ou fermé : où il est, qui le porte, et ses études de cas publiées.',
  collection: 'labs',
  omit: [],
  entries: (c) => c.labs,
  columns: [
    ...identity<Lab>('du lab', url.lab),
    'nom',
    'region',
    ...regionColumns<Lab>((l) => l.data.region),
    'ville',
    lab('latitude', 'decimal', 'Latitude du lab en degrés décimaux (WGS 84).', (l) => l.data.coordonnees.lat, 'coordonnees'),
    lab('longitude', 'decimal', 'Longitude du lab en degrés décimaux (WGS 84).', (l) => l.data.coordonnees.lon, 'coordonnees'),
    'porteur',
    'partenaires',
    'creation',
    'site',
    'contact',
    lab('financeurs', 'textes', 'Sources de financement du lab.', (l) => l.data.financements.map((f) => f.source), 'financements'),
    fundingAmount<Lab>(),
    'actif',
    'illustratif',
    ...projetsColumns<Lab>(
      'Identifiants des études de cas publiées que le lab a conduites ou auxquelles il a pris part, de la plus récente à la plus ancienne.',
      (l, x) => x.g.projetsOfLab(l.id),
    ),
    lab(
      'provenance',
      'identifiant',
      'D’où viennent les faits de la fiche. Valeurs : exemple (fiche inventée pour l’exemple), faits-publics (tous les faits viennent des sources).',
      (l) => PROVENANCE_TEXT[provenanceOf(l.data)].data,
    ),
  ],
});

const methode = columnsOf<Methode>();
const methodes = defineDataset<Methode>({
  id: 'methodes',
  titre: 'Fiches méthodes',
  description:
    'Une ligne par fiche méthode : quand l’employer, combien de temps et de participants elle demande, ce qu’elle produit, et les études de cas qui l’ont employée.',
  collection: 'methodes',
  omit: ['brouillon'],
  entries: (c) => c.methodes,
  columns: [
    ...article<Methode>('de la méthode', url.methode),
    'phase',
    'duree',
    'participants',
    'difficulte',
    'materiel',
    'livrables',
    'quandUtiliser',
    'precautions',
    methode('ressources_titres', 'textes', 'Noms des modèles à télécharger.', (m) => m.data.ressources.map((r) => r.titre), 'ressources'),
    methode('ressources_urls', 'urls', 'Adresses de ces modèles, dans le même ordre.', (m, x) =>
      m.data.ressources.map((r) => x.link(href(r.fichier))),
    ),
    'methodesLiees',
    pagesOf<Methode>('methodes_liees_urls', 'de ces méthodes', (m) => m.data.methodesLiees.map((l) => url.methode(l.id))),
    ...projetsColumns<Methode>(
      'Identifiants des études de cas publiées qui ont employé la méthode, de la plus récente à la plus ancienne.',
      (m, x) => x.g.projetsOfMethode(m.id),
    ),
    ...ARTICLE_END,
  ],
});

const pratiques = defineDataset<Pratique>({
  id: 'pratiques',
  titre: 'Bonnes pratiques',
  description:
    'Une ligne par bonne pratique tirée des projets des labs, avec les études de cas qui l’illustrent et les méthodes qui aident à l’appliquer.',
  collection: 'pratiques',
  omit: ['brouillon'],
  entries: (c) => c.pratiques,
  columns: [
    ...article<Pratique>('de la bonne pratique', url.pratique),
    'thematiques',
    pagesOf<Pratique>('thematiques_urls', 'de ces thématiques', (p) => p.data.thematiques.map((t) => url.thematique(t.id))),
    'projets',
    pagesOf<Pratique>('projets_urls', 'de ces études de cas', (p) => p.data.projets.map((r) => url.projet(r.id))),
    'methodes',
    pagesOf<Pratique>('methodes_urls', 'de ces méthodes', (p) => p.data.methodes.map((m) => url.methode(m.id))),
    ...ARTICLE_END,
  ],
});

const theme = columnsOf<Thematique>();
const thematiques = defineDataset<Thematique>({
  id: 'thematiques',
  titre: 'Thématiques',
  description: 'Une ligne par thématique : la table des identifiants de thématiques employés dans les autres jeux.',
  collection: 'thematiques',
  omit: [],
  entries: (c) => c.thematiques,
  columns: [
    theme(
      'id',
      'identifiant',
      'Identifiant de la thématique, repris dans l’adresse de sa page et dans les colonnes « thematiques » des autres jeux.',
      (t) => t.id,
      'id',
    ),
    theme('url', 'url', 'Adresse de la page de la thématique.', (t, x) => x.link(url.thematique(t.id))),
    'libelle',
    'description',
  ],
});

const event = columnsOf<AgendaItem>();
const evenements = defineDataset<AgendaItem>({
  id: 'evenements',
  titre: 'Événements de l’agenda',
  description:
    'Une ligne par événement de l’agenda (webinaire, atelier, session de formation, rencontre…), à venir ou passé à la date de publication. Les dates et heures sont celles de Paris ; les colonnes en UTC donnent les mêmes instants.',
  collection: 'evenements',
  omit: ['brouillon', 'misAJour'],
  entries: (_c, _g, ctx) => ctx.agenda?.items ?? [],
  columns: [
    ...identity<AgendaItem>('de l’événement', (id) => href(agendaPath.event(id))),
    event('ics', 'url', 'Adresse du fichier iCalendar de l’événement (à ajouter à un agenda).', (e, x) =>
      x.link(href(agendaPath.ics(e.id))),
    ),
    'titre',
    'resume',
    'type',
    'format',
    event(
      'statut',
      'identifiant',
      `Statut à la date de publication : ${Object.entries(STATUT_LABELS)
        .map(([id, label]) => `${id} (${label})`)
        .join(', ')} ; « passe » est déduit de la date de fin.`,
      (e) => e.statut,
      'statut',
    ),
    'debut',
    event(
      'fin',
      'texte',
      'Fin, heure de Paris, sous la même forme que le début ; égale au début pour une seule journée entière sans fin écrite.',
      (e) => e.data.fin ?? e.data.debut,
      'fin',
    ),
    event('journee_entiere', 'booleen', 'true si l’événement dure une ou plusieurs journées entières (sans heure).', (e) => e.allDay),
    event('debut_utc', 'texte', 'Début en temps universel (ISO 8601) ; pour une journée entière, minuit à Paris.', (e) =>
      e.startsAt.toISOString(),
    ),
    event(
      'fin_utc',
      'texte',
      'Fin en temps universel (ISO 8601) ; pour une journée entière, minuit à Paris le lendemain du dernier jour.',
      (e) => e.endsAt.toISOString(),
    ),
    'lieu',
    event(
      'regions',
      'identifiants',
      'Codes INSEE des régions : celle du lieu, ou celles des labs organisateurs pour un événement en ligne.',
      (e) => e.regions,
    ),
    'organisateurs',
    'autresOrganisateurs',
    'thematiques',
    'methodes',
    'projets',
    'public',
    'gratuit',
    'tarif',
    'places',
    event(
      'inscription',
      'url',
      'Lien d’inscription ; pour un événement d’exemple, la page du site qui l’explique.',
      (e, x) =>
        e.data.inscription ? (e.data.inscription.startsWith('/') ? x.link(href(e.data.inscription)) : e.data.inscription) : undefined,
      'inscription',
    ),
    'formation',
    'tempsFort',
    'exemple',
    'publie',
  ],
});

const training = columnsOf<Formation>();
const formations = defineDataset<Formation>({
  id: 'formations',
  titre: 'Formations des labs',
  description:
    'Une ligne par formation proposée par les labs ; ses sessions sont les lignes du jeu « evenements » dont la colonne « formation » la cite.',
  collection: 'formations',
  omit: ['brouillon', 'misAJour', 'contact'],
  entries: (_c, _g, ctx) => ctx.agenda?.formations ?? [],
  columns: [
    ...identity<Formation>('de la formation', (id) => href(agendaPath.formation(id))),
    'titre',
    'resume',
    'objectifs',
    'duree',
    'heures',
    'public',
    'labs',
    'methodes',
    'thematiques',
    'modalites',
    training('sessions', 'entier', 'Nombre de sessions dans l’agenda, passées et à venir.', (f, x) => {
      const s = x.agenda?.sessionsOf(f.id);
      return s ? s.upcoming.length + s.past.length : 0;
    }),
    training(
      'sessions_a_venir',
      'entier',
      'Nombre de sessions à venir à la date de publication.',
      (f, x) => x.agenda?.sessionsOf(f.id).upcoming.length ?? 0,
    ),
    'exemple',
    'publie',
  ],
});

/** Every dataset, in the order of the documentation page. */
export const DATASETS: readonly Dataset[] = [projets, labs, methodes, pratiques, thematiques, evenements, formations];

export type DataFormat = 'json' | 'csv';

/** Where a file is served: /donnees/<jeu>.<format>, stable from one publication to the next. */
export const dataPath = (id: string, format: DataFormat) => href(`/donnees/${id}.${format}`);

/** A spreadsheet would run a cell starting with "=", "@" or "+"/"-" followed by a letter as a formula. */
const FORMULA_START = /^(?:[=@\t\r]|[+-][^\d\s.,])/;

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (Array.isArray(cell)) return csvCell(cell.join(LIST_SEPARATOR));
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (typeof cell === 'number') return String(cell);
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * CSV for a French spreadsheet: UTF-8 with a byte order mark (without it Excel reads the accents as
 * Windows-1252), ";" between cells (the list separator of a French-locale Excel, which opens the file
 * in columns on a double click; LibreOffice and data.gouv.fr detect it), CRLF line ends (RFC 4180),
 * header line from the documented columns.
 */
export function toCsv(dataset: Dataset, rows: Row[]): string {
  const names = dataset.columns.map((c) => c.name);
  return stringify([names, ...rows.map((r) => names.map((n) => csvCell(r[n] ?? null)))], {
    delimiter: CSV_DELIMITER,
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}

/** JSON: an array of objects, keys in the documented order, null for an empty value, arrays for lists. */
export function toJson(rows: Row[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

export interface DataFile {
  format: DataFormat;
  /** Site path, with the base path. */
  path: string;
  /** Absolute URL, the one to give data.gouv.fr. */
  url: string;
  body: string;
  /** Size in bytes, UTF-8. */
  bytes: number;
}

export interface PublishedDataset {
  dataset: Dataset;
  rows: Row[];
  files: Record<DataFormat, DataFile>;
}

export interface OpenData {
  datasets: PublishedDataset[];
  /** Latest publication or update date in the published corpus: the version of the data. */
  updated: Date | undefined;
}

/** Every file of /donnees/ for the published corpus, with absolute links on `site` (Astro.site). */
export function buildOpenData(input: Corpus, site: URL | string, agenda?: Agenda): OpenData {
  const corpus = withoutDrafts(input);
  const ctx: Context = { g: buildGraph(corpus), agenda, link: (path) => absolute(path, site) };
  const file = (id: string, format: DataFormat, body: string): DataFile => {
    const path = dataPath(id, format);
    return { format, path, url: absolute(path, site), body, bytes: new TextEncoder().encode(body).length };
  };
  const datasets = DATASETS.map((dataset) => {
    const rows = dataset.rows(corpus, ctx);
    return { dataset, rows, files: { json: file(dataset.id, 'json', toJson(rows)), csv: file(dataset.id, 'csv', toCsv(dataset, rows)) } };
  });
  const dates = [...corpus.projets, ...corpus.methodes, ...corpus.pratiques].flatMap((e) => [
    e.data.publie,
    e.data.misAJour ?? e.data.publie,
  ]);
  const updated = dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : undefined;
  return { datasets, updated };
}
