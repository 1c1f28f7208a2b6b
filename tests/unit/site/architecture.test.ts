/**
 * The import direction of docs/architecture.md: pages → views and routing → model and content; the model
 * depends on nothing of the site but its closed lists; nothing in src/ imports scripts/ or tests/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SRC = path.join(ROOT, 'src');

/** Every source file under a folder (TypeScript, Astro, MDX, JavaScript). */
const sources = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|astro|mdx|mjs|js)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));

/** The files of the project a file imports (relative specifiers only, static and dynamic), from the root. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1] ?? '');
  return specifiers.map((s) => path.relative(ROOT, path.resolve(path.dirname(file), s)));
}

const layer = (file: string) => path.relative(ROOT, file);
const all = sources(SRC).map((file) => ({ file: layer(file), imports: imports(file) }));

/** Files of `from` that import a file matching `forbidden` (except those `allowed`). */
function breaking(from: RegExp, forbidden: RegExp, allowed: RegExp = /^$/): string[] {
  return all
    .filter((f) => from.test(f.file))
    .flatMap((f) => f.imports.filter((i) => forbidden.test(i) && !allowed.test(i)).map((i) => `${f.file} → ${i}`));
}

describe('le sens des dépendances (docs/architecture.md)', () => {
  it('lit au moins les pages, les vues, le modèle et la bibliothèque', () => {
    for (const folder of ['src/pages/', 'src/views/', 'src/model/', 'src/lib/', 'src/editor/'])
      expect(
        all.some((f) => f.file.startsWith(folder)),
        folder,
      ).toBe(true);
  });

  it('rien dans src/ n’importe scripts/ ni tests/', () => {
    expect(breaking(/^src\//, /^(scripts|tests)\//)).toEqual([]);
  });

  it('le modèle ne dépend que de lui-même et des listes fermées', () => {
    expect(breaking(/^src\/model\//, /^src\//, /^src\/(model\/|lib\/(regions|vocabulary)\.ts$)/)).toEqual([]);
  });

  it('la bibliothèque et le vérificateur ne dépendent ni des pages, ni des vues, ni des composants, ni de l’éditeur', () => {
    // The search records index what each page shows: they read the views, as the pages do.
    const library = /^src\/lib\/(?!search\/records\.ts$)/;
    expect(breaking(library, /^src\/(pages|views|layouts|components|editor)\//, /^src\/components\/mdx\//)).toEqual([]);
  });

  it('les vues ne dépendent ni des pages ni des gabarits', () => {
    expect(breaking(/^src\/views\//, /^src\/(pages|layouts|components)\//)).toEqual([]);
  });

  it('seuls la page /admin/ et la configuration d’Astro utilisent l’éditeur web', () => {
    expect(breaking(/^src\/(?!editor\/|pages\/admin\/)/, /^src\/editor\//)).toEqual([]);
  });
});
