/**
 * Rendered bodies of the entries, kept out of Astro's data store. The store is serialized (devalue), written
 * to disk, embedded as a string into a build chunk and parsed again by every page chunk: at 10 000 case
 * studies, bodies made it 90 MB and the bundling step peak at 3.6 GB. The loader publishes the bodies here
 * (same process as the pages, in `astro build` and in `astro dev`), the pages read them through bodyOf().
 * Lightweight on purpose: bundled with the pages.
 */
export interface StoredBody {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
  /** Steps of a method ("## Étapes"), for schema.org HowTo. */
  steps: { name: string; text: string }[];
  /** Date of the last commit of the file, when the build runs in a git checkout. */
  lastCommit?: Date | undefined;
}

const BODIES = Symbol.for('carnet.bodies');
const key = (collection: string, id: string) => `${collection}/${id}`;

/** Called by each collection's loader after each (re)load of the corpus: replaces that collection's bodies. */
export function publishBodies(collection: string, entries: Iterable<{ id: string } & StoredBody>): void {
  const all = ((globalThis as Record<symbol, unknown>)[BODIES] ??= new Map<string, StoredBody>()) as Map<string, StoredBody>;
  for (const k of [...all.keys()]) if (k.startsWith(`${collection}/`)) all.delete(k);
  for (const e of entries) all.set(key(collection, e.id), { html: e.html, headings: e.headings, steps: e.steps, lastCommit: e.lastCommit });
}

/** The body of an entry, or undefined if the loader did not publish it. */
export function storedBody(collection: string, id: string): StoredBody | undefined {
  return ((globalThis as Record<symbol, unknown>)[BODIES] as Map<string, StoredBody> | undefined)?.get(key(collection, id));
}
