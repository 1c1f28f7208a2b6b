/**
 * What the bench's command-line tools share: parsing their options strictly, and leaving with a French
 * message and the usage line (exit code 2) when an option is unknown or has no value.
 */
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A function that prints the message and the usage line, then exits with code 2. */
function usageExit(usageLine: string): (message: string) => never {
  return (message) => {
    console.error(`${message}\nUsage : ${usageLine}`);
    process.exit(2);
  };
}

/** The options' values, or the usage and exit code 2 when one is unknown or lacks its value. */
function parseStrict<T extends Options>(argv: string[], options: T, usage: (message: string) => never) {
  try {
    return parseArgs({ args: argv, strict: true, options }).values;
  } catch (error) {
    return usage(`Option non reconnue ou sans valeur (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/**
 * A command's options, parsed strictly (an unknown option or one without its value prints the usage line and
 * exits with code 2), with `usage` to leave the same way on a bad value, `number` and `oneOf` to read a checked value.
 */
export function command<T extends Options>(argv: string[], usageLine: string, options: T) {
  const usage = usageExit(usageLine);
  const values = parseStrict(argv, options, usage);
  return {
    values,
    usage,
    /** The number given, or `fallback`; the usage and exit code 2 with `message` when `valid` refuses it. */
    number(value: string | undefined, fallback: number, valid: (n: number) => boolean, message: string): number {
      const n = Number(value ?? fallback);
      if (!valid(n)) usage(message);
      return n;
    },
    /** The value given if it is one of `allowed` (undefined if none was given); the usage and exit code 2 with `message` otherwise. */
    oneOf<const V extends string>(value: string | undefined, allowed: readonly V[], message: string): V | undefined {
      if (value !== undefined && !(allowed as readonly string[]).includes(value)) usage(message);
      return value as V | undefined;
    },
  };
}

/** The paths given, made absolute; an option that was not given is left out. */
export function absolutePaths<K extends string>(paths: Record<K, string | undefined>): Partial<Record<K, string>> {
  return Object.fromEntries(
    Object.entries<string | undefined>(paths).flatMap(([key, given]) => (given ? [[key, path.resolve(given)]] : [])),
  ) as Partial<Record<K, string>>;
}

/** The environment of a build of the real site on a synthetic corpus, with the default deployment settings. */
export function corpusBuildEnv(corpus: string): NodeJS.ProcessEnv {
  // One share image per page is drawn once and cached (about 50 ms each): a first build of a synthetic
  // corpus would measure only that. The bench measures the site with the site-wide image, unless
  // CARNET_IMAGES_PARTAGE=oui is given; the cost per image is reported by the build log either way.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CARNET_CONTENT_ROOT: corpus,
    FORCE_COLOR: '0',
    CARNET_IMAGES_PARTAGE: process.env.CARNET_IMAGES_PARTAGE ?? 'non',
  };
  delete env.SITE_URL;
  delete env.BASE_PATH;
  delete env.GITHUB_ACTIONS;
  return env;
}
