/**
 * The case-study page (/projets/<id>/) as data: its metadata rows, byline, lineage, breadcrumb, JSON-LD
 * arguments, search attributes and cards. The page only maps these onto components.
 */
import { pratiqueCard, projetCard } from '../lib/cards.ts';
import { formatPeriod, isoDate } from '../lib/dates.ts';
import type { Graph, Projet } from '../lib/graph.ts';
import { label } from '../lib/labels.ts';
import { isExampleFact, isExampleFigure, metaDescription, PROVENANCE_TEXT, provenanceOf } from '../lib/provenance.ts';
import { absolute, href, url } from '../lib/paths.ts';
import { shareImagePath } from '../lib/share.ts';
import { euros } from './format.ts';
import type { CardData, MetaLink, MetaRow, SearchData, Trail } from './types.ts';
import { helpedHindered } from './sections.ts';
import { pageLabel } from '../model/describe.ts';

/** A project in a lineage list, with the lab and region that carried it. */
export interface LineageItem {
  title: string;
  url: string;
  /** "(LaBase, Nouvelle-Aquitaine)" without the brackets. */
  where: string;
}

/**
 * The case study's metadata panel and search attributes: what the page's side panel shows (the search
 * indexes the same texts, src/lib/search/records.ts), with the labels both use.
 */
export function projetPanel(entry: Projet, g: Graph) {
  const d = entry.data;
  const regionCode = g.regionOf(entry);
  const regionName = label('region', regionCode);
  const themes = d.thematiques.map((t) => label('thematique', t.id, g));
  const labName = label('lab', d.lab.id, g);
  const statut = label('statut', d.statut);
  const periode = formatPeriod(d.debut, d.fin);
  const provenance = provenanceOf(d);
  const exampleDates = isExampleFact(d, 'debut') || (!!d.fin && isExampleFact(d, 'fin'));
  const labs: MetaLink[] = [
    { text: labName, url: url.lab(d.lab.id) },
    ...d.autresLabs.map((l) => ({ text: label('lab', l.id, g), url: url.lab(l.id) })),
  ];
  const region: MetaLink = { text: regionName, url: url.region(regionCode) };

  const meta: MetaRow[] = [
    { label: pageLabel('projets', 'lab'), value: labs },
    { label: pageLabel('projets', 'region'), value: [region] },
    { label: pageLabel('projets', 'territoire'), value: d.territoire },
    { label: pageLabel('projets', 'statut'), value: statut, exemple: isExampleFact(d, 'statut') },
    { label: 'Période', value: periode, exemple: exampleDates },
    {
      label: pageLabel('projets', 'thematiques'),
      value: d.thematiques.map((t) => ({ text: label('thematique', t.id, g), url: url.thematique(t.id) })),
    },
    {
      label: pageLabel('projets', 'methodes'),
      value: d.methodes.map((m) => ({ text: label('methode', m.id, g), url: url.methode(m.id) })),
    },
    { label: pageLabel('projets', 'publics'), value: d.publics.map((p) => ({ text: label('public', p) })) },
    {
      label: pageLabel('projets', 'partenaires'),
      value: d.partenaires.map((p) => ({ text: p })),
      exemple: isExampleFact(d, 'partenaires'),
    },
    {
      label: pageLabel('projets', 'financements'),
      value: d.financements.map((f) => ({ text: f.montant ? `${f.source} : ${euros.format(f.montant)}` : f.source })),
      exemple: isExampleFact(d, 'financements'),
    },
    {
      label: pageLabel('projets', 'essaimeDepuis'),
      value: d.essaimeDepuis ? [{ text: label('projet', d.essaimeDepuis.id, g), url: url.projet(d.essaimeDepuis.id) }] : undefined,
      exemple: isExampleFact(d, 'essaimeDepuis'),
    },
    { label: 'Essaimé vers', value: g.replicationsOf(entry.id).map((p) => ({ text: p.data.titre, url: url.projet(p.id) })) },
    {
      label: pageLabel('projets', 'contacts'),
      value: d.contacts.map((c) => ({
        text: [c.nom, c.role].filter(Boolean).join(', '),
        url: c.courriel ? `mailto:${c.courriel}` : undefined,
      })),
    },
  ];

  const search: SearchData = {
    type: 'Étude de cas',
    thematiques: themes,
    region: regionName,
    lab: labName,
    methodes: d.methodes.map((m) => label('methode', m.id, g)),
    statut,
    date: isoDate(d.publie),
    detail: `${labName} · ${regionName}`,
    provenance: provenance === 'public' ? undefined : PROVENANCE_TEXT[provenance].badge,
  };

  return { meta, search, labs, region, regionCode, themes, statut, periode, provenance, exampleDates };
}

export function projetView(entry: Projet, g: Graph, site: URL | undefined) {
  const d = entry.data;
  const { meta, labs, region, regionCode, themes, statut, periode, provenance, exampleDates } = projetPanel(entry, g);
  const lineageItem = (p: Projet): LineageItem => ({
    title: p.data.titre,
    url: url.projet(p.id),
    where: `${label('lab', p.data.lab.id, g)}, ${label('region', g.regionOf(p))}`,
  });
  const source = d.essaimeDepuis ? g.projetsById.get(d.essaimeDepuis.id) : undefined;

  const trail: Trail = { items: [{ label: 'Études de cas', path: '/projets/' }], current: d.titre };

  return {
    title: d.titre,
    description: metaDescription(d.resume, provenance),
    trail,
    /** Entirely an example, partly, or only public facts (src/lib/provenance.ts). */
    provenance,
    /** The badge beside the status, for an entry that is not only public facts. */
    provenanceBadge: provenance === 'public' ? undefined : PROVENANCE_TEXT[provenance].badge,
    /** Impact figures, each with the number of its source or marked as an example. */
    chiffres: d.chiffres.map((c) => ({ valeur: c.valeur, libelle: c.libelle, exemple: isExampleFigure(d, c), source: c.source })),
    /** "En bref": what helped and what held the project back, each column only when it has items. */
    enBref: helpedHindered(d.leviers, d.blocages),
    sources: d.sources,
    /** Arguments of projetLd (src/lib/seo.ts). */
    ld: {
      url: absolute(url.projet(entry.id), site),
      lab: g.labs.get(d.lab.id),
      labUrl: absolute(url.lab(d.lab.id), site),
      regionCode,
      themes,
      image: absolute(href(`/${shareImagePath('projets', entry.id)}`), site),
    },
    statut,
    /** "Porté par <lead lab> avec <other labs> · <region> · <territoire> · <period>". */
    byline: { labs, region, territoire: d.territoire, periode, exemple: exampleDates },
    meta,
    lineage: {
      ancestors: g.ancestors(entry).map(lineageItem),
      /** The link to the project this one replicates is an example. */
      exemple: isExampleFact(d, 'essaimeDepuis'),
      descendants: g.descendants(entry).map((n) => ({ ...lineageItem(n.projet), depth: n.depth })),
      /** What this project changed from the one it replicated, when it says so. */
      adaptations:
        source && d.adaptations.length > 0
          ? { from: { title: source.data.titre, url: url.projet(source.id) }, items: d.adaptations }
          : undefined,
    },
    pratiques: g.pratiquesOfProjet(entry.id).map((p): CardData => pratiqueCard(p, g)),
    related: g.relatedProjets(entry).map((r): CardData => ({ ...projetCard(r.entry, g), detail: r.reasons.slice(0, 2).join(' · ') })),
  };
}

export type ProjetView = ReturnType<typeof projetView>;
