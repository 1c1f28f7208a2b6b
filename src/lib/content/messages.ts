/**
 * What an author reads when a field breaks the model: a French message and its fix, for every zod issue.
 *
 * The checker validates with `validate()`, which hands zod `frenchErrors`, a per-parse error map: zod asks
 * it for the message of each issue the schema did not word itself, and it answers from FRENCH, where each
 * issue code gives its message and its fix together. The fix is read back from the same entry. Messages the
 * model words itself (`{ error: … }` on a field, `rule(what, fix)` on a refinement, whose fix travels in
 * the issue's `params`) are kept, and framed the same way. Nothing here reads zod's English wording.
 */
import type { z } from 'astro/zod';

export interface FieldMessage {
  /** Dotted path of the field (financements.0.montant). */
  field: string;
  /** Path as keys, to find the line in the YAML. */
  path: PropertyKey[];
  message: string;
  fix: string;
}

/** A message and its fix. */
interface Said {
  message: string;
  fix: string;
}

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;
type IssueOf<C extends Issue['code']> = Extract<Issue, { code: C }>;

const TYPE_NAMES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  boolean: 'true ou false',
  array: 'une liste (une ligne « - … » par élément)',
  object: 'un groupe de champs indentés',
  date: 'une date AAAA-MM-JJ',
};

function describe(value: unknown): string {
  if (value === undefined) return 'rien';
  if (value === null) return 'une valeur vide';
  if (Array.isArray(value)) return 'une liste';
  if (typeof value === 'object') return 'un groupe de champs';
  if (typeof value === 'string') return `le texte « ${value.length > 60 ? `${value.slice(0, 57)}…` : value} »`;
  return `« ${String(value)} »`;
}

const fieldName = (path: readonly PropertyKey[]) => path.map(String).join('.');
const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/** A field left out: zod sees `undefined` where a value of some type, or one of some values, is expected. */
function missing(issue: { path?: readonly PropertyKey[] | undefined; input?: unknown } & ({ code: 'invalid_type'; expected: string } | { code: 'invalid_value'; values: readonly unknown[] })): Said {
  const key = String((issue.path ?? []).at(-1));
  const expected =
    issue.code === 'invalid_value' ? `l’une des valeurs : ${issue.values.map(String).join(', ')}` : (TYPE_NAMES[issue.expected] ?? 'une valeur');
  return { message: 'champ obligatoire manquant.', fix: `Ajoutez la ligne « ${key}: … » avec ${expected}.` };
}

/** zod's own issues in French, by issue code: each entry gives the message and its fix. */
const FRENCH: { [C in Issue['code']]?: (issue: IssueOf<C>) => Said } = {
  invalid_type: (issue) =>
    issue.input === undefined
      ? missing(issue)
      : {
          message: `${describe(issue.input)} reçu, ${TYPE_NAMES[issue.expected] ?? issue.expected} attendu.`,
          fix: `Remplacez la valeur par ${TYPE_NAMES[issue.expected] ?? 'une valeur du bon type'}.`,
        },
  invalid_value: (issue) =>
    issue.input === undefined
      ? missing(issue)
      : { message: `valeur « ${String(issue.input)} » non reconnue.`, fix: `Choisissez l’une des valeurs : ${issue.values.map(String).join(', ')}.` },
  unrecognized_keys: (issue) => {
    const keys = issue.keys.map((k) => `« ${k} »`).join(', ');
    const many = issue.keys.length > 1;
    return {
      message: `clé${many ? 's' : ''} inconnue${many ? 's' : ''} ${keys}${issue.path?.length ? ` dans « ${fieldName(issue.path)} »` : ''}.`,
      fix: `Vérifiez l’orthographe (accents et majuscules comprises) ou supprimez ${many ? 'ces lignes' : 'cette ligne'} ; les clés possibles sont décrites dans CONTRIBUTING.md.`,
    };
  },
  too_small: (issue) => {
    const min = Number(issue.minimum);
    if (issue.origin === 'array') {
      return { message: `liste trop courte (au moins ${plural(min, 'élément')}).`, fix: `Ajoutez au moins ${plural(min, 'élément')}, une ligne « - … » chacun.` };
    }
    if (issue.origin === 'string') {
      return {
        message: min <= 1 ? 'ce texte est vide.' : `texte trop court (au moins ${min} caractères).`,
        fix: 'Écrivez le texte de ce champ, ou supprimez la ligne si le champ est facultatif.',
      };
    }
    return { message: `${describe(issue.input)} est trop petit (minimum ${min}).`, fix: `Indiquez un nombre supérieur ou égal à ${min}.` };
  },
  too_big: (issue) => {
    const max = Number(issue.maximum);
    if (issue.origin === 'string') {
      const length = typeof issue.input === 'string' ? issue.input.length : undefined;
      return {
        message: `texte trop long${length ? ` (${length} caractères)` : ''} : ${max} caractères au plus.`,
        fix: `Raccourcissez ce texte à ${max} caractères ; les détails ont leur place dans le corps de la fiche.`,
      };
    }
    if (issue.origin === 'array') return { message: `liste trop longue (${max} éléments au plus).`, fix: `Gardez les ${max} éléments les plus importants.` };
    return { message: `${describe(issue.input)} est trop grand (maximum ${max}).`, fix: `Indiquez un nombre inférieur ou égal à ${max}.` };
  },
  invalid_format: (issue) => ({ message: `${describe(issue.input)} n’a pas le format attendu.`, fix: `Format attendu : ${issue.format}.` }),
};

/** The French message and fix zod's issue gets when the schema does not word it. */
function french(issue: Issue | RawIssue): Said | undefined {
  const entry = FRENCH[issue.code as Issue['code']] as ((issue: Issue | RawIssue) => Said) | undefined;
  return entry?.(issue);
}

/** The checker's error map: zod calls it for each issue the schema does not word itself. */
export const frenchErrors: z.core.$ZodErrorMap = (issue) => french(issue)?.message;

/** Validates `input` against a schema of the model; on failure, the French message and fix of every issue. */
export function validate(schema: z.ZodType, input: unknown): { success: true; data: unknown } | { success: false; messages: FieldMessage[] } {
  const result = schema.safeParse(input, { reportInput: true, error: frenchErrors });
  return result.success ? { success: true, data: result.data } : { success: false, messages: result.error.issues.map(issueToMessage) };
}

/** French message and fix for one issue of a parse made with `frenchErrors` (see validate). */
export function issueToMessage(issue: Issue): FieldMessage {
  const path = issue.path as PropertyKey[];
  const ours = french(issue);
  // A field left out is said the same way whoever worded the issue; otherwise the message is ours when zod
  // asked the map for it, and the schema's own words when it did not.
  const left = issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
  const said = ours && (left || ours.message === issue.message) ? ours : worded(issue, ours);
  const at = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0] ?? ''] : path;
  return { field: fieldName(at), path: at, ...said };
}

/** An issue the schema worded itself: its words framed like ours, with the fix the model gave, if any. */
function worded(issue: Issue, ours: Said | undefined): Said {
  switch (issue.code) {
    case 'invalid_type':
      return { message: ours?.message ?? '', fix: `Corrigez : ${issue.message}.` };
    case 'too_small':
      return issue.origin === 'array' ? { message: `${issue.message}.`, fix: ours?.fix ?? '' } : (ours as Said);
    case 'too_big':
    case 'invalid_value':
    case 'unrecognized_keys':
      return ours as Said;
    case 'invalid_format':
      return { message: `${describe(issue.input)} n’a pas le format attendu : ${issue.message}.`, fix: 'Corrigez la valeur selon le format indiqué.' };
    default: {
      const fix = issue.code === 'custom' ? (issue.params as { fix?: unknown } | undefined)?.fix : undefined;
      // A rule on a whole group of fields (a figure) names the problem without describing the group.
      const input = issue.input;
      const received = input !== null && typeof input === 'object' && !Array.isArray(input) ? '' : `${describe(input)} : `;
      return { message: `${received}${issue.message}.`, fix: typeof fix === 'string' ? `${fix}.` : 'Corrigez la valeur de ce champ.' };
    }
  }
}
