/**
 * An edition of a network-wide event (`content/temps-forts/<id>.md`): a Semaine or a Mois de l'innovation
 * publique, a Journée des labs. Its figures come from its sources; its events reference it.
 */
import { z } from 'astro/zod';
import { SERIES_TEMPS_FORT } from '../lib/vocabulary.ts';
import { date, field, list, reference, sources, text } from './fields.ts';

/** A published figure about the edition, with its source (or marked as an example). */
const chiffre = z
  .strictObject({
    /** The number itself (100, 65, 57), for the chart. */
    valeur: field(z.number().nonnegative(), { label: 'Valeur', example: '57' }),
    /** How it reads ("environ 100", "plus de 65"), when the source rounds it. */
    texte: field(text(40).optional(), { label: 'Valeur telle que publiée', example: 'plus de 65' }),
    /** What it counts ("événements"). */
    libelle: field(text(160), { label: 'Ce qu’elle compte', example: 'événements' }),
    /** The theme it counts, for the chart by theme. */
    thematique: field(reference('thematiques').optional(), { label: 'Thématique', example: 'innovation-territoriale' }),
    /** Number of the source it comes from, in the entry's sources (1 for the first). */
    source: field(z.number().int().positive().optional(), { label: 'Numéro de la source', example: '1' }),
    /** True for an invented figure. */
    exemple: field(z.boolean().optional(), { label: 'Chiffre d’exemple' }),
  })
  .refine((c) => c.source !== undefined || c.exemple === true, {
    error: 'chiffre sans source — Indiquez « source: N » (le numéro de la source dans « sources ») ou « exemple: true »',
    path: ['source'],
  });

export const tempsForts = z
  .strictObject({
    /** Name of the edition ("Mois de l'innovation publique 2020"). */
    titre: field(text(120), { label: 'Titre', example: 'Mois de l’innovation publique 2020' }),
    /** One or two sentences (≤ 300 characters). */
    resume: field(text(300), { label: 'Résumé' }),
    /** The series it is an edition of. */
    serie: field(z.enum(SERIES_TEMPS_FORT.ids), { label: 'Série', example: 'mois-innovation-publique' }),
    /** Its number in the series (7 for 2020), when known. */
    edition: field(z.number().int().positive().optional(), { label: 'Numéro d’édition', example: '7' }),
    /** Theme of the edition, as announced. */
    theme: field(text(200).optional(), { label: 'Thème de l’édition', example: 'La transformation publique au cœur des territoires' }),
    /** First day. */
    debut: field(date, { label: 'Premier jour', example: '2020-11-02' }),
    /** Last day. */
    fin: field(date, { label: 'Dernier jour', example: '2020-11-30' }),
    /** Who organised it. */
    organisateur: field(text(160), { label: 'Organisateur', example: 'DITP' }),
    /** Published figures. */
    chiffres: field(list(chiffre), { label: 'Chiffres publiés', item: 'chiffre' }),
    sources,
    /** Date of first publication. */
    publie: field(date, { label: 'Date de publication', example: '2026-11-02' }),
    /** A draft is checked but never published. */
    brouillon: field(z.boolean().default(false), { label: 'Brouillon' }),
  })
  .refine((t) => t.fin >= t.debut, { error: 'le dernier jour précède le premier — Corrigez « debut » ou « fin »', path: ['fin'] })
  .superRefine((t, ctx) => {
    t.chiffres.forEach((c, i) => {
      if (c.source !== undefined && c.source > t.sources.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['chiffres', i, 'source'],
          input: c.source,
          message: `la source n° ${c.source} n’existe pas (la fiche en a ${t.sources.length}) — Donnez le numéro d’une source de la liste « sources », en comptant à partir de 1`,
        });
      }
    });
  });

export type TempsFortData = z.output<typeof tempsForts>;
