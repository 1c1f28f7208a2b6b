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
