/**
 * Synthetic corpus for the benchmark: N case studies in French, with the labs, methods, practices and
 * themes they refer to, every file valid for the content checker. Pure and seeded: the same size and
 * seed give byte-identical files, so two runs of `npm run bench` build the same site.
 * `generateCorpus` returns the files; `writeCorpus` writes them under a folder (never into content/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '../../src/lib/slug.ts';
import { CASE_STUDY_SECTIONS } from '../../src/model/projets.ts';
import { REGIONS, type Region } from '../../src/lib/regions.ts';
import { DIFFICULTES, PHASES, PUBLICS, type Phase } from '../../src/lib/vocabulary.ts';

export interface CorpusOptions {
  /** Number of case studies. */
  size: number;
  /** Seed of the pseudo-random generator (default 1). */
  seed?: number;
}

/** A generated file: its path under the corpus root (content/…) and its text. */
export interface CorpusFile {
  path: string;
  text: string;
}

/** A word found in most case studies: the benchmark's search query. */
export const BENCH_QUERY = 'usagers';
/** A theme label present in about a fifth of the case studies: the benchmark's search filter. */
export const BENCH_THEME = 'Service à l’usager';

/** Bounds of a case study body, in words as the corpus loader counts them. */
export const WORDS = { min: 600, max: 1000 } as const;

/** The last date the generator writes: no date is after it, so the corpus does not depend on today. */
const LAST_DAY = Date.UTC(2026, 5, 30);
const DAY = 86_400_000;

// ——— Pseudo-random numbers (mulberry32) ———

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** Between min and max distinct items, in the list's order. */
  some<T>(list: readonly T[], min: number, max: number): T[];
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(list: readonly T[]): T[];
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(next() * list.length)];
    if (item === undefined) throw new Error('liste vide');
    return item;
  };
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = Math.min(list.length, int(min, max));
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(Math.floor(next() * list.length));
    return [...chosen].sort((a, b) => a - b).map((i) => list[i] as T);
  };
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  return { next, int, chance: (p) => next() < p, pick, some, shuffle };
}

// ——— Vocabulary ———

interface City {
  nom: string;
  lat: number;
  lon: number;
}

/** A few cities per region, with their coordinates, for labs and territories. */
const CITIES: Record<string, City[]> = {
  '01': [
    { nom: 'Basse-Terre', lat: 15.998, lon: -61.726 },
    { nom: 'Pointe-à-Pitre', lat: 16.241, lon: -61.533 },
    { nom: 'Le Gosier', lat: 16.206, lon: -61.493 },
  ],
  '02': [
    { nom: 'Fort-de-France', lat: 14.616, lon: -61.059 },
    { nom: 'Le Lamentin', lat: 14.613, lon: -60.999 },
    { nom: 'Sainte-Marie', lat: 14.783, lon: -60.991 },
  ],
  '03': [
    { nom: 'Cayenne', lat: 4.937, lon: -52.326 },
    { nom: 'Saint-Laurent-du-Maroni', lat: 5.498, lon: -54.033 },
    { nom: 'Kourou', lat: 5.16, lon: -52.65 },
  ],
  '04': [
    { nom: 'Saint-Denis', lat: -20.882, lon: 55.45 },
    { nom: 'Saint-Pierre', lat: -21.339, lon: 55.478 },
    { nom: 'Le Port', lat: -20.937, lon: 55.293 },
  ],
  '06': [
    { nom: 'Mamoudzou', lat: -12.78, lon: 45.228 },
    { nom: 'Dzaoudzi', lat: -12.787, lon: 45.282 },
    { nom: 'Koungou', lat: -12.733, lon: 45.204 },
  ],
  '11': [
    { nom: 'Paris', lat: 48.857, lon: 2.352 },
    { nom: 'Créteil', lat: 48.79, lon: 2.455 },
    { nom: 'Évry', lat: 48.629, lon: 2.441 },
    { nom: 'Cergy', lat: 49.036, lon: 2.076 },
  ],
  '24': [
    { nom: 'Orléans', lat: 47.903, lon: 1.909 },
    { nom: 'Tours', lat: 47.394, lon: 0.684 },
    { nom: 'Bourges', lat: 47.081, lon: 2.399 },
    { nom: 'Montargis', lat: 47.997, lon: 2.733 },
  ],
  '27': [
    { nom: 'Dijon', lat: 47.322, lon: 5.041 },
    { nom: 'Besançon', lat: 47.238, lon: 6.024 },
    { nom: 'Nevers', lat: 46.99, lon: 3.159 },
    { nom: 'Auxerre', lat: 47.798, lon: 3.567 },
  ],
  '28': [
    { nom: 'Rouen', lat: 49.443, lon: 1.099 },
    { nom: 'Caen', lat: 49.183, lon: -0.371 },
    { nom: 'Le Havre', lat: 49.494, lon: 0.108 },
    { nom: 'Alençon', lat: 48.432, lon: 0.091 },
  ],
  '32': [
    { nom: 'Lille', lat: 50.629, lon: 3.057 },
    { nom: 'Amiens', lat: 49.894, lon: 2.296 },
    { nom: 'Arras', lat: 50.291, lon: 2.777 },
    { nom: 'Beauvais', lat: 49.43, lon: 2.081 },
  ],
  '44': [
    { nom: 'Strasbourg', lat: 48.573, lon: 7.752 },
    { nom: 'Metz', lat: 49.119, lon: 6.176 },
    { nom: 'Nancy', lat: 48.692, lon: 6.184 },
    { nom: 'Reims', lat: 49.258, lon: 4.032 },
    { nom: 'Épinal', lat: 48.172, lon: 6.449 },
  ],
  '52': [
    { nom: 'Nantes', lat: 47.218, lon: -1.554 },
    { nom: 'Angers', lat: 47.478, lon: -0.563 },
    { nom: 'Le Mans', lat: 48.006, lon: 0.199 },
    { nom: 'Laval', lat: 48.073, lon: -0.77 },
  ],
  '53': [
    { nom: 'Rennes', lat: 48.117, lon: -1.678 },
    { nom: 'Brest', lat: 48.39, lon: -4.486 },
    { nom: 'Quimper', lat: 47.996, lon: -4.102 },
    { nom: 'Vannes', lat: 47.658, lon: -2.76 },
  ],
  '75': [
    { nom: 'Bordeaux', lat: 44.838, lon: -0.579 },
    { nom: 'Limoges', lat: 45.834, lon: 1.262 },
    { nom: 'Poitiers', lat: 46.58, lon: 0.34 },
    { nom: 'Pau', lat: 43.295, lon: -0.371 },
  ],
  '76': [
    { nom: 'Toulouse', lat: 43.605, lon: 1.444 },
    { nom: 'Montpellier', lat: 43.611, lon: 3.877 },
    { nom: 'Perpignan', lat: 42.699, lon: 2.895 },
    { nom: 'Rodez', lat: 44.35, lon: 2.575 },
  ],
  '84': [
    { nom: 'Lyon', lat: 45.764, lon: 4.836 },
    { nom: 'Grenoble', lat: 45.188, lon: 5.725 },
    { nom: 'Clermont-Ferrand', lat: 45.778, lon: 3.087 },
    { nom: 'Annecy', lat: 45.899, lon: 6.129 },
  ],
  '93': [
    { nom: 'Marseille', lat: 43.296, lon: 5.37 },
    { nom: 'Nice', lat: 43.71, lon: 7.262 },
    { nom: 'Avignon', lat: 43.949, lon: 4.806 },
    { nom: 'Gap', lat: 44.559, lon: 6.079 },
  ],
  '94': [
    { nom: 'Ajaccio', lat: 41.919, lon: 8.738 },
    { nom: 'Bastia', lat: 42.697, lon: 9.45 },
    { nom: 'Corte', lat: 42.306, lon: 9.15 },
  ],
};

const THEMES = [
  {
    id: 'service-usager',
    libelle: BENCH_THEME,
    description: 'Rendre les démarches, l’accueil et l’information plus simples pour les personnes qui s’adressent aux services publics.',
  },
  {
    id: 'innovation-manageriale',
    libelle: 'Innovation managériale',
    description: 'Faire évoluer les façons de travailler, de décider et d’encadrer au sein des administrations, avec et pour les agents.',
  },
  {
    id: 'innovation-territoriale',
    libelle: 'Innovation territoriale',
    description: 'Répondre à un besoin propre à un territoire en réunissant l’État, les collectivités, les associations et les habitants.',
  },
  {
    id: 'design',
    libelle: 'Design des politiques publiques',
    description: 'Appliquer les méthodes du design, de l’enquête de terrain au prototype, pour concevoir des politiques publiques.',
  },
  {
    id: 'engagement-citoyen',
    libelle: 'Engagement citoyen',
    description: 'Associer les habitants, les usagers et la société civile à la conception et au suivi de l’action publique.',
  },
  {
    id: 'services-ecoresponsables',
    libelle: 'Services écoresponsables',
    description: 'Concevoir des services publics qui réduisent leur empreinte environnementale.',
  },
  {
    id: 'inclusion-sociale',
    libelle: 'Inclusion sociale',
    description: 'Faciliter l’accès aux droits, au logement et aux services pour les personnes qui en sont le plus éloignées.',
  },
  {
    id: 'emploi-insertion',
    libelle: 'Emploi et insertion',
    description: 'Rapprocher les personnes de l’emploi par des parcours d’insertion mieux conçus.',
  },
  {
    id: 'donnees-numerique',
    libelle: 'Données et numérique',
    description: 'Mettre les données et les outils numériques au service des agents et des usagers, sans laisser personne de côté.',
  },
  {
    id: 'sante-autonomie',
    libelle: 'Santé et autonomie',
    description: 'Améliorer l’accès aux soins et le maintien à domicile des personnes âgées ou en situation de handicap.',
  },
  {
    id: 'mobilite',
    libelle: 'Mobilités du quotidien',
    description: 'Faciliter les déplacements des habitants, surtout là où la voiture est la seule solution.',
  },
  {
    id: 'jeunesse-education',
    libelle: 'Jeunesse et éducation',
    description: 'Accompagner les jeunes dans leurs études, leur orientation et leur engagement.',
  },
] as const;

interface Subject {
  text: string;
  plural: boolean;
}
const sg = (text: string): Subject => ({ text, plural: false });
const pl = (text: string): Subject => ({ text, plural: true });

const SUBJECTS: Subject[] = [
  sg('l’équipe du laboratoire'),
  sg('la direction départementale'),
  sg('la préfecture'),
  sg('le conseil départemental'),
  sg('la mairie'),
  sg('le CCAS'),
  sg('la caisse d’allocations familiales'),
  sg('le service instructeur'),
  sg('le comité de pilotage'),
  sg('la cheffe de projet'),
  sg('le chef de service'),
  sg('la communauté de communes'),
  sg('le groupe de travail'),
  sg('l’intercommunalité'),
  sg('la sous-préfecture'),
  sg('le réseau France services'),
  sg('l’agence régionale de santé'),
  sg('le rectorat'),
  sg('la maison départementale des personnes handicapées'),
  sg('l’équipe projet'),
  sg('la délégation territoriale'),
  sg('le secrétariat général'),
  sg('la direction des ressources humaines'),
  sg('la DDT'),
  sg('la DDETS'),
  pl('les agents d’accueil'),
  pl('les usagers'),
  pl('les travailleurs sociaux'),
  pl('les élus'),
  pl('les habitants'),
  pl('les partenaires associatifs'),
  pl('les conseillers numériques'),
  pl('les agents instructeurs'),
  pl('les designers du lab'),
  pl('les bénévoles'),
  pl('les jeunes rencontrés'),
  pl('les encadrants de proximité'),
  pl('les secrétaires de mairie'),
  pl('les médiateurs'),
  pl('les agents de terrain'),
  pl('les services de l’État'),
  pl('les directeurs d’école'),
  pl('les conseillers de France Travail'),
  pl('les familles'),
  pl('les commerçants du centre-ville'),
];

const PARTICIPLES = [
  'observé',
  'analysé',
  'repensé',
  'simplifié',
  'testé',
  'documenté',
  'cartographié',
  'co-construit',
  'prototypé',
  'mesuré',
  'réorganisé',
  'réécrit',
  'partagé',
  'présenté',
  'évalué',
  'comparé',
  'ajusté',
  'expérimenté',
  'déployé',
  'recensé',
  'hiérarchisé',
  'reformulé',
  'illustré',
  'redessiné',
  'questionné',
  'suivi',
  'amélioré',
  'étudié',
  'clarifié',
  'regroupé',
  'numérisé',
  'relu',
  'décrit',
  'reconstitué',
];

const OBJECTS = [
  'le parcours des demandeurs',
  'les courriers de relance',
  'la prise de rendez-vous',
  'l’accueil téléphonique',
  'les formulaires de demande',
  'l’accueil des usagers',
  'l’accueil au guichet',
  'la file d’attente du matin',
  'les dossiers de RSA',
  'les demandes d’aide au logement',
  'les démarches d’état civil',
  'l’instruction des permis de construire',
  'l’orientation des demandeurs d’emploi',
  'le suivi des bénéficiaires du RSA',
  'l’inscription à la cantine scolaire',
  'le transport à la demande',
  'la signalétique du bâtiment',
  'les notices explicatives',
  'le site internet de la commune',
  'les horaires d’ouverture',
  'la coordination entre services',
  'les réunions de service',
  'l’intégration des nouveaux agents',
  'le tableau de bord partagé',
  'les données de fréquentation',
  'le circuit des pièces justificatives',
  'les rendez-vous en préfecture',
  'les titres de séjour',
  'les cartes grises',
  'la permanence juridique',
  'le point d’accès au droit',
  'les aides agricoles',
  'la collecte des déchets',
  'les achats publics',
  'la rénovation énergétique des logements',
  'le covoiturage domicile-travail',
  'les consultations citoyennes',
  'le budget participatif',
  'les conseils de quartier',
  'la médiation numérique',
  'l’accès aux soins',
  'la téléconsultation',
  'le maintien à domicile des personnes âgées',
  'l’accueil des jeunes en service civique',
  'la lutte contre le non-recours',
  'l’accompagnement des sortants de prison',
  'la gestion des crises',
  'l’occupation des locaux vacants',
  'le tiers-lieu',
  'la maison France services',
  'l’espace de travail partagé',
  'les offres d’emploi',
  'la restauration collective',
  'les circuits courts',
  'les documents en FALC',
  'les dossiers de la CPAM',
  'les aides de la MSA',
  'le guichet unique des entreprises',
  'la demande de logement social',
];

const PURPOSES = [
  'pour réduire les délais de traitement',
  'afin de limiter les allers-retours entre services',
  'pour que chaque usager sache à qui s’adresser',
  'pour rendre les démarches plus lisibles',
  'afin de mieux orienter les personnes',
  'pour alléger la charge des agents',
  'pour toucher les publics les plus éloignés',
  'afin de réduire le non-recours aux droits',
  'pour partager une vision commune du problème',
  'afin de tester une solution avant de la généraliser',
  'pour mesurer l’effet réel des changements',
  'pour donner la parole aux habitants',
  'afin de sécuriser les décisions',
  'pour rapprocher l’administration des citoyens',
  'afin de mutualiser les moyens entre communes',
  'pour éviter les ruptures de parcours',
  'afin de gagner la confiance des usagers',
];

const OBSERVATIONS = [
  'les usagers abandonnaient souvent leur démarche avant la fin',
  'les délais dépassaient régulièrement trois mois',
  'un même appel passait de bureau en bureau',
  'les courriers utilisaient un vocabulaire difficile à comprendre',
  'les agents manquaient d’informations à jour',
  'les habitants des communes rurales se déplaçaient plusieurs fois',
  'les jeunes ne connaissaient pas les aides auxquelles ils avaient droit',
  'les dossiers incomplets représentaient près de la moitié des demandes',
  'les services ne partageaient pas leurs données',
  'l’accueil était saturé le lundi matin',
  'les personnes âgées peinaient avec les démarches en ligne',
  'les partenaires travaillaient chacun de leur côté',
  'les horaires ne convenaient pas aux personnes qui travaillent',
  'les élus souhaitaient associer davantage les habitants',
  'les agents se sentaient peu écoutés',
  'les règles changeaient d’un guichet à l’autre',
  'la signalétique n’indiquait pas le bon étage',
  'les familles recevaient jusqu’à cinq courriers différents',
  'le numéro unique ne permettait aucune orientation',
  'les usagers venaient sans les bonnes pièces',
];

const FINDING_VERBS = {
  sg: ['a constaté', 'a relevé', 'a montré', 'a rappelé', 'a mis en évidence'],
  pl: ['ont constaté', 'ont raconté', 'ont expliqué', 'ont souligné', 'ont fait remarquer'],
};

const CONNECTORS = {
  contexte: [
    'Au départ,',
    'Depuis plusieurs années,',
    'Sur ce territoire,',
    'Avant le projet,',
    'Dans les faits,',
    'Selon les premiers entretiens,',
    'À l’origine,',
    'Comme ailleurs,',
  ],
  demarche: [
    'Dans un premier temps,',
    'Ensuite,',
    'En parallèle,',
    'Au fil des ateliers,',
    'Très vite,',
    'Pendant la phase de test,',
    'À chaque étape,',
    'Avec l’accord de la direction,',
  ],
  resultats: [
    'Au bout de six mois,',
    'Au total,',
    'À l’issue du test,',
    'Concrètement,',
    'Selon le bilan,',
    'D’après les agents,',
    'Pour les usagers,',
  ],
  apres: ['Dans les prochains mois,', 'À terme,', 'L’année prochaine,', 'Si les résultats se confirment,', 'D’ici la fin du projet,'],
};

const QUOTES = [
  'On ne savait pas à qui s’adresser, alors on appelait tout le monde',
  'Pour la première fois, on nous a demandé notre avis avant de changer les choses',
  'Le prototype en carton a plus convaincu que trois réunions',
  'Ce qui compte, c’est que les gens repartent avec une réponse',
  'On a gagné du temps, mais surtout on a retrouvé du sens',
  'Les usagers voient des choses que nous ne voyons plus',
  'Tester petit nous a évité une grosse erreur',
  'Le courrier tient maintenant sur une page et tout le monde le comprend',
  'On se parle enfin entre services',
];
const SPEAKERS = [
  'une agente d’accueil',
  'un usager interrogé',
  'la cheffe de projet',
  'un élu de la commune',
  'un travailleur social',
  'une conseillère numérique',
  'le directeur du service',
];

const COUNT_NOUNS = ['usagers', 'agents', 'habitants', 'jeunes', 'familles', 'élus', 'bénévoles'];
const COUNT_VERBS = [
  'ont testé le nouveau parcours',
  'ont été accompagnés',
  'ont participé aux ateliers',
  'ont répondu au questionnaire',
  'ont rejoint la démarche',
  'ont donné leur avis sur le prototype',
];
const MEASURES: Subject[] = [
  pl('les délais de traitement'),
  sg('le nombre d’appels transférés'),
  sg('la part de dossiers incomplets'),
  sg('le temps d’attente au guichet'),
  sg('le nombre de courriers envoyés'),
  pl('les déplacements inutiles'),
];

const FUTURE_SUBJECTS = [
  'le lab',
  'la direction',
  'l’équipe',
  'la collectivité',
  'le comité de pilotage',
  'la préfecture',
  'le département',
];
const FUTURE_VERBS = [
  'prévoit d’étendre',
  'souhaite généraliser',
  'va documenter',
  'envisage de reprendre',
  'compte partager',
  'veut évaluer',
  'doit présenter',
];

const ACTIONS = [
  'Repenser',
  'Simplifier',
  'Co-construire',
  'Revoir',
  'Expérimenter',
  'Améliorer',
  'Réinventer',
  'Faciliter',
  'Accompagner',
  'Ouvrir',
  'Transformer',
  'Moderniser',
];

const LEVERS = [
  'Des agents associés dès l’observation',
  'Une direction prête à tester avant de décider',
  'Un élu moteur qui a porté le projet',
  'Des partenaires habitués à travailler ensemble',
  'Un financement du FTAP pour amorcer la démarche',
  'Des supports rédigés avec les mots des usagers',
  'Un lieu neutre pour réunir les acteurs',
  'Des résultats rapides qui ont convaincu',
  'Une équipe projet disponible deux jours par semaine',
  'Le soutien du SGAR',
  'Un calendrier souple',
  'Des habitants volontaires pour tester',
  'Une démarche documentée au fil de l’eau',
];
const BLOCKERS = [
  'Des outils informatiques peu souples',
  'Un calendrier budgétaire contraint',
  'La rotation des agents',
  'Des données difficiles à obtenir',
  'Des règles juridiques à clarifier',
  'La fatigue des partenaires après la crise sanitaire',
  'Des pics d’activité saisonniers',
  'Un manque de temps pour documenter',
  'La difficulté à mesurer l’impact',
  'Des locaux inadaptés',
  'La réticence de certains services',
  'Une couverture réseau insuffisante dans les communes rurales',
];
const ELABORATIONS = [
  'ce qui a facilité l’adhésion des équipes',
  'un constat partagé par tous les partenaires',
  'ce qui a permis de lever les réticences',
  'd’après le bilan partagé',
  'un point à anticiper pour toute reprise',
  'ce qui a ralenti la deuxième phase',
  'dès les premiers ateliers',
  'selon les partenaires interrogés',
  'un effet visible au bout de quelques semaines',
  'comme dans d’autres territoires',
];
const ADAPTATIONS = [
  'Un calendrier raccourci',
  'Des ateliers adaptés au contexte rural',
  'Des supports traduits en créole',
  'Une gouvernance intercommunale',
  'Un public cible élargi aux jeunes',
  'Des outils numériques remplacés par des permanences',
  'Un pilotage confié au département',
  'Un budget réduit de moitié',
];

const FIGURE_LABELS = [
  'usagers accompagnés',
  'agents formés',
  'communes couvertes',
  'dossiers traités',
  'ateliers organisés',
  'jours de délai en moins',
  'appels évités chaque mois',
  'partenaires engagés',
  'entretiens menés',
];
const FUNDERS = [
  'Fonds pour la transformation de l’action publique (FTAP)',
  'Programme d’investissements d’avenir (PIA)',
  'Crédits du laboratoire',
  'Conseil régional',
  'France Relance',
  'Fonds social européen',
  'Banque des Territoires',
];
/** Partners as named after « avec ». */
const PARTNERS_WITH = [
  'la caisse d’allocations familiales',
  'France Travail',
  'la MSA',
  'le conseil départemental',
  'l’association des maires',
  'l’université',
  'la mission locale',
  'le CCAS',
  'la CPAM',
  'les associations du quartier',
];
const INFINITIVES = [
  'Observer',
  'Analyser',
  'Repenser',
  'Simplifier',
  'Tester',
  'Documenter',
  'Cartographier',
  'Co-construire',
  'Prototyper',
  'Mesurer',
  'Réécrire',
  'Partager',
  'Évaluer',
  'Ajuster',
  'Clarifier',
  'Décrire',
];
const PARTNERS = [
  'Caisse d’allocations familiales',
  'France Travail',
  'Mutualité sociale agricole',
  'Conseil départemental',
  'Association des maires',
  'Université',
  'Chambre d’agriculture',
  'Agence régionale de santé',
  'Mission locale',
  'Union départementale des CCAS',
];
const AUTHORS = [
  'Rédaction du Carnet des labs',
  'Équipe du laboratoire',
  'Camille Martin',
  'Yanis Benali',
  'Sophie Le Goff',
  'Nathalie Dupont',
  'Karim Haddad',
  'Marion Rivière',
];
const ROLES = ['Conception et animation', 'Suivi de l’expérimentation', 'Service porteur', 'Pilotage du projet', 'Évaluation'];

const METHOD_NAMES: Record<Phase, string[]> = {
  decouvrir: [
    'Entretien usager',
    'Immersion de terrain',
    'Observation au guichet',
    'Cartographie des acteurs',
    'Enquête flash',
    'Journal de bord usager',
    'Marche exploratoire',
  ],
  definir: ['Personas', 'Parcours usager', 'Carte d’empathie', 'Comment pourrions-nous', 'Arbre à problèmes', 'Synthèse par regroupement'],
  concevoir: [
    'Atelier de co-construction',
    'Idéation en équipe',
    'Storyboard de service',
    'Prototypage rapide',
    'Tri de cartes',
    'Jeu de rôle',
  ],
  tester: ['Test utilisateurs', 'Expérimentation pilote', 'Test en situation réelle', 'Magicien d’Oz', 'Questionnaire de satisfaction'],
  deployer: ['Évaluation d’impact', 'Kit d’essaimage', 'Retour d’expérience', 'Conduite du changement', 'Feuille de route partagée'],
};
const VARIANTS = [
  'en itinérance',
  'à distance',
  'express',
  'avec les élus',
  'en milieu rural',
  'avec les agents',
  'en quartier prioritaire',
  'en grand groupe',
  'en binôme',
];
const STEP_NAMES = [
  'Préparer le cadre',
  'Constituer l’équipe',
  'Choisir les participants',
  'Préparer le matériel',
  'Lancer la séance',
  'Recueillir la matière',
  'Trier les idées',
  'Formaliser',
  'Restituer',
  'Décider de la suite',
  'Documenter',
];
const MATERIALS = [
  'Post-it et feutres',
  'Grandes feuilles de papier',
  'Grille d’entretien imprimée',
  'Ruban adhésif',
  'Appareil photo',
  'Minuteur',
  'Gommettes de couleur',
  'Modèle de fiche imprimé en A3',
];
const DELIVERABLES = [
  'Une synthèse de deux pages',
  'Un schéma partagé',
  'Une liste de pistes priorisées',
  'Des photos des productions',
  'Un compte rendu diffusé aux participants',
];
const PRACTICES = [
  'Impliquer les usagers dès le début',
  'Documenter pour essaimer',
  'Mesurer l’impact dès le départ',
  'Simplifier le langage administratif',
  'Prototyper avant de décider',
  'Former les agents au design',
  'Embarquer les agents de terrain',
  'Associer élus et direction',
  'Tester à petite échelle',
  'Partager les données entre services',
  'Aller vers les publics éloignés',
  'Ouvrir les locaux aux partenaires',
];
const PRACTICE_VARIANTS = [
  'en milieu rural',
  'dans les outre-mer',
  'avec peu de moyens',
  'en quartier prioritaire',
  'dans une petite commune',
  'à l’échelle régionale',
];
const LAB_PREFIXES = [
  'Lab',
  'Fabrique publique de',
  'Atelier des usages de',
  'Laboratoire d’innovation de',
  'Tiers-lab de',
  'Lab citoyen de',
];
const HOSTS = [
  'Préfecture de région',
  'Secrétariat général pour les affaires régionales (SGAR)',
  'Conseil régional',
  'Préfecture de région et conseil régional',
  'Conseil départemental',
];

/** Topics a project touches, for sentences that widen the vocabulary of the index. */
const TERMS = [
  'la dématérialisation des procédures',
  'l’illectronisme',
  'la fracture numérique',
  'le reste à vivre',
  'la prime d’activité',
  'l’allocation aux adultes handicapés',
  'la complémentaire santé solidaire',
  'le chèque énergie',
  'les impayés de loyer',
  'la prévention des expulsions',
  'l’hébergement d’urgence',
  'la domiciliation administrative',
  'la protection de l’enfance',
  'l’aide sociale à l’enfance',
  'les assistantes maternelles',
  'la garde d’enfants',
  'le périscolaire',
  'le décrochage scolaire',
  'l’apprentissage',
  'la formation professionnelle',
  'le contrat d’engagement jeune',
  'la validation des acquis de l’expérience',
  'la reconversion',
  'les métiers en tension',
  'la mobilité solidaire',
  'les zones blanches',
  'la revitalisation des centres-bourgs',
  'les commerces de proximité',
  'les friches industrielles',
  'l’habitat indigne',
  'la sobriété énergétique',
  'le tri des biodéchets',
  'le gaspillage alimentaire',
  'les jardins partagés',
  'la ressource en eau',
  'les inondations',
  'la sécheresse',
  'les feux de forêt',
  'la biodiversité',
  'le plan climat',
  'la commande publique responsable',
  'le réemploi du mobilier',
  'la téléassistance',
  'l’aide à domicile',
  'les aidants familiaux',
  'les déserts médicaux',
  'la santé mentale',
  'la prévention des chutes',
  'les maisons de santé',
  'la vaccination',
  'la médiation en santé',
  'l’accueil des réfugiés',
  'l’apprentissage du français',
  'la laïcité',
  'la citoyenneté',
  'le service national universel',
  'le bénévolat',
  'la vie associative',
  'les conseils citoyens',
  'la démocratie participative',
  'la concertation préalable',
  'l’enquête publique',
  'le droit d’accès aux documents',
  'l’open data',
  'la protection des données personnelles',
  'la cybersécurité',
  'l’intelligence artificielle',
  'les algorithmes publics',
  'l’accessibilité numérique',
  'le RGAA',
  'le langage clair',
  'la qualité de vie au travail',
  'le télétravail',
  'le management participatif',
  'l’onboarding des agents',
  'la mobilité interne',
  'les compétences',
  'l’égalité professionnelle',
  'la prévention des risques psychosociaux',
  'la transmission des savoirs',
  'le tutorat',
  'les communautés de pratique',
  'l’intelligence collective',
  'la simplification des normes',
  'le dialogue de gestion',
  'la contractualisation',
  'les appels à projets',
  'la territorialisation des politiques',
  'le pacte territorial',
  'les contrats de ville',
  'la politique de la ville',
  'les quartiers prioritaires',
  'les territoires ruraux',
  'les petites villes de demain',
  'les intercommunalités rurales',
  'la coopération transfrontalière',
  'l’insularité',
  'l’orpaillage illégal',
  'la vie chère',
  'l’accès à l’eau potable',
  'les transports scolaires',
  'le permis de conduire',
  'les démarches funéraires',
  'les listes électorales',
  'les cartes d’identité',
  'les passeports',
  'les procurations',
  'les amendes',
  'les contentieux',
  'la médiation',
  'la justice de proximité',
  'l’accès au droit',
  'les conciliateurs de justice',
  'l’aide juridictionnelle',
  'la prévention de la délinquance',
  'la sécurité routière',
];

const ROOT_START = [
  'Ker',
  'Mont',
  'Beau',
  'Val',
  'Roche',
  'Font',
  'Ville',
  'Bel',
  'Cour',
  'Mar',
  'Pont',
  'Chan',
  'Bois',
  'Fres',
  'Lan',
  'Plou',
  'Sau',
  'Vau',
  'Ro',
  'Châte',
  'Mor',
  'Ber',
  'Cha',
  'Lu',
  'Ver',
  'Gra',
  'Tré',
  'Pra',
  'Cas',
  'Lor',
];
const ROOT_MIDDLE = [
  'bri',
  'vil',
  'lan',
  'ma',
  'ro',
  'gne',
  'ta',
  'mé',
  'ser',
  'lo',
  'ran',
  'fon',
  'bel',
  'cour',
  'dal',
  'ni',
  'chel',
  'tin',
  'vé',
  'sa',
  'gui',
  'lour',
  'ber',
  'mon',
  'pa',
  'ché',
  'rel',
  'nou',
  'zi',
  'qué',
];
const ROOT_END = [
  'ac',
  'ières',
  'ville',
  'court',
  'y',
  'ieux',
  'an',
  'on',
  'ès',
  'et',
  'ans',
  'oux',
  'ais',
  'eul',
  'uy',
  'ange',
  'ourt',
  'illac',
  'ec',
  'in',
  'euil',
  'as',
  'ors',
  'argues',
  'é',
];
const FIRST_NAMES = [
  'Camille',
  'Léa',
  'Manon',
  'Inès',
  'Chloé',
  'Sarah',
  'Jade',
  'Louise',
  'Emma',
  'Zoé',
  'Nadia',
  'Fatou',
  'Maëlle',
  'Aurélie',
  'Sandrine',
  'Isabelle',
  'Claire',
  'Hélène',
  'Anne',
  'Mireille',
  'Lucas',
  'Hugo',
  'Thomas',
  'Nathan',
  'Mathis',
  'Yanis',
  'Karim',
  'Mehdi',
  'Julien',
  'Nicolas',
  'Olivier',
  'Pierre',
  'Jean',
  'Luc',
  'Marc',
  'Pascal',
  'Théo',
  'Malo',
  'Gaël',
  'Rémi',
];
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Thomas',
  'Petit',
  'Robert',
  'Richard',
  'Durand',
  'Dubois',
  'Moreau',
  'Laurent',
  'Simon',
  'Michel',
  'Lefebvre',
  'Leroy',
  'Roux',
  'David',
  'Bertrand',
  'Morel',
  'Fournier',
  'Girard',
  'Bonnet',
  'Dupont',
  'Lambert',
  'Fontaine',
  'Rousseau',
  'Vincent',
  'Muller',
  'Lefèvre',
  'Faure',
  'André',
  'Mercier',
  'Blanc',
  'Guérin',
  'Boyer',
  'Garnier',
  'Chevalier',
  'François',
  'Legrand',
  'Gauthier',
  'Garcia',
  'Perrin',
  'Robin',
  'Clément',
  'Morin',
  'Nicolas',
  'Henry',
  'Roussel',
  'Mathieu',
  'Gautier',
  'Masson',
  'Marchand',
  'Duval',
  'Denis',
  'Dumont',
  'Marie',
  'Lemaire',
  'Noël',
  'Meyer',
  'Dufour',
  'Meunier',
  'Brun',
  'Blanchard',
  'Giraud',
  'Joly',
  'Rivière',
  'Lucas',
  'Brunet',
  'Gaillard',
  'Barbier',
  'Arnaud',
  'Martinez',
  'Gérard',
  'Roche',
  'Renard',
  'Schmitt',
  'Roy',
  'Leroux',
  'Colin',
  'Vidal',
  'Caron',
  'Picard',
  'Roger',
  'Fabre',
  'Aubert',
  'Lemoine',
  'Renaud',
  'Dumas',
  'Lacroix',
  'Olivier',
  'Philippe',
  'Bourgeois',
  'Pierre',
  'Benoît',
  'Rey',
  'Leclerc',
  'Payet',
  'Rolland',
  'Leclercq',
  'Guillaume',
  'Lecomte',
  'Lopez',
  'Jean',
  'Dupuy',
  'Guillot',
  'Hubert',
  'Berger',
  'Carpentier',
  'Sanchez',
  'Dupuis',
  'Moulin',
  'Louis',
  'Deschamps',
  'Huet',
  'Vasseur',
  'Perez',
  'Le Goff',
  'Hoarau',
  'Grondin',
  'Nicolas',
  'Abdallah',
  'Madi',
  'Saïd',
  'Jean-Baptiste',
  'Pinel',
  'Le Bihan',
  'Kerbrat',
  'Santoni',
  'Casanova',
  'Haddad',
  'Benali',
  'Diallo',
  'Traoré',
];
const JOBS = [
  'agente d’accueil',
  'secrétaire de mairie',
  'conseillère en insertion',
  'directeur du CCAS',
  'cheffe de service',
  'médiatrice numérique',
  'adjoint au maire',
  'travailleuse sociale',
  'chargé de mission',
  'infirmière coordinatrice',
];

/** A French-looking place name (hamlet, quarter, small town): the long tail of a real corpus. */
function toponym(rng: Random): string {
  return `${rng.pick(ROOT_START)}${rng.pick(ROOT_MIDDLE)}${rng.pick(ROOT_END)}`;
}

// ——— Helpers ———

/** Words of a text: what holds a letter or a digit, between spaces (no-break spaces included). */
export function countWords(text: string): number {
  return text.split(/[\s\u00a0\u202f]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const q = (s: string) => JSON.stringify(s);
const number = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const citiesOf = (code: string): City[] => CITIES[code] ?? [];
const regionOf = (code: string): Region => REGIONS.find((r) => r.code === code) ?? (REGIONS[0] as Region);

/** Makes a text unique among `seen` by adding a suffix. */
function unique(text: string, seen: Set<string>, suffix: (n: number) => string): string {
  let candidate = text;
  for (let n = 2; seen.has(candidate.toLowerCase()); n++) candidate = `${text}${suffix(n)}`;
  seen.add(candidate.toLowerCase());
  return candidate;
}

/** YAML lines of a frontmatter, from [key, value] pairs; undefined values and empty lists are left out. */
type Yaml = string | number | boolean | undefined | Yaml[] | { [key: string]: Yaml };
function yaml(value: Yaml, indent = ''): string {
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        if (item && typeof item === 'object' && !Array.isArray(item)) {
          const inner = yaml(item, `${indent}    `).split('\n');
          return `${indent}  - ${(inner[0] ?? '').trimStart()}${inner.length > 1 ? `\n${inner.slice(1).join('\n')}` : ''}`;
        }
        return `${indent}  - ${scalar(item)}`;
      })
      .join('\n');
  }
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) =>
        v && typeof v === 'object'
          ? `${indent}${k}:\n${yaml(v, Array.isArray(v) ? indent : `${indent}  `)}`
          : `${indent}${k}: ${scalar(v)}`,
      )
      .join('\n');
  }
  return scalar(value);
}
function scalar(value: Yaml): string {
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : q(value);
  return String(value);
}

// ——— Plans: who is what, before any text is written ———

interface LabPlan {
  id: string;
  nom: string;
  region: string;
  city: City;
  creation: number;
}
interface MethodPlan {
  id: string;
  titre: string;
  phase: Phase;
}
interface ProjectPlan {
  id: string;
  titre: string;
  objet: string;
  lab: LabPlan;
  city: City;
  region: string;
  regionOverride: boolean;
  themes: string[];
  methods: MethodPlan[];
  statut: string;
  debut: number;
  source?: ProjectPlan;
}

function planLabs(rng: Random, count: number): LabPlan[] {
  const names = new Set<string>();
  const ids = new Set<string>();
  return Array.from({ length: count }, (_, k) => {
    const region = REGIONS[k % REGIONS.length] as Region;
    const cities = citiesOf(region.code);
    const city = cities[Math.floor(k / REGIONS.length) % cities.length] as City;
    const prefix = LAB_PREFIXES[Math.floor(k / REGIONS.length / cities.length) % LAB_PREFIXES.length] ?? 'Lab';
    const nom = unique(`${prefix} ${city.nom}`, names, (n) => ` ${n}`);
    const id = unique(slugify(nom), ids, (n) => `-${n}`);
    return { id, nom, region: region.code, city, creation: rng.int(2014, 2022) };
  });
}

function planMethods(count: number): MethodPlan[] {
  const titles = new Set<string>();
  const ids = new Set<string>();
  return Array.from({ length: count }, (_, k) => {
    const phase = PHASES.ids[k % PHASES.ids.length] as Phase;
    const names = METHOD_NAMES[phase];
    const round = Math.floor(k / PHASES.ids.length);
    const base = names[round % names.length] ?? 'Atelier';
    const variant = Math.floor(round / names.length);
    const titre = unique(
      variant === 0 ? base : `${base} ${VARIANTS[(variant - 1) % VARIANTS.length] ?? ''}`.trim(),
      titles,
      (n) => ` (${n})`,
    );
    return { id: unique(slugify(titre), ids, (n) => `-${n}`), titre, phase };
  });
}

function planProjects(rng: Random, count: number, labs: LabPlan[], methods: MethodPlan[]): ProjectPlan[] {
  const titles = new Set<string>();
  const plans: ProjectPlan[] = [];
  const statuts = [
    'idee',
    'en-cours',
    'en-cours',
    'experimentation',
    'experimentation',
    'deploye',
    'deploye',
    'deploye',
    'essaime',
    'arrete',
  ];
  for (let i = 0; i < count; i++) {
    const source = i >= 5 && rng.chance(0.06) ? plans[rng.int(0, i - 1)] : undefined;
    const lab = rng.pick(labs);
    const regionOverride = rng.chance(0.1);
    const region = regionOverride ? rng.pick(REGIONS).code : lab.region;
    const city = rng.pick(citiesOf(region));
    const objet = source && rng.chance(0.7) ? source.objet : rng.pick(OBJECTS);
    const titre = unique(`${rng.pick(ACTIONS)} ${objet} à ${city.nom}`, titles, (n) => ` — volet ${n}`);
    const themes = rng.some(THEMES, 1, 3).map((t) => t.id);
    const used = rng.some(methods, 2, 5).sort((a, b) => PHASES.ids.indexOf(a.phase) - PHASES.ids.indexOf(b.phase));
    const statut = rng.pick(statuts);
    const earliest = Date.UTC(Math.max(2015, lab.creation), 0, 1);
    let debut = earliest + Math.floor((rng.next() * (Date.UTC(2025, 11, 31) - earliest)) / DAY) * DAY;
    if (source) debut = Math.min(source.debut + rng.int(180, 900) * DAY, Date.UTC(2026, 2, 31));
    plans.push({
      id: `${slugify(objet).slice(0, 40).replace(/-$/, '')}-${slugify(city.nom)}-${i + 1}`,
      titre,
      objet,
      lab,
      city,
      region,
      regionOverride,
      themes,
      methods: used,
      statut,
      debut,
      ...(source ? { source } : {}),
    });
  }
  // A project that others replicated has, more often than not, the status "essaimé".
  for (const p of plans) if (p.source && p.source.statut !== 'essaime' && rng.chance(0.7)) p.source.statut = 'essaime';
  return plans;
}

// ——— Text ———

/**
 * Sentences added until `target` words; returns the paragraph and its word count. A sentence that
 * starts like one already in the paragraph is drawn again (a few times), so that pages do not repeat.
 */
function paragraph(target: number, sentence: () => string): { text: string; words: number } {
  const out: string[] = [];
  const openings = new Set<string>();
  let words = 0;
  while (words < target) {
    let s = sentence();
    for (let retry = 0; retry < 6 && openings.has(s.slice(0, 24)); retry++) s = sentence();
    openings.add(s.slice(0, 24));
    out.push(s);
    words += countWords(s.replace(/\]\([^)]*\)/g, ']'));
  }
  return { text: out.join(' '), words };
}

function subjectVerb(rng: Random, verbs: { sg: string[]; pl: string[] } | string[]): string {
  const subject = rng.pick(SUBJECTS);
  const verb = Array.isArray(verbs) ? `${subject.plural ? 'ont' : 'a'} ${rng.pick(verbs)}` : rng.pick(subject.plural ? verbs.pl : verbs.sg);
  return `${subject.text} ${verb}`;
}

function complement(rng: Random, p: ProjectPlan): string {
  const year = new Date(p.debut).getUTCFullYear();
  const options = [
    () => `avec ${rng.pick(PARTNERS_WITH)}`,
    () => `pendant ${rng.int(3, 12)} semaines`,
    () => `dans ${rng.int(3, 40)} communes du territoire`,
    () => `à ${rng.pick(citiesOf(p.region)).nom}`,
    () => `auprès de ${rng.int(8, 120)} ${BENCH_QUERY}`,
    () => `sur ${rng.int(2, 6)} sites pilotes`,
    () => `au printemps ${year}`,
    () => `au cours de l’année ${year + rng.int(0, 1)}`,
    () => 'dès les premiers mois',
    () => 'sans budget supplémentaire',
    () => 'avec l’appui du laboratoire',
    () => 'au plus près du terrain',
    () => regionOf(p.region).dans,
  ];
  return rng.pick(options)();
}

const sentences = {
  contexte(rng: Random, p: ProjectPlan): string {
    const forms = [
      () => `${rng.pick(CONNECTORS.contexte)} ${rng.pick(OBSERVATIONS)}.`,
      () => `${cap(subjectVerb(rng, FINDING_VERBS))} que ${rng.pick(OBSERVATIONS)}.`,
      () =>
        `${rng.pick(CONNECTORS.contexte)} ${subjectVerb(rng, PARTICIPLES)} ${rng.pick(OBJECTS)} ${complement(rng, p)}, sans résultat durable.`,
      () => `À ${p.city.nom}, ${rng.pick(OBSERVATIONS)}, et ${rng.pick(OBSERVATIONS)}.`,
      () => `Le ${p.lab.nom.startsWith('Lab') ? 'laboratoire' : 'lab'} a été sollicité ${rng.pick(PURPOSES)}.`,
      () => `Pour ${p.lab.nom}, le sujet touchait directement ${p.objet}.`,
      () => `Le premier site étudié était la commune de ${toponym(rng)}, à ${rng.int(5, 60)} kilomètres de ${p.city.nom}.`,
      () => `Le sujet croisait aussi ${rng.pick(TERMS)}, ${rng.pick(TERMS)} et ${rng.pick(TERMS)}.`,
    ];
    return rng.pick(forms)();
  },
  demarche(rng: Random, p: ProjectPlan): string {
    const m = rng.pick(p.methods);
    const forms = [
      () => `${rng.pick(CONNECTORS.demarche)} ${subjectVerb(rng, PARTICIPLES)} ${rng.pick(OBJECTS)} ${complement(rng, p)}.`,
      () => `${cap(subjectVerb(rng, PARTICIPLES))} ${p.objet} ${rng.pick(PURPOSES)}.`,
      () => `La méthode [${m.titre.toLowerCase()}](/methodes/${m.id}/) a servi ${rng.pick(PURPOSES).replace(/^(pour|afin de) /, 'à ')}.`,
      () => `${rng.pick(CONNECTORS.demarche)} un prototype a été testé ${complement(rng, p)}.`,
      () => `« ${rng.pick(QUOTES)} », résume ${rng.pick(SPEAKERS)}.`,
      () => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}, ${rng.pick(JOBS)} à ${toponym(rng)}, a suivi le projet du début à la fin.`,
      () => `L’association ${toponym(rng)} Solidarités a accueilli les ateliers dans ses locaux, près de ${p.city.nom}.`,
      () => `Les échanges ont porté sur ${rng.pick(TERMS)} et ${rng.pick(TERMS)}.`,
      () =>
        `${rng.pick(CONNECTORS.demarche)} ${rng.int(3, 12)} ateliers ont réuni ${rng.pick(SUBJECTS.filter((s) => s.plural)).text} ${complement(rng, p)}.`,
    ];
    return rng.pick(forms)();
  },
  resultats(rng: Random, p: ProjectPlan): string {
    const forms = [
      () => `${rng.pick(CONNECTORS.resultats)} ${rng.int(12, 900)} ${rng.pick(COUNT_NOUNS)} ${rng.pick(COUNT_VERBS)}.`,
      () => {
        const m = rng.pick(MEASURES);
        return `${cap(m.text)} ${m.plural ? 'ont' : 'a'} baissé d’environ ${rng.int(10, 60)} % ${complement(rng, p)}.`;
      },
      () => `La part de dossiers complets est passée de ${rng.int(30, 55)} % à ${rng.int(60, 95)} %.`,
      () => `${rng.pick(CONNECTORS.resultats)} ${subjectVerb(rng, FINDING_VERBS)} que ${p.objet} posait moins de difficultés.`,
      () => `« ${rng.pick(QUOTES)} », témoigne ${rng.pick(SPEAKERS)}.`,
      () => `Tout n’a pas fonctionné : ${rng.pick(OBSERVATIONS)}, et l’équipe a dû ajuster le dispositif.`,
      () => `À ${toponym(rng)} et à ${toponym(rng)}, les premiers effets sur ${rng.pick(TERMS)} sont visibles.`,
      () => `« ${rng.pick(QUOTES)} », explique ${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}, ${rng.pick(JOBS)}.`,
    ];
    return rng.pick(forms)();
  },
  apres(rng: Random, p: ProjectPlan): string {
    const forms = [
      () => `${rng.pick(CONNECTORS.apres)} ${rng.pick(FUTURE_SUBJECTS)} ${rng.pick(FUTURE_VERBS)} la démarche ${complement(rng, p)}.`,
      () => `${cap(rng.pick(FUTURE_SUBJECTS))} ${rng.pick(FUTURE_VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(PURPOSES)}.`,
      () => `D’autres territoires ${regionOf(rng.pick(REGIONS).code).dans} ont déjà demandé les supports.`,
    ];
    return rng.pick(forms)();
  },
};

function listItems(rng: Random, heads: string[], pool: readonly string[], target: number): { text: string; words: number } {
  const items: string[] = [];
  let words = 0;
  const more = rng.shuffle(pool.filter((h) => !heads.includes(h)));
  for (let i = 0; (words < target || i < heads.length) && i < heads.length + more.length; i++) {
    const head = heads[i] ?? more[i - heads.length] ?? '';
    const item = `${head}, ${rng.pick(ELABORATIONS)}.`;
    items.push(`- ${item}`);
    words += countWords(item);
  }
  return { text: items.join('\n'), words };
}

// ——— Files ———

function complementOfRegion(rng: Random, code: string): string {
  return rng.pick([
    `dans ${rng.int(2, 9)} départements`,
    regionOf(code).dans,
    `de ${rng.pick(citiesOf(code)).nom} à ${rng.pick(citiesOf(code)).nom}`,
    'en ville comme à la campagne',
  ]);
}

function labFile(rng: Random, lab: LabPlan): string {
  const region = regionOf(lab.region);
  const data = {
    nom: lab.nom,
    region: lab.region,
    ville: lab.city.nom,
    coordonnees: {
      lat: Math.round((lab.city.lat + (rng.next() - 0.5) * 0.02) * 1e4) / 1e4,
      lon: Math.round((lab.city.lon + (rng.next() - 0.5) * 0.02) * 1e4) / 1e4,
    },
    porteur: `${rng.pick(HOSTS)} — ${region.nom}`,
    partenaires: rng.some(PARTNERS, 1, 3),
    creation: lab.creation,
    site: `https://${lab.id}.exemple.fr`,
    contact: `contact@${lab.id}.exemple.fr`,
    financements: rng.some(FUNDERS, 0, 2).map((source) => ({ source })),
    actif: rng.chance(0.9),
  };
  const p = paragraph(rng.int(50, 90), () =>
    rng.pick([
      () =>
        `${lab.nom} ${rng.pick(['aide', 'accompagne', 'réunit', 'forme'])} ${rng.pick(SUBJECTS).text} ${rng.pick(PURPOSES)}, ${region.dans}.`,
      () => `Installé à ${lab.city.nom} depuis ${lab.creation}, le lab travaille sur ${rng.pick(OBJECTS)} et ${rng.pick(OBJECTS)}.`,
      () =>
        `Ses équipes interviennent ${complementOfRegion(rng, lab.region)}, à la demande des services de l’État comme des collectivités.`,
      () => `Il a notamment ${rng.pick(PARTICIPLES)} ${rng.pick(OBJECTS)} ${rng.pick(PURPOSES)}.`,
    ])(),
  );
  const w = paragraph(
    rng.int(40, 70),
    () => `${cap(rng.pick(CONNECTORS.demarche))} ${subjectVerb(rng, PARTICIPLES)} ${rng.pick(OBJECTS)} ${rng.pick(PURPOSES)}.`,
  );
  return `---\n${yaml(data)}\n---\n\n## Missions\n\n${p.text}\n\n## Façon de travailler\n\n${w.text}\n`;
}

function methodFile(rng: Random, m: MethodPlan, all: MethodPlan[]): string {
  const min = rng.int(1, 4);
  const pmin = rng.int(2, 6);
  const data = {
    titre: m.titre,
    resume: `${m.titre} : ${rng.pick(PURPOSES).replace(/^(pour|afin de) /, 'une méthode pour ')}, en ${rng.int(2, 6)} étapes simples.`,
    phase: m.phase,
    duree: { min, max: min + rng.int(0, 4), unite: rng.pick(['heures', 'jours', 'semaines']) },
    participants: { min: pmin, max: pmin + rng.int(0, 12) },
    difficulte: rng.pick(DIFFICULTES.ids),
    materiel: rng.some(MATERIALS, 2, 4),
    livrables: rng.some(DELIVERABLES, 1, 3),
    quandUtiliser: `Quand ${rng.pick(OBSERVATIONS)} et que l’équipe veut agir ${rng.pick(PURPOSES).replace(/^(pour|afin de) /, 'pour ')}.`,
    precautions: `Ne pas oublier que ${rng.pick(OBSERVATIONS)}.`,
    methodesLiees: rng
      .some(
        all.filter((o) => o.id !== m.id),
        1,
        3,
      )
      .map((o) => o.id),
    publie: day(Date.UTC(2021, 0, 1) + rng.int(0, 1800) * DAY),
    auteurs: rng.some(AUTHORS, 1, 2),
  };
  const singular = SUBJECTS.filter((s) => !s.plural);
  const steps = rng
    .some(STEP_NAMES, 5, 7)
    .map(
      (name, i) =>
        `${i + 1}. **${name}.** ${cap(rng.pick(singular).text)} ${rng.pick(['prépare', 'relit', 'présente', 'note', 'affiche'])} ${rng.pick(OBJECTS)} ${rng.pick(PURPOSES)}.`,
    );
  const tips = Array.from(
    { length: rng.int(3, 4) },
    () => `- ${cap(rng.pick(PURPOSES).replace(/^(pour|afin de) /, ''))} : ${rng.pick(ELABORATIONS)}.`,
  );
  const traps = rng.some(BLOCKERS, 2, 3).map((b) => `- ${b}, ${rng.pick(ELABORATIONS)}.`);
  return `---\n${yaml(data)}\n---\n\n## Étapes\n\n${steps.join('\n')}\n\n## Conseils d’animation\n\n${[...new Set(tips)].join('\n')}\n\n## Pièges à éviter\n\n${traps.join('\n')}\n`;
}

function projectFile(rng: Random, p: ProjectPlan): string {
  const fin =
    ['deploye', 'arrete', 'essaime'].includes(p.statut) && rng.chance(0.6)
      ? Math.min(p.debut + rng.int(180, 1000) * DAY, LAST_DAY)
      : undefined;
  const publie = Math.min(p.debut + rng.int(30, 700) * DAY, LAST_DAY);
  const leviers = rng.some(LEVERS, 2, 4);
  const blocages = rng.some(BLOCKERS, 2, 3);
  const resume = `Avec ${p.lab.nom}, ${subjectVerb(rng, PARTICIPLES)} ${p.objet} à ${p.city.nom} ${rng.pick(PURPOSES)}.`;
  const data = {
    titre: p.titre,
    resume: resume.length <= 300 ? resume : `${p.titre}.`,
    lab: p.lab.id,
    region: p.regionOverride ? p.region : undefined,
    territoire: rng.chance(0.6)
      ? `${rng.pick(['Agglomération de', 'Bassin de vie de', 'Quartiers prioritaires de', 'Centre-ville de', 'Pays de'])} ${p.city.nom}`
      : undefined,
    thematiques: p.themes,
    methodes: p.methods.map((m) => m.id),
    publics: rng.some(PUBLICS.ids, 1, 3),
    partenaires: rng.some(PARTNERS, 1, 4),
    statut: p.statut,
    debut: day(p.debut),
    fin: fin === undefined ? undefined : day(fin),
    financements: rng.some(FUNDERS, 0, 3).map((source) => ({ source, montant: rng.chance(0.5) ? rng.int(5, 400) * 1000 : undefined })),
    chiffres: rng.some(FIGURE_LABELS, 2, 4).map((libelle) => ({
      valeur: libelle.startsWith('jours') ? String(rng.int(2, 40)) : number(rng.int(3, 4000)),
      libelle,
      exemple: true,
    })),
    leviers,
    blocages,
    essaimeDepuis: p.source?.id,
    adaptations: p.source ? rng.some(ADAPTATIONS, 1, 3) : [],
    contacts: [{ nom: `Équipe de ${p.lab.nom}`, role: rng.pick(ROLES), courriel: `contact@${p.lab.id}.exemple.fr` }],
    publie: day(publie),
    misAJour: rng.chance(0.3) ? day(Math.min(publie + rng.int(10, 400) * DAY, LAST_DAY)) : undefined,
    revuLe: rng.chance(0.2) ? day(Math.min(publie + rng.int(10, 600) * DAY, LAST_DAY)) : undefined,
    auteurs: rng.some(AUTHORS, 1, 2),
  };

  // Words: headings count too ("Points de blocage", "Et après ?"); lists overshoot by at most one item.
  const total = rng.int(610, 740) - countWords(CASE_STUDY_SECTIONS.join(' '));
  const share = (f: number) => Math.round(total * f);
  const [contexte, demarche, resultats, leviersTitle, blocagesTitle, apres] = CASE_STUDY_SECTIONS;
  const c1 = paragraph(share(0.12), () => sentences.contexte(rng, p));
  const c2 = paragraph(share(0.1), () => sentences.contexte(rng, p));
  const methodLinks = p.methods.map(
    (m) => `Le groupe a ensuite utilisé la méthode [${m.titre.toLowerCase()}](/methodes/${m.id}/) ${complement(rng, p)}.`,
  );
  const d1 = paragraph(share(0.14), () => sentences.demarche(rng, p));
  const d2 = paragraph(Math.max(0, share(0.14) - countWords(methodLinks.join(' ').replace(/\]\([^)]*\)/g, ']'))), () =>
    sentences.demarche(rng, p),
  );
  const r1 = paragraph(share(0.18), () => sentences.resultats(rng, p));
  const l = listItems(rng, leviers, LEVERS, share(0.1));
  const b = listItems(rng, blocages, BLOCKERS, share(0.1));
  const source = p.source ? `Ce projet reprend [${p.source.titre}](/projets/${p.source.id}/), en l’adaptant au territoire. ` : '';
  const a = paragraph(share(0.12), () => sentences.apres(rng, p));
  const body = [
    `## ${contexte}`,
    c1.text,
    c2.text,
    `## ${demarche}`,
    d1.text,
    `${methodLinks.join(' ')} ${d2.text}`.trim(),
    `## ${resultats}`,
    r1.text,
    `## ${leviersTitle}`,
    l.text,
    `## ${blocagesTitle}`,
    b.text,
    `## ${apres}`,
    `${source}${a.text}`,
  ].join('\n\n');
  return `---\n${yaml(data)}\n---\n\n${body}\n`;
}

function practiceFile(rng: Random, titre: string, projects: ProjectPlan[], methods: MethodPlan[]): string {
  const examples = rng.some(projects, 3, 6);
  const data = {
    titre,
    resume: `${titre} : ${rng.pick(PURPOSES).replace(/^(pour|afin de) /, 'une pratique pour ')}, tirée de l’expérience des labs.`,
    thematiques: rng.some(THEMES, 1, 2).map((t) => t.id),
    projets: examples.map((e) => e.id),
    methodes: rng.some(methods, 1, 3).map((m) => m.id),
    publie: day(Date.UTC(2023, 0, 1) + rng.int(0, 1200) * DAY),
    auteurs: rng.some(AUTHORS, 1, 2),
  };
  const why = paragraph(rng.int(80, 140), () => sentences.contexte(rng, rng.pick(projects)));
  const how = Array.from({ length: rng.int(4, 6) }, () => `- **${rng.pick(INFINITIVES)}** ${rng.pick(OBJECTS)} ${rng.pick(PURPOSES)}.`);
  const ex = examples.map((e) => `- [${e.titre}](/projets/${e.id}/) : ${e.lab.nom}, ${regionOf(e.region).dans}.`);
  const traps = rng.some(BLOCKERS, 2, 4).map((t) => `- ${t}, ${rng.pick(ELABORATIONS)}.`);
  return `---\n${yaml(data)}\n---\n\n## Pourquoi c’est important\n\n${why.text}\n\n## Comment faire\n\n${[...new Set(how)].join('\n')}\n\n## Exemples dans le réseau\n\n${ex.join('\n')}\n\n## Pièges à éviter\n\n${traps.join('\n')}\n`;
}

function themesFile(): string {
  return `${THEMES.map((t) => `- id: ${t.id}\n  libelle: ${q(t.libelle)}\n  description: ${q(t.description)}`).join('\n')}\n`;
}

/** How many labs, methods and practices go with N case studies. */
export function corpusShape(size: number): {
  projets: number;
  labs: number;
  methodes: number;
  pratiques: number;
  evenements: number;
  formations: number;
} {
  return {
    projets: size,
    evenements: Math.floor(size / 2),
    formations: Math.max(1, Math.floor(size / 20)),
    labs: Math.max(REGIONS.length, Math.round(size / 50)),
    methodes: Math.min(100, Math.max(10, Math.round(size / 100))),
    pratiques: Math.max(5, Math.round(size / 200)),
  };
}

const EVENT_KINDS = ['webinaire', 'atelier-decouverte', 'conference', 'rencontre', 'visite-de-lab', 'hackathon'] as const;
const EVENT_TOPICS = [
  'entretiens avec les usagers',
  'cartographie des acteurs',
  'prototypage rapide',
  'évaluation d’impact',
  'parcours usager',
  'co-construction',
];

/** A training of a lab (every one marked as an example). */
function trainingFile(rng: Random, k: number, lab: LabPlan, methods: MethodPlan[]): { id: string; text: string } {
  const method = methods[k % methods.length];
  const id = `formation-${k + 1}`;
  const titre = `Formation n° ${k + 1} : ${method ? method.titre.toLowerCase() : 'design de services'}`;
  const text = `---
titre: ${q(titre)}
resume: ${q(`Une formation d’exemple du lab ${lab.nom} pour pratiquer la méthode en équipe.`)}
objectifs:
  - ${q('Préparer la méthode avec son équipe')}
  - ${q('La mener avec des usagers')}
duree: ${q(`${rng.int(1, 3)} jours`)}
heures: ${rng.int(6, 21)}
public:
  - agents
${method ? `methodes:\n  - ${method.id}` : 'methodes: []'}
labs:
  - ${lab.id}
modalites: ${q('En présentiel, par groupes de douze.')}
exemple: true
publie: 2026-09-01
---
*Formation d’exemple du banc d’essai.*

## Programme

${rng.pick(EVENT_TOPICS)} : présentation, mise en pratique, retour d’expérience.
`;
  return { id, text };
}

/** An event of the agenda around the build date (2024–2028), a session of a training for one in five. */
function eventFile(rng: Random, k: number, labs: LabPlan[], trainings: readonly string[]): string {
  const lab = rng.pick(labs);
  const session = trainings.length > 0 && k % 5 === 0 ? trainings[k % trainings.length] : undefined;
  const type = session ? 'formation' : rng.pick(EVENT_KINDS);
  const online = rng.chance(0.5);
  const day = new Date(Date.UTC(2024, 0, 1) + rng.int(0, 4 * 365) * 86_400_000).toISOString().slice(0, 10);
  const hour = String(rng.int(9, 16)).padStart(2, '0');
  const end = String(Number(hour) + 1).padStart(2, '0');
  const statut = rng.chance(0.05) ? 'annule' : rng.chance(0.05) ? 'complet' : 'prevu';
  return `---
titre: ${q(`Événement n° ${k + 1} : ${rng.pick(EVENT_TOPICS)}`)}
resume: ${q(`Un événement d’exemple du lab ${lab.nom}, pour découvrir la méthode et échanger entre agents.`)}
type: ${type}
format: ${online ? 'en-ligne' : 'sur-place'}
debut: ${day}T${hour}:00
fin: ${day}T${end}:00
${
  online
    ? ''
    : `lieu:
  nom: ${q(lab.nom)}
  ville: ${q(lab.city.nom)}
  region: "${lab.region}"
`
}organisateurs:
  - ${lab.id}
thematiques:
  - ${rng.pick(THEMES).id}
public:
  - agents
inscription: /agenda/exemple/
statut: ${statut}
${
  session
    ? `formation: ${session}
`
    : ''
}exemple: true
publie: 2026-11-20
---
*Événement d’exemple du banc d’essai.*

## Programme

Accueil, présentation de la méthode, mise en pratique en petits groupes, puis questions.
`;
}

/** Every file of the corpus, in a fixed order; the same options always give the same bytes. */
export function generateCorpus({ size, seed = 1 }: CorpusOptions): CorpusFile[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`taille de corpus invalide : ${size}`);
  const rng = createRandom(seed);
  const shape = corpusShape(size);
  const labs = planLabs(rng, shape.labs);
  const methods = planMethods(shape.methodes);
  const projects = planProjects(rng, size, labs, methods);
  const trainings = labs.length
    ? Array.from({ length: shape.formations }, (_, k) => trainingFile(rng, k, labs[k % labs.length] as LabPlan, methods))
    : [];
  const practiceTitles = new Set<string>();
  const practices = Array.from({ length: shape.pratiques }, (_, k) => {
    const base = PRACTICES[k % PRACTICES.length] ?? 'Pratique';
    const round = Math.floor(k / PRACTICES.length);
    return unique(
      round === 0 ? base : `${base} ${PRACTICE_VARIANTS[(round - 1) % PRACTICE_VARIANTS.length] ?? ''}`,
      practiceTitles,
      (n) => ` (${n})`,
    );
  });
  return [
    { path: 'content/thematiques.yaml', text: themesFile() },
    ...labs.map((lab) => ({ path: `content/labs/${lab.id}.md`, text: labFile(rng, lab) })),
    ...methods.map((m) => ({ path: `content/methodes/${m.id}.mdx`, text: methodFile(rng, m, methods) })),
    ...projects.map((p) => ({ path: `content/projets/${p.id}.mdx`, text: projectFile(rng, p) })),
    ...practices.map((titre) => ({ path: `content/pratiques/${slugify(titre)}.mdx`, text: practiceFile(rng, titre, projects, methods) })),
    ...trainings.map((t) => ({ path: `content/formations/${t.id}.md`, text: t.text })),
    ...Array.from({ length: shape.evenements }, (_, k) => ({
      path: `content/evenements/evenement-${k + 1}.md`,
      text: eventFile(
        rng,
        k,
        labs,
        trainings.map((t) => t.id),
      ),
    })),
  ];
}

/** Writes the files under `root` (which then holds content/), creating folders. */
export function writeCorpus(root: string, files: readonly CorpusFile[]): void {
  for (const dir of ['labs', 'projets', 'methodes', 'pratiques', 'evenements', 'formations'])
    mkdirSync(path.join(root, 'content', dir), { recursive: true });
  for (const file of files) writeFileSync(path.join(root, file.path), file.text);
}
