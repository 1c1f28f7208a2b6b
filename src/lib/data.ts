/** The one place pages read the corpus: every collection fetched once per build, the graph derived once. */
import { getCollection } from 'astro:content';
import { buildGraph, type Corpus, type Entry, type Graph } from './graph.ts';

let corpus: Promise<Corpus> | undefined;
let graph: Promise<Graph> | undefined;

/** Every published entry of every collection, fetched once per build. */
export function getCorpus(): Promise<Corpus> {
  corpus ??= (async () => {
    const [labs, projets, methodes, pratiques, thematiques] = await Promise.all([
      getCollection('labs'),
      getCollection('projets'),
      getCollection('methodes'),
      getCollection('pratiques'),
      getCollection('thematiques'),
    ]);
    return { labs, projets, methodes, pratiques, thematiques };
  })();
  return corpus;
}

export function getGraph(): Promise<Graph> {
  graph ??= getCorpus().then(buildGraph);
  return graph;
}

/** The rendered body of an entry; an empty body is a build error, never an empty page (withastro/astro#18054). */
export interface Body {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
  /** Steps of a method ("## Étapes"), for schema.org HowTo. */
  steps: { name: string; text: string }[];
  /** Date of the last commit of the file, when the build runs in a git checkout. */
  lastCommit?: Date | undefined;
}

export function bodyOf(entry: Entry<unknown> & { filePath?: string | undefined }): Body {
  const html = entry.rendered?.html ?? '';
  if (!html.trim()) {
    throw new Error(`${entry.filePath ?? entry.id} : le corps de la fiche est vide après rendu. Écrivez le texte sous l’en-tête, ou lancez « npm run check:content » pour voir l’erreur.`);
  }
  const metadata = entry.rendered?.metadata ?? {};
  const lastCommit = typeof metadata.lastCommit === 'string' ? new Date(metadata.lastCommit) : undefined;
  return { html, headings: metadata.headings ?? [], steps: (metadata.steps as Body['steps'] | undefined) ?? [], lastCommit };
}
