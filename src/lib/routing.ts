/**
 * The one module that reads the corpus, as Starlight's utils/routing does: every collection fetched once
 * per build, drafts dropped, the content graph derived once, and for each route the paths its
 * getStaticPaths returns. Pages never call getCollection (eslint.config.js keeps it so): they read here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { agendaFacets, buildAgenda, buildDate, facetValues, type Agenda } from './agenda.ts';
import { methodeFacets, pratiqueFacets, projetFacets } from './cards.ts';
import { storedBody, type StoredBody } from './build-state.ts';
import { buildGraph, type Graph } from './graph.ts';
import { listingPaths, MAX_PAGES } from './listing.ts';
import { url } from './paths.ts';
import { REGIONS } from './regions.ts';
import type { ReseauData } from '../model/index.ts';
import { PHASES } from './vocabulary.ts';

/** The collections that have a page per entry (/projets/<id>/, /thematiques/<id>/…). */
export type Routed = 'labs' | 'projets' | 'methodes' | 'pratiques' | 'thematiques';

/** Every published entry of every collection, as Astro stores them (with their file path). */
export type Entries = { [C in Routed]: CollectionEntry<C>[] };

/**
 * Whether drafts (brouillon: true) get pages: in `npm run dev` only. A build's loader never stores a
 * draft; this keeps the rule where the routes are made as well.
 */
const showDrafts = import.meta.env.DEV === true;
const published = <T extends { data: object }>(list: T[]): T[] =>
  showDrafts ? list : list.filter((e) => !('brouillon' in e.data && e.data.brouillon));

let entries: Promise<Entries> | undefined;
let graph: Promise<Graph> | undefined;

/** Every published entry of every collection, fetched once per build. */
export function getCorpus(): Promise<Entries> {
  entries ??= (async () => {
    const [labs, projets, methodes, pratiques, thematiques] = await Promise.all([
      getCollection('labs'),
      getCollection('projets'),
      getCollection('methodes'),
      getCollection('pratiques'),
      getCollection('thematiques'),
    ]);
    return {
      labs,
      projets: published(projets),
      methodes: published(methodes),
      pratiques: published(pratiques),
      thematiques,
    };
  })();
  return entries;
}

export function getGraph(): Promise<Graph> {
  graph ??= getCorpus().then(buildGraph);
  return graph;
}

/** getStaticPaths of an entry's own page: one path per published entry, the entry as the page's prop. */
export async function entryPaths<C extends Routed>(collection: C) {
  const list = (await getCorpus())[collection] as CollectionEntry<C>[];
  return list.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

let modeles: Promise<CollectionEntry<'modeles'>[]> | undefined;

/** The published templates to print or download, by title. */
export function getModeles(): Promise<CollectionEntry<'modeles'>[]> {
  modeles ??= getCollection('modeles').then((list) => published(list).sort((a, b) => a.data.titre.localeCompare(b.data.titre, 'fr')));
  return modeles;
}

/** getStaticPaths of /modeles/<id>/ and /modeles/<id>.docx: one path per published template. */
export async function modelePaths() {
  return (await getModeles()).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

let network: Promise<ReseauData | undefined> | undefined;

/** The network's figures and history (content/reseau.yaml), or undefined for a corpus without that file. */
export function getNetwork(): Promise<ReseauData | undefined> {
  network ??= getCollection('reseau').then((list) => list[0]?.data);
  return network;
}

/** getStaticPaths of /regions/<code>/: the regions that have a lab or a case study. */
export async function regionPaths() {
  const g = await getGraph();
  return REGIONS.filter((r) => g.labsOfRegion(r.code).length + g.projetsOfRegion(r.code).length > 0).map((region) => ({
    params: { code: region.code },
    props: { region },
  }));
}

/** getStaticPaths of the filterable listings (/projets/, /methodes/, /pratiques/ and their filters and pages). */
export const listings = {
  /** Case studies, newest first. */
  projets: async () => {
    const g = await getGraph();
    return listingPaths(url.projets(), g.projets, projetFacets(g), { maxPages: MAX_PAGES });
  },
  /** Methods, phase by phase, by title within a phase. */
  methodes: async () => {
    const g = await getGraph();
    return listingPaths(
      url.methodes(),
      PHASES.ids.flatMap((phase) => g.methodesOfPhase(phase)),
      methodeFacets(g),
    );
  },
  /** Best practices, by title. */
  pratiques: async () => {
    const g = await getGraph();
    return listingPaths(url.pratiques(), await pratiquesByTitle(), pratiqueFacets(g));
  },
};

/** Best practices by French title order. */
export async function pratiquesByTitle(): Promise<CollectionEntry<'pratiques'>[]> {
  return [...(await getCorpus()).pratiques].sort((a, b) => a.data.titre.localeCompare(b.data.titre, 'fr'));
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

// ---------------------------------------------------------------------------------------------
// The agenda (issue 15): events, trainings and editions, placed in time on the build date.

let agenda: Promise<Agenda> | undefined;

/** Events, trainings and editions, published only, fetched once per build. */
export function getAgendaEntries() {
  return (async () => {
    const [evenements, formations, tempsForts] = await Promise.all([
      getCollection('evenements'),
      getCollection('formations'),
      getCollection('temps-forts'),
    ]);
    return { evenements: published(evenements), formations: published(formations), tempsForts: published(tempsForts) };
  })();
}

/** The agenda on the build date (CARNET_DATE, or now): what is upcoming and what is past. */
export function getAgenda(): Promise<Agenda> {
  agenda ??= (async () => {
    const [{ labs }, a] = await Promise.all([getCorpus(), getAgendaEntries()]);
    return buildAgenda({ ...a, labs }, buildDate());
  })();
  return agenda;
}

/** Names of themes and labs by id, for the agenda's filters. */
export async function agendaNames() {
  const { labs, thematiques } = await getCorpus();
  return { themes: new Map(thematiques.map((t) => [t.id, t.data.libelle])), labs: new Map(labs.map((l) => [l.id, l.data.nom])) };
}

/** getStaticPaths of /agenda/<filtre>/<valeur>/: one page per value of every filter that has an event. */
export async function agendaFilterPaths() {
  const [a, names] = await Promise.all([getAgenda(), agendaNames()]);
  return agendaFacets(names).flatMap((facet) =>
    facetValues(facet, a.items).map((v) => ({
      params: { filtre: facet.key, valeur: v.value },
      props: { facet: facet.key, value: v.value, label: v.label },
    })),
  );
}

/** getStaticPaths of the agenda's entry pages. */
export async function agendaEntryPaths<C extends 'evenements' | 'formations' | 'temps-forts'>(collection: C) {
  const a = await getAgendaEntries();
  const list = (
    collection === 'evenements' ? a.evenements : collection === 'formations' ? a.formations : a.tempsForts
  ) as CollectionEntry<C>[];
  return list.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
