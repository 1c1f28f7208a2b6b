/**
 * A template to print or download (`content/modeles/<id>.md`): its body is the sheet itself (headings, lists,
 * tables with empty cells to fill). It is published as a printable page on its paper size and as an editable
 * Word file generated at build time from the same body. The methods that use it are listed here; each method
 * page shows its templates from this list.
 */
import { z } from 'astro/zod';
import { PAPIERS, ORIENTATIONS } from '../lib/vocabulary.ts';
import { editorial, field, reference, sources } from './fields.ts';

export const modeles = z.strictObject({
  ...editorial,
  /** Paper size it is made for. */
  papier: field(z.enum(PAPIERS.ids), { label: 'Format du papier', hint: 'A4 pour une fiche, A3 pour un mur ou une table.', example: 'A4' }),
  /** Portrait or landscape. */
  orientation: field(z.enum(ORIENTATIONS.ids), { label: 'Orientation', example: 'portrait' }),
  /** The methods that use it (each method page links to it). */
  methodes: field(z.array(reference('methodes')).min(1, { error: 'indiquez au moins une méthode qui utilise ce modèle' }), {
    label: 'Méthodes qui l’utilisent',
    hint: 'Les fiches méthodes dont le matériel comprend ce modèle ; chacune le proposera au téléchargement.',
    item: 'méthode',
    example: 'personas',
  }),
  sources,
});

export type ModeleData = z.output<typeof modeles>;
