/** A method guide (`content/methodes/<id>.mdx`); its body is an ordered list of steps, then tips and pitfalls. */
import { z } from 'astro/zod';
import { DIFFICULTES, PHASES, UNITES_DUREE } from '../lib/vocabulary.ts';
import { editorial, field, list, reference, rule, sources, text } from './fields.ts';

export const methodes = z.strictObject({
  ...editorial,
  /** Phase of the approach where the method is most used. */
  phase: field(z.enum(PHASES.ids), { label: 'Phase de la démarche', display: 'Phase', example: 'decouvrir' }),
  /** How long it takes: a range and a unit. */
  duree: field(
    z
      .strictObject({
        /** Shortest duration. */
        min: field(z.number().positive(), { label: 'Durée la plus courte', example: '45' }),
        /** Longest duration (same unit), if it varies. */
        max: field(z.number().positive().optional(), {
          label: 'Durée la plus longue',
          hint: 'Dans la même unité, si elle varie.',
          example: '90',
        }),
        /** Unit of both numbers. */
        unite: field(z.enum(UNITES_DUREE.ids), { label: 'Unité', example: 'minutes' }),
      })
      .refine((d) => d.max === undefined || d.max >= d.min, {
        ...rule('max est plus petit que min', 'Indiquez un max supérieur ou égal au min'),
        path: ['max'],
      }),
    { label: 'Durée' },
  ),
  /** How many people take part. */
  participants: field(
    z
      .strictObject({
        /** Fewest participants. */
        min: field(z.number().int().positive(), { label: 'Au moins', example: '2' }),
        /** Most participants. */
        max: field(z.number().int().positive(), { label: 'Au plus', example: '8' }),
      })
      .refine((p) => p.max >= p.min, { ...rule('max est plus petit que min', 'Indiquez un max supérieur ou égal au min'), path: ['max'] }),
    { label: 'Nombre de participants', display: 'Participants' },
  ),
  /** How demanding it is for a team running it for the first time. */
  difficulte: field(z.enum(DIFFICULTES.ids), {
    label: 'Difficulté',
    hint: 'Pour une équipe qui la pratique pour la première fois.',
    example: 'facile',
  }),
  /** What to bring. */
  materiel: field(list(text(200)), { label: 'Matériel', item: 'élément' }),
  /** What the method produces. */
  livrables: field(list(text(200)), { label: 'Livrables', hint: 'Ce que produit la méthode.', item: 'livrable' }),
  /** When to reach for this method, in one or two sentences. */
  quandUtiliser: field(text(600), { label: 'Quand l’utiliser', hint: 'Une ou deux phrases.' }),
  /** What to watch out for. */
  precautions: field(text(600).optional(), { label: 'Précautions', hint: 'Ce à quoi il faut faire attention.' }),
  /** Downloadable templates, stored under public/ressources/. */
  ressources: field(
    list(
      z.strictObject({
        /** Name of the template as shown on the page. */
        titre: field(text(160), { label: 'Nom du modèle' }),
        /** Path under public/ ("/ressources/grille-entretien.pdf"). */
        fichier: field(
          z.string().regex(/^\/ressources\/[a-z0-9][a-z0-9.-]*$/, { error: 'chemin attendu de la forme /ressources/nom-du-fichier.pdf' }),
          { label: 'Fichier', example: '/ressources/grille-entretien.pdf', widget: 'file', publicFolder: '/ressources' },
        ),
      }),
    ),
    { label: 'Modèles à télécharger', item: 'modèle' },
  ),
  /** Methods that go well with this one. */
  methodesLiees: field(list(reference('methodes')), { label: 'Méthodes complémentaires', item: 'méthode', ask: true }),
  /** Public documents the text relies on, listed at the end of the page. */
  sources,
});

export type MethodeData = z.output<typeof methodes>;
