/** The lab page (/labs/<id>/) as data: title, metadata rows, its case studies, breadcrumb, JSON-LD arguments. */
import { projetCard } from '../lib/cards.ts';
import type { Graph, Lab } from '../lib/graph.ts';
import { label } from '../lib/labels.ts';
import { PROVENANCE_TEXT, provenanceOf } from '../lib/provenance.ts';
import { HUB_LIMIT } from '../lib/listing.ts';
import { absolute, href, url } from '../lib/paths.ts';
import { region } from '../lib/regions.ts';
import { euros } from './format.ts';
import type { MetaRow, SearchData, Trail } from './types.ts';
import { pageLabel } from '../model/describe.ts';
import { firstCards } from './sections.ts';

/**
 * The lab's metadata panel and search attributes: what the page's side panel shows (the search indexes the
 * same texts, src/lib/search/records.ts).
 */
export function labPanel(entry: Lab) {
  const d = entry.data;
  const regionName = label('region', d.region);
  const meta: MetaRow[] = [
    { label: pageLabel('labs', 'ville'), value: d.ville },
    { label: pageLabel('labs', 'region'), value: [{ text: regionName, url: url.region(d.region) }] },
    { label: pageLabel('labs', 'porteur'), value: d.porteur },
    { label: pageLabel('labs', 'creation'), value: d.creation ? String(d.creation) : 'non publiée' },
    { label: pageLabel('labs', 'fermeture'), value: d.fermeture ? String(d.fermeture) : undefined },
    { label: pageLabel('labs', 'partenaires'), value: d.partenaires.map((p) => ({ text: p })) },
    {
      label: pageLabel('labs', 'financements'),
      value: d.financements.map((f) => ({ text: f.montant ? `${f.source} : ${euros.format(f.montant)}` : f.source })),
    },
    { label: pageLabel('labs', 'site'), value: d.site ? [{ text: new URL(d.site).host, url: d.site }] : undefined },
    { label: pageLabel('labs', 'contact'), value: d.contact ? [{ text: d.contact, url: `mailto:${d.contact}` }] : undefined },
  ];

  const provenance = provenanceOf(d);
  const search: SearchData = {
    type: 'Lab',
    region: regionName,
    lab: d.nom,
    detail: `${d.ville} · ${regionName}`,
    provenance: provenance === 'public' ? undefined : PROVENANCE_TEXT[provenance].badge,
  };
  return { meta, search, regionName };
}

export function labView(entry: Lab, g: Graph, site: URL | undefined) {
  const d = entry.data;
  const reg = region(d.region);
  const projets = g.projetsOfLab(entry.id);
  const { meta, regionName } = labPanel(entry);
  const provenance = provenanceOf(d);
  const since = d.creation ? `créé en ${d.creation}` : 'date de création non publiée';
  const years = d.actif ? since : `actif de ${d.creation ?? '?'} à ${d.fermeture ?? '?'}, aujourd’hui fermé`;

  const trail: Trail = { items: [{ label: 'Les labs', path: '/labs/' }], current: d.nom };

  return {
    // A lab named "Laboratoire d'innovation territoriale de …" is not described twice in its title (RGAA 8.6).
    title: /laboratoire d['’]innovation territoriale/i.test(d.nom) ? d.nom : `${d.nom}, laboratoire d’innovation territoriale ${reg.dans}`,
    description: `${d.nom} (${d.ville}, ${regionName}) : le laboratoire d’innovation territoriale porté par ${d.porteur}, ses missions et ses ${projets.length} projets documentés.`,
    /** "Laboratoire d’innovation territoriale en Bretagne, à Rennes, créé en 2017." */
    lead: `Laboratoire d’innovation territoriale ${reg.dans}, à ${d.ville}, ${years}.`,
    /** Entirely an example, or only public facts (src/lib/provenance.ts). */
    provenance,
    /** "Fermé" or "Fermé en 2020" for a former lab. */
    closed: d.actif ? undefined : d.fermeture ? `Fermé en ${d.fermeture}` : 'Fermé',
    sources: d.sources,
    trail,
    /** Arguments of labLd (src/lib/seo.ts). */
    ld: { url: absolute(url.lab(entry.id), site) },
    meta,
    /** Its case studies: how many, the first HUB_LIMIT as cards, and a search link beyond. */
    projets: firstCards(
      projets,
      HUB_LIMIT,
      (p) => projetCard(p, g),
      () => `${href('/recherche/')}?type=${encodeURIComponent('Étude de cas')}&lab=${encodeURIComponent(d.nom)}&tri=date`,
    ),
  };
}

export type LabView = ReturnType<typeof labView>;
