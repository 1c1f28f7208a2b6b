/**
 * A case study (`content/projets/<id>.mdx`). Its body is written in the sections of CASE_STUDY_SECTIONS,
 * in that order.
 */
import { z } from 'astro/zod';
import { REGION_CODES } from '../lib/regions.ts';
import { FAITS_EXEMPLE, PUBLICS, STATUTS } from '../lib/vocabulary.ts';
import {
  checkSourceNumbers,
  chiffres,
  date,
  editorial,
  field,
  financement,
  illustratif,
  image,
  list,
  reference,
  rule,
  sources,
  text,
} from './fields.ts';

/** The sections of a case study's body, as level-2 headings, in their order. */
export const CASE_STUDY_SECTIONS = ['Contexte', 'Démarche', 'Résultats', 'Leviers', 'Points de blocage', 'Et après ?'] as const;

export const projets = z
  .strictObject({
    ...editorial,
    /** The lab that led the project. */
    lab: field(reference('labs'), { label: 'Lab porteur', display: 'Lab', example: 'ti-lab' }),
    /** Other labs that took part. */
    autresLabs: field(list(reference('labs')), { label: 'Autres labs participants', item: 'lab' }),
    /** INSEE region code, when it differs from the lab's region. */
    region: field(z.enum(REGION_CODES).optional(), {
      label: 'Région, si elle diffère de celle du lab',
      display: 'Région',
      example: '52',
      ask: true,
    }),
    /** Territory concerned, in words ("Gâtinais montargois"). */
    territoire: field(text(120).optional(), {
      label: 'Territoire concerné',
      display: 'Territoire',
      hint: 'En toutes lettres, par exemple « Gâtinais montargois ».',
      example: 'Gâtinais montargois',
      ask: true,
    }),
    /** Themes, at least one (ids from content/thematiques.yaml). */
    thematiques: field(z.array(reference('thematiques')).min(1, { error: 'indiquez au moins une thématique' }), {
      label: 'Thématiques',
      hint: 'Au moins une.',
      item: 'thématique',
      example: 'service-usager',
    }),
    /** Methods used, in the order they were used. */
    methodes: field(list(reference('methodes')), {
      label: 'Méthodes utilisées',
      hint: 'Dans l’ordre où elles ont servi.',
      item: 'méthode',
      ask: true,
    }),
    /** Who the project was made with or for. */
    publics: field(z.array(z.enum(PUBLICS.ids)).min(1, { error: 'indiquez au moins un public' }), {
      label: 'Publics',
      hint: 'Avec ou pour qui le projet a été mené ; au moins un.',
      item: 'public',
      example: 'usagers',
    }),
    /** Partner organisations. */
    partenaires: field(list(text(200)), {
      label: 'Partenaires',
      hint: 'Les organisations partenaires, une par élément.',
      item: 'partenaire',
    }),
    /** Where the project stands. */
    statut: field(z.enum(STATUTS.ids), { label: 'Statut', hint: 'Où en est le projet.', example: 'en-cours' }),
    /** Start date. */
    debut: field(date, { label: 'Date de début', example: '2024-03-15' }),
    /** End date, if the project is over. */
    fin: field(date.optional(), { label: 'Date de fin', hint: 'Si le projet est terminé.', example: '2025-01-31' }),
    /** Funding received. */
    financements: field(list(financement), { label: 'Financements', item: 'financement' }),
    /** Impact figures ("3 200" "demandes traitées"), each citing one of the sources or marked as an example. */
    chiffres,
    /** What helped, in short phrases. */
    leviers: field(list(text(200)), { label: 'Leviers', hint: 'Ce qui a aidé, en phrases courtes.', item: 'levier' }),
    /** What got in the way, in short phrases. */
    blocages: field(list(text(200)), {
      label: 'Points de blocage',
      hint: 'Ce qui a freiné, en phrases courtes.',
      item: 'point de blocage',
    }),
    /** The project this one replicates, if any. */
    essaimeDepuis: field(reference('projets').optional(), {
      label: 'Projet d’origine (essaimage)',
      display: 'Essaimé depuis',
      hint: 'Si ce projet en reprend un autre.',
    }),
    /** For a replication: what it changed compared with its source, in short phrases. */
    adaptations: field(list(text(200)), {
      label: 'Adaptations',
      hint: 'Pour un projet essaimé : ce qui a changé par rapport au projet d’origine.',
      item: 'adaptation',
    }),
    /** People or teams to contact about the project. */
    contacts: field(
      list(
        z.strictObject({
          /** Name or team. */
          nom: field(text(120), { label: 'Nom ou équipe', example: 'Équipe du lab' }),
          /** Role in the project. */
          role: field(text(160).optional(), { label: 'Rôle dans le projet' }),
          /** Professional e-mail. */
          courriel: field(z.email({ error: 'adresse électronique attendue' }).optional(), {
            label: 'Adresse électronique professionnelle',
            example: 'contact@exemple.gouv.fr',
          }),
        }),
      ),
      { label: 'Contacts', item: 'contact' },
    ),
    /** Illustration shown at the top of the page and in shares. */
    image: field(image.optional(), { label: 'Illustration', hint: 'Affichée en haut de la page et lors des partages.' }),
    /** Facts of the header that are examples, not published facts: they show the mention "exemple" where they stand. */
    exemples: field(list(z.enum(FAITS_EXEMPLE.ids)), {
      label: 'Faits donnés en exemple',
      hint: 'Les champs de l’en-tête qui ne viennent d’aucun document public (dates, statut, partenaires, financements, projet d’origine) : ils s’affichent avec la mention « exemple ».',
      item: 'champ',
      example: 'debut',
    }),
    /** Public documents the facts come from, listed at the end of the page. */
    sources,
    illustratif,
  })
  .refine((p) => !p.fin || p.fin >= p.debut, {
    ...rule('la date de fin précède la date de début', 'Corrigez « debut » ou « fin »'),
    path: ['fin'],
  })
  .refine((p) => p.adaptations.length === 0 || p.essaimeDepuis, {
    ...rule('des adaptations sans projet source', 'Indiquez le projet repris dans « essaimeDepuis », ou retirez « adaptations »'),
    path: ['adaptations'],
  })
  .refine((p) => p.exemples.every((f) => f !== 'fin' || p.fin) && p.exemples.every((f) => f !== 'essaimeDepuis' || p.essaimeDepuis), {
    ...rule(
      'un champ vide est marqué comme exemple',
      'Retirez de « exemples » les champs absents de la fiche (« fin », « essaimeDepuis »)',
    ),
    path: ['exemples'],
  })
  .superRefine(checkSourceNumbers);

export type ProjetData = z.output<typeof projets>;
