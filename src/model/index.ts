/**
 * The content model: one schema per collection, each in its own file beside this one. Everything that
 * knows the fields (the site, the checker, the web editor, `npm run nouveau`, the open data, CONTRIBUTING.md)
 * reads them from here. Importable outside Astro.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from './collections.ts';
import { evenements } from './evenements.ts';
import { formations } from './formations.ts';
import { labs } from './labs.ts';
import { methodes } from './methodes.ts';
import { modeles } from './modeles.ts';
import { pratiques } from './pratiques.ts';
import { CASE_STUDY_SECTIONS, projets } from './projets.ts';
import { tempsForts } from './temps-forts.ts';
import { reseau } from './reseau.ts';
import { thematiques } from './thematiques.ts';

export {
  collectionInfo,
  COLLECTIONS,
  CONTENT_COLLECTIONS,
  CONTENT_DIR,
  ENTRY_COLLECTIONS,
  type CollectionInfo,
  type CollectionName,
  type EntryCollection,
} from './collections.ts';
export { CASE_STUDY_SECTIONS } from './projets.ts';
export { field, fieldMeta, ID_PATTERN, ID_RULE, type FieldMeta } from './fields.ts';
export type { EvenementData } from './evenements.ts';
export type { FormationData } from './formations.ts';
export type { LabData } from './labs.ts';
export type { MethodeData } from './methodes.ts';
export type { ModeleData } from './modeles.ts';
export type { PratiqueData } from './pratiques.ts';
export type { ProjetData } from './projets.ts';
export type { ChiffreReseau, ReseauData } from './reseau.ts';
export type { TempsFortData } from './temps-forts.ts';
export type { ThematiqueData } from './thematiques.ts';

/** The schemas, by collection. */
export const schemas = {
  labs,
  projets,
  methodes,
  pratiques,
  thematiques,
  evenements,
  formations,
  'temps-forts': tempsForts,
  reseau,
  modeles,
} satisfies Record<CollectionName, z.ZodType>;

/** The level-2 sections an entry's body must have, in their order, for the collections that have them. */
export const bodySections: Partial<Record<CollectionName, readonly string[]>> = { projets: CASE_STUDY_SECTIONS };
