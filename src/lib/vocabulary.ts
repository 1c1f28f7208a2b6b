/**
 * Closed lists of the content model, with their French labels, kept in one place. Every list made here is
 * known to `closedListOptions`, through which the web editor and `npm run nouveau` offer a closed list of the
 * model by its French labels: a new list needs nothing else.
 */
import { REGIONS } from './regions.ts';

interface Vocabulary {
  ids: readonly string[];
  label: (id: string) => string;
  /** Offered in the order of the labels rather than in the order written here. */
  sorted: boolean;
}
const VOCABULARIES: Vocabulary[] = [];

function labels<const T extends Record<string, string>>(map: T, options: { sorted?: boolean } = {}) {
  const ids = Object.keys(map) as [keyof T & string, ...(keyof T & string)[]];
  const label = (id: keyof T & string): string => map[id] ?? id;
  VOCABULARIES.push({ ids, label: (id) => label(id as keyof T & string), sorted: options.sorted ?? false });
  return { ids, label };
}

/** The 18 regions by INSEE code, offered by name. */
export const REGIONS_BY_CODE = labels(Object.fromEntries(REGIONS.map((r) => [r.code, r.nom])), { sorted: true });

/** The options of a closed list of the model, found by its values, with their French labels; undefined if unknown. */
export function closedListOptions(values: readonly string[]): { value: string; label: string }[] | undefined {
  const same = (ids: readonly string[]) => ids.length === values.length && ids.every((id) => values.includes(id));
  const vocabulary = VOCABULARIES.find((v) => same(v.ids));
  if (!vocabulary) return undefined;
  const options = vocabulary.ids.map((value) => ({ value, label: vocabulary.label(value) }));
  return vocabulary.sorted ? options.sort((a, b) => a.label.localeCompare(b.label, 'fr')) : options;
}

/** Where a case study stands. */
export const STATUTS = labels({
  idee: 'Idée',
  'en-cours': 'En cours',
  experimentation: 'Expérimentation',
  deploye: 'Déployé',
  essaime: 'Essaimé',
  arrete: 'Arrêté',
});

/** The five phases of a design approach, in their order. */
export const PHASES = labels({
  decouvrir: 'Découvrir',
  definir: 'Définir',
  concevoir: 'Concevoir',
  tester: 'Tester',
  deployer: 'Déployer',
});

/** Who a project was made with or for. */
export const PUBLICS = labels({
  usagers: 'Usagers',
  agents: 'Agents publics',
  elus: 'Élus',
  associations: 'Associations et ESS',
  entreprises: 'Entreprises',
  jeunes: 'Jeunes',
  seniors: 'Personnes âgées',
});

/** How demanding a method is for a team that has never run it. */
export const DIFFICULTES = labels({
  facile: 'Facile',
  intermediaire: 'Intermédiaire',
  avance: 'Avancé',
});

/** Units a method's duration is written in. */
export const UNITES_DUREE = labels({
  minutes: 'minutes',
  heures: 'heures',
  jours: 'jours',
  semaines: 'semaines',
});

/** Header facts of a case study that may be examples rather than published facts (field: exemples). */
export const FAITS_EXEMPLE = labels({
  debut: 'Date de début',
  statut: 'Statut',
  fin: 'Date de fin',
  partenaires: 'Partenaires',
  financements: 'Financements',
  essaimeDepuis: 'Projet d’origine (essaimage)',
});

export type Statut = (typeof STATUTS.ids)[number];
export type Phase = (typeof PHASES.ids)[number];
export type Public = (typeof PUBLICS.ids)[number];
export type Difficulte = (typeof DIFFICULTES.ids)[number];
export type UniteDuree = (typeof UNITES_DUREE.ids)[number];

/** Kinds of event in the agenda. */
export const TYPES_EVENEMENT = labels({
  webinaire: 'Webinaire',
  formation: 'Session de formation',
  'atelier-decouverte': 'Atelier découverte',
  conference: 'Conférence',
  rencontre: 'Rencontre',
  'visite-de-lab': 'Visite de lab',
  hackathon: 'Hackathon',
  inauguration: 'Inauguration',
  'journee-des-labs': 'Journée des labs',
});

/** Where an event takes place. */
export const FORMATS_EVENEMENT = labels({
  'en-ligne': 'En ligne',
  'sur-place': 'Sur place',
  hybride: 'Hybride (sur place et en ligne)',
});

/** Where an event stands as its organisers declare it; "passé" is derived from the date, never written. */
export const STATUTS_EVENEMENT = labels({
  prevu: 'Prévu',
  complet: 'Complet',
  annule: 'Annulé',
  reporte: 'Reporté',
});

/** Who an event or a training is for. */
export const PUBLICS_EVENEMENT = labels({
  tous: 'Tout public',
  agents: 'Agents publics',
  encadrants: 'Encadrants et managers publics',
  elus: 'Élus',
  usagers: 'Usagers',
  associations: 'Associations et ESS',
  entreprises: 'Entreprises',
});

/** Network-wide event series of which the temps forts are editions. */
export const SERIES_TEMPS_FORT = labels({
  'semaine-innovation-publique': 'Semaine de l’innovation publique',
  'mois-innovation-publique': 'Mois de l’innovation publique',
  'journee-des-labs': 'Journée des labs',
});

export type TypeEvenement = (typeof TYPES_EVENEMENT.ids)[number];
export type FormatEvenement = (typeof FORMATS_EVENEMENT.ids)[number];
export type StatutEvenement = (typeof STATUTS_EVENEMENT.ids)[number];
/** The groups of the network's figures (content/reseau.yaml); the first five are drawn as charts. */
export const SERIES_RESEAU = labels({
  labs: 'Labs interministériels, année par année',
  reseau: 'Réseau élargi des labs d’innovation publique',
  evenements: 'Événements de chaque édition de la Semaine puis du Mois de l’innovation publique',
  'themes-2020': 'Événements du Mois 2020, par thème',
  financements: 'Financements, par programme',
  activite: 'Activité, équipes et dotations',
});

/** How a published figure is qualified; the label is what precedes the number. */
export const APPROXIMATIONS = labels({
  environ: 'environ',
  'plus-de': 'plus de',
  'pres-de': 'près de',
});

/** What a network figure counts in, when it is not a number of things. */
export const UNITES_CHIFFRE = labels({
  euros: 'euros',
});

/** Paper sizes of the templates. */
export const PAPIERS = labels({
  A4: 'A4',
  A3: 'A3',
});

/** Orientation of a template's sheet. */
export const ORIENTATIONS = labels({
  portrait: 'portrait',
  paysage: 'paysage',
});
