/**
 * The new file of `npm run nouveau`: its header written with `yaml` from the checked answers (the optional
 * fields of the model left as comments, with their examples), its body with the sections the site expects;
 * and the command line (flags read with node:util parseArgs), the help and the next steps.
 */
import { parseArgs } from 'node:util';
import { Document, Scalar, stringify, visit } from 'yaml';
import { slugify } from '../../src/lib/slug.ts';
import { fieldDocs, type FieldDoc } from '../../src/model/describe.ts';
import { bodySections, collectionInfo, CONTENT_DIR, ID_PATTERN, type EntryCollection } from '../../src/model/index.ts';
import {
  checkField,
  collectionOf,
  ENTRY_TYPES,
  FIELDS,
  HINT_PREFIX,
  type Answers,
  type CorpusIndex,
  type EntryType,
  type Field,
} from './questions.ts';

export interface ScaffoldProblem {
  /** The command-line option concerned (without dashes), or "" for the command itself. */
  flag: string;
  message: string;
}

export interface ScaffoldedEntry {
  type: EntryType;
  collection: EntryCollection;
  id: string;
  /** Path from the content root (content/projets/x.mdx). */
  file: string;
  content: string;
}

/** Checks every answer at once (as the content checker does), then writes the text of the new file. */
export function scaffold(
  type: EntryType,
  raw: Readonly<Record<string, string | undefined>>,
  index: CorpusIndex,
  today: string,
): { entry: ScaffoldedEntry; problems: [] } | { entry?: undefined; problems: ScaffoldProblem[] } {
  const answers: Answers = {};
  const problems: ScaffoldProblem[] = [];
  for (const field of FIELDS[type]) {
    const checked = checkField(field, raw[field.key], { type, index, answers });
    if ('error' in checked) problems.push({ flag: field.flag, message: checked.error });
    else answers[field.key] = checked.value;
  }
  if (problems.length) return { problems };
  return { entry: render(type, answers, today), problems: [] };
}

/** Reads the options given on the command line; repeated or empty options are problems. */
export function parseFlags(args: readonly string[]): {
  type?: string;
  values: Record<string, string>;
  help: boolean;
  problems: ScaffoldProblem[];
} {
  const flags = new Set(Object.values(FIELDS).flatMap((fields) => fields.map((f) => f.flag)));
  const options = Object.fromEntries([...flags].map((flag) => [flag, { type: 'string' as const, multiple: true }]));
  const { tokens } = parseArgs({
    args: [...args],
    options: { ...options, help: { type: 'boolean', short: 'h' }, aide: { type: 'boolean' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string> = {};
  const problems: ScaffoldProblem[] = [];
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.name === 'help' || token.name === 'h' || token.name === 'aide') {
      help = true;
      continue;
    }
    let value = token.value;
    // An option this command does not know takes the next word as its value, as a known one does.
    const next = tokens[i + 1];
    if (value === undefined && !flags.has(token.name) && next?.kind === 'positional') {
      value = next.value;
      i++;
    }
    if (value === undefined) {
      problems.push({ flag: token.name, message: 'valeur manquante après l’option.' });
      value = '';
    }
    if (token.name in values) problems.push({ flag: token.name, message: 'option donnée deux fois.' });
    values[token.name] = value;
  }
  if (positionals.length > 1)
    problems.push({
      flag: '',
      message: `arguments en trop : ${positionals
        .slice(1)
        .map((p) => `« ${p} »`)
        .join(', ')} (mettez les textes avec espaces entre guillemets).`,
    });
  return { ...(positionals[0] !== undefined ? { type: positionals[0] } : {}), values, help, problems };
}

/** "projets", "Méthode", "bonne-pratique", "étude de cas" → the entry type, or undefined. */
export function entryType(raw: string): EntryType | undefined {
  const wanted = slugify(raw);
  return ENTRY_TYPES.find((type) => {
    const collection = collectionOf(type);
    const info = collectionInfo(collection);
    const names = [type, collection, slugify(info.singular), slugify(info.label), type.split('-').pop() ?? type];
    return names.some((name) => name === wanted || `${name}s` === wanted || name === wanted.replace(/s$/, ''));
  });
}

/** Options given on the command line for a type, as answers; options that do not apply are problems. */
export function answersFromFlags(
  type: EntryType,
  values: Readonly<Record<string, string>>,
): { raw: Record<string, string>; problems: ScaffoldProblem[] } {
  const fields = FIELDS[type];
  const raw: Record<string, string> = {};
  const problems: ScaffoldProblem[] = [];
  const title = fields[0]?.flag;
  for (const [flag, value] of Object.entries(values)) {
    const field = fields.find((f) => f.flag === flag);
    if (field) raw[field.key] = value;
    else {
      const hint =
        flag === 'titre' && title && title !== 'titre'
          ? ` Pour ce type, utilisez --${title}.`
          : ` Options possibles : ${fields.map((f) => `--${f.flag}`).join(', ')}.`;
      problems.push({ flag, message: `option inconnue pour le type « ${type} ».${hint}` });
    }
  }
  return { raw, problems };
}

const OPTIONAL_NOTE = [
  '# Champs facultatifs : pour en utiliser un, retirez le « # » et l’espace qui le suit au début de chacune de ses lignes.',
  '# Tous les champs sont décrits dans CONTRIBUTING.md.',
];

/** A value to show an author in a commented field: the model's example, typed as the field expects it. */
function sample(doc: FieldDoc): unknown {
  if (doc.kind === 'objet') {
    const one = Object.fromEntries(
      (doc.fields ?? []).filter((f) => f.required || f.example).map((f) => [f.key, sample({ ...f, list: f.list })]),
    );
    return doc.list ? [one] : one;
  }
  const fallback =
    doc.kind === 'date' ? '2024-03-15' : doc.kind === 'reference' ? 'identifiant' : (doc.values?.[0]?.value ?? `${doc.item ?? doc.label}`);
  const example = doc.example ?? fallback;
  const one = doc.kind === 'entier' || doc.kind === 'nombre' ? Number(example) : doc.kind === 'booleen' ? true : example;
  return doc.list ? [one] : one;
}

/** Plain ids and dates, every other text in double quotes: what an author would type. */
function yamlText(data: Record<string, unknown>): string {
  const doc = new Document(data);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'string') return;
      node.type = ID_PATTERN.test(node.value) || /^\d{4}-\d{2}-\d{2}$/.test(node.value) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

const sections = (list: [string, string][]) => list.flatMap(([title, hint]) => [`## ${title}`, '', hint, '']);

/** The hint under each section of a case study, in the order of CASE_STUDY_SECTIONS. */
const CASE_STUDY_HINTS = [
  'la situation de départ : le territoire, les personnes concernées, le problème constaté et qui a sollicité le lab.',
  'ce que l’équipe a fait, dans l’ordre (enquête de terrain, ateliers, prototypes, tests), avec qui et en combien de temps.',
  'ce qui a changé pour les usagers et pour les agents, avec des chiffres quand vous en avez, y compris ce qui n’a pas marché.',
  'ce qui a aidé le projet à avancer (soutiens, moyens, façons de faire), une idée par ligne de liste.',
  'ce qui a freiné ou bloqué le projet, et comment l’équipe l’a contourné ou non.',
  'où en est le projet aujourd’hui et ce qui est prévu : déploiement, essaimage vers d’autres territoires, ou arrêt et ses raisons.',
];

/** The body of each type: the sections the site expects, each with a one-line hint to replace. */
export const BODIES: Partial<Record<EntryType, string>> = {
  projet: sections((bodySections.projets ?? []).map((title, i) => [title, `${HINT_PREFIX} ${CASE_STUDY_HINTS[i] ?? 'à écrire.'}`])).join(
    '\n',
  ),
  methode: [
    '## Étapes',
    '',
    `1. **Préparer.** ${HINT_PREFIX} ce qu’il faut faire avant la séance : objectif, participants, matériel.`,
    `2. **Animer.** ${HINT_PREFIX} le déroulé de la séance, pas à pas, avec la durée de chaque temps.`,
    `3. **Conclure.** ${HINT_PREFIX} comment restituer, décider de la suite et garder une trace.`,
    '',
    ...sections([
      ["Conseils d'animation", `${HINT_PREFIX} ce qui fait réussir la séance, une idée par ligne de liste.`],
      ['Pièges à éviter', `${HINT_PREFIX} les erreurs fréquentes et comment les éviter.`],
      [
        'Exemples dans le réseau',
        `${HINT_PREFIX} des études de cas du carnet où la méthode a servi, avec un lien vers leur page (/projets/identifiant/).`,
      ],
    ]),
  ].join('\n'),
  pratique: sections([
    ["Pourquoi c'est important", `${HINT_PREFIX} le problème que cette pratique évite, et ce qu’elle change pour les projets.`],
    ['Comment faire', `${HINT_PREFIX} les gestes concrets, une idée par ligne de liste, en commençant par un verbe.`],
    [
      'Exemples dans le réseau',
      `${HINT_PREFIX} des études de cas du carnet qui montrent la pratique, avec un lien vers leur page (/projets/identifiant/).`,
    ],
    ['Pièges à éviter', `${HINT_PREFIX} les erreurs fréquentes et comment les éviter.`],
  ]).join('\n'),
  lab: [
    `${HINT_PREFIX} présentez le lab en deux ou trois phrases : où il est installé, qui le porte, depuis quand.`,
    '',
    ...sections([
      ['Missions', `${HINT_PREFIX} ce que le lab fait pour les administrations et les usagers de son territoire.`],
      ['Façon de travailler', `${HINT_PREFIX} comment se passe un accompagnement, du terrain aux prototypes.`],
      [
        'Projets phares',
        `${HINT_PREFIX} les projets les plus représentatifs, avec un lien vers leur étude de cas (/projets/identifiant/).`,
      ],
    ]),
  ].join('\n'),
};

/** The body of a type without its own: its sections if the model has some, else one line to replace. */
const bodyOf = (type: EntryType, collection: EntryCollection) =>
  BODIES[type] ??
  (bodySections[collection]
    ? sections(bodySections[collection].map((s) => [s, `${HINT_PREFIX} à écrire.`])).join('\n')
    : `${HINT_PREFIX} le texte de la fiche.`);

/** The header: the answers in the model's order, today's date, the proposed values; the rest as comments. */
function header(collection: EntryCollection, fields: readonly Field[], a: Answers, today: string) {
  const data: Record<string, unknown> = {};
  const commented: Record<string, unknown> = {};
  for (const doc of fieldDocs(collection)) {
    const own = fields.find((f) => f.path.length === 1 && f.path[0] === doc.key);
    const parts = fields.filter((f) => f.path.length === 2 && f.path[0] === doc.key);
    if (own && a[own.key]) data[doc.key] = own.value(a[own.key] ?? '');
    else if (parts.length) data[doc.key] = Object.fromEntries(parts.map((p) => [p.path[1], p.value(a[p.key] ?? '')]));
    else if (doc.initial === 'today') data[doc.key] = today;
    else if (doc.initial !== undefined) data[doc.key] = doc.initial;
    else if (!own && !(doc.kind === 'booleen' && !doc.required)) commented[doc.key] = sample(doc);
  }
  const comments = Object.keys(commented).length
    ? [
        ...OPTIONAL_NOTE,
        ...stringify(commented, { lineWidth: 0 })
          .trimEnd()
          .split('\n')
          .map((line) => `# ${line}`),
      ]
    : [];
  return [...yamlText(data).trimEnd().split('\n'), ...comments];
}

function render(type: EntryType, answers: Answers, today: string): ScaffoldedEntry {
  const collection = collectionOf(type);
  const id = answers.id ?? '';
  const content = ['---', ...header(collection, FIELDS[type], answers, today), '---', '', bodyOf(type, collection).trimEnd(), ''].join(
    '\n',
  );
  const info = collectionInfo(collection);
  return { type, collection, id, file: `${CONTENT_DIR}/${info.folder}/${id}.${info.extension ?? 'mdx'}`, content };
}

/** What to do once the file exists, in French. */
export function nextSteps(entry: ScaffoldedEntry, shownFile: string): string[] {
  return [
    `1. Ouvrez ${shownFile} et remplacez chaque ligne « ${HINT_PREFIX} … » par votre texte ; complétez l’en-tête si besoin (les champs facultatifs sont en commentaire, décrits dans CONTRIBUTING.md).`,
    '2. Vérifiez le contenu : npm run check:content (tous les problèmes sont listés d’un coup, avec la correction).',
    `3. Prévisualisez : npm run dev, puis ouvrez http://localhost:4321/${entry.collection}/${entry.id}/`,
    `4. Proposez la fiche : enregistrez-la dans une branche (git switch -c ${entry.collection}/${entry.id}, git add, git commit), poussez-la et ouvrez une pull request ; la relecture suit la liste de CONTRIBUTING.md.`,
  ];
}

/** npm run nouveau -- --help, in French. */
export function helpText(): string {
  const lines = [
    'npm run nouveau — crée une nouvelle fiche du Carnet des labs, prête à compléter.',
    '',
    'Utilisation :',
    '  npm run nouveau                      questions posées une à une dans le terminal',
    '  npm run nouveau -- <type>            idem, pour un type donné',
    '  npm run nouveau -- <type> --option valeur …   sans question (pour les scripts) : toutes les options',
    '                                       obligatoires doivent être données ; le code de sortie est 1 en cas d’erreur',
    '',
    `Types : ${ENTRY_TYPES.map((t) => `${t} (${collectionInfo(collectionOf(t)).singular.toLowerCase()})`).join(', ')}.`,
    '',
    'Les listes s’écrivent avec des virgules (--thematiques service-usager,design). Les labs, thématiques, méthodes',
    'et projets cités doivent exister dans content/. L’identifiant (nom du fichier) est tiré du titre.',
    'La variable CARNET_CONTENT_ROOT désigne un autre dossier contenant content/ (tests).',
  ];
  for (const type of ENTRY_TYPES) {
    lines.push('', `Options pour ${type} :`);
    for (const f of FIELDS[type]) lines.push(`  --${f.flag.padEnd(16)} ${f.required ? '(obligatoire) ' : ''}${f.help}`);
  }
  lines.push(
    '',
    'Exemples :',
    '  npm run nouveau -- projet --titre "Accueil des usagers à l’Île-d’Yeu" --resume "Une phrase qui dit l’essentiel." \\',
    '    --lab ti-lab --thematiques service-usager,design --publics usagers,agents --statut en-cours \\',
    '    --debut 2024-03-01 --auteurs "Équipe du Ti Lab"',
    '  npm run nouveau -- lab --nom "Lab Exemple" --region 53 --ville Rennes --lat 48.11 --lon -1.68 \\',
    '    --porteur "Préfecture de région" --creation 2024',
    '',
    'Ensuite : complétez le texte, lancez npm run check:content, prévisualisez avec npm run dev, ouvrez une pull request.',
    'Le guide complet est dans CONTRIBUTING.md.',
  );
  return lines.join('\n');
}
