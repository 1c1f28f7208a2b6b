/**
 * The search index is made by the build itself. Pagefind's indexer is started when the build starts;
 * the middleware (pagefind-middleware.ts) hands it each page as soon as Astro has rendered it, so
 * indexing runs alongside page generation; once every page is rendered the index is written into /pagefind/.
 * Pagefind receives the indexed part of each page only (the element marked data-pagefind-body), with
 * <html lang="fr"> for French stemming and the synonyms of the administration's acronyms it mentions.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { synonymsFor } from '../lib/search/synonyms.ts';
import { setPagefindSink } from '../lib/build-state.ts';

/**
 * What Pagefind indexes for a page: the element marked data-pagefind-body, alone in a French document,
 * plus a paragraph of synonyms. Header, navigation, footer and side blocks never reach the index, and
 * Pagefind parses a few kilobytes instead of the whole page. Undefined when the page has no indexed part.
 */
export function indexedPart(html: string): string | undefined {
  // A plain search for the attribute, then back to its tag: a regex over each whole page cost 0.5 s at 10 000.
  const attribute = html.indexOf(' data-pagefind-body');
  if (attribute < 0) return undefined;
  const start = html.lastIndexOf('<', attribute);
  const tag = /^<([a-z]+)/.exec(html.slice(start, attribute + 1))?.[1];
  if (!tag) return undefined;
  // The indexed element is the page's only <tag data-pagefind-body> (an <article>): it ends at the last
  // closing tag of that name, since the indexed part never nests another element of the same name.
  const close = html.lastIndexOf(`</${tag}>`);
  if (close < start) return undefined;
  // Classes and styles mean nothing to the index: fewer bytes to encode, send and parse.
  const part = html.slice(start, close).replace(/ (?:class|style)="[^"]*"/g, '');
  const extra = synonymsFor(part.replace(/<[^>]+>/g, ' '));
  const synonyms = extra.length
    ? `<p data-pagefind-weight="0.5">${extra.join(' · ').replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`
    : '';
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body>${part}${synonyms}</${tag}></body></html>`;
}

export function pagefindIndex(): AstroIntegration {
  let started = 0;
  let index: pagefind.PagefindIndex | undefined;
  let pages = 0;
  const pending: Promise<void>[] = [];
  const failures: string[] = [];
  let writing: Promise<{ pagesDone: number; added: number; written: number }> | undefined;
  return {
    name: 'carnet-pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./pagefind-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': async () => {
        started = performance.now();
        const created = await pagefind.createIndex({ forceLanguage: 'fr' });
        if (!created.index) throw new Error(`Pagefind n’a pas pu créer l’index : ${created.errors.join(' ; ')}`);
        const live = created.index;
        index = live;
        setPagefindSink({
          add(pathname, html) {
            const content = indexedPart(html);
            if (!content) return;
            pages += 1;
            pending.push(
              live.addHTMLFile({ url: pathname, content }).then(
                (added) => {
                  if (added.errors.length) failures.push(`${pathname} : ${added.errors.join(' ; ')}`);
                },
                (error: unknown) => {
                  failures.push(`${pathname} : ${error instanceof Error ? error.message : String(error)}`);
                },
              ),
            );
          },
        });
      },
      // Pages are all rendered: the index is written while the other integrations do their build:done work.
      'astro:build:generated': ({ dir }) => {
        setPagefindSink(undefined);
        const pagesDone = performance.now();
        const live = index;
        writing = (async () => {
          if (!live) throw new Error('Pagefind : l’index n’a pas été créé au début de la construction.');
          await Promise.all(pending);
          const added = performance.now();
          if (failures.length)
            throw new Error(`Pagefind n’a pas pu indexer ${failures.length} page(s) :\n${failures.slice(0, 20).join('\n')}`);
          if (pages === 0)
            throw new Error('Pagefind : aucune page à indexer (aucune page ne porte data-pagefind-body). La recherche serait vide.');
          const output = await live.writeFiles({ outputPath: path.join(fileURLToPath(dir), 'pagefind') });
          if (output.errors.length) throw new Error(`Pagefind : écriture de l’index impossible : ${output.errors.join(' ; ')}`);
          return { pagesDone, added, written: performance.now() };
        })();
        // Awaited in build:done; a failure meanwhile must not go unhandled.
        writing.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        if (!writing) throw new Error('Pagefind : l’index n’a pas été écrit (étape « build:generated » non appelée).');
        try {
          const { pagesDone, added, written } = await writing;
          // The bench reads "N pages indexées en X ms": X is what indexing adds after page generation.
          const now = performance.now();
          logger.info(
            `${pages} pages indexées en ${Math.round(now - pagesDone)} ms après la génération des pages (dernières pages reçues en ${Math.round(added - pagesDone)} ms, écriture de l’index en ${Math.round(written - added)} ms ; indexeur lancé ${Math.round((now - started) / 1000)} s plus tôt, en parallèle).`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
