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
  const add = (facet: 'lab' | 'thematique' | 'region', value: string, label: string, items: AgendaItem[]) => {
    if (items.length)
      files.push({
        path: href(agendaPath.facetFeed(facet, value)),
        name: `Carnet des labs — agenda : ${label}`,
        description: `Les événements de l’agenda : ${label}.`,
        page: href(agendaPath.filter(facet, value)),
        items,
      });
  };
  for (const [id, nom] of names.labs)
    add(
      'lab',
      id,
      nom,
      a.ordered.filter((i) => i.data.organisateurs.some((l) => l.id === id)),
    );
  for (const [id, libelle] of names.themes)
    add(
      'thematique',
      id,
      libelle,
      a.ordered.filter((i) => i.data.thematiques.some((t) => t.id === id)),
    );
  for (const code of new Set(a.items.flatMap((i) => i.regions)))
    add(
      'region',
      code,
      label('region', code),
      a.ordered.filter((i) => i.regions.includes(code)),
    );
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
