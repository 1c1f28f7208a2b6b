/**
 * Field builders shared by the collections, and the metadata every field carries: its French label, its
 * hint and an example, stated once here or beside the field, and read by the web editor, `npm run nouveau`,
 * the open-data documentation and CONTRIBUTING.md through zod's public metadata registry.
 */
import { z } from 'astro/zod';
import { CONTENT_COLLECTIONS, type CollectionName } from './collections.ts';

/** What a field says to a French author, wherever it is shown. */
export interface FieldMeta {
  /** The field's name as a person reads it ("Date de début"). */
  label: string;
  /** Its name on the published page, where a shorter one reads better beside the value ("Porté par"). */
  display?: string;
  /** One sentence that helps fill it in, if the label is not enough. */
  hint?: string;
  /** A value as it would be typed in a file ("2024-03-15"). */
  example?: string;
  /** For a list: one item, as in "Ajouter un partenaire" and "1 partenaire". */
  item?: string;
  /** For a path: the kind of file it points to, so an editor can offer a picker. */
  widget?: 'image' | 'file';
  /** For a file: the folder of public/ it is stored in ("/ressources"). */
  publicFolder?: string;
  /** The value a form proposes for a new entry, when the field has no default ("actif": true); "today" for a date. */
  initial?: string | number | boolean;
  /** Asked by `npm run nouveau` although optional (the others are left in the new file as comments). */
  ask?: boolean;
}

/** Gives a field its label, hint and example: the one place where they are written. */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta({ ...meta });
}

/** The metadata of a field, or undefined when none was given (read through zod's public registry). */
export function fieldMeta(schema: z.ZodType): (FieldMeta & { reference?: CollectionName }) | undefined {
  return z.globalRegistry.get(schema) as (FieldMeta & { reference?: CollectionName }) | undefined;
}

/**
 * The error of a rule (a `.refine` on a field or an entry) for its author: what is wrong, and how to fix it,
 * each a sentence without its final full stop. The checker shows both (src/lib/content/messages.ts): the
 * fix travels in the issue's params. In a `.superRefine`, write `ctx.addIssue({ code: 'custom', message, params: { fix } })`.
 */
export function rule(message: string, fix: string): { error: string; params: { fix: string } } {
  return { error: message, params: { fix } };
}

/** The identifier of an entry: its file name without extension, and the last part of its address. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_RULE = 'identifiant en minuscules sans accents, mots séparés par des tirets';

/** A root-relative address of this site ("/agenda/exemple/"): one slash, then no space; the checker verifies it leads somewhere. */
export const SITE_PATH = /^\/(?!\/)\S*$/;

/** A link to another entry, by its id (the file name without extension); the checker verifies it exists. */
export function reference<C extends CollectionName>(collection: C) {
  return z
    .string({ error: `identifiant d'une fiche de « ${collection} » attendu` })
    .regex(ID_PATTERN, { error: ID_RULE })
    .transform((id) => ({ collection, id }))
    .meta({ reference: collection, folder: CONTENT_COLLECTIONS[collection].folder });
}

/** A calendar date written AAAA-MM-JJ; impossible dates (2025-02-30) are rejected, never rolled over. */
export const date = z
  .string({ error: 'date attendue au format AAAA-MM-JJ, entre guillemets ou non' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date attendue au format AAAA-MM-JJ (par exemple 2024-03-15)' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    },
    {
      ...rule(
        'cette date n’existe pas dans le calendrier',
        'Vérifiez le jour et le mois (avril, juin, septembre et novembre ont 30 jours, février 28 ou 29)',
      ),
    },
  )
  .transform((s) => new Date(`${s}T00:00:00Z`))
  .meta({ format: 'date' });

/** Non-empty text, trimmed, at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1, { error: 'ce texte est vide' }).max(max);

/** A list that may be left out of the file (it then reads as empty). */
export const list = <T extends z.ZodType>(item: T) => z.array(item).default([]);

/** A public https address. */
export const httpsUrl = (error = 'adresse https:// complète attendue') =>
  z.url({ protocol: /^https$/, error }).meta({ pattern: '^https://[^\\s/]+\\S*$' });

/** A source of funding, with its amount in euros when it is public. */
export const financement = z.strictObject({
  /** Who funded (programme, administration, collectivité). */
  source: field(text(200), {
    label: 'Source',
    hint: 'Programme, administration ou collectivité.',
    example: 'PIA (Programme d’investissements d’avenir)',
  }),
  /** Amount in euros, a plain number (250000). */
  montant: field(z.number().nonnegative().optional(), {
    label: 'Montant en euros',
    hint: 'Un nombre sans espace ni symbole (250000), s’il est public.',
    example: '250000',
  }),
});

/** An illustration; the alternative text is required for accessibility (RGAA 1.1). */
export const image = z.strictObject({
  /** Path of the image added under public/images/ (/images/x.webp). */
  src: field(text(300), {
    label: 'Image',
    hint: 'WebP, PNG ou JPEG, 1 Mo et 4000 pixels au plus.',
    example: '/images/atelier.webp',
    widget: 'image',
  }),
  /** What the image shows, for people who cannot see it; "" only if purely decorative. */
  alt: field(z.string({ error: "texte alternatif obligatoire : décrivez ce que montre l'image" }), {
    label: 'Texte alternatif',
    hint: 'Ce que montre l’image, pour les personnes qui ne la voient pas.',
  }),
});

/** Fields shared by every article-like entry (case study, method, practice). */
export const editorial = {
  /** Title of the page (shown as its h1, in cards and in search results). */
  titre: field(text(120), {
    label: 'Titre',
    hint: 'Le titre de la page, 120 caractères au plus ; le nom du fichier en est tiré.',
    example: 'Accueil des usagers à l’Île-d’Yeu',
  }),
  /** One or two sentences (≤ 300 characters): shown on cards and as the meta description. */
  resume: field(text(300), {
    label: 'Résumé',
    hint: 'Une ou deux phrases, 300 caractères au plus : affiché sur les cartes et dans les résultats des moteurs de recherche.',
  }),
  /** Date of first publication. */
  publie: field(date, { label: 'Date de publication', example: '2024-03-15', initial: 'today' }),
  /** Date of the last significant update. */
  misAJour: field(date.optional(), { label: 'Date de la dernière mise à jour importante', example: '2024-06-01' }),
  /** Date the content was last reviewed for accuracy (a notice shows after 24 months). */
  revuLe: field(date.optional(), {
    label: 'Date de la dernière relecture',
    hint: 'Quand le contenu a été vérifié ; un avertissement s’affiche 24 mois plus tard.',
    example: '2026-12-03',
  }),
  /** Who wrote it (names or team names). */
  auteurs: field(z.array(text(120)).min(1, { error: 'indiquez au moins un auteur' }), {
    label: 'Auteurs',
    hint: 'Noms des personnes ou des équipes qui ont écrit la fiche.',
    item: 'auteur',
    example: 'Équipe du Ti Lab',
  }),
  /** A draft is checked but never published. */
  brouillon: field(z.boolean().default(false), { label: 'Brouillon', hint: 'Un brouillon est vérifié mais jamais publié.' }),
};

/** The publication fields of an agenda entry (event, training, edition), with an example date of first publication. */
export function publication(example: string) {
  return {
    /** Date of first publication. */
    publie: field(date, { label: 'Date de publication', example, initial: 'today' }),
    /** Date of the last significant update. */
    misAJour: field(date.optional(), { label: 'Date de la dernière mise à jour', example: '2026-11-20' }),
    /** A draft is checked but never published. */
    brouillon: field(z.boolean().default(false), { label: 'Brouillon' }),
  };
}

/** True when the whole entry is an example (an invented project), not a published one; a notice says so. */
export const illustratif = field(z.boolean().default(false), {
  label: 'Fiche entièrement donnée en exemple',
  hint: 'Cochez si la fiche décrit un cas inventé pour l’exemple : la page, ses cartes, ses flux et les données ouvertes le disent. Un fait inventé dans une fiche réelle se marque là où il est (« exemple: true », « exemples »).',
});

/** A public document a fact comes from (a press release, a report, the lab's own page). */
export const source = z.strictObject({
  /** Title of the document as its publisher gives it. */
  titre: field(text(200), { label: 'Titre du document', example: 'Les laboratoires d’innovation territoriale' }),
  /** Where to read it, https only. */
  url: field(httpsUrl(), {
    label: 'Adresse',
    hint: 'Adresse complète commençant par https://.',
    example: 'https://www.modernisation.gouv.fr/',
  }),
  /** Who published it. */
  editeur: field(text(120).optional(), { label: 'Éditeur', example: 'DITP' }),
  /** When it was published. */
  date: field(date.optional(), { label: 'Date de publication', example: '2024-03-15' }),
});

/** The public sources of an entry, listed at the end of its page and cited in its JSON-LD. */
export const sources = field(list(source), {
  label: 'Sources',
  hint: 'Les documents publics d’où viennent les faits de la fiche ; un chiffre renvoie à l’une d’elles par son numéro.',
  item: 'source',
});

/**
 * An impact figure with its provenance: it cites one of the entry's `sources` by its number (1 for the first),
 * or says it is an example (`exemple: true`), never both and never neither. The entry checks the number
 * against its list with `checkSourceNumbers`.
 */
export const chiffre = z
  .strictObject({
    /** The figure as it should read ("3 200", "-40 %"). */
    valeur: field(text(40), { label: 'Valeur', hint: 'Telle qu’elle doit se lire : « 3 200 », « -40 % ».', example: '3 200' }),
    /** What it counts. */
    libelle: field(text(160), { label: 'Ce qu’elle compte', example: 'demandes traitées' }),
    /** Number of the entry's source that publishes this figure (1 for the first source of the list). */
    source: field(z.number().int().positive().optional(), {
      label: 'Source du chiffre (numéro)',
      hint: 'Le numéro, dans la liste « Sources » de la fiche, du document public qui donne ce chiffre : 1 pour la première.',
      example: '1',
    }),
    /** True when the figure is an example, not a published fact. */
    exemple: field(z.boolean().optional(), {
      label: 'Chiffre donné en exemple',
      hint: 'Cochez si aucun document public ne donne ce chiffre : il s’affiche alors avec la mention « exemple ».',
    }),
  })
  .refine((c) => c.source !== undefined || c.exemple === true, {
    ...rule(
      'chiffre sans source ni mention d’exemple',
      'Ajoutez « source: 1 » (le numéro, dans « sources », du document public qui donne ce chiffre) ou, si le chiffre n’est publié nulle part, « exemple: true »',
    ),
  })
  .refine((c) => !(c.source !== undefined && c.exemple === true), {
    ...rule(
      'chiffre à la fois sourcé et donné en exemple',
      'Gardez « source » si un document public le donne, sinon retirez « source » et gardez « exemple: true »',
    ),
    path: ['exemple'],
  });

export type Chiffre = z.output<typeof chiffre>;

/** A list of impact figures, each with its source or marked as an example. */
export const chiffres = field(list(chiffre), {
  label: 'Chiffres clés',
  hint: 'Les résultats mesurés, par exemple « 3 200 » « demandes traitées », chacun avec le numéro de sa source ou la mention « exemple ».',
  item: 'chiffre',
});

/**
 * Checks, on a whole entry, that every figure's source number points into the entry's `sources` list.
 * Used as `.superRefine(checkSourceNumbers)` by every collection that has figures.
 */
export function checkSourceNumbers(
  entry: { sources: readonly unknown[]; chiffres?: readonly { source?: number | undefined }[] },
  ctx: z.RefinementCtx,
): void {
  const count = entry.sources.length;
  (entry.chiffres ?? []).forEach((c, i) => {
    if (c.source === undefined || c.source <= count) return;
    ctx.addIssue({
      code: 'custom',
      input: c.source,
      path: ['chiffres', i, 'source'],
      ...(count === 0
        ? {
            message: `la source n° ${c.source} n’existe pas : la fiche n’a aucune source`,
            params: { fix: 'Ajoutez le document dans « sources » (titre et url), ou remplacez « source » par « exemple: true »' },
          }
        : {
            message: `la source n° ${c.source} n’existe pas : la fiche en a ${count}`,
            params: {
              fix: `Indiquez un numéro de 1 à ${count} (l’ordre de la liste « sources »), ou ajoutez le document dans « sources »`,
            },
          }),
    });
  });
}
