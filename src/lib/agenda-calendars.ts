/** The agenda's iCalendar files, as Astro endpoints build them: which files exist and what each holds. */
import { label } from './labels.ts';
import type { Agenda, AgendaItem } from './agenda.ts';
import { agendaPath } from './agenda.ts';
import { calendar } from './ical.ts';
import { href } from './paths.ts';

export interface CalendarFile {
  /** Path with the base ("/agenda/lab/ti-lab/agenda.ics"). */
  path: string;
  name: string;
  description: string;
  /** Path of the page it stands for, with the base. */
  page: string;
  items: AgendaItem[];
}

/** The whole agenda's calendar, then one per lab, theme and region that has events. */
export function calendarFiles(
  a: Agenda,
  names: { labs: ReadonlyMap<string, string>; themes: ReadonlyMap<string, string> },
): CalendarFile[] {
  const files: CalendarFile[] = [
    {
      path: href(agendaPath.feed),
      name: 'Carnet des labs — agenda',
      description: 'Tout l’agenda des laboratoires d’innovation territoriale.',
      page: href(agendaPath.index),
      items: a.ordered,
    },
  ];
  /** Each facet: its values with their names, and whether an event has a value. */
  const regions = [...new Set(a.items.flatMap((i) => i.regions))];
  const facets: ['lab' | 'thematique' | 'region', [string, string][], (i: AgendaItem, value: string) => boolean][] = [
    ['lab', [...names.labs], (i, id) => i.data.organisateurs.some((l) => l.id === id)],
    ['thematique', [...names.themes], (i, id) => i.data.thematiques.some((t) => t.id === id)],
    ['region', regions.map((code) => [code, label('region', code)]), (i, code) => i.regions.includes(code)],
  ];
  for (const [facet, values, has] of facets)
    for (const [value, name] of values) {
      const items = a.ordered.filter((i) => has(i, value));
      if (items.length)
        files.push({
          path: href(agendaPath.facetFeed(facet, value)),
          name: `Carnet des labs — agenda : ${name}`,
          description: `Les événements de l’agenda : ${name}.`,
          page: href(agendaPath.filter(facet, value)),
          items,
        });
    }
  return files;
}

/** The text of a calendar file. */
export function calendarText(
  file: Pick<CalendarFile, 'name' | 'description' | 'page' | 'items'>,
  site: URL,
  labName: (id: string) => string,
): string {
  return calendar(file.items, {
    name: file.name,
    description: file.description,
    url: new URL(file.page, site).href,
    site,
    eventUrl: (id) => new URL(href(agendaPath.event(id)), site).href,
    labName,
  }).toString();
}
