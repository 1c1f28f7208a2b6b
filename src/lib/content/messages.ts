/** Turns schema (zod) issues into French messages that tell an author what is wrong and how to fix it. */
import type { z } from 'astro/zod';

export interface FieldMessage {
  /** Dotted path of the field (financements.0.montant). */
  field: string;
  /** Path as keys, to find the line in the YAML. */
  path: PropertyKey[];
  message: string;
  fix: string;
}

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

function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** French message and fix for one zod issue; `custom` messages written in the schema are kept as they are. */
export function issueToMessage(issue: z.core.$ZodIssue): FieldMessage {
  const path = issue.path as PropertyKey[];
  const field = fieldName(path);
  const input = (issue as { input?: unknown }).input;
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const key = String(path.at(-1));
    const expected = issue.code === 'invalid_value' ? `l’une des valeurs : ${issue.values.map(String).join(', ')}` : (TYPE_NAMES[issue.expected] ?? 'une valeur');
    return { field, path, message: 'champ obligatoire manquant.', fix: `Ajoutez la ligne « ${key}: … » avec ${expected}.` };
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `« ${k} »`).join(', ');
      const plural = issue.keys.length > 1;
      return {
        field: fieldName([...path, issue.keys[0] ?? '']),
        path: [...path, issue.keys[0] ?? ''],
        message: `clé${plural ? 's' : ''} inconnue${plural ? 's' : ''} ${keys}${path.length ? ` dans « ${field} »` : ''}.`,
        fix: `Vérifiez l’orthographe (accents et majuscules comprises) ou supprimez ${plural ? 'ces lignes' : 'cette ligne'} ; les clés possibles sont décrites dans CONTRIBUTING.md.`,
      };
    }
    case 'invalid_type': {
      const custom = !/^Invalid input/.test(issue.message);
      return {
        field,
        path,
        message: `${describe(input)} reçu, ${TYPE_NAMES[issue.expected] ?? issue.expected} attendu.`,
        fix: custom ? `Corrigez : ${issue.message}.` : `Remplacez la valeur par ${TYPE_NAMES[issue.expected] ?? 'une valeur du bon type'}.`,
      };
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      return {
        field,
        path,
        message: `valeur « ${String(input)} » non reconnue.`,
        fix: `Choisissez l’une des valeurs : ${values.join(', ')}.`,
      };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') {
        return { field, path, message: issue.message.startsWith('Too small') ? `liste trop courte (au moins ${min} élément${min > 1 ? 's' : ''}).` : `${issue.message}.`, fix: `Ajoutez au moins ${min} élément${min > 1 ? 's' : ''}, une ligne « - … » chacun.` };
      }
      if (issue.origin === 'string') {
        return { field, path, message: min <= 1 ? 'ce texte est vide.' : `texte trop court (au moins ${min} caractères).`, fix: 'Écrivez le texte de ce champ, ou supprimez la ligne si le champ est facultatif.' };
      }
      return { field, path, message: `${describe(input)} est trop petit (minimum ${min}).`, fix: `Indiquez un nombre supérieur ou égal à ${min}.` };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        const length = typeof input === 'string' ? input.length : undefined;
        return { field, path, message: `texte trop long${length ? ` (${length} caractères)` : ''} : ${max} caractères au plus.`, fix: `Raccourcissez ce texte à ${max} caractères ; les détails ont leur place dans le corps de la fiche.` };
      }
      if (issue.origin === 'array') {
        return { field, path, message: `liste trop longue (${max} éléments au plus).`, fix: `Gardez les ${max} éléments les plus importants.` };
      }
      return { field, path, message: `${describe(input)} est trop grand (maximum ${max}).`, fix: `Indiquez un nombre inférieur ou égal à ${max}.` };
    }
    case 'invalid_format': {
      const custom = !/^Invalid/.test(issue.message);
      return {
        field,
        path,
        message: `${describe(input)} n’a pas le format attendu${custom ? ` : ${issue.message}` : ''}.`,
        fix: custom ? 'Corrigez la valeur selon le format indiqué.' : `Format attendu : ${issue.format}.`,
      };
    }
    default: {
      // Schema messages are written "what is wrong — how to fix it".
      const [what, how] = issue.message.split(' — ');
      // A rule on a whole group of fields (a figure) names the problem without describing the group.
      const received = input !== null && typeof input === 'object' && !Array.isArray(input) ? '' : `${describe(input)} : `;
      return { field, path, message: `${received}${what}.`, fix: how ? `${how}.` : 'Corrigez la valeur de ce champ.' };
    }
  }
}
