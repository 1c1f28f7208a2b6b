/**
 * An event of the agenda (`content/evenements/<id>.md`): a webinar, a workshop, a session of a training, a
 * lab's inauguration… Its body is the programme, then « Ce qu’il faut retenir » once it took place.
 * Whether it is past is derived from its end and the build date, never written.
 */
import { z } from 'astro/zod';
import { compareLocal, localDateTimeProblem, parseLocal } from './paris-time.ts';
import { REGION_CODES } from '../lib/regions.ts';
import { FORMATS_EVENEMENT, PUBLICS_EVENEMENT, STATUTS_EVENEMENT, TYPES_EVENEMENT } from '../lib/vocabulary.ts';
import { field, list, reference, rule, publication, sources, SITE_PATH, text } from './fields.ts';

/** A Paris wall-clock date-time "2026-12-10T14:00", or a date "2026-12-10" for a whole day; kept as written. */
export const localDateTime = z
  .string({ error: 'date attendue au format AAAA-MM-JJTHH:MM (heure de Paris), entre guillemets ou non' })
  .superRefine((s, ctx) => {
    const problem = localDateTimeProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { fix: problem.fix }, input: s });
  });

/** Where registration happens: a public https address, or a page of this site (/agenda/exemple/). */
export const inscription = z
  .string()
  .refine(
    (s) => /^https:\/\/[^\s/]+\.[^\s]+$/.test(s) || SITE_PATH.test(s),
    rule(
      'lien d’inscription non sécurisé ou incomplet',
      'Donnez l’adresse complète commençant par https:// (jamais http://), ou le chemin d’une page de ce site commençant par /',
    ),
  );

/** The place of an on-site event. */
export const lieu = z.strictObject({
  /** Name of the venue ("Lieu de la transformation publique"). */
  nom: field(text(160), { label: 'Nom du lieu', example: 'Espace de la Région Bretagne' }),
  /** Street address. */
  adresse: field(text(200).optional(), { label: 'Adresse', hint: 'Numéro et rue, si elle est connue.', example: '5 rue Martenot' }),
  /** City. */
  ville: field(text(80), { label: 'Ville', example: 'Rennes' }),
  /** INSEE code of the region. */
  region: field(z.enum(REGION_CODES), { label: 'Région', hint: 'Le code INSEE de la région.', example: '53' }),
  /** Position for the map link, in decimal degrees. */
  coordonnees: field(
    z
      .strictObject({
        /** Latitude, from -90 to 90. */
        lat: field(z.number().min(-90).max(90), { label: 'Latitude', example: '48.11' }),
        /** Longitude, from -180 to 180. */
        lon: field(z.number().min(-180).max(180), { label: 'Longitude', example: '-1.68' }),
      })
      .optional(),
    { label: 'Position sur la carte', hint: 'Facultative, en degrés décimaux.' },
  ),
});

/** A document shared after the event. */
const support = z.strictObject({
  /** What it is ("Diaporama de présentation"). */
  titre: field(text(160), { label: 'Titre du support', example: 'Diaporama de présentation' }),
  /** Where to read it: https, or a file of this site under /ressources/. */
  url: field(inscription, { label: 'Adresse', example: '/ressources/grille-entretien.pdf' }),
});

export const evenements = z
  .strictObject({
    /** Title of the event, as on its page and in calendars. */
    titre: field(text(140), {
      label: 'Titre',
      hint: 'Le titre de la page et des agendas, 140 caractères au plus.',
      example: 'Webinaire : mener ses premiers entretiens usagers',
    }),
    /** One or two sentences (≤ 300 characters) for cards, calendars and search engines. */
    resume: field(text(300), { label: 'Résumé', hint: 'Une ou deux phrases, 300 caractères au plus.' }),
    /** What kind of event it is. */
    type: field(z.enum(TYPES_EVENEMENT.ids), { label: 'Type d’événement', example: 'webinaire' }),
    /** Online, on site, or both. */
    format: field(z.enum(FORMATS_EVENEMENT.ids), {
      label: 'Format',
      hint: 'Sur place et hybride demandent un lieu ; en ligne n’en a pas.',
      example: 'en-ligne',
    }),
    /** Start, in Paris time: "2026-12-10T14:00", or "2026-12-10" for a whole day. */
    debut: field(localDateTime, {
      label: 'Début (heure de Paris)',
      hint: 'Sous la forme AAAA-MM-JJTHH:MM, ou seulement AAAA-MM-JJ pour un événement d’une ou plusieurs journées entières.',
      example: '2026-12-10T14:00',
    }),
    /** End, in the same form as the start; may be left out for a single whole day. */
    fin: field(localDateTime.optional(), {
      label: 'Fin (heure de Paris)',
      ask: true,
      hint: 'Sous la même forme que le début ; facultative pour une seule journée entière.',
      example: '2026-12-10T15:30',
    }),
    /** The venue: required on site and hybrid, forbidden online. */
    lieu: field(lieu.optional(), { label: 'Lieu', hint: 'Obligatoire sur place ou en hybride ; à retirer pour un événement en ligne.' }),
    /** The labs that organise it. */
    organisateurs: field(list(reference('labs')), { label: 'Labs organisateurs', item: 'lab', example: 'ti-lab', ask: true }),
    /** Other organisers, in words (DITP, a ministry, a collectivité). */
    autresOrganisateurs: field(list(text(160)), { label: 'Autres organisateurs', item: 'organisateur', example: 'DITP' }),
    /** Themes it deals with. */
    thematiques: field(list(reference('thematiques')), { label: 'Thématiques', item: 'thématique', example: 'service-usager' }),
    /** Methods it teaches or practises. */
    methodes: field(list(reference('methodes')), { label: 'Méthodes enseignées ou pratiquées', item: 'méthode' }),
    /** Case studies it presents. */
    projets: field(list(reference('projets')), { label: 'Études de cas présentées', item: 'étude de cas' }),
    /** Who it is for. */
    public: field(z.array(z.enum(PUBLICS_EVENEMENT.ids)).min(1, { error: 'indiquez au moins un public' }), {
      label: 'Public',
      item: 'public',
      example: 'agents',
    }),
    /** Where to register: https only, or a page of this site for an example event. */
    inscription: field(inscription.optional(), {
      label: 'Lien d’inscription',
      ask: true,
      hint: 'Adresse https:// ; pour un événement d’exemple, /agenda/exemple/.',
      example: 'https://www.demarches-simplifiees.fr/commencer/inscription',
    }),
    /** True when taking part costs nothing. */
    gratuit: field(z.boolean().default(true), { label: 'Gratuit' }),
    /** The price, in words, when it is not free. */
    tarif: field(text(120).optional(), { label: 'Tarif', hint: 'Si l’événement est payant.', example: '150 € par personne' }),
    /** Seats available, if limited. */
    places: field(z.number().int().positive().optional(), { label: 'Nombre de places', example: '20' }),
    /** Where it stands: prévu, complet, annulé or reporté (passé is derived from the date). */
    statut: field(z.enum(STATUTS_EVENEMENT.ids).default('prevu'), {
      label: 'Statut',
      hint: '« Passé » n’est jamais écrit : il est déduit de la date de fin.',
      example: 'prevu',
    }),
    /** The training this event is a session of. */
    formation: field(reference('formations').optional(), { label: 'Formation dont c’est une session', example: 'design-de-services' }),
    /** The edition of a network-wide event it is part of. */
    tempsFort: field(reference('temps-forts').optional(), { label: 'Temps fort', example: 'mois-innovation-publique-2020' }),
    /** Recording, once it took place. */
    replay: field(inscription.optional(), { label: 'Rediffusion', hint: 'Adresse https:// de l’enregistrement, après l’événement.' }),
    /** Documents shared afterwards. */
    supports: field(list(support), { label: 'Supports', item: 'support' }),
    /** True for an event invented to show what the agenda holds: it is marked wherever it appears. */
    exemple: field(z.boolean().default(false), {
      label: 'Événement d’exemple',
      hint: 'Cochez pour un événement inventé : il est signalé partout et son inscription mène à /agenda/exemple/.',
    }),
    sources,
    ...publication('2026-11-02'),
  })
  .superRefine((e, ctx) => {
    const issue = (path: string, message: string, fix: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message, params: { fix }, input: (e as Record<string, unknown>)[path] });
    if (localDateTimeProblem(e.debut) || (e.fin !== undefined && localDateTimeProblem(e.fin))) return;
    const start = parseLocal(e.debut);
    const end = e.fin === undefined ? undefined : parseLocal(e.fin);
    if (start.time && !end) issue('fin', 'heure de fin manquante pour un événement à heure fixe', 'Ajoutez « fin: AAAA-MM-JJTHH:MM »');
    if (end && !start.time && end.time)
      issue('debut', 'heure de début manquante alors que la fin a une heure', 'Écrivez le début sous la forme AAAA-MM-JJTHH:MM');
    if (end && start.time && !end.time)
      issue('fin', 'heure de fin manquante alors que le début a une heure', 'Écrivez la fin sous la forme AAAA-MM-JJTHH:MM');
    if (end && !!start.time === !!end.time && compareLocal(end, start) < (start.time ? 1 : 0)) {
      issue('fin', 'la fin précède le début', 'Corrigez « debut » ou « fin » (heure de Paris)');
    }
    if (e.format === 'en-ligne' && !start.time) {
      issue('debut', 'un événement en ligne a besoin d’une heure', 'Écrivez le début sous la forme AAAA-MM-JJTHH:MM');
    }
    if (e.format !== 'en-ligne' && !e.lieu) {
      ctx.addIssue({
        code: 'custom',
        path: ['lieu'],
        input: e.format,
        message: `lieu manquant pour un événement ${e.format === 'sur-place' ? 'sur place' : 'hybride'}`,
        params: { fix: 'Ajoutez « lieu: » avec nom, adresse, ville et region, ou passez « format » à en-ligne' },
      });
    }
    if (e.format === 'en-ligne' && e.lieu) {
      issue('lieu', 'un événement en ligne n’a pas d’adresse', 'Retirez « lieu », ou passez « format » à sur-place ou hybride');
    }
    if (e.organisateurs.length === 0 && e.autresOrganisateurs.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisateurs'],
        message: 'aucun organisateur',
        params: { fix: 'Indiquez au moins un lab dans « organisateurs » ou un nom dans « autresOrganisateurs »' },
      });
    }
    if (!e.gratuit && !e.tarif) issue('tarif', 'tarif manquant pour un événement payant', 'Ajoutez « tarif: … », ou « gratuit: true »');
    if (e.exemple && e.inscription && !e.inscription.startsWith('/')) {
      issue(
        'inscription',
        'un événement d’exemple ne doit pas mener à une vraie adresse d’inscription',
        'Écrivez « inscription: /agenda/exemple/ »',
      );
    }
    if (!e.exemple && e.sources.length === 0 && !e.inscription?.startsWith('https://')) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'un événement réel sans source ni lien d’inscription',
        params: {
          fix: 'Ajoutez sa source publique dans « sources » ou son lien d’inscription en https://, ou « exemple: true » s’il est inventé',
        },
      });
    }
    if (e.type === 'formation' && !e.formation) {
      ctx.addIssue({
        code: 'custom',
        path: ['formation'],
        input: e.type,
        message: 'session sans formation',
        params: { fix: 'Indiquez la formation dans « formation: identifiant »' },
      });
    }
  });

export type EvenementData = z.output<typeof evenements>;
