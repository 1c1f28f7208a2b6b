/** A theme (`content/thematiques.yaml`, one list item per theme). */
import { z } from 'astro/zod';
import { field, ID_PATTERN, ID_RULE, sources, text } from './fields.ts';

export const thematiques = z.strictObject({
  /** Identifier used in URLs and in the other files' thematiques lists. */
  id: field(z.string().regex(ID_PATTERN, { error: ID_RULE }), {
    label: 'Identifiant',
    hint: 'En minuscules sans accents, mots séparés par des tirets ; utilisé dans les adresses. Ne le changez pas une fois publié.',
    example: 'service-usager',
  }),
  /** Name as shown. */
  libelle: field(text(80), { label: 'Nom', hint: 'Le nom de la thématique, tel qu’il s’affiche.', example: 'Service à l’usager' }),
  /** One sentence on what the theme covers. */
  description: field(text(300), { label: 'Description', hint: 'Une phrase sur ce que couvre la thématique.' }),
  /** Public documents the description relies on. */
  sources,
});

export type ThematiqueData = z.output<typeof thematiques>;
