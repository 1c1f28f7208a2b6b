/** The best-practice page (/pratiques/<id>/) as data: metadata rows, its examples and methods, breadcrumb, JSON-LD arguments. */
import { methodeCard, projetCard } from '../lib/cards.ts';
import { isoDate } from '../lib/dates.ts';
import type { Graph, Pratique } from '../lib/graph.ts';
import { label } from '../lib/labels.ts';
import { absolute, href, url } from '../lib/paths.ts';
import { shareImagePath } from '../lib/share.ts';
import type { CardData, MetaRow, SearchData, Trail } from './types.ts';
import { pageLabel } from '../model/describe.ts';

/**
 * The practice's metadata panel and search attributes: what the page's side panel shows (the search indexes
 * the same texts, src/lib/search/records.ts).
 */
export function pratiquePanel(entry: Pratique, g: Graph) {
  const d = entry.data;
  const themes = d.thematiques.map((t) => label('thematique', t.id, g));
  const projets = d.projets.map((p) => g.projetsById.get(p.id)).filter((p) => p !== undefined);
  const methodes = d.methodes.map((m) => g.methodes.get(m.id)).filter((m) => m !== undefined);

  const meta: MetaRow[] = [
    {
      label: pageLabel('pratiques', 'thematiques'),
      value: d.thematiques.map((t) => ({ text: label('thematique', t.id, g), url: url.thematique(t.id) })),
    },
    { label: pageLabel('pratiques', 'methodes'), value: methodes.map((m) => ({ text: m.data.titre, url: url.methode(m.id) })) },
    { label: pageLabel('pratiques', 'projets'), value: projets.map((p) => ({ text: p.data.titre, url: url.projet(p.id) })) },
  ];

  const search: SearchData = {
    type: 'Bonne pratique',
    thematiques: themes,
    methodes: methodes.map((m) => m.data.titre),
    date: isoDate(d.publie),
    detail: themes.join(', '),
  };

  return { meta, search, themes, projets, methodes };
}

export function pratiqueView(entry: Pratique, g: Graph, site: URL | undefined) {
  const d = entry.data;
  const { meta, themes, projets, methodes } = pratiquePanel(entry, g);

  const trail: Trail = { items: [{ label: 'Bonnes pratiques', path: '/pratiques/' }], current: d.titre };

  return {
    title: `${d.titre} : bonne pratique`,
    description: d.resume,
    trail,
    /** Arguments of pratiqueLd (src/lib/seo.ts). */
    ld: {
      url: absolute(url.pratique(entry.id), site),
      themes,
      image: absolute(href(`/${shareImagePath('pratiques', entry.id)}`), site),
    },
    meta,
    projets: projets.map((p): CardData => projetCard(p, g)),
    methodes: methodes.map((m): CardData => methodeCard(m, g)),
  };
}

export type PratiqueView = ReturnType<typeof pratiqueView>;
