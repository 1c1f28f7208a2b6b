/**
 * The search index is made by the build itself: once Astro has written the pages, Pagefind indexes
 * them (French stemming from <html lang="fr">) and writes /pagefind/ into the same output folder.
 * Each page is indexed with the synonyms of the administration's acronyms it mentions.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { synonymsFor } from '../lib/search/synonyms.ts';

const BODY = /(<[a-z]+[^>]*\sdata-pagefind-body[^>]*>)/;

/** The page as Pagefind sees it: the served HTML plus a paragraph of synonyms inside the indexed part. */
export function withSynonyms(html: string): string {
  const start = html.search(BODY);
  if (start < 0) return html;
  const text = html.slice(start).replace(/<[^>]+>/g, ' ');
  const extra = synonymsFor(text);
  if (extra.length === 0) return html;
  const close = html.lastIndexOf('</article>');
  if (close < start) return html;
  const escaped = extra.join(' · ').replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `${html.slice(0, close)}<p data-pagefind-weight="0.5">${escaped}</p>${html.slice(close)}`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

export function pagefindIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'carnet-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
        if (!index) throw new Error(`Pagefind n’a pas pu créer l’index : ${errors.join(' ; ')}`);
        const files = await htmlFiles(out);
        let pages = 0;
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          if (!html.includes('data-pagefind-body')) continue;
          const rel = path.relative(out, file).split(path.sep).join('/');
          const url = base + rel.replace(/(^|\/)index\.html$/, '$1');
          const added = await index.addHTMLFile({ url, content: withSynonyms(html) });
          if (added.errors.length) throw new Error(`Pagefind : ${rel} : ${added.errors.join(' ; ')}`);
          pages += 1;
        }
        const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind : écriture de l’index impossible : ${written.errors.join(' ; ')}`);
        await pagefind.close();
        logger.info(`${pages} pages indexées en ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
