/**
 * The method page (/methodes/<id>/) as data: its key facts, metadata rows, the methods often run before
 * and after it, the case studies that used it, breadcrumb, JSON-LD arguments.
 */
import { formatDuree, methodeCard, pratiqueCard } from '../lib/cards.ts';
import { isoDate } from '../lib/dates.ts';
import type { Graph, Methode } from '../lib/graph.ts';
import { label } from '../lib/labels.ts';
import { HUB_LIMIT } from '../lib/listing.ts';
import { absolute, href, url } from '../lib/paths.ts';
import { graphSequences, type Neighbour } from '../lib/sequences.ts';
import { shareImagePath } from '../lib/share.ts';
import type { CardData, MetaRow, SearchData, Trail } from './types.ts';
import { pageLabel } from '../model/describe.ts';
import { firstCards } from './sections.ts';

/** How many neighbours each side of the "Avant et après cette méthode" section shows. */
const NEIGHBOURS = 4;

/**
 * The method's metadata panel and search attributes: what the page's side panel shows (the search indexes
 * the same texts, src/lib/search/records.ts).
 */
export function methodePanel(entry: Methode, g: Graph) {
  const d = entry.data;
  const phase = { text: label('phase', d.phase), url: href(`/methodes/phase/${d.phase}/`) };
  const duree = formatDuree(d.duree);
  const difficulte = label('difficulte', d.difficulte);
  const projets = g.projetsOfMethode(entry.id);

  const meta: MetaRow[] = [
    { label: pageLabel('methodes', 'phase'), value: [{ ...phase, hint: ' : méthodes de cette phase' }] },
    { label: pageLabel('methodes', 'duree'), value: duree },
    { label: pageLabel('methodes', 'participants'), value: `${d.participants.min} à ${d.participants.max} personnes` },
    { label: pageLabel('methodes', 'difficulte'), value: difficulte },
    { label: pageLabel('methodes', 'materiel'), value: d.materiel.map((m) => ({ text: m })) },
    { label: pageLabel('methodes', 'livrables'), value: d.livrables.map((l) => ({ text: l })) },
  ];

  const search: SearchData = {
    type: 'Méthode',
    phase: phase.text,
    thematiques: [...new Set(projets.flatMap((p) => p.data.thematiques.map((t) => label('thematique', t.id, g))))],
    date: isoDate(d.publie),
    detail: `Phase ${phase.text} · ${duree}`,
  };

  return { meta, search, phase, duree, difficulte };
}

export function methodeView(entry: Methode, g: Graph, site: URL | undefined) {
  const d = entry.data;
  const { meta, phase, duree, difficulte } = methodePanel(entry, g);
  const projets = g.projetsOfMethode(entry.id);
  const sequence = graphSequences(g).get(entry.id) ?? { avant: [], apres: [] };

  /** "juste avant dans 2 études de cas, méthode liée", "méthode liée, phase Définir". */
  const neighbour = (n: Neighbour, word: string) => {
    const other = g.methodes.get(n.id)?.data.phase;
    return {
      title: label('methode', n.id, g),
      url: url.methode(n.id),
      detail:
        n.projets > 0
          ? `juste ${word} dans ${n.projets} étude${n.projets > 1 ? 's' : ''} de cas${n.liee ? ', méthode liée' : ''}`
          : `méthode liée${other ? `, phase ${label('phase', other)}` : ''}`,
    };
  };

  const trail: Trail = { items: [{ label: 'Méthodes', path: '/methodes/' }], current: d.titre };

  return {
    title: `${d.titre} : fiche méthode`,
    description: d.resume,
    trail,
    /** Arguments of methodeLd (src/lib/seo.ts), but the steps, which the page reads from the rendered body. */
    ld: {
      url: absolute(url.methode(entry.id), site),
      image: absolute(href(`/${shareImagePath('methodes', entry.id)}`), site),
    },
    phase,
    /** The three facts under the title. */
    facts: { duree, participants: `${d.participants.min} à ${d.participants.max}`, difficulte },
    meta,
    sequence: [
      { titre: 'Souvent avant', word: 'avant', items: sequence.avant.slice(0, NEIGHBOURS).map((n) => neighbour(n, 'avant')) },
      { titre: 'Souvent après', word: 'après', items: sequence.apres.slice(0, NEIGHBOURS).map((n) => neighbour(n, 'après')) },
    ],
    /** The case studies that used it: how many, the first HUB_LIMIT as cards, and a search link beyond. */
    projets: firstCards(
      projets,
      HUB_LIMIT,
      (p): CardData => ({
        title: p.data.titre,
        url: url.projet(p.id),
        description: p.data.resume,
        detail: `${label('lab', p.data.lab.id, g)} · ${label('region', g.regionOf(p))}`,
      }),
      () => `${href('/recherche/')}?type=${encodeURIComponent('Étude de cas')}&methode=${encodeURIComponent(d.titre)}&tri=date`,
    ),
    liees: d.methodesLiees
      .map((m) => g.methodes.get(m.id))
      .filter((m) => m !== undefined)
      .map((m): CardData => methodeCard(m, g)),
    pratiques: g.pratiquesOfMethode(entry.id).map((p): CardData => pratiqueCard(p, g)),
  };
}

export type MethodeView = ReturnType<typeof methodeView>;
