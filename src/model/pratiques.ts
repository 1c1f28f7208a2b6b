/** A best practice (`content/pratiques/<id>.mdx`), drawn from case studies. */
import { z } from 'astro/zod';
import { editorial, field, list, reference, sources } from './fields.ts';

export const pratiques = z.strictObject({
  ...editorial,
  /** Themes, at least one. */
  thematiques: field(z.array(reference('thematiques')).min(1, { error: 'indiquez au moins une thématique' }), {
    label: 'Thématiques',
    hint: 'Au moins une.',
    item: 'thématique',
  }),
  /** Case studies that show the practice. */
  projets: field(list(reference('projets')), {
    label: 'Études de cas qui l’illustrent',
    display: 'Exemples',
    item: 'étude de cas',
    ask: true,
  }),
  /** Methods that help apply it. */
  methodes: field(list(reference('methodes')), { label: 'Méthodes utiles', item: 'méthode', ask: true }),
  /** Public documents the text relies on, listed at the end of the page. */
  sources,
});

export type PratiqueData = z.output<typeof pratiques>;
