/** A laboratoire d'innovation territoriale (`content/labs/<id>.md`); its body is a short presentation. */
import { z } from 'astro/zod';
import { REGION_CODES } from '../lib/regions.ts';
import { editorial, field, financement, httpsUrl, illustratif, list, rule, sources, text } from './fields.ts';

export const labs = z
  .strictObject({
    /** Name of the lab ("Ti Lab"). */
    nom: field(text(80), { label: 'Nom du lab', hint: 'Par exemple « Ti Lab ».', example: 'Ti Lab' }),
    /** INSEE code of its region ("53" for Bretagne). */
    region: field(z.enum(REGION_CODES), { label: 'Région', hint: 'Le code INSEE de la région.', example: '53' }),
    /** City where the lab is based. */
    ville: field(text(80), { label: 'Ville', hint: 'Où le lab est installé.', example: 'Rennes' }),
    /** Where to put it on the map, in decimal degrees (WGS 84). */
    coordonnees: field(
      z.strictObject({
        /** Latitude, from -90 to 90. */
        lat: field(z.number().min(-90).max(90), { label: 'Latitude', hint: 'De -90 à 90.', example: '48.11' }),
        /** Longitude, from -180 to 180. */
        lon: field(z.number().min(-180).max(180), { label: 'Longitude', hint: 'De -180 à 180.', example: '-1.68' }),
      }),
      { label: 'Position sur la carte', hint: 'En degrés décimaux (WGS 84), par exemple 48.11 et -1.68 pour Rennes.' },
    ),
    /** Host administration (préfecture de région, SGAR…). */
    porteur: field(text(200), {
      label: 'Administration porteuse',
      display: 'Porté par',
      hint: 'Préfecture de région, SGAR…',
      example: 'Préfecture de la région Bretagne (SGAR)',
    }),
    /** Partner organisations. */
    partenaires: field(list(text(200)), {
      label: 'Partenaires',
      hint: 'Les organisations partenaires, une par élément.',
      item: 'partenaire',
    }),
    /** Year the lab was created. */
    creation: field(z.number().int().min(2000).max(2100).optional(), {
      label: 'Année de création',
      display: 'Création',
      hint: 'Laissez vide si aucune source publique ne la donne : la page le dira.',
      example: '2017',
      ask: true,
    }),
    /** Public website, https only. */
    site: field(httpsUrl().optional(), {
      label: 'Site web',
      display: 'Site',
      hint: 'Adresse complète commençant par https://.',
      ask: true,
    }),
    /** Public contact e-mail of the lab (never a personal one). */
    contact: field(z.email({ error: 'adresse électronique attendue (contact@exemple.gouv.fr)' }).optional(), {
      label: 'Adresse de contact',
      display: 'Contact',
      hint: 'Une adresse générique du lab, jamais une adresse personnelle.',
      example: 'contact@exemple.gouv.fr',
      ask: true,
    }),
    /** Funding received. */
    financements: field(list(financement), { label: 'Financements', item: 'financement' }),
    /** False once the lab has closed. */
    actif: field(z.boolean(), { label: 'Lab en activité', hint: 'Décochez quand le lab a fermé.', initial: true }),
    /** Year the lab stopped, for a former lab. */
    fermeture: field(z.number().int().min(2000).max(2100).optional(), {
      label: 'Année de fermeture',
      display: 'Fermeture',
      hint: 'Pour un lab qui a cessé son activité.',
      example: '2020',
    }),
    /** Public documents the facts come from, listed at the end of the page. */
    sources,
    /** Date the page was last checked against its sources. */
    revuLe: editorial.revuLe,
    illustratif,
  })
  .refine((l) => l.fermeture === undefined || !l.actif, {
    ...rule('un lab en activité ne peut pas avoir d’année de fermeture', 'Mettez « actif: false », ou retirez « fermeture »'),
    path: ['fermeture'],
  })
  .refine((l) => l.fermeture === undefined || l.creation === undefined || l.fermeture >= l.creation, {
    ...rule('l’année de fermeture précède l’année de création', 'Corrigez « creation » ou « fermeture »'),
    path: ['fermeture'],
  });

export type LabData = z.output<typeof labs>;
