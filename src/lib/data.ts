/** The one place pages read the corpus: every collection fetched once per build, the graph derived once. */
import { getCollection } from 'astro:content';
import { storedBody, type StoredBody } from './content/bodies.ts';
import type { ReseauData } from '../model/index.ts';
import type { Modele } from './modeles.ts';
import { buildGraph, type Corpus, type Graph } from './graph.ts';

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

let modeles: Promise<Modele[]> | undefined;

/** The templates to print or download, by title. */
export function getModeles(): Promise<Modele[]> {
  modeles ??= getCollection('modeles').then((list) => [...list].sort((a, b) => a.data.titre.localeCompare(b.data.titre, 'fr')));
  return modeles;
}

let network: Promise<ReseauData | undefined> | undefined;

/** The network's figures and history (content/reseau.yaml), or undefined for a corpus without that file. */
export function getNetwork(): Promise<ReseauData | undefined> {
  network ??= getCollection('reseau').then((entries) => entries[0]?.data);
  return network;
}

export function getGraph(): Promise<Graph> {
  graph ??= getCorpus().then(buildGraph);
  return graph;
}

/** The rendered body of an entry; an empty body is a build error, never an empty page (withastro/astro#18054). */
export type Body = StoredBody;

export function bodyOf(entry: { collection: string; id: string; filePath?: string | undefined }): Body {
  const body = storedBody(entry.collection, entry.id);
  const file = entry.filePath ?? `${entry.collection}/${entry.id}`;
  if (!body)
    throw new Error(
      `${file} : le corps de la fiche n’a pas été chargé (le chargeur de contenu ne l’a pas publié). Relancez la construction ; si l’erreur persiste, signalez-la.`,
    );
  if (!body.html.trim()) {
    throw new Error(
      `${file} : le corps de la fiche est vide après rendu. Écrivez le texte sous l’en-tête, ou lancez « npm run check:content » pour voir l’erreur.`,
    );
  }
  return body;
}
