/**
 * What one build shares between its parts: the one module for state that outlives a function call.
 *
 * Astro runs the content loaders, the integrations and the pages in one process, but not as one copy of
 * each module: the pages and the middleware are bundled (their own copies), and astro.config loads the
 * integrations apart from the content config. A module variable written in one copy is not the one another
 * copy reads. So what must cross from one part to another lives on `globalThis`, under a `Symbol.for` key,
 * and is read and written only here:
 *
 * | state          | written by                                       | read by                                       | lifetime                               |
 * | -------------- | ------------------------------------------------ | --------------------------------------------- | -------------------------------------- |
 * | corpus         | the content loader (lib/content/loader.ts)       | the loaders again, the share-images integration | the build; dropped when content changes in dev |
 * | bodies         | each collection's loader, after each (re)load    | the pages, through lib/routing.ts (bodyOf)    | the build; per collection in dev       |
 * | Pagefind sink  | the Pagefind integration, at build start         | the Pagefind middleware, for each page        | from astro:build:start to :generated   |
 *
 * State that stays inside one module copy stays there, and is listed here so that none is a surprise:
 * lib/content/loader.ts keeps the last commit date of each file (read once with git); lib/routing.ts keeps
 * the entries and the content graph (fetched once per build by the pages' bundle); integrations/sitemap-lastmod.ts
 * keeps the output folder and base (from its config hook to the sitemap's callback); lib/share.ts keeps
 * the fonts (read once). Everything else is computed from its arguments.
 *
 * Light on purpose (type imports only): it is bundled with the pages and the middleware.
 */
import type { CheckedCorpus } from './content/corpus.ts';
import type { SearchRecord } from './search/records.ts';

/** One piece of shared state, on globalThis under `Symbol.for('carnet.<name>')`. */
function slot<T>(name: string): { get(): T | undefined; set(value: T | undefined): void } {
  const key = Symbol.for(`carnet.${name}`);
  const store = globalThis as Record<symbol, unknown>;
  return {
    get: () => store[key] as T | undefined,
    set: (value) => {
      store[key] = value;
    },
  };
}

// The corpus ------------------------------------------------------------------------------------------------

const corpus = slot<Promise<CheckedCorpus>>('corpus');

/** The corpus read and checked once for all collections, or undefined before the loaders run (or after a content change in dev). */
export const sharedCorpus = (): Promise<CheckedCorpus> | undefined => corpus.get();

/** Hands the corpus being read to every later reader (undefined drops it, so that the next reader reads again). */
export const shareCorpus = (value: Promise<CheckedCorpus> | undefined): void => corpus.set(value);

// The rendered bodies ---------------------------------------------------------------------------------------

/**
 * Rendered bodies of the entries, kept out of Astro's data store. The store is serialized (devalue), written
 * to disk, embedded as a string into a build chunk and parsed again by every page chunk: at 10 000 case
 * studies, bodies made it 90 MB and the bundling step peak at 3.6 GB. The loader publishes the bodies here
 * (same process as the pages, in `astro build` and in `astro dev`), the pages read them through bodyOf().
 */
export interface StoredBody {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
  /** Steps of a method ("## Étapes"), for schema.org HowTo. */
  steps: { name: string; text: string }[];
  /** Date of the last commit of the file, when the build runs in a git checkout. */
  lastCommit?: Date | undefined;
}

const bodies = slot<Map<string, StoredBody>>('bodies');
const bodyKey = (collection: string, id: string) => `${collection}/${id}`;

/** Called by each collection's loader after each (re)load of the corpus: replaces that collection's bodies. */
export function publishBodies(collection: string, entries: Iterable<{ id: string } & StoredBody>): void {
  const all = bodies.get() ?? new Map<string, StoredBody>();
  bodies.set(all);
  for (const k of [...all.keys()]) if (k.startsWith(`${collection}/`)) all.delete(k);
  for (const e of entries)
    all.set(bodyKey(collection, e.id), { html: e.html, headings: e.headings, steps: e.steps, lastCommit: e.lastCommit });
}

/** The body of an entry, or undefined if the loader did not publish it. */
export function storedBody(collection: string, id: string): StoredBody | undefined {
  return bodies.get()?.get(bodyKey(collection, id));
}

// The Pagefind sink -----------------------------------------------------------------------------------------

/**
 * The meeting point of the Pagefind integration (which owns the index) and its middleware (which runs inside
 * the page renderer, where the corpus is readable).
 */
export interface PagefindSink {
  /** True once, for the first page rendered: that request hands over the corpus' records. */
  claimRecords(): boolean;
  /** The records of every content page, built from the corpus (src/lib/search/records.ts). */
  addRecords(records: Promise<SearchRecord[]>): void;
  /** A rendered page outside the corpus (editorial page) with an indexed part. */
  add(pathname: string, html: string): void;
}

const sink = slot<PagefindSink>('pagefind.sink');

export const setPagefindSink = (value: PagefindSink | undefined): void => sink.set(value);

/** The sink, during a build; undefined in `astro dev`, where requests pass through untouched. */
export const pagefindSink = (): PagefindSink | undefined => sink.get();
