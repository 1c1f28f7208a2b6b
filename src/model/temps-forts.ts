/**
 * An edition of a network-wide event (`content/temps-forts/<id>.md`): a Semaine or a Mois de l'innovation
 * publique, a Journée des labs. Its figures come from its sources; its events reference it.
 */
import { z } from 'astro/zod';
import { SERIES_TEMPS_FORT } from '../lib/vocabulary.ts';
import { checkSourceNumbers, chiffre, date, field, list, publication, reference, rule, sources, text } from './fields.ts';

/** A published figure about the edition: the shared figure (valeur as published, source or exemple), its number for the chart, and its theme. */
const chiffreEdition = z
  .strictObject({
    ...chiffre.shape,
    /** The number itself (100 for "une centaine"), for the chart. */
    nombre: field(z.number().nonnegative(), {
      label: 'Nombre (pour le graphique)',
      hint: 'Le chiffre sans mot : 100 pour « une centaine ».',
      example: '65',
    }),
    /** The theme it counts, for the chart by theme. */
    thematique: field(reference('thematiques').optional(), { label: 'Thématique', example: 'innovation-territoriale' }),
  })
  .refine((c) => c.source !== undefined || c.exemple === true, {
    ...rule(
      'chiffre sans source ni mention d’exemple',
      'Ajoutez « source: 1 » (le numéro, dans « sources », du document public qui donne ce chiffre) ou « exemple: true »',
    ),
    path: ['source'],
  });

/** An edition has the agenda's publication date and draft flag, without an update date. */
const { publie, brouillon } = publication('2026-11-02');

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
    chiffres: field(list(chiffreEdition), { label: 'Chiffres publiés', item: 'chiffre' }),
    sources,
    publie,
    brouillon,
  })
  .refine((t) => t.fin >= t.debut, { ...rule('le dernier jour précède le premier', 'Corrigez « debut » ou « fin »'), path: ['fin'] })
  .superRefine(checkSourceNumbers);

export type TempsFortData = z.output<typeof tempsForts>;
