/**
 * The meeting point of the Pagefind integration (which owns the index) and its middleware (which sees
 * each page as Astro renders it). Both run in the build's process but are loaded as separate module
 * copies (the middleware is bundled with the pages), hence a global symbol rather than a module variable.
 */
export interface PagefindSink {
  /** Hands a rendered page to the indexer; indexing goes on while Astro renders the next pages. */
  add(pathname: string, html: string): void;
}

const SINK = Symbol.for('carnet.pagefind.sink');

export function setPagefindSink(sink: PagefindSink | undefined): void {
  (globalThis as Record<symbol, unknown>)[SINK] = sink;
}

export function pagefindSink(): PagefindSink | undefined {
  return (globalThis as Record<symbol, unknown>)[SINK] as PagefindSink | undefined;
}
