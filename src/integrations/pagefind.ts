/**
 * The search index is made by the build itself, from the corpus. Pagefind's indexer is started when the build
 * starts; the first page rendered hands it every content page's record (src/lib/search/records.ts: title,
 * summary, metadata panel facts, body, filters, French), and the middleware hands it the few editorial pages
 * listed in EDITORIAL_PAGES as Astro renders them (they come first). As soon as it has them all, Pagefind
 * writes the index into /pagefind/, on the other core, while Astro renders the remaining pages.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { recordHtml, type SearchRecord } from '../lib/search/records.ts';
import { synonymsFor } from '../lib/search/synonyms.ts';
import { setPagefindSink } from '../lib/build-state.ts';

/**
 * The pages outside the corpus whose indexed part (data-pagefind-body) is indexed as rendered, relative to the
 * base. The index is written once they and the corpus' records are in: a page with an indexed part that is not
 * listed here is a build error, so the list stays true. Astro renders routes in alphabetical order, and these all
 * come before /projets/; a page rendered after the case studies would hold back the writing of the index (at
 * 10 000 case studies, /reseau/ held it back 20 s): such a page gets a record instead, as the network page does.
 */
export const EDITORIAL_PAGES = [
  'a-propos/',
  'accessibilite/',
  'contribuer/',
  'creer-un-lab/',
  'donnees-personnelles/',
  'mentions-legales/',
];

/** Records handed to Pagefind and not yet indexed, at most. */
const IN_FLIGHT = 8;

/**
 * What Pagefind indexes for a rendered page: the element marked data-pagefind-body, alone in a French document,
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
  let base = '/';
  let outDir = '';
  let index: pagefind.PagefindIndex | undefined;
  let records = 0;
  const editorial = new Set<string>();
  let recordsIn: Promise<void> | undefined;
  const pending: Promise<void>[] = [];
  const failures: string[] = [];
  const late: string[] = [];
  let writing: Promise<{ added: number; written: number }> | undefined;

  const add = (live: pagefind.PagefindIndex, url: string, content: string) =>
    live.addHTMLFile({ url, content }).then(
      (added) => {
        if (added.errors.length) failures.push(`${url} : ${added.errors.join(' ; ')}`);
      },
      (error: unknown) => {
        failures.push(`${url} : ${error instanceof Error ? error.message : String(error)}`);
      },
    );

  /** Writes the index once every record and listed editorial page is in (or when `now` is asked: end of generation). */
  const writeWhenReady = (now = false) => {
    if (writing) return;
    if (!now && (!recordsIn || EDITORIAL_PAGES.some((p) => !editorial.has(p)))) return;
    const live = index;
    const received = recordsIn ?? Promise.resolve();
    writing = (async () => {
      if (!live) throw new Error('Pagefind : l’index n’a pas été créé au début de la construction.');
      await received;
      await Promise.all(pending);
      const added = performance.now();
      if (failures.length) throw new Error(`Pagefind n’a pas pu indexer ${failures.length} page(s) :\n${failures.slice(0, 20).join('\n')}`);
      if (records + editorial.size === 0)
        throw new Error(
          'Pagefind : aucune page à indexer (ni fiche du corpus, ni page marquée data-pagefind-body). La recherche serait vide.',
        );
      const output = await live.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
      if (output.errors.length) throw new Error(`Pagefind : écriture de l’index impossible : ${output.errors.join(' ; ')}`);
      return { added, written: performance.now() };
    })();
    // Awaited in build:done; a failure meanwhile must not go unhandled.
    writing.catch(() => undefined);
  };

  return {
    name: 'carnet-pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./pagefind-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async () => {
        started = performance.now();
        const created = await pagefind.createIndex({ forceLanguage: 'fr' });
        if (!created.index) throw new Error(`Pagefind n’a pas pu créer l’index : ${created.errors.join(' ; ')}`);
        const live = created.index;
        index = live;
        let claimed = false;
        setPagefindSink({
          claimRecords() {
            if (claimed) return false;
            claimed = true;
            return true;
          },
          addRecords(list: Promise<SearchRecord[]>) {
            recordsIn = list.then(
              async (all) => {
                records = all.length;
                // Pagefind's service reads one message at a time: a few in flight keep it busy, in the corpus
                // order (its page order), without encoding all 10 000 documents at once in both processes.
                let next = 0;
                const feed = async () => {
                  for (let r = all[next++]; r; r = all[next++]) await add(live, r.url, recordHtml(r));
                };
                await Promise.all(Array.from({ length: IN_FLIGHT }, feed));
              },
              (error: unknown) => {
                failures.push(`fiches du corpus : ${error instanceof Error ? error.message : String(error)}`);
              },
            );
            writeWhenReady();
          },
          add(pathname, html) {
            const content = indexedPart(html);
            if (!content) return;
            const page = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
            if (!EDITORIAL_PAGES.includes(page) || writing) {
              late.push(pathname);
              return;
            }
            editorial.add(page);
            pending.push(add(live, pathname, content));
            writeWhenReady();
          },
        });
      },
      // Every page is rendered: if the index is not being written yet (a listed page was not rendered), it is now.
      'astro:build:generated': () => {
        setPagefindSink(undefined);
        writeWhenReady(true);
      },
      'astro:build:done': async ({ logger }) => {
        const generated = performance.now();
        if (!writing) throw new Error('Pagefind : l’index n’a pas été écrit (étape « build:generated » non appelée).');
        try {
          if (late.length)
            throw new Error(
              `Pagefind : ${late.length} page(s) ont une partie indexée (data-pagefind-body) sans être dans EDITORIAL_PAGES de src/integrations/pagefind.ts : ${late.slice(0, 5).join(', ')}. Ajoutez-les à la liste, ou faites-en des fiches du corpus (src/lib/search/records.ts).`,
            );
          const missing = EDITORIAL_PAGES.filter((p) => !editorial.has(p));
          if (missing.length)
            throw new Error(
              `Pagefind : page(s) de EDITORIAL_PAGES (src/integrations/pagefind.ts) jamais rendue(s) avec une partie indexée : ${missing.join(', ')}. Retirez-les de la liste.`,
            );
          const { added, written } = await writing;
          // The bench reads "N pages indexées en X ms": X is what indexing adds after the other build steps.
          const now = performance.now();
          logger.info(
            `${records + editorial.size} pages indexées en ${Math.round(now - generated)} ms après les autres étapes (${records} fiches tirées des données et ${editorial.size} pages éditoriales ; pages reçues ${Math.round((added - started) / 1000)} s et index écrit ${Math.round((written - started) / 1000)} s après le lancement de l’indexeur, en parallèle de la génération, écriture ${Math.round(written - added)} ms).`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
