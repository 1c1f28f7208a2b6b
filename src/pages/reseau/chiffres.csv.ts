/** /reseau/chiffres.csv: the network's figures (content/reseau.yaml), each with its date and its source. */
import type { APIRoute } from 'astro';
import { getNetwork } from '../../lib/routing.ts';
import { figures, figuresCsv } from '../../lib/reseau.ts';

export const GET: APIRoute = async () => {
  const data = await getNetwork();
  return new Response(figuresCsv(data ? figures(data) : []), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
