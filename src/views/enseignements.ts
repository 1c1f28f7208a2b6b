/** The lessons page (/enseignements/) as data: the levers and obstacles of every case study, grouped and counted, in all and theme by theme. */
import type { Graph, Projet } from '../lib/graph.ts';
import { BLOCAGES, groupLessons, LEVIERS } from '../lib/lessons.ts';
import { url } from '../lib/paths.ts';
import { plural } from './format.ts';

/** The levers and the obstacles of some case studies, grouped into lessons. */
function lessons(projets: Projet[]) {
  return {
    leviers: groupLessons(
      projets.map((p) => ({ projet: p, phrases: p.data.leviers })),
      LEVIERS,
    ),
    blocages: groupLessons(
      projets.map((p) => ({ projet: p, phrases: p.data.blocages })),
      BLOCAGES,
    ),
  };
}

const studies = (n: number) => plural(n, 'étude de cas', 'études de cas');

export function enseignementsView(g: Graph) {
  return {
    /** "12 études de cas" */
    count: studies(g.projets.length),
    all: lessons(g.projets),
    /** Themes that have case studies, each with its own lessons. */
    themes: [...g.themes.values()]
      .map((t) => ({ theme: t, projets: g.projetsOfTheme(t.id) }))
      .filter((x) => x.projets.length > 0)
      .map(({ theme, projets }) => ({
        id: theme.id,
        text: theme.data.libelle,
        url: url.thematique(theme.id),
        count: studies(projets.length),
        ...lessons(projets),
      })),
  };
}
