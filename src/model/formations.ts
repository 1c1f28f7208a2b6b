/**
 * A training offered by labs (`content/formations/<id>.md`). Its sessions are the events that reference it
 * (`formation:` in content/evenements/); its body describes the programme.
 */
import { z } from 'astro/zod';
import { PUBLICS_EVENEMENT } from '../lib/vocabulary.ts';
import { field, list, reference, publication, sources, text } from './fields.ts';

export const formations = z.strictObject({
  /** Name of the training. */
  titre: field(text(120), {
    label: 'Titre',
    hint: 'Le nom de la formation, 120 caractères au plus.',
    example: 'Initiation au design de services publics',
  }),
  /** One or two sentences (≤ 300 characters). */
  resume: field(text(300), { label: 'Résumé', hint: 'Une ou deux phrases, 300 caractères au plus.' }),
  /** What a participant can do afterwards, one per item. */
  objectifs: field(z.array(text(200)).min(1, { error: 'indiquez au moins un objectif' }), {
    label: 'Objectifs',
    hint: 'Ce que la personne saura faire ensuite, un par élément.',
    item: 'objectif',
  }),
  /** How long it lasts, in words ("2 jours", "3 demi-journées"). */
  duree: field(text(80), { label: 'Durée', hint: 'En mots, telle qu’elle est annoncée.', example: '2 jours' }),
  /** Hours of training in total, for schema.org and the data exports. */
  heures: field(z.number().positive().max(500), { label: 'Nombre d’heures', example: '14' }),
  /** Who it is for. */
  public: field(z.array(z.enum(PUBLICS_EVENEMENT.ids)).min(1, { error: 'indiquez au moins un public' }), {
    label: 'Public',
    item: 'public',
    example: 'agents',
  }),
  /** What to know or do before, one per item. */
  prerequis: field(list(text(200)), { label: 'Prérequis', item: 'prérequis' }),
  /** Methods taught. */
  methodes: field(list(reference('methodes')), { label: 'Méthodes enseignées', item: 'méthode' }),
  /** Themes it belongs to. */
  thematiques: field(list(reference('thematiques')), { label: 'Thématiques', item: 'thématique' }),
  /** The labs that offer it. */
  labs: field(z.array(reference('labs')).min(1, { error: 'indiquez au moins un lab' }), {
    label: 'Labs',
    hint: 'Les labs qui proposent la formation ; au moins un.',
    item: 'lab',
    example: 'ti-lab',
  }),
  /** How it is delivered, in words (in person, remote, between sessions). */
  modalites: field(text(300), {
    label: 'Modalités',
    example: 'En présentiel, par groupes de 12, avec un cas pratique apporté par chaque équipe.',
  }),
  /** Functional address to ask about it (never a personal one). */
  contact: field(z.email({ error: 'adresse électronique attendue (contact@exemple.gouv.fr)' }).optional(), {
    label: 'Contact',
    hint: 'Une adresse générique du lab.',
    example: 'contact@exemple.gouv.fr',
  }),
  /** Certificate or attestation given, if any. */
  certification: field(text(200).optional(), { label: 'Certification ou attestation', example: 'Attestation de formation' }),
  /** True for a training invented to show what the offer looks like. */
  exemple: field(z.boolean().default(false), {
    label: 'Formation d’exemple',
    hint: 'Cochez pour une formation inventée : elle est signalée partout.',
  }),
  sources,
  ...publication('2026-09-01'),
});

export type FormationData = z.output<typeof formations>;
