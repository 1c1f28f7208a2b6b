/**
 * The collections of the model, where their files live and how a person names them: the one place for the
 * content folder names and the collections' French names. Kept free of schemas so that the loader, the
 * checker and the tools can name a collection cheaply. The web editor, `npm run nouveau` and the open data
 * read everything else from the schemas (src/model/<collection>.ts).
 */
export interface CollectionInfo {
  /** Folder under content/ (one file per entry), or the one file holding a list of entries. */
  folder: string;
  kind: 'folder' | 'file';
  /** A file holding one entry (a group of fields) rather than a list of entries. */
  single?: boolean;
  /** A corpus may leave it out (no folder, no file): it then publishes none. */
  optional?: boolean;
  /** Entries of a folder: Markdown, or MDX (the allowed components). */
  extension?: 'md' | 'mdx';
  /** The collection's name, plural ("Études de cas"), in the editor's menu and the open data. */
  label: string;
  /** One entry ("Étude de cas"). */
  singular: string;
  /** One sentence on what the collection holds. */
  description: string;
  /** The field that names an entry in lists and links (default: titre). */
  identifier?: string;
  /** The body of an entry, when it is not the entry's text ("Présentation" of a lab). */
  body?: { label: string; hint: string };
  /** The folder of the site holding one page per entry ("projets" for /projets/<id>/), when entries have pages. */
  pages?: string;
  /** Pages of that folder that are not entries (src/pages/<pages>/<name>.astro): no entry may take their name. */
  otherPages?: readonly string[];
}

export const CONTENT_COLLECTIONS = {
  labs: {
    folder: 'labs',
    pages: 'labs',
    kind: 'folder',
    extension: 'md',
    label: 'Labs',
    singular: 'Lab',
    description: 'Les laboratoires d’innovation territoriale : une fiche par lab.',
    identifier: 'nom',
    body: { label: 'Présentation', hint: 'Une courte présentation du lab.' },
  },
  projets: {
    folder: 'projets',
    pages: 'projets',
    kind: 'folder',
    extension: 'mdx',
    label: 'Études de cas',
    singular: 'Étude de cas',
    description: 'Les projets des labs, racontés pour que d’autres s’en inspirent.',
  },
  methodes: {
    folder: 'methodes',
    pages: 'methodes',
    kind: 'folder',
    extension: 'mdx',
    label: 'Méthodes',
    singular: 'Méthode',
    description: 'Les fiches méthodes : les étapes, les conseils, les pièges.',
  },
  pratiques: {
    folder: 'pratiques',
    pages: 'pratiques',
    kind: 'folder',
    extension: 'mdx',
    label: 'Bonnes pratiques',
    singular: 'Bonne pratique',
    description: 'Ce qui marche, illustré par des études de cas.',
  },
  thematiques: {
    folder: 'thematiques.yaml',
    pages: 'thematiques',
    kind: 'file',
    label: 'Thématiques',
    singular: 'Thématique',
    description: 'La liste des thématiques, dans un seul fichier.',
    identifier: 'libelle',
  },
  evenements: {
    folder: 'evenements',
    pages: 'agenda',
    otherPages: ['exemple'],
    kind: 'folder',
    extension: 'md',
    optional: true,
    label: 'Agenda',
    singular: 'Événement',
    description: 'Les événements des labs : webinaires, ateliers, sessions de formation, rencontres.',
    body: { label: 'Programme', hint: 'Le programme, puis, une fois l’événement passé, une section « ## Ce qu’il faut retenir ».' },
  },
  formations: {
    folder: 'formations',
    pages: 'formations',
    kind: 'folder',
    extension: 'md',
    optional: true,
    label: 'Formations',
    singular: 'Formation',
    description: 'L’offre de formation des labs ; ses sessions sont des événements de l’agenda.',
    body: { label: 'Programme', hint: 'Le déroulé de la formation.' },
  },
  'temps-forts': {
    folder: 'temps-forts',
    pages: 'temps-forts',
    kind: 'folder',
    extension: 'md',
    optional: true,
    label: 'Temps forts',
    singular: 'Temps fort',
    description: 'Les éditions des rendez-vous du réseau (Semaine, puis Mois de l’innovation publique).',
    body: { label: 'L’édition', hint: 'Ce qui s’est passé, avec les faits publiés et leurs sources.' },
  },
  reseau: {
    folder: 'reseau.yaml',
    kind: 'file',
    single: true,
    optional: true,
    label: 'Chiffres du réseau',
    singular: 'Chiffres du réseau',
    description: 'Les chiffres datés et sourcés du réseau et son histoire (page « Le réseau »), dans un seul fichier.',
    identifier: 'periode',
  },
  modeles: {
    folder: 'modeles',
    pages: 'modeles',
    kind: 'folder',
    optional: true,
    extension: 'md',
    label: 'Modèles à télécharger',
    singular: 'Modèle',
    description: 'Les modèles à imprimer ou à télécharger (fiche persona, guide d’entretien…), reliés aux méthodes qui les utilisent.',
    body: { label: 'Le modèle', hint: 'Le contenu de la feuille : titres ##, listes, tableaux dont les cases vides sont à remplir.' },
  },
} as const satisfies Record<string, CollectionInfo>;

export type CollectionName = keyof typeof CONTENT_COLLECTIONS;
export const COLLECTIONS = Object.keys(CONTENT_COLLECTIONS) as CollectionName[];

/** The folder of the corpus, under the project (or CARNET_CONTENT_ROOT). */
export const CONTENT_DIR = 'content';

/** The collections whose entries are files of their own folder (the others are one file holding a list). */
export type EntryCollection = {
  [K in CollectionName]: (typeof CONTENT_COLLECTIONS)[K]['kind'] extends 'folder' ? K : never;
}[CollectionName];
export const ENTRY_COLLECTIONS = COLLECTIONS.filter((c): c is EntryCollection => CONTENT_COLLECTIONS[c].kind === 'folder');

/** Collections added after the first corpora (the agenda): their folder may be missing, they then have no entries. */
export const OPTIONAL_COLLECTIONS: readonly EntryCollection[] = ENTRY_COLLECTIONS.filter(
  (c) => (CONTENT_COLLECTIONS[c] as CollectionInfo).optional === true,
);

/** What the model says of a collection, with its defaults filled in. */
export function collectionInfo(
  name: CollectionName,
): Required<Omit<CollectionInfo, 'body' | 'extension' | 'single' | 'optional' | 'pages' | 'otherPages'>> & CollectionInfo {
  const info: CollectionInfo = CONTENT_COLLECTIONS[name];
  return { identifier: 'titre', ...info };
}
