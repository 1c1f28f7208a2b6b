/**
 * The content model of Carnet des labs: every collection, every field, in one place.
 * Importable outside Astro (the content checker and the scaffold CLI use the same schemas).
 * Frontmatter keys are French, as the authors are; messages are written in src/lib/content/messages.ts.
 */
import { defineCollection } from 'astro/content/config';
import { z } from 'astro/zod';
import { corpusLoader } from './lib/content/loader.ts';
import { REGION_CODES } from './lib/regions.ts';
import { DIFFICULTES, PHASES, PUBLICS, STATUTS, UNITES_DUREE } from './lib/vocabulary.ts';

export const COLLECTIONS = ['labs', 'projets', 'methodes', 'pratiques', 'thematiques'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A link to another entry, by its id (the file name without extension); the checker verifies it exists. */
export function reference<C extends CollectionName>(collection: C) {
  return z
    .string({ error: `identifiant d'une fiche de « ${collection} » attendu` })
    .regex(ID_PATTERN, { error: 'identifiant en minuscules sans accents, mots séparés par des tirets' })
    .transform((id) => ({ collection, id }))
    .meta({ reference: collection });
}

/** A calendar date written AAAA-MM-JJ; impossible dates (2025-02-30) are rejected, never rolled over. */
const date = z
  .string({ error: 'date attendue au format AAAA-MM-JJ, entre guillemets ou non' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date attendue au format AAAA-MM-JJ (par exemple 2024-03-15)' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    },
    {
      error:
        'cette date n’existe pas dans le calendrier — Vérifiez le jour et le mois (avril, juin, septembre et novembre ont 30 jours, février 28 ou 29)',
    },
  )
  .transform((s) => new Date(`${s}T00:00:00Z`));

const text = (max: number) => z.string().trim().min(1, { error: 'ce texte est vide' }).max(max);
const list = <T extends z.ZodType>(item: T) => z.array(item).default([]);

/** A source of funding, with its amount in euros when it is public. */
const financement = z.strictObject({
  /** Who funded (programme, administration, collectivité). */
  source: text(200),
  /** Amount in euros, a plain number (250000). */
  montant: z.number().nonnegative().optional(),
});

/** An illustration; the alternative text is required for accessibility (RGAA 1.1). */
const image = z.strictObject({
  /** Path of the image added under public/images/ (/images/x.webp). */
  src: text(300),
  /** What the image shows, for people who cannot see it; "" only if purely decorative. */
  alt: z.string({ error: "texte alternatif obligatoire : décrivez ce que montre l'image" }),
});

/** Fields shared by every article-like entry (case study, method, practice). */
const editorial = {
  /** Title of the page (shown as its h1, in cards and in search results). */
  titre: text(120),
  /** One or two sentences (≤ 300 characters): shown on cards and as the meta description. */
  resume: text(300),
  /** Date of first publication. */
  publie: date,
  /** Date of the last significant update. */
  misAJour: date.optional(),
  /** Date the content was last reviewed for accuracy (a notice shows after 24 months). */
  revuLe: date.optional(),
  /** Who wrote it (names or team names). */
  auteurs: z.array(text(120)).min(1, { error: 'indiquez au moins un auteur' }),
  /** A draft is checked but never published. */
  brouillon: z.boolean().default(false),
};

const labs = z.strictObject({
  /** Name of the lab ("Ti Lab"). */
  nom: text(80),
  /** INSEE code of its region ("53" for Bretagne). */
  region: z.enum(REGION_CODES),
  /** City where the lab is based. */
  ville: text(80),
  /** Where to put it on the map, in decimal degrees (WGS 84). */
  coordonnees: z.strictObject({
    /** Latitude, from -90 to 90. */
    lat: z.number().min(-90).max(90),
    /** Longitude, from -180 to 180. */
    lon: z.number().min(-180).max(180),
  }),
  /** Host administration (préfecture de région, SGAR…). */
  porteur: text(200),
  /** Partner organisations. */
  partenaires: list(text(200)),
  /** Year the lab was created. */
  creation: z.number().int().min(2000).max(2100),
  /** Public website, https only. */
  site: z.url({ protocol: /^https$/, error: 'adresse https:// complète attendue' }).optional(),
  /** Public contact e-mail of the lab (never a personal one). */
  contact: z.email({ error: 'adresse électronique attendue (contact@exemple.gouv.fr)' }).optional(),
  /** Funding received. */
  financements: list(financement),
  /** False once the lab has closed. */
  actif: z.boolean(),
  /** True when the page holds illustrative details rather than only public facts. */
  illustratif: z.boolean().default(false),
});

const projets = z
  .strictObject({
    ...editorial,
    /** The lab that led the project. */
    lab: reference('labs'),
    /** Other labs that took part. */
    autresLabs: list(reference('labs')),
    /** INSEE region code, when it differs from the lab's region. */
    region: z.enum(REGION_CODES).optional(),
    /** Territory concerned, in words ("Gâtinais montargois"). */
    territoire: text(120).optional(),
    /** Themes, at least one (ids from content/thematiques.yaml). */
    thematiques: z.array(reference('thematiques')).min(1, { error: 'indiquez au moins une thématique' }),
    /** Methods used, in the order they were used. */
    methodes: list(reference('methodes')),
    /** Who the project was made with or for. */
    publics: z.array(z.enum(PUBLICS.ids)).min(1, { error: 'indiquez au moins un public' }),
    /** Partner organisations. */
    partenaires: list(text(200)),
    /** Where the project stands. */
    statut: z.enum(STATUTS.ids),
    /** Start date. */
    debut: date,
    /** End date, if the project is over. */
    fin: date.optional(),
    /** Funding received. */
    financements: list(financement),
    /** Impact figures ("3 200" "demandes traitées"). */
    chiffres: list(
      z.strictObject({
        /** The figure as it should read ("3 200", "-40 %"). */
        valeur: text(40),
        /** What it counts. */
        libelle: text(160),
      }),
    ),
    /** What helped, in short phrases. */
    leviers: list(text(200)),
    /** What got in the way, in short phrases. */
    blocages: list(text(200)),
    /** The project this one replicates, if any. */
    essaimeDepuis: reference('projets').optional(),
    /** For a replication: what it changed compared with its source, in short phrases. */
    adaptations: list(text(200)),
    /** People or teams to contact about the project. */
    contacts: list(
      z.strictObject({
        /** Name or team. */
        nom: text(120),
        /** Role in the project. */
        role: text(160).optional(),
        /** Professional e-mail. */
        courriel: z.email({ error: 'adresse électronique attendue' }).optional(),
      }),
    ),
    /** Illustration shown at the top of the page and in shares. */
    image: image.optional(),
    /** True when the page holds illustrative details rather than only public facts. */
    illustratif: z.boolean().default(false),
  })
  .refine((p) => !p.fin || p.fin >= p.debut, {
    error: 'la date de fin précède la date de début — Corrigez « debut » ou « fin »',
    path: ['fin'],
  })
  .refine((p) => p.adaptations.length === 0 || p.essaimeDepuis, {
    error: 'des adaptations sans projet source — Indiquez le projet repris dans « essaimeDepuis », ou retirez « adaptations »',
    path: ['adaptations'],
  });

const methodes = z.strictObject({
  ...editorial,
  /** Phase of the approach where the method is most used. */
  phase: z.enum(PHASES.ids),
  /** How long it takes: a range and a unit. */
  duree: z
    .strictObject({
      /** Shortest duration. */
      min: z.number().positive(),
      /** Longest duration (same unit), if it varies. */
      max: z.number().positive().optional(),
      /** Unit of both numbers. */
      unite: z.enum(UNITES_DUREE.ids),
    })
    .refine((d) => d.max === undefined || d.max >= d.min, {
      error: 'max est plus petit que min — Indiquez un max supérieur ou égal au min',
      path: ['max'],
    }),
  /** How many people take part. */
  participants: z
    .strictObject({
      /** Fewest participants. */
      min: z.number().int().positive(),
      /** Most participants. */
      max: z.number().int().positive(),
    })
    .refine((p) => p.max >= p.min, { error: 'max est plus petit que min — Indiquez un max supérieur ou égal au min', path: ['max'] }),
  /** How demanding it is for a team running it for the first time. */
  difficulte: z.enum(DIFFICULTES.ids),
  /** What to bring. */
  materiel: list(text(200)),
  /** What the method produces. */
  livrables: list(text(200)),
  /** When to reach for this method, in one or two sentences. */
  quandUtiliser: text(600),
  /** What to watch out for. */
  precautions: text(600).optional(),
  /** Downloadable templates, stored under public/ressources/. */
  ressources: list(
    z.strictObject({
      /** Name of the template as shown on the page. */
      titre: text(160),
      /** Path under public/ ("/ressources/grille-entretien.pdf"). */
      fichier: z.string().regex(/^\/ressources\/[a-z0-9][a-z0-9.-]*$/, {
        error: 'chemin attendu de la forme /ressources/nom-du-fichier.pdf',
      }),
    }),
  ),
  /** Methods that go well with this one. */
  methodesLiees: list(reference('methodes')),
});

const pratiques = z.strictObject({
  ...editorial,
  /** Themes, at least one. */
  thematiques: z.array(reference('thematiques')).min(1, { error: 'indiquez au moins une thématique' }),
  /** Case studies that show the practice. */
  projets: list(reference('projets')),
  /** Methods that help apply it. */
  methodes: list(reference('methodes')),
});

const thematiques = z.strictObject({
  /** Identifier used in URLs and in the other files' thematiques lists. */
  id: z.string().regex(ID_PATTERN),
  /** Name as shown. */
  libelle: text(80),
  /** One sentence on what the theme covers. */
  description: text(300),
});

/** The schemas, for the content checker and the scaffold CLI. */
export const schemas = { labs, projets, methodes, pratiques, thematiques } satisfies Record<CollectionName, z.ZodType>;

export const collections = {
  labs: defineCollection({ loader: corpusLoader('labs'), schema: labs }),
  projets: defineCollection({ loader: corpusLoader('projets'), schema: projets }),
  methodes: defineCollection({ loader: corpusLoader('methodes'), schema: methodes }),
  pratiques: defineCollection({ loader: corpusLoader('pratiques'), schema: pratiques }),
  thematiques: defineCollection({ loader: corpusLoader('thematiques'), schema: thematiques }),
};

export type LabData = z.output<typeof labs>;
export type ProjetData = z.output<typeof projets>;
export type MethodeData = z.output<typeof methodes>;
export type PratiqueData = z.output<typeof pratiques>;
export type ThematiqueData = z.output<typeof thematiques>;
