/** The agenda's RSS feed (/agenda/flux.xml): events and trainings, newest published first. Pure. */
import { label } from './labels.ts';
import { agendaPath, frenchWhen, type Agenda } from './agenda.ts';
import { eventPlace } from './agenda-view.ts';
import { FEED_SIZE, type Feed, type FeedItem } from './feeds.ts';
import { absolute, href } from './paths.ts';
import { SITE } from './site.ts';

export function agendaFeed(
  a: Agenda,
  site: URL | string,
  names: { labs: ReadonlyMap<string, string>; themes: ReadonlyMap<string, string> },
): Feed {
  /** An event's or a training's item: « (exemple) » after an example's title and « Exemple. » before its summary. */
  const item = (
    kind: 'evenement' | 'formation',
    entry: { id: string; data: { titre: string; exemple: boolean; publie: Date; resume: string } },
    path: string,
    facts: string,
    categories: string[],
  ): FeedItem => ({
    kind,
    id: entry.id,
    title: `${entry.data.titre}${entry.data.exemple ? ' (exemple)' : ''}`,
    link: absolute(href(path), site),
    pubDate: entry.data.publie,
    description: `${entry.data.exemple ? 'Exemple. ' : ''}${entry.data.resume} — ${facts}.`,
    categories,
  });
  const events = a.items.map((i) =>
    item(
      'evenement',
      i,
      agendaPath.event(i.id),
      `${label('typeEvenement', i.data.type)} · ${frenchWhen(i)} · ${eventPlace(i)} · ${label('statutEvenement', i.statut)}`,
      [
        label('typeEvenement', i.data.type),
        ...i.data.thematiques.map((t) => names.themes.get(t.id) ?? t.id),
        ...i.data.organisateurs.map((l) => names.labs.get(l.id) ?? l.id),
      ],
    ),
  );
  const trainings = a.formations.map((f) =>
    item('formation', f, agendaPath.formation(f.id), `Formation · ${f.data.duree}`, [
      'Formation',
      ...f.data.labs.map((l) => names.labs.get(l.id) ?? l.id),
    ]),
  );
  const items = [...events, ...trainings]
    .sort((x, y) => y.pubDate.getTime() - x.pubDate.getTime() || x.link.localeCompare(y.link))
    .slice(0, FEED_SIZE);
  const path = href('/agenda/flux.xml');
  return {
    title: `${SITE.name} — agenda et formations`,
    description: 'Les événements et les formations des laboratoires d’innovation territoriale, à mesure qu’ils sont publiés.',
    path,
    self: absolute(path, site),
    link: absolute(href(agendaPath.index), site),
    items,
  };
}
