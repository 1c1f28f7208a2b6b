/**
 * npm run nouveau — creates a new entry (case study, method, practice, lab), ready to fill in.
 * Asks its questions in the terminal, or takes options for scripts (npm run nouveau -- --help).
 * The questions and the checks of the answers (from the model) are in ./questions.ts, the text of the file
 * in ./entry.ts; this script reads the corpus (CARNET_CONTENT_ROOT or the project), asks, writes, and checks
 * the result.
 */
import * as p from '@clack/prompts';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR, loadCorpus } from '../../src/lib/content/corpus.ts';
import { contentRoot } from '../../src/lib/content/loader.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { isoDate } from '../../src/lib/dates.ts';
import { collectionInfo, ENTRY_COLLECTIONS, schemas, type EntryCollection } from '../../src/model/index.ts';
import {
  answersFromFlags,
  entryType,
  helpText,
  nextSteps,
  parseFlags,
  scaffold,
  type ScaffoldProblem,
  type ScaffoldedEntry,
} from './entry.ts';
import { buildIndex, checkField, collectionOf, ENTRY_TYPES, FIELDS, type Answers, type CorpusIndex, type EntryType } from './questions.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const root = contentRoot(projectRoot);
const HELP_HINT = 'Aide : npm run nouveau -- --help';

function stop(lines: string[]): never {
  console.error(lines.join('\n'));
  process.exit(1);
}

/** Today in the author's time zone, as AAAA-MM-JJ. */
const today = () => {
  const now = new Date();
  return isoDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
};

const describeProblem = (problem: ScaffoldProblem) => `  • ${problem.flag ? `--${problem.flag} : ` : ''}${problem.message}`;

function readIndex(): CorpusIndex {
  const corpus = loadCorpus(root, schemas);
  const files: Partial<Record<EntryCollection, string[]>> = {};
  for (const collection of ENTRY_COLLECTIONS) {
    const dir = path.join(root, CONTENT_DIR, collectionInfo(collection).folder);
    files[collection] = existsSync(dir) ? readdirSync(dir).filter((name) => /\.mdx?$/i.test(name)) : [];
  }
  return buildIndex(corpus, files);
}

/** Writes the file (never over an existing one), then checks it with the content checker. */
function create(entry: ScaffoldedEntry): { shown: string; problems: string[] } {
  const full = path.join(root, entry.file);
  mkdirSync(path.dirname(full), { recursive: true });
  try {
    writeFileSync(full, entry.content, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      stop([`Aucune fiche créée : ${entry.file} existe déjà.`, 'Choisissez un autre identifiant (--id).']);
    throw error;
  }
  const relative = path.relative(process.cwd(), full);
  const shown = relative.startsWith('..') ? full : relative;
  const problems = loadCorpus(root, schemas)
    .problems.filter((problem) => problem.file === entry.file)
    .map(formatProblem);
  return { shown, problems };
}

function withOptions(type: EntryType, values: Record<string, string>, index: CorpusIndex): void {
  const given = answersFromFlags(type, values);
  const result = scaffold(type, given.raw, index, today());
  const problems = [...given.problems, ...result.problems];
  if (problems.length || !result.entry) {
    stop([
      `Aucune fiche créée : ${problems.length} problème${problems.length > 1 ? 's' : ''} à corriger.`,
      ...problems.map(describeProblem),
      '',
      HELP_HINT,
    ]);
  }
  const { shown, problems: checked } = create(result.entry);
  if (checked.length) stop([`Fiche créée, mais le vérificateur de contenu signale :`, ...checked]);
  console.log([`Fiche créée : ${shown}`, '', 'Étapes suivantes :', ...nextSteps(result.entry, shown)].join('\n'));
}

function answer<T>(value: T | symbol): T {
  if (p.isCancel(value)) {
    p.cancel('Création annulée : aucune fiche créée.');
    process.exit(1);
  }
  return value as T;
}

async function withQuestions(given: EntryType | undefined, index: CorpusIndex): Promise<void> {
  p.intro('Nouvelle fiche du Carnet des labs');
  let finished = false;
  process.stdin.once('end', () => {
    if (finished) return;
    p.cancel(
      'Entrée fermée avant la fin des questions : aucune fiche créée. Pour un script, passez les réponses en options (npm run nouveau -- --help).',
    );
    process.exit(1);
  });
  const type =
    given ??
    answer<EntryType>(
      await p.select<EntryType>({
        message: 'Que voulez-vous créer ? (flèches ↑ ↓, puis Entrée)',
        options: ENTRY_TYPES.map((t) => ({ value: t, label: collectionInfo(collectionOf(t)).singular, hint: t })),
        showInstructions: false,
      }),
    );

  const answers: Answers = {};
  for (const field of FIELDS[type]) {
    const ctx = { type, index, answers };
    const choices = field.choices?.(ctx) ?? [];
    if (field.kind !== 'text' && choices.length === 0) {
      if (field.required)
        stop([
          `Impossible de répondre à « ${field.question} » : aucune fiche de ce type dans ${CONTENT_DIR}/. Créez-la d’abord (npm run nouveau).`,
        ]);
      continue;
    }
    const options = choices.map((c) => ({ value: c.id, label: c.label || c.id, ...(c.id && c.id !== c.label ? { hint: c.id } : {}) }));
    for (;;) {
      let raw: string;
      if (field.kind === 'text') {
        const initialValue = field.initial?.(ctx);
        raw = answer<string>(
          await p.text({
            message: field.question,
            ...(field.placeholder ? { placeholder: field.placeholder } : {}),
            ...(initialValue ? { initialValue } : {}),
            validate: (value) => {
              const checked = checkField(field, value, ctx);
              return 'error' in checked ? checked.error : undefined;
            },
          }),
        );
      } else if (field.kind === 'select') {
        raw = answer<string>(
          await p.select<string>({
            message: `${field.question} (flèches ↑ ↓, puis Entrée)`,
            options,
            maxItems: 12,
            showInstructions: false,
          }),
        );
      } else {
        // Never `required` here: an empty answer gets our French message from checkField, then the question again.
        const message = `${field.question} (flèches ↑ ↓, Espace pour cocher, Entrée pour valider)`;
        raw = answer<string[]>(
          await p.multiselect<string>({ message, options, required: false, maxItems: 12, showInstructions: false }),
        ).join(',');
      }
      const checked = checkField(field, raw, ctx);
      if (!('error' in checked)) {
        answers[field.key] = checked.value;
        break;
      }
      p.log.error(checked.error);
    }
  }

  const result = scaffold(type, answers, index, today());
  if (!result.entry) stop(['Aucune fiche créée :', ...result.problems.map(describeProblem)]);
  finished = true;
  const { shown, problems } = create(result.entry);
  if (problems.length) stop([`Fiche créée, mais le vérificateur de contenu signale :`, ...problems]);
  p.note(nextSteps(result.entry, shown).join('\n'), 'Étapes suivantes');
  p.outro(`Fiche créée : ${shown}`);
}

const flags = parseFlags(process.argv.slice(2));
if (flags.help) {
  console.log(helpText());
  process.exit(0);
}
const type = flags.type === undefined ? undefined : entryType(flags.type);
if (flags.type !== undefined && !type)
  flags.problems.unshift({ flag: '', message: `type « ${flags.type} » inconnu : choisissez ${ENTRY_TYPES.join(', ')}.` });
const withFlags = Object.keys(flags.values).length > 0;
if (withFlags && flags.type === undefined)
  flags.problems.unshift({
    flag: '',
    message: `précisez le type de fiche avant les options : npm run nouveau -- <${ENTRY_TYPES.join('|')}> --titre …`,
  });
if (flags.problems.length) stop([`Aucune fiche créée :`, ...flags.problems.map(describeProblem), '', HELP_HINT]);

const index = readIndex();
if (withFlags && type) withOptions(type, flags.values, index);
else await withQuestions(type, index);
process.exit(0);
