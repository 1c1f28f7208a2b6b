/**
 * The meeting point of the Pagefind integration (which owns the index) and its middleware (which runs inside
 * the page renderer, where the corpus is readable). Both run in the build's process but are loaded as separate
 * module copies (the middleware is bundled with the pages), hence a global symbol rather than a module variable.
 */
import type { SearchRecord } from '../lib/search/records.ts';

export interface PagefindSink {
  /** True once, for the first page rendered: that request hands over the corpus' records. */
  claimRecords(): boolean;
  /** The records of every content page, built from the corpus (src/lib/search/records.ts). */
  addRecords(records: Promise<SearchRecord[]>): void;
  /** A rendered page outside the corpus (editorial page) with an indexed part. */
  add(pathname: string, html: string): void;
}

const SINK = Symbol.for('carnet.pagefind.sink');

export function setPagefindSink(sink: PagefindSink | undefined): void {
  (globalThis as Record<symbol, unknown>)[SINK] = sink;
}

export function pagefindSink(): PagefindSink | undefined {
  return (globalThis as Record<symbol, unknown>)[SINK] as PagefindSink | undefined;
}
