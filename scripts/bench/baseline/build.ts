/**
 * The benchmark's baseline: a minimal Eleventy 3 site over the same corpus (the same Markdown/MDX files,
 * rendered by Eleventy's own markdown-it through one Nunjucks template, page.njk), then Pagefind on its
 * output through the same Node API as our build. Measured by scripts/bench/index.ts like the real site.
 * Usage: node scripts/bench/baseline/build.ts <folder holding content/> <output folder>
 * Exit code 3 when Eleventy is not installed (npm i -D @11ty/eleventy@3).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** The part of Eleventy's configuration API used here (Eleventy ships no TypeScript types). */
interface EleventyConfig {
  addExtension(extension: string, options: { key: string }): void;
  setTemplateFormats(formats: string[]): void;
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
  addGlobalData(name: string, data: unknown): void;
  addFilter(name: string, filter: (value: unknown) => unknown): void;
  addCollection(name: string, build: (api: { getAll(): EleventyItem[] }) => unknown): void;
  setQuietMode(quiet: boolean): void;
}
interface EleventyItem {
  url: string | false;
  data: Record<string, unknown>;
}
interface EleventyInstance {
  write(): Promise<unknown>;
}
type EleventyClass = new (
  input: string,
  output: string,
  options: { quietMode?: boolean; config?: (c: EleventyConfig) => void },
) => EleventyInstance;

export const ELEVENTY = '@11ty/eleventy';
export const TEMPLATE = path.join(import.meta.dirname, 'page.njk');

/** Eleventy's class, or undefined when the package is not installed. */
export async function loadEleventy(): Promise<EleventyClass | undefined> {
  const specifier: string = ELEVENTY;
  try {
    const module = (await import(specifier)) as { Eleventy?: EleventyClass };
    return module.Eleventy;
  } catch {
    return undefined;
  }
}

/** Markdown and MDX files are Markdown for Eleventy (no template language inside), all with page.njk. */
export function configure(config: EleventyConfig): void {
  config.setQuietMode(true);
  config.addExtension('mdx', { key: 'md' });
  config.setTemplateFormats(['md', 'mdx']);
  config.addTemplate('_includes/page.njk', readFileSync(TEMPLATE, 'utf8'));
  config.addGlobalData('layout', 'page.njk');
  config.addGlobalData('templateEngineOverride', 'md');
  config.addFilter('jour', (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '')));
  // The lab's other projects, for a "same lab" block like the real page's related projects.
  config.addCollection('parLab', (api) => {
    const byLab: Record<string, { url: string; titre: unknown; resume: unknown; statut: unknown }[]> = {};
    for (const item of api.getAll()) {
      const lab = item.data.lab;
      if (typeof lab !== 'string' || !item.url || !item.url.startsWith('/projets/')) continue;
      (byLab[lab] ??= []).push({ url: item.url, titre: item.data.titre, resume: item.data.resume, statut: item.data.statut });
    }
    return byLab;
  });
}

async function main(): Promise<void> {
  const [root, out] = process.argv.slice(2);
  if (!root || !out) {
    console.error('Usage : node scripts/bench/baseline/build.ts <dossier contenant content/> <dossier de sortie>');
    process.exit(2);
  }
  const Eleventy = await loadEleventy();
  if (!Eleventy) {
    console.error(`Eleventy n’est pas installé : lancez « npm i -D ${ELEVENTY}@3 » pour activer le témoin.`);
    process.exit(3);
  }
  const started = performance.now();
  const site = new Eleventy(path.join(root, 'content'), out, { quietMode: true, config: configure });
  await site.write();
  const built = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(`Pagefind n’a pas pu créer l’index : ${errors.join(' ; ')}`);
  const added = await index.addDirectory({ path: out });
  if (added.errors.length) throw new Error(`Pagefind : ${added.errors.join(' ; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind : ${written.errors.join(' ; ')}`);
  await pagefind.close();
  console.log(
    `Témoin Eleventy : ${added.page_count} pages indexées en ${Math.round(performance.now() - built)} ms ; pages écrites en ${Math.round(built - started)} ms.`,
  );
}

if (import.meta.main) await main();
