/** The home page as data: the network's figures, the latest case studies, themes, phases and regions, all counted from the corpus. */
import { projetCard } from '../lib/cards.ts';
import type { Graph } from '../lib/graph.ts';
import { label } from '../lib/labels.ts';
import { href, url } from '../lib/paths.ts';
import { REGIONS } from '../lib/regions.ts';
import { PHASES } from '../lib/vocabulary.ts';
import type { CardData } from './types.ts';

/** How many of the latest case studies the home page shows. */
const LATEST = 6;

/** The agenda's counts, when the site has one: events and training sessions. */
export interface AgendaCounts {
  evenements: number;
  sessions: number;
}

export function homeView(g: Graph, agenda?: AgendaCounts) {
  const f = g.figures;
  const byRegion = REGIONS.map((r) => ({ r, labs: g.labsOfRegion(r.code), projets: g.projetsOfRegion(r.code).length }));
  return {
    /** Key figures, each a link to what it counts. */
    figures: [
      { value: f.labs, label: 'fiches de labs actifs', url: url.labs() },
      { value: f.projets, label: 'études de cas', url: url.projets() },
      { value: f.methodes, label: 'fiches méthodes', url: url.methodes() },
      { value: f.pratiques, label: 'bonnes pratiques', url: url.pratiques() },
      { value: f.regions, label: 'régions', url: url.regions() },
      { value: f.essaimages, label: 'projets essaimés', url: href('/projets/statut/essaime/') },
      ...(agenda
        ? [
            { value: agenda.evenements, label: 'événements à l’agenda', url: href('/agenda/') },
            { value: agenda.sessions, label: 'sessions de formation', url: href('/formations/') },
          ]
        : []),
    ],
    latest: {
      cards: g.projets.slice(0, LATEST).map((p): CardData => projetCard(p, g)),
      more: { label: `Toutes les études de cas (${f.projets})`, url: url.projets() },
    },
    /** Themes that have case studies, with their number. */
    themes: [...g.themes.values()]
      .map((t) => ({ text: t.data.libelle, url: url.thematique(t.id), count: g.projetsOfTheme(t.id).length }))
      .filter((x) => x.count > 0),
    /** The five phases in order, each with its methods. */
    phases: PHASES.ids.map((phase) => ({
      text: label('phase', phase),
      url: href(`/methodes/phase/${phase}/`),
      methodes: g.methodesOfPhase(phase).map((m) => ({ text: m.data.titre, url: url.methode(m.id) })),
    })),
    /** Regions with a lab or a case study: how many case studies, and their labs (closed ones said so). */
    regions: byRegion
      .filter((x) => x.labs.length + x.projets > 0)
      .map(({ r, labs, projets }) => ({
        text: r.nom,
        url: url.region(r.code),
        projets,
        labs: labs.map((l) => ({ text: l.data.nom, url: url.lab(l.id), closed: !l.data.actif })),
      })),
    /** Regions with neither, named in one sentence. */
    empty: byRegion.filter((x) => x.labs.length + x.projets === 0).map((x) => x.r.nom),
  };
}

export type HomeView = ReturnType<typeof homeView>;
