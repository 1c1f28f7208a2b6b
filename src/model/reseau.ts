/**
 * The network's published figures and history (`content/reseau.yaml`, one file): every figure and every
 * milestone has the date it refers to and cites one of the file's `sources` by its number. Read by /reseau/,
 * the home page's key figures and the press corner.
 */
import { z } from 'astro/zod';
import { field, list, rule, sources, text } from './fields.ts';
import { APPROXIMATIONS, SERIES_RESEAU, UNITES_CHIFFRE } from '../lib/vocabulary.ts';

export type Serie = (typeof SERIES_RESEAU.ids)[number];

/** A date as precise as its source, in quotes: a year ("2024"), a month ("2025-09") or a day ("2020-12-01"). */
export const dateChiffre = z
  .string({ error: 'date attendue entre guillemets : une année ("2024"), un mois ("2025-09") ou un jour ("2020-12-01")' })
  .regex(/^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'date attendue : une année ("2024"), un mois ("2025-09") ou un jour ("2020-12-01")',
  })
  .refine(
    (s) => s.length < 10 || new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    rule('cette date n’existe pas dans le calendrier', 'Vérifiez le jour et le mois'),
  );

/** How to fix a figure or milestone that lacks its date or its source. */
const MISSING_FIX = {
  date: 'Ajoutez « date: » avec l’année, le mois ou le jour auquel il se rapporte, entre guillemets ("2024", "2025-09" ou "2020-12-01")',
  source: 'Ajoutez « source: » avec le numéro, dans la liste « sources » du fichier, du document public qui le publie (1 pour le premier)',
} as const;

/** The date and the source every figure and milestone must have (checked with `needsDateAndSource`). */
const provenance = {
  /** When the figure is true or was published: a year, a month or a day. */
  date: field(dateChiffre.optional(), {
    label: 'Date du chiffre (obligatoire)',
    hint: 'L’année, le mois ou le jour auquel il se rapporte, entre guillemets : "2024", "2025-09" ou "2020-12-01".',
    example: '"2025-09"',
  }),
  /** Number of the file's source that publishes it (1 for the first). */
  source: field(z.number().int().positive().optional(), {
    label: 'Source (numéro, obligatoire)',
    hint: 'Le numéro, dans la liste « sources » du fichier, du document public qui le publie : 1 pour le premier.',
    example: '3',
  }),
};

function needsDateAndSource(what: string) {
  return (entry: { date?: string | undefined; source?: number | undefined }, ctx: z.RefinementCtx) => {
    for (const key of ['date', 'source'] as const)
      if (entry[key] === undefined)
        ctx.addIssue({
          code: 'custom',
          input: entry,
          path: [key],
          message: `${what} du réseau sans ${key}`,
          params: { fix: MISSING_FIX[key] },
        });
  };
}

/** A dated, sourced figure of the network. */
export const chiffreReseau = z
  .strictObject({
    /** Which chart or group it belongs to. */
    serie: field(z.enum(SERIES_RESEAU.ids), {
      label: 'Série',
      hint: 'labs, reseau (le réseau élargi), evenements (par édition du Mois), themes-2020, financements ou activite.',
      example: 'labs',
    }),
    /** What it is read against in its series: a year, an edition, a theme, a programme. */
    periode: field(text(60), {
      label: 'Repère',
      hint: 'Ce qui le situe dans sa série, affiché sur le graphique : une année, une édition, un thème, un programme.',
      example: '2025',
    }),
    /** The number, without spaces or symbol (17, 350, 4000000). */
    valeur: field(z.number().nonnegative(), { label: 'Valeur', hint: 'Un nombre sans espace ni symbole.', example: '17' }),
    /** As published: "plus de", "environ", "près de"; left out when exact. */
    approximation: field(z.enum(APPROXIMATIONS.ids).optional(), {
      label: 'Approximation',
      hint: 'Comme la source l’écrit : environ, plus-de ou pres-de ; rien si le chiffre est exact.',
      example: 'plus-de',
    }),
    /** euros for an amount; left out for a count. */
    unite: field(z.enum(UNITES_CHIFFRE.ids).optional(), {
      label: 'Unité',
      hint: 'euros pour un montant ; rien pour un nombre.',
      example: 'euros',
    }),
    /** What it counts, completing the number ("laboratoires interministériels auprès des préfets de région"). */
    libelle: field(text(200), {
      label: 'Ce qu’il compte',
      hint: 'La suite du nombre, en minuscules.',
      example: 'laboratoires interministériels d’innovation territoriale',
    }),
    ...provenance,
    /** A reservation: a source that says otherwise, a scope to keep in mind. */
    remarque: field(text(300).optional(), {
      label: 'Remarque',
      hint: 'Une autre source donne un autre chiffre, ou le périmètre diffère : dites-le ici.',
    }),
    /** Shown among the key figures (home page, press corner). */
    cle: field(z.boolean().optional(), {
      label: 'Chiffre clé',
      hint: 'Affiché sur la page d’accueil et dans l’espace presse.',
    }),
  })
  .superRefine(needsDateAndSource('chiffre'));

/** A milestone of the network's history. */
export const jalon = z
  .strictObject({
    /** Short title ("L’appel à projets du PIA"). */
    titre: field(text(120), { label: 'Titre', example: 'Douze lauréats de l’appel à projets' }),
    /** What happened, in one or two sentences. */
    texte: field(text(600), { label: 'Ce qui s’est passé', hint: 'Une ou deux phrases.' }),
    ...provenance,
  })
  .superRefine(needsDateAndSource('jalon'));

export const reseau = z
  .strictObject({
    /** The public documents the figures and milestones come from, numbered from 1 in this order. */
    sources,
    /** The figures. */
    chiffres: field(z.array(chiffreReseau).min(1, { error: 'le fichier ne donne aucun chiffre' }), {
      label: 'Chiffres',
      item: 'chiffre',
    }),
    /** The network's history, oldest first. */
    jalons: field(list(jalon), { label: 'Histoire du réseau', item: 'jalon' }),
    /** Where to reach the network: a functional page or address, never a person. */
    contact: field(
      z.strictObject({
        /** Who answers ("Direction interministérielle de la transformation publique"). */
        nom: field(text(160), { label: 'Qui répond', example: 'DITP' }),
        /** Public page to reach them. */
        url: field(z.url({ protocol: /^https$/, error: 'adresse https:// complète attendue' }), {
          label: 'Page de contact',
          example: 'https://www.modernisation.gouv.fr/',
        }),
      }),
      { label: 'Contact du réseau', hint: 'Une page ou une adresse fonctionnelle, jamais celle d’une personne.' },
    ),
  })
  .superRefine((entry, ctx) => {
    const count = entry.sources.length;
    const check = (at: 'chiffres' | 'jalons') => (item: { source?: number | undefined }, i: number) => {
      if (item.source === undefined || item.source <= count) return;
      ctx.addIssue({
        code: 'custom',
        input: item.source,
        path: [at, i, 'source'],
        message: `la source n° ${item.source} n’existe pas : le fichier en a ${count}`,
        params: { fix: `Indiquez un numéro de 1 à ${count} (l’ordre de la liste « sources »), ou ajoutez le document à « sources »` },
      });
    };
    entry.chiffres.forEach(check('chiffres'));
    entry.jalons.forEach(check('jalons'));
  });

export type ReseauData = z.output<typeof reseau>;
export type ChiffreReseau = z.output<typeof chiffreReseau>;
