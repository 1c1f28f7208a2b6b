/**
 * The web editor's configuration (Decap CMS at /admin/), generated from the content model's zod schemas
 * at build time: same collections, same fields, same required fields, closed lists, links and rules.
 * Pure: the schemas and the environment are passed in. The browser part is in src/lib/decap-editor.ts.
 */
import { z } from 'astro/zod';
import { fieldMeta, type CollectionName } from '../model/index.ts';
import { MDX_COMPONENTS } from '../components/mdx/index.ts';
import { REGION_CODES, region } from './regions.ts';
import {
  DIFFICULTES,
  FAITS_EXEMPLE,
  FORMATS_EVENEMENT,
  PHASES,
  PUBLICS,
  PUBLICS_EVENEMENT,
  SERIES_TEMPS_FORT,
  STATUTS,
  STATUTS_EVENEMENT,
  TYPES_EVENEMENT,
  UNITES_DUREE,
} from './vocabulary.ts';
import { editorComponentId, ROOT_LIST_FIELD, ROOT_LIST_FORMAT, type DecapField } from './decap-editor.ts';

export type { DecapField } from './decap-editor.ts';

// ---------------------------------------------------------------------------------------------
// Settings: the environment variables of the web editor, read here and nowhere else.

export type DecapBackendName = 'github' | 'gitlab' | 'test';

export interface DecapSettings {
  backend: DecapBackendName;
  /** "organisation/depot" (GitHub) or "groupe/projet" (GitLab). */
  repo?: string;
  branch: string;
  /** GitLab: the instance ("https://gitlab.example.gouv.fr"). */
  gitlabUrl?: string;
  /** GitLab: the OAuth application id (PKCE flow, no secret). */
  appId?: string;
  /** GitHub: the OAuth service that hands the editor a token ("https://auth.example.gouv.fr/auth"). */
  authUrl?: string;
  /** Git host API, when not the default (GitHub Enterprise: https://github.example/api/v3). */
  apiRoot?: string;
  /** decap-server for local editing (npx decap-server), used only when the editor runs on localhost. */
  localBackend?: string;
}

/** Where the build puts Decap's files, under the admin page, one folder per version (cacheable for ever). */
export const decapAssetsDir = (version: string) => `admin/decap-cms-${version}/`;

/** The variables, for the README and error messages. */
export const DECAP_ENV = [
  'DECAP_BACKEND',
  'DECAP_REPO',
  'DECAP_BRANCH',
  'DECAP_GITLAB_URL',
  'DECAP_APP_ID',
  'DECAP_AUTH_URL',
  'DECAP_API_ROOT',
  'DECAP_LOCAL_BACKEND',
] as const;

export class DecapSettingsError extends Error {
  constructor(message: string) {
    super(`Éditeur web (/admin/) mal configuré : ${message}`);
    this.name = 'DecapSettingsError';
  }
}

function httpsUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DecapSettingsError(`${name} doit être une adresse complète (https://…), reçu « ${value} ».`);
  }
  if (url.protocol !== 'https:' && !['localhost', '127.0.0.1'].includes(url.hostname)) {
    throw new DecapSettingsError(`${name} doit commencer par https:// (reçu « ${value} »).`);
  }
  return url.href.replace(/\/$/, '');
}

/**
 * Reads the web editor's settings from the environment. Without DECAP_BACKEND the editor runs in
 * trial mode (Decap's test-repo backend: everything stays in the browser), with a warning in a build.
 */
export function decapSettings(
  env: Record<string, string | undefined>,
  options: { dev: boolean },
): { settings: DecapSettings; warnings: string[] } {
  const get = (name: (typeof DECAP_ENV)[number]) => env[name]?.trim() || undefined;
  const warnings: string[] = [];
  const chosen = get('DECAP_BACKEND')?.toLowerCase();
  if (chosen && !['github', 'gitlab', 'test'].includes(chosen)) {
    throw new DecapSettingsError(`DECAP_BACKEND vaut « ${chosen} » ; valeurs possibles : github, gitlab, test.`);
  }
  const backend = (chosen ?? 'test') as DecapBackendName;
  if (!chosen && !options.dev) {
    warnings.push(
      'DECAP_BACKEND n’est pas défini : l’éditeur web /admin/ est en mode essai (rien n’est enregistré). Définissez DECAP_BACKEND=github ou gitlab et DECAP_REPO pour publier.',
    );
  }
  const settings: DecapSettings = { backend, branch: get('DECAP_BRANCH') ?? 'main' };
  const local = get('DECAP_LOCAL_BACKEND');
  if (local && !['0', 'false', 'non'].includes(local.toLowerCase())) {
    settings.localBackend = ['1', 'true', 'oui'].includes(local.toLowerCase())
      ? 'http://localhost:8081/api/v1'
      : httpsUrl('DECAP_LOCAL_BACKEND', local);
  }
  if (backend === 'test') return { settings, warnings };

  const repo = get('DECAP_REPO');
  if (!repo || !/^[\w.-]+(?:\/[\w.-]+)+$/.test(repo)) {
    throw new DecapSettingsError(`DECAP_REPO doit nommer le dépôt (« organisation/depot »)${repo ? `, reçu « ${repo} »` : ''}.`);
  }
  settings.repo = repo;
  const apiRoot = get('DECAP_API_ROOT');
  if (apiRoot) settings.apiRoot = httpsUrl('DECAP_API_ROOT', apiRoot);
  if (backend === 'github') {
    const authUrl = get('DECAP_AUTH_URL');
    if (!authUrl) {
      throw new DecapSettingsError(
        'DECAP_AUTH_URL doit donner l’adresse du service OAuth qui connecte l’éditeur à GitHub (par exemple https://auth.example.gouv.fr/auth).',
      );
    }
    settings.authUrl = httpsUrl('DECAP_AUTH_URL', authUrl);
  } else {
    settings.gitlabUrl = httpsUrl('DECAP_GITLAB_URL', get('DECAP_GITLAB_URL') ?? 'https://gitlab.com');
    const appId = get('DECAP_APP_ID');
    if (!appId) {
      throw new DecapSettingsError(
        'DECAP_APP_ID doit donner l’identifiant de l’application OAuth déclarée dans GitLab (flux PKCE, sans secret).',
      );
    }
    settings.appId = appId;
  }
  return { settings, warnings };
}

// ---------------------------------------------------------------------------------------------
// Labels: every field of the model, in French, with a hint for the authors.

export interface FieldText {
  label: string;
  hint?: string;
  /** For lists: one item, as Decap shows it in "Ajouter partenaire" and "1 partenaire". */
  item?: string;
  /** Widget options that the schema cannot express (an image picker for a path, a default). */
  extra?: Partial<DecapField>;
}

const IMAGE_PATTERN: [string, string] = [
  '^/images/[a-z0-9][a-z0-9._-]*\\.(webp|png|jpe?g|avif)$',
  'image du dépôt attendue : /images/nom-de-l-image.webp (WebP, PNG, JPEG ou AVIF)',
];

/**
 * Labels by field path ("financements.source"), or "collection/path" when a collection needs its own.
 * A unit test fails when a schema field has none.
 */
export const FIELD_TEXTS: Record<string, FieldText> = {
  // Shared by case studies, methods and practices.
  titre: { label: 'Titre', hint: 'Le titre de la page, 120 caractères au plus ; le nom du fichier en est tiré.' },
  resume: {
    label: 'Résumé',
    hint: 'Une ou deux phrases, 300 caractères au plus : affiché sur les cartes et dans les résultats des moteurs de recherche.',
  },
  publie: { label: 'Date de publication' },
  misAJour: { label: 'Date de la dernière mise à jour importante' },
  revuLe: {
    label: 'Date de la dernière relecture',
    hint: 'Quand le contenu a été vérifié ; un avertissement s’affiche 24 mois plus tard.',
  },
  auteurs: { label: 'Auteurs', hint: 'Noms des personnes ou des équipes qui ont écrit la fiche.', item: 'auteur' },
  brouillon: { label: 'Brouillon', hint: 'Un brouillon est vérifié mais jamais publié.' },
  // Labs.
  'labs/nom': { label: 'Nom du lab', hint: 'Par exemple « Ti Lab ».' },
  'labs/region': { label: 'Région' },
  ville: { label: 'Ville' },
  coordonnees: { label: 'Position sur la carte', hint: 'En degrés décimaux (WGS 84), par exemple 48.11 et -1.68 pour Rennes.' },
  'coordonnees.lat': { label: 'Latitude', hint: 'De -90 à 90.' },
  'coordonnees.lon': { label: 'Longitude', hint: 'De -180 à 180.' },
  porteur: { label: 'Administration porteuse', hint: 'Préfecture de région, SGAR…' },
  partenaires: { label: 'Partenaires', hint: 'Les organisations partenaires, une par élément.', item: 'partenaire' },
  creation: { label: 'Année de création' },
  site: { label: 'Site web', hint: 'Adresse complète commençant par https://.' },
  contact: { label: 'Adresse de contact', hint: 'Une adresse générique du lab, jamais une adresse personnelle.' },
  financements: { label: 'Financements', item: 'financement' },
  'financements.source': { label: 'Source', hint: 'Programme, administration ou collectivité.' },
  'financements.montant': { label: 'Montant en euros', hint: 'Un nombre sans espace ni symbole (250000), s’il est public.' },
  actif: { label: 'Lab en activité', hint: 'Décochez quand le lab a fermé.', extra: { default: true } },
  illustratif: {
    label: 'Fiche entièrement donnée en exemple',
    hint: 'Cochez si la fiche décrit un cas inventé pour l’exemple : la page, ses cartes, ses flux et les données ouvertes le disent. Un fait inventé dans une fiche réelle se marque là où il est (« exemple: true », « exemples »).',
  },
  fermeture: { label: 'Année de fermeture', hint: 'Pour un lab qui a cessé son activité.' },
  sources: {
    label: 'Sources',
    hint: 'Les documents publics d’où viennent les faits de la fiche ; un chiffre renvoie à l’une d’elles par son numéro.',
    item: 'source',
  },
  'sources.titre': { label: 'Titre du document' },
  'sources.url': { label: 'Adresse', hint: 'Adresse complète commençant par https://.' },
  'sources.editeur': { label: 'Éditeur' },
  'sources.date': { label: 'Date de publication' },
  exemples: {
    label: 'Faits donnés en exemple',
    hint: 'Les champs de l’en-tête qui ne viennent d’aucun document public (dates, partenaires, financements, projet d’origine) : ils s’affichent avec la mention « exemple ».',
    item: 'champ',
  },
  // Case studies.
  lab: { label: 'Lab porteur' },
  autresLabs: { label: 'Autres labs participants' },
  'projets/region': { label: 'Région, si elle diffère de celle du lab' },
  territoire: { label: 'Territoire concerné', hint: 'En toutes lettres, par exemple « Gâtinais montargois ».' },
  thematiques: { label: 'Thématiques', hint: 'Au moins une.' },
  'projets/methodes': { label: 'Méthodes utilisées', hint: 'Dans l’ordre où elles ont servi.' },
  publics: { label: 'Publics', hint: 'Avec ou pour qui le projet a été mené ; au moins un.' },
  statut: { label: 'Statut' },
  debut: { label: 'Date de début' },
  fin: { label: 'Date de fin', hint: 'Si le projet est terminé.' },
  chiffres: {
    label: 'Chiffres clés',
    hint: 'Les résultats mesurés, par exemple « 3 200 » « demandes traitées », chacun avec le numéro de sa source ou la mention « exemple ».',
    item: 'chiffre',
  },
  'chiffres.source': {
    label: 'Source du chiffre (numéro)',
    hint: 'Le numéro, dans la liste « Sources » de la fiche, du document public qui donne ce chiffre : 1 pour la première.',
  },
  'chiffres.exemple': {
    label: 'Chiffre donné en exemple',
    hint: 'Cochez si aucun document public ne donne ce chiffre : il s’affiche alors avec la mention « exemple ».',
  },
  'chiffres.valeur': { label: 'Valeur', hint: 'Telle qu’elle doit se lire : « 3 200 », « -40 % ».' },
  'chiffres.libelle': { label: 'Ce qu’elle compte' },
  leviers: { label: 'Leviers', hint: 'Ce qui a aidé, en phrases courtes.', item: 'levier' },
  blocages: { label: 'Points de blocage', hint: 'Ce qui a freiné, en phrases courtes.', item: 'point de blocage' },
  essaimeDepuis: { label: 'Projet d’origine (essaimage)', hint: 'Si ce projet en reprend un autre.' },
  adaptations: {
    label: 'Adaptations',
    hint: 'Pour un projet essaimé : ce qui a changé par rapport au projet d’origine.',
    item: 'adaptation',
  },
  contacts: { label: 'Contacts', item: 'contact' },
  'contacts.nom': { label: 'Nom ou équipe' },
  'contacts.role': { label: 'Rôle dans le projet' },
  'contacts.courriel': { label: 'Adresse électronique professionnelle' },
  image: { label: 'Illustration', hint: 'Affichée en haut de la page et lors des partages.' },
  'image.src': {
    label: 'Image',
    hint: 'WebP, PNG ou JPEG, 1 Mo et 4000 pixels au plus.',
    extra: { widget: 'image', choose_url: false, pattern: IMAGE_PATTERN },
  },
  'image.alt': { label: 'Texte alternatif', hint: 'Ce que montre l’image, pour les personnes qui ne la voient pas.' },
  // Methods.
  phase: { label: 'Phase de la démarche' },
  duree: { label: 'Durée' },
  'duree.min': { label: 'Durée la plus courte' },
  'duree.max': { label: 'Durée la plus longue', hint: 'Dans la même unité, si elle varie.' },
  'duree.unite': { label: 'Unité' },
  participants: { label: 'Nombre de participants' },
  'participants.min': { label: 'Au moins' },
  'participants.max': { label: 'Au plus' },
  difficulte: { label: 'Difficulté', hint: 'Pour une équipe qui la pratique pour la première fois.' },
  materiel: { label: 'Matériel', item: 'élément' },
  livrables: { label: 'Livrables', hint: 'Ce que produit la méthode.', item: 'livrable' },
  quandUtiliser: { label: 'Quand l’utiliser', hint: 'Une ou deux phrases.' },
  precautions: { label: 'Précautions', hint: 'Ce à quoi il faut faire attention.' },
  ressources: { label: 'Modèles à télécharger', item: 'modèle' },
  'ressources.titre': { label: 'Nom du modèle' },
  'ressources.fichier': {
    label: 'Fichier',
    extra: { widget: 'file', choose_url: false, media_folder: '/public/ressources', public_folder: '/ressources' },
  },
  methodesLiees: { label: 'Méthodes complémentaires' },
  // Practices.
  projets: { label: 'Études de cas qui l’illustrent' },
  'pratiques/methodes': { label: 'Méthodes utiles' },
  // Themes.
  'thematiques/id': {
    label: 'Identifiant',
    hint: 'En minuscules sans accents, mots séparés par des tirets ; utilisé dans les adresses. Ne le changez pas une fois publié.',
  },
  'thematiques/libelle': { label: 'Nom' },
  'thematiques/description': { label: 'Description', hint: 'Une phrase sur ce que couvre la thématique.' },
};

/** The label of a field, by its path in a collection; undefined when the map lacks it. */
export function fieldText(collection: CollectionName, path: string): FieldText | undefined {
  return FIELD_TEXTS[`${collection}/${path}`] ?? FIELD_TEXTS[path];
}

/** How each collection is presented in the editor. */
export const COLLECTION_TEXTS: Record<CollectionName, { label: string; singular: string; description: string; identifier: string }> = {
  labs: {
    label: 'Labs',
    singular: 'Lab',
    description: 'Les laboratoires d’innovation territoriale : une fiche par lab.',
    identifier: 'nom',
  },
  projets: {
    label: 'Études de cas',
    singular: 'Étude de cas',
    description: 'Les projets des labs, racontés pour que d’autres s’en inspirent.',
    identifier: 'titre',
  },
  methodes: {
    label: 'Méthodes',
    singular: 'Méthode',
    description: 'Les fiches méthodes : les étapes, les conseils, les pièges.',
    identifier: 'titre',
  },
  pratiques: {
    label: 'Bonnes pratiques',
    singular: 'Bonne pratique',
    description: 'Ce qui marche, illustré par des études de cas.',
    identifier: 'titre',
  },
  thematiques: {
    label: 'Thématiques',
    singular: 'Thématique',
    description: 'La liste des thématiques, dans un seul fichier.',
    identifier: 'libelle',
  },
  evenements: {
    label: 'Agenda',
    singular: 'Événement',
    description: 'Les événements des labs : webinaires, ateliers, sessions de formation, rencontres.',
    identifier: 'titre',
  },
  formations: {
    label: 'Formations',
    singular: 'Formation',
    description: 'L’offre de formation des labs ; ses sessions sont des événements de l’agenda.',
    identifier: 'titre',
  },
  'temps-forts': {
    label: 'Temps forts',
    singular: 'Temps fort',
    description: 'Les éditions des rendez-vous du réseau (Semaine, puis Mois de l’innovation publique).',
    identifier: 'titre',
  },
};

// ---------------------------------------------------------------------------------------------
// Schema walking (zod v4).

/** French labels of the closed lists, found by their values. */
const VOCABULARIES: { ids: readonly string[]; label: (id: string) => string; sortByLabel?: boolean }[] = [
  { ids: REGION_CODES, label: (code) => region(code).nom, sortByLabel: true },
  { ids: STATUTS.ids, label: (id) => STATUTS.label(id as (typeof STATUTS.ids)[number]) },
  { ids: PHASES.ids, label: (id) => PHASES.label(id as (typeof PHASES.ids)[number]) },
  { ids: PUBLICS.ids, label: (id) => PUBLICS.label(id as (typeof PUBLICS.ids)[number]) },
  { ids: DIFFICULTES.ids, label: (id) => DIFFICULTES.label(id as (typeof DIFFICULTES.ids)[number]) },
  { ids: UNITES_DUREE.ids, label: (id) => UNITES_DUREE.label(id as (typeof UNITES_DUREE.ids)[number]) },
  { ids: TYPES_EVENEMENT.ids, label: (id) => TYPES_EVENEMENT.label(id as (typeof TYPES_EVENEMENT.ids)[number]) },
  { ids: FORMATS_EVENEMENT.ids, label: (id) => FORMATS_EVENEMENT.label(id as (typeof FORMATS_EVENEMENT.ids)[number]) },
  { ids: STATUTS_EVENEMENT.ids, label: (id) => STATUTS_EVENEMENT.label(id as (typeof STATUTS_EVENEMENT.ids)[number]) },
  { ids: PUBLICS_EVENEMENT.ids, label: (id) => PUBLICS_EVENEMENT.label(id as (typeof PUBLICS_EVENEMENT.ids)[number]) },
  { ids: SERIES_TEMPS_FORT.ids, label: (id) => SERIES_TEMPS_FORT.label(id as (typeof SERIES_TEMPS_FORT.ids)[number]) },
  { ids: FAITS_EXEMPLE.ids, label: (id) => FAITS_EXEMPLE.label(id as (typeof FAITS_EXEMPLE.ids)[number]) },
];

/** Select options with French labels; throws for a closed list the vocabularies do not know. */
export function enumOptions(values: readonly string[]): { label: string; value: string }[] {
  const same = (ids: readonly string[]) => ids.length === values.length && ids.every((id) => values.includes(id));
  const vocabulary = VOCABULARIES.find((v) => same(v.ids));
  if (!vocabulary) throw new Error(`Liste fermée sans libellés français (src/lib/vocabulary.ts) : ${values.join(', ')}.`);
  const options = vocabulary.ids.map((value) => ({ label: vocabulary.label(value), value }));
  return vocabulary.sortByLabel ? options.sort((a, b) => a.label.localeCompare(b.label, 'fr')) : options;
}

type Def = Record<string, unknown> & { type: string; checks?: { _zod: { def: CheckDef } }[] };
type CheckDef = Record<string, unknown> & { check: string };

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema once optional/default/nullable wrappers are removed, a reference or a date kept whole. */
export interface Unwrapped {
  schema: z.ZodType;
  optional: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
  /** The collection a reference() points to. */
  reference?: CollectionName;
  /** A calendar date written AAAA-MM-JJ (the input of the date pipe). */
  date?: z.ZodType;
}

export function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  for (;;) {
    const meta = z.globalRegistry.get(current) as { reference?: CollectionName } | undefined;
    if (meta?.reference) return { schema: current, optional, hasDefault, defaultValue, reference: meta.reference };
    const def = defOf(current);
    switch (def.type) {
      case 'optional':
      case 'nullable':
        optional = true;
        current = def.innerType as z.ZodType;
        continue;
      case 'default':
      case 'prefault':
        hasDefault = true;
        defaultValue = def.defaultValue;
        current = def.innerType as z.ZodType;
        continue;
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        current = def.innerType as z.ZodType;
        continue;
      case 'pipe': {
        const input = def.in as z.ZodType;
        // A pipe turning a string into a Date is a calendar date: edit it with a date picker.
        if (defOf(input).type === 'string' && current.safeParse('2024-02-29').data instanceof Date) {
          return { schema: current, optional, hasDefault, defaultValue, date: input };
        }
        current = input;
        continue;
      }
      default:
        return { schema: current, optional, hasDefault, defaultValue };
    }
  }
}

/** The checks of a schema, the schema itself included when it is a format (z.email(), z.url()). */
function checksOf(schema: z.ZodType): CheckDef[] {
  const def = defOf(schema);
  const own = typeof def.check === 'string' ? [def as unknown as CheckDef] : [];
  return [...own, ...(def.checks ?? []).map((c) => c._zod.def)];
}

/** The French message a check was declared with, if it is a plain one. */
function messageOf(check: CheckDef, fallback: string): string {
  try {
    const message = typeof check.error === 'function' ? (check.error as (issue: unknown) => unknown)({}) : undefined;
    return typeof message === 'string' ? message : fallback;
  } catch {
    return fallback;
  }
}

/** A Decap pattern mirroring the string rules of a schema: its regex, e-mail or URL format, or length. */
export function stringPattern(schema: z.ZodType): [string, string] | undefined {
  const checks = checksOf(schema);
  for (const c of checks) {
    if (c.check !== 'string_format') continue;
    if (c.format === 'regex' && c.pattern instanceof RegExp) return [c.pattern.source, messageOf(c, 'format non valide')];
    if (c.format === 'email') return ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', messageOf(c, 'adresse électronique attendue')];
    if (c.format === 'url') {
      const protocol = c.protocol instanceof RegExp ? c.protocol.source.replace(/^\^|\$$/g, '') : 'https?';
      return [`^(?:${protocol})://[^\\s/]+\\S*$`, messageOf(c, 'adresse complète attendue')];
    }
  }
  const max = checks.find((c) => c.check === 'max_length')?.maximum;
  if (typeof max === 'number') return [`^[\\s\\S]{0,${max}}$`, `${max} caractères au plus`];
  return undefined;
}

function maxLength(schema: z.ZodType): number | undefined {
  const max = checksOf(schema).find((c) => c.check === 'max_length')?.maximum;
  return typeof max === 'number' ? max : undefined;
}

function minLength(schema: z.ZodType): number | undefined {
  const min = checksOf(schema).find((c) => c.check === 'min_length')?.minimum;
  return typeof min === 'number' && min > 0 ? min : undefined;
}

function numberOptions(schema: z.ZodType): Partial<DecapField> {
  const checks = checksOf(schema);
  const int = checks.some((c) => c.check === 'number_format' && typeof c.format === 'string' && /int/.test(c.format));
  const options: Partial<DecapField> = { value_type: int ? 'int' : 'float' };
  for (const c of checks) {
    if (typeof c.value !== 'number' && typeof c.value !== 'bigint') continue;
    const value = Number(c.value);
    // Decap's bounds are inclusive: an exclusive bound on an integer moves by one; on a decimal number it stays.
    const shift = c.inclusive === false && int ? 1 : 0;
    if (c.check === 'greater_than') options.min = value + shift;
    if (c.check === 'less_than') options.max = value - shift;
  }
  return options;
}

/** Relation widget options: what is stored (the id) and what an author searches and sees. */
export function relationOptions(target: CollectionName): Partial<DecapField> {
  if (target === 'thematiques') {
    return {
      collection: 'thematiques',
      file: 'thematiques',
      value_field: `${ROOT_LIST_FIELD}.*.id`,
      search_fields: [`${ROOT_LIST_FIELD}.*.libelle`, `${ROOT_LIST_FIELD}.*.id`],
      display_fields: [`${ROOT_LIST_FIELD}.*.libelle`],
      options_length: 100,
    };
  }
  const identifier = COLLECTION_TEXTS[target].identifier;
  return { collection: target, value_field: '{{slug}}', search_fields: [identifier], display_fields: [identifier], options_length: 50 };
}

const DATE_OPTIONS: Partial<DecapField> = {
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'DD/MM/YYYY',
  time_format: false,
  picker_utc: true,
};

/**
 * The Decap field of one schema field; `path` is its dotted path in the collection ("financements.source").
 * `inOptional` names the optional object the field belongs to: Decap would refuse to save while a
 * required field of an empty optional object is empty, so such a field is optional in the editor (the
 * schema still requires it once the object is filled, and the hint says so).
 */
export function schemaField(
  collection: CollectionName,
  path: string,
  schema: z.ZodType,
  inOptional?: string,
  fallback?: FieldText,
): DecapField {
  const name = path.split('.').pop() ?? path;
  const meta = fieldMeta(schema);
  const text =
    fieldText(collection, path) ??
    (meta ? { label: meta.label, ...(meta.hint ? { hint: meta.hint } : {}), ...(meta.item ? { item: meta.item } : {}) } : fallback);
  if (!text) throw new Error(`Le champ « ${path} » de « ${collection} » n’a pas de libellé dans FIELD_TEXTS (src/lib/decap.ts).`);
  const u = unwrap(schema);
  const schemaRequired = !u.optional && !u.hasDefault;
  const required = schemaRequired && !inOptional;
  const hint = [text.hint, schemaRequired && inOptional ? `Obligatoire si vous remplissez « ${inOptional} ».` : undefined]
    .filter(Boolean)
    .join(' ');
  const base: DecapField = { name, label: text.label, widget: 'string', required, ...(hint ? { hint } : {}) };
  const field = { ...base, ...widgetOptions(collection, path, u, required, text, inOptional ?? (required ? undefined : text.label)) };
  if (u.hasDefault && u.defaultValue !== undefined && !(Array.isArray(u.defaultValue) && u.defaultValue.length === 0))
    field.default = u.defaultValue;
  return { ...field, ...text.extra };
}

function widgetOptions(
  collection: CollectionName,
  path: string,
  u: Unwrapped,
  required: boolean,
  text: FieldText,
  optionalScope: string | undefined,
): Partial<DecapField> {
  if (u.reference) return { widget: 'relation', ...relationOptions(u.reference) };
  if (u.date) {
    return { ...DATE_OPTIONS, ...(required ? {} : { default: '' }), ...withPattern(stringPattern(u.date)) };
  }
  const def = defOf(u.schema);
  switch (def.type) {
    case 'string': {
      const max = maxLength(u.schema);
      return { widget: max !== undefined && max > 200 ? 'text' : 'string', ...withPattern(stringPattern(u.schema)) };
    }
    case 'number':
      return { widget: 'number', ...numberOptions(u.schema) };
    case 'boolean':
      return { widget: 'boolean', ...(required ? { default: false } : {}) };
    case 'enum':
      return { widget: 'select', options: enumOptions((u.schema as z.ZodEnum).options as string[]) };
    case 'object':
      return { widget: 'object', collapsed: false, fields: objectFields(collection, path, u.schema, optionalScope) };
    case 'array':
      return arrayOptions(collection, path, u.schema, text);
    default:
      throw new Error(`Type de champ « ${def.type} » non pris en charge par l’éditeur web (${collection} : ${path}).`);
  }
}

function withPattern(pattern: [string, string] | undefined): Partial<DecapField> {
  return pattern ? { pattern } : {};
}

function arrayOptions(collection: CollectionName, path: string, schema: z.ZodType, text: FieldText): Partial<DecapField> {
  const min = minLength(schema);
  const bounds = min ? { min } : {};
  const element = unwrap(defOf(schema).element as z.ZodType);
  if (element.reference) return { widget: 'relation', multiple: true, ...bounds, ...relationOptions(element.reference) };
  const elementDef = defOf(element.schema);
  if (elementDef.type === 'enum')
    return { widget: 'select', multiple: true, ...bounds, options: enumOptions((element.schema as z.ZodEnum).options as string[]) };
  const item = text.item ? { label_singular: text.item } : {};
  if (elementDef.type === 'object') {
    const fields = objectFields(collection, path, element.schema);
    const first = fields[0]?.name;
    return { widget: 'list', ...item, ...bounds, collapsed: true, ...(first ? { summary: `{{fields.${first}}}` } : {}), fields };
  }
  // A list of single values: Decap stores a plain YAML list with `field`.
  const single = schemaField(collection, path, element.schema, undefined, text);
  delete single.hint;
  const label = text.item ? text.item[0]?.toUpperCase() + text.item.slice(1) : single.label;
  // Shown unfolded: each item is a single line of text, read at a glance.
  return { widget: 'list', ...item, ...bounds, collapsed: false, field: { ...single, name: 'element', label, required: true } };
}

function objectFields(collection: CollectionName, path: string, schema: z.ZodType, inOptional?: string): DecapField[] {
  const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([key, sub]) => schemaField(collection, path ? `${path}.${key}` : key, sub, inOptional));
}

// ---------------------------------------------------------------------------------------------
// The configuration.

export interface DecapCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  description: string;
  folder?: string;
  extension?: string;
  format?: string;
  create?: boolean;
  delete?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  sortable_fields?: string[];
  preview_path?: string;
  fields?: DecapField[];
  files?: { name: string; label: string; file: string; fields: DecapField[] }[];
}

export interface DecapConfig {
  locale: 'fr';
  load_config_file: false;
  backend: Record<string, unknown>;
  local_backend?: { url: string };
  publish_mode: 'editorial_workflow';
  media_folder: string;
  public_folder: string;
  site_url?: string;
  display_url?: string;
  logo_url?: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: string };
  collections: DecapCollection[];
}

/** Where content lives, as the content checker reads it (src/lib/content/corpus.ts). */
const CONTENT_DIR = 'content';
const THEMES_FILE = `${CONTENT_DIR}/thematiques.yaml`;
const ENTRY_EXTENSIONS: Record<Exclude<CollectionName, 'thematiques'>, 'md' | 'mdx'> = {
  labs: 'md',
  projets: 'mdx',
  methodes: 'mdx',
  pratiques: 'mdx',
  evenements: 'md',
  formations: 'md',
  'temps-forts': 'md',
};

/** Sections a new case study starts with (the checker requires them, in this order). */
const PROJECT_TEMPLATE = ['Contexte', 'Démarche', 'Résultats', 'Leviers', 'Points de blocage', 'Et après ?']
  .map((s) => `## ${s}\n\n`)
  .join('\n');

/** Markdown toolbar: no level-1 heading (the page title comes from « titre »), no raw code. */
const MARKDOWN_BUTTONS = [
  'bold',
  'italic',
  'link',
  'heading-two',
  'heading-three',
  'heading-four',
  'quote',
  'bulleted-list',
  'numbered-list',
];

function bodyField(collection: CollectionName, mdx: boolean): DecapField {
  return {
    name: 'body',
    label: collection === 'labs' ? 'Présentation' : 'Texte de la fiche',
    widget: 'markdown',
    required: true,
    hint: mdx
      ? 'Commencez les sections par un titre de niveau 2. Les blocs Encadré, Citation et Alerte s’insèrent avec le bouton « + ».'
      : 'Une courte présentation du lab.',
    buttons: MARKDOWN_BUTTONS,
    editor_components: ['image', ...(mdx ? Object.keys(MDX_COMPONENTS).map(editorComponentId) : [])],
    modes: ['rich_text', 'raw'],
    sanitize_preview: true,
    ...(collection === 'projets' ? { default: PROJECT_TEMPLATE } : {}),
  };
}

/** Commit and merge request messages, in French. */
const COMMIT_MESSAGES = {
  create: 'Création de « {{slug}} » ({{collection}})',
  update: 'Mise à jour de « {{slug}} » ({{collection}})',
  delete: 'Suppression de « {{slug}} » ({{collection}})',
  uploadMedia: 'Ajout du fichier {{path}}',
  deleteMedia: 'Suppression du fichier {{path}}',
  openAuthoring: '{{message}}',
};

export function backendConfig(settings: DecapSettings): Record<string, unknown> {
  switch (settings.backend) {
    case 'test':
      return { name: 'test-repo' };
    case 'github': {
      const auth = new URL(settings.authUrl ?? '');
      return {
        name: 'github',
        repo: settings.repo,
        branch: settings.branch,
        base_url: auth.origin,
        auth_endpoint: auth.pathname.replace(/^\/+/, '') || 'auth',
        ...(settings.apiRoot ? { api_root: settings.apiRoot } : {}),
        commit_messages: COMMIT_MESSAGES,
      };
    }
    case 'gitlab':
      return {
        name: 'gitlab',
        repo: settings.repo,
        branch: settings.branch,
        auth_type: 'pkce',
        app_id: settings.appId,
        base_url: settings.gitlabUrl,
        auth_endpoint: 'oauth/authorize',
        api_root: settings.apiRoot ?? `${settings.gitlabUrl}/api/v4`,
        commit_messages: COMMIT_MESSAGES,
      };
  }
}

/** The whole Decap configuration, for CMS.init({ config }). `site` is the public URL of the site, base included. */
export function decapConfig(
  schemas: Record<CollectionName, z.ZodType>,
  settings: DecapSettings,
  options: { site?: string } = {},
): DecapConfig {
  const collections: DecapCollection[] = (Object.keys(ENTRY_EXTENSIONS) as (keyof typeof ENTRY_EXTENSIONS)[]).map((name) => {
    const text = COLLECTION_TEXTS[name];
    const extension = ENTRY_EXTENSIONS[name];
    return {
      name,
      label: text.label,
      label_singular: text.singular,
      description: text.description,
      folder: `${CONTENT_DIR}/${name}`,
      extension,
      format: 'yaml-frontmatter',
      create: true,
      slug: '{{slug}}',
      identifier_field: text.identifier,
      summary: `{{${text.identifier}}}`,
      sortable_fields: name === 'labs' ? ['nom'] : ['titre', 'publie'],
      preview_path: `${name}/{{slug}}/`,
      fields: [...objectFields(name, '', schemas[name]), bodyField(name, extension === 'mdx')],
    };
  });
  const themes = COLLECTION_TEXTS.thematiques;
  collections.push({
    name: 'thematiques',
    label: themes.label,
    label_singular: themes.singular,
    description: themes.description,
    format: ROOT_LIST_FORMAT,
    files: [
      {
        name: 'thematiques',
        label: 'Liste des thématiques',
        file: THEMES_FILE,
        fields: [
          {
            name: ROOT_LIST_FIELD,
            label: themes.label,
            widget: 'list',
            required: true,
            label_singular: 'thématique',
            collapsed: true,
            summary: '{{fields.libelle}}',
            fields: objectFields('thematiques', '', schemas.thematiques),
          },
        ],
      },
    ],
  });

  return {
    locale: 'fr',
    load_config_file: false,
    backend: backendConfig(settings),
    ...(settings.localBackend ? { local_backend: { url: settings.localBackend } } : {}),
    publish_mode: 'editorial_workflow',
    media_folder: 'public/images',
    public_folder: '/images',
    ...(options.site ? { site_url: options.site, display_url: options.site } : {}),
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}

/** Every field path of a schema, nested objects included ("coordonnees.lat"), for the completeness tests. */
export function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const u = unwrap(schema);
  let target = u.schema;
  if (!u.reference && !u.date && defOf(target).type === 'array') target = unwrap(defOf(target).element as z.ZodType).schema;
  if (u.reference || u.date || defOf(target).type !== 'object') return [];
  return Object.entries((target as z.ZodObject).shape as Record<string, z.ZodType>).flatMap(([key, sub]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...schemaPaths(sub, path)];
  });
}

// ---------------------------------------------------------------------------------------------
// The admin page's Content-Security-Policy.

/**
 * The CSP of /admin/, laxer than the site's on three points, each measured in Chromium (default-src
 * 'none', then what Decap needs): Ajv, which validates Decap's configuration, compiles its validators
 * with new Function (script-src 'unsafe-eval'); Decap injects its styles (style-src 'unsafe-inline');
 * it shows uploaded images from blob: URLs (img-src blob:). It talks to the Git host's API
 * (connect-src) and shows the signed-in user's avatar (img-src). No font, frame, worker or form.
 */
export function adminCsp(settings: DecapSettings): Record<string, string[]> {
  const hosts: string[] = [];
  const images: string[] = [];
  if (settings.backend === 'github') {
    hosts.push(settings.apiRoot ? new URL(settings.apiRoot).origin : 'https://api.github.com');
    images.push('https://avatars.githubusercontent.com');
  }
  if (settings.backend === 'gitlab' && settings.gitlabUrl) {
    hosts.push(new URL(settings.gitlabUrl).origin);
    if (settings.apiRoot) hosts.push(new URL(settings.apiRoot).origin);
    images.push(new URL(settings.gitlabUrl).origin, 'https://secure.gravatar.com');
  }
  if (settings.localBackend) hosts.push(new URL(settings.localBackend).origin);
  const unique = (list: string[]) => [...new Set(list)];
  return {
    'default-src': ["'none'"],
    'script-src': ["'self'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': unique(["'self'", 'data:', 'blob:', ...images]),
    'connect-src': unique(["'self'", ...hosts]),
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
}

export function cspText(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * The `_headers` rules of the admin page (Netlify syntax: for one path, a later rule's header replaces
 * an earlier one's), appended after the site-wide rules, whose CSP would stop the editor. The popup
 * of GitHub's sign-in talks back to the page, hence Cross-Origin-Opener-Policy: same-origin-allow-popups.
 */
export function adminHeaders(settings: DecapSettings, base: string, version: string): string {
  const b = base.replace(/\/?$/, '/');
  return [
    '# Éditeur web : sa propre politique (src/lib/decap.ts, ajoutée par src/integrations/decap.ts).',
    // "! Name" detaches the site-wide values on Cloudflare Pages, which would otherwise join them.
    `${b}admin/*`,
    '  ! Content-Security-Policy',
    '  ! Cross-Origin-Opener-Policy',
    '  ! Cache-Control',
    `  Content-Security-Policy: ${cspText({ ...adminCsp(settings), 'frame-ancestors': ["'none'"] })}`,
    '  Cross-Origin-Opener-Policy: same-origin-allow-popups',
    '  Cache-Control: no-cache',
    `${b}${decapAssetsDir(version)}*`,
    '  ! Cache-Control',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
