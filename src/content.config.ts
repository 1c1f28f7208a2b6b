/**
 * The collections Astro builds, declared from the model (src/model/): the schemas and their fields live
 * there, one file per collection.
 */
import { defineCollection } from 'astro/content/config';
import { corpusLoader } from './lib/content/loader.ts';
import { schemas } from './model/index.ts';

export const collections = {
  labs: defineCollection({ loader: corpusLoader('labs'), schema: schemas.labs }),
  projets: defineCollection({ loader: corpusLoader('projets'), schema: schemas.projets }),
  methodes: defineCollection({ loader: corpusLoader('methodes'), schema: schemas.methodes }),
  pratiques: defineCollection({ loader: corpusLoader('pratiques'), schema: schemas.pratiques }),
  thematiques: defineCollection({ loader: corpusLoader('thematiques'), schema: schemas.thematiques }),
  evenements: defineCollection({ loader: corpusLoader('evenements'), schema: schemas.evenements }),
  formations: defineCollection({ loader: corpusLoader('formations'), schema: schemas.formations }),
  'temps-forts': defineCollection({ loader: corpusLoader('temps-forts'), schema: schemas['temps-forts'] }),
  modeles: defineCollection({ loader: corpusLoader('modeles'), schema: schemas.modeles }),
  reseau: defineCollection({ loader: corpusLoader('reseau'), schema: schemas.reseau }),
};
