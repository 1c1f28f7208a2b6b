/**
 * Build-time only. The first page rendered hands the indexer every content page's record, built from the
 * corpus and the network's data (src/lib/search/records.ts), so that Pagefind indexes and writes while Astro renders the pages;
 * the few editorial pages (about, legal, contribute) are handed over as rendered. In `astro dev` there is
 * no sink and requests pass through untouched.
 */
import type { MiddlewareHandler } from 'astro';
import { agendaNames, bodyOf, getAgenda, getCorpus, getGraph, getNetwork } from '../lib/routing.ts';
import { agendaRecords, reseauRecord, searchRecords } from '../lib/search/records.ts';
import { pagefindSink } from '../lib/build-state.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const sink = pagefindSink();
  if (sink?.claimRecords())
    sink.addRecords(
      Promise.all([getCorpus(), getGraph(), getAgenda(), agendaNames(), getNetwork()]).then(([corpus, graph, agenda, names, network]) => {
        const body = (collection: string, entry: { id: string }) =>
          bodyOf({ collection, id: entry.id, filePath: (entry as { filePath?: string }).filePath });
        const methodes = new Map(corpus.methodes.map((m) => [m.id, m.data.titre]));
        return [...searchRecords(corpus, graph, body), ...agendaRecords(agenda, names, methodes, body), reseauRecord(network)];
      }),
    );
  const response = await next();
  if (!sink || !response.headers.get('content-type')?.includes('text/html')) return response;
  // A copy is read, so the page's own bytes go to the file untouched (no second encoding).
  const html = await response.clone().text();
  if (html.includes('data-pagefind-body')) sink.add(context.url.pathname, html);
  return response;
};
