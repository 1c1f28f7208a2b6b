/**
 * The checker's safety net: a step that handles one file and throws (a parser's resource limit, a stack
 * overflow on pathological input, a bug) becomes a French problem of that file, and the run goes on to
 * report the other files. Nothing a contributor writes may end the check with a stack trace.
 */
import type { Frontmatter } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/** Runs `step` for `file`; on an exception, pushes a problem that names the file and the step, and returns undefined. */
export function guarded<T>(file: string, step: string, problems: Problem[], run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    problems.push(unexpected(file, step, error));
    return undefined;
  }
}

/** The French problem for an exception thrown while `step` handled `file`. */
export function unexpected(file: string, step: string, error: unknown): Problem {
  return {
    file,
    message: `${step} a échoué : ${cause(error)}.`,
    fix: 'Simplifiez le passage modifié en dernier (listes ou citations imbriquées, texte répété, valeurs recopiées) ; si le fichier vous semble correct, signalez ce message à l’équipe du site.',
  };
}

function cause(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  const text = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError && /call stack/i.test(text)) return 'le texte est trop imbriqué pour être lu (pile d’appels dépassée)';
  if (error instanceof RangeError && /string length|array length/i.test(text)) return 'le texte produit serait trop long';
  return `erreur interne (${name})`;
}

/** A position finder that never throws (it may parse the file again): on failure, the top of the file. */
export function safely(locate: Frontmatter['locate']): Frontmatter['locate'] {
  return (path) => {
    try {
      return locate(path);
    } catch {
      return { line: 1, column: 1 };
    }
  };
}
