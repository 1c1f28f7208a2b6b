/** Closed lists of the content model, with their French labels, kept in one place. */

function labels<const T extends Record<string, string>>(map: T) {
  const ids = Object.keys(map) as [keyof T & string, ...(keyof T & string)[]];
  return { ids, label: (id: keyof T & string): string => map[id] ?? id };
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
