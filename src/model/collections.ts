/**
 * The collections of the model and where their files live: the one place for the content folder names.
 * Kept free of schemas so that the loader, the checker and the tools can name a collection cheaply.
 */
export const CONTENT_COLLECTIONS = {
  labs: { folder: 'labs', kind: 'folder' },
  projets: { folder: 'projets', kind: 'folder' },
  methodes: { folder: 'methodes', kind: 'folder' },
  pratiques: { folder: 'pratiques', kind: 'folder' },
  thematiques: { folder: 'thematiques.yaml', kind: 'file' },
  evenements: { folder: 'evenements', kind: 'folder' },
  formations: { folder: 'formations', kind: 'folder' },
  'temps-forts': { folder: 'temps-forts', kind: 'folder' },
} as const satisfies Record<string, { folder: string; kind: 'folder' | 'file' }>;

export type CollectionName = keyof typeof CONTENT_COLLECTIONS;
export const COLLECTIONS = Object.keys(CONTENT_COLLECTIONS) as CollectionName[];
