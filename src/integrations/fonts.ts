/**
 * Writes the French cut of each DSFR Marianne face (src/lib/fonts.ts) and declares it in the site's stylesheet.
 * On a case study the three faces of the first paint went from 174 KB to 69 KB, and every page announces them in its
 * head (virtual:carnet-marianne, read by BaseLayout). The files are cut once per version of DSFR and of the
 * subsetter, ranges and features, in node_modules/.cache (about a second), and reused by every later build.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import {
  charactersOf,
  DEFAULT_FEATURES,
  FRENCH_RANGES,
  isFirstScreenFace,
  MARIANNE_FACES,
  subsetFaceRule,
  type Face,
} from '../lib/fonts.ts';

const require = createRequire(import.meta.url);

/** Where DSFR's faces are, and the key of their cut (versions of DSFR and of the subsetter, ranges, features). */
function sources() {
  const manifest = require.resolve('@gouvfr/dsfr/package.json');
  const version = (file: string) => (require(file) as { version: string }).version;
  const key = createHash('sha256')
    .update(`${version(manifest)} ${version('subset-font/package.json')} ${JSON.stringify(FRENCH_RANGES)} ${DEFAULT_FEATURES.join()}`)
    .digest('hex')
    .slice(0, 10);
  return { fonts: path.join(path.dirname(manifest), 'dist', 'fonts'), key };
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** Cuts the faces that are not in the cache yet; returns each face's small file. */
export async function cutFaces(cacheDir: string, faces: readonly Face[] = MARIANNE_FACES): Promise<Map<Face, string>> {
  const { fonts, key } = sources();
  const text = charactersOf(FRENCH_RANGES);
  const dir = path.join(cacheDir, key);
  await mkdir(dir, { recursive: true });
  const files = new Map<Face, string>();
  for (const face of faces) {
    const target = path.join(dir, `${face.file}.fr.woff2`);
    files.set(face, target);
    if (await exists(target)) continue;
    const source = path.join(fonts, `${face.file}.woff2`);
    let cut: Uint8Array;
    try {
      cut = await subsetFont(await readFile(source), text, { targetFormat: 'woff2', keepFeatures: [...DEFAULT_FEATURES] });
    } catch (error) {
      throw new Error(
        `Polices : impossible de réduire ${source} aux caractères du français (${error instanceof Error ? error.message : String(error)}). Réinstallez les dépendances (npm ci) ; si le fichier manque, la version de @gouvfr/dsfr n’a plus cette police : mettez à jour MARIANNE_FACES dans src/lib/fonts.ts.`,
        { cause: error },
      );
    }
    // Written then renamed: a build stopped midway leaves no half file that a later build would take as done.
    await writeFile(`${target}.${process.pid}.tmp`, cut);
    await rename(`${target}.${process.pid}.tmp`, target);
  }
  return files;
}

/** The virtual module BaseLayout reads: the built addresses of the first screen's faces, to preload. */
const FIRST_SCREEN = 'virtual:carnet-marianne';

/** The integration: `stylesheet` is the CSS file that imports DSFR's core (its @font-face rules come first). */
export function marianneFrench(stylesheet: URL): AstroIntegration {
  const sheet = fileURLToPath(stylesheet);
  return {
    name: 'carnet-marianne-french',
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        const cacheDir = fileURLToPath(new URL('../../node_modules/.cache/carnet-fonts/', import.meta.url));
        let cuts: Promise<Map<Face, string>> | undefined;
        let declared = false;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'carnet-marianne-french',
                enforce: 'pre',
                resolveId: (id: string) => (id === FIRST_SCREEN ? `\0${FIRST_SCREEN}` : undefined),
                // Imported with ?url, each file gets the same built address as in the stylesheet (same file, same hash).
                async load(id: string) {
                  if (id !== `\0${FIRST_SCREEN}`) return;
                  const files = [...(await (cuts ??= cutFaces(cacheDir)))].filter(([face]) => isFirstScreenFace(face));
                  return [
                    ...files.map(([, file], i) => `import face${i} from ${JSON.stringify(`${file}?url`)};`),
                    `export default [${files.map((_, i) => `face${i}`).join(', ')}];`,
                  ].join('\n');
                },
                async transform(code: string, id: string) {
                  if (id.split('?')[0] !== sheet) return;
                  declared = true;
                  const files = await (cuts ??= cutFaces(cacheDir));
                  const rules = [...files].map(([face, file]) =>
                    subsetFaceRule(face, path.relative(path.dirname(sheet), file).split(path.sep).join('/')),
                  );
                  // After DSFR's own faces: for a character in the ranges, the browser takes the last face declared.
                  return { code: `${code}\n${rules.join('\n')}\n`, map: null };
                },
                buildEnd() {
                  if (command === 'build' && !declared)
                    this.error(
                      `Polices : la feuille ${sheet} (donnée à marianneFrench dans astro.config.mjs) n’a pas été lue par la construction : Marianne n’aurait pas sa version réduite au français. Donnez le fichier CSS qui importe le cœur du DSFR.`,
                    );
                },
              },
            ],
          },
        });
      },
    },
  };
}
