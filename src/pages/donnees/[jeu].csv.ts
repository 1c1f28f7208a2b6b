/** /donnees/<jeu>.csv: one dataset of the published corpus (src/lib/opendata.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS } from '../../lib/opendata.ts';
import { getOpenData } from '../../lib/reuse.ts';

export const getStaticPaths = (() => DATASETS.map((d) => ({ params: { jeu: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const found = (await getOpenData(site)).datasets.find((d) => d.dataset.id === params.jeu);
  if (!found) throw new Error(`Données ouvertes : jeu « ${params.jeu} » inconnu.`);
  return new Response(found.files.csv.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
