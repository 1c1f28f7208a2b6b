/** The agenda's RSS feed (/agenda/flux.xml): events and trainings, newest published first. Pure. */
import { label } from './labels.ts';
import { agendaPath, frenchWhen, type Agenda } from './agenda.ts';
import { eventPlace } from './agenda-view.ts';
import { FEED_SIZE, type Feed, type FeedItem } from './feeds.ts';
import { href } from './paths.ts';
import { absolute } from './paths.ts';
import { SITE } from './site.ts';

export function agendaFeed(
  a: Agenda,
  site: URL | string,
  names: { labs: ReadonlyMap<string, string>; themes: ReadonlyMap<string, string> },
): Feed {
  const events: FeedItem[] = a.items.map((i) => ({
    kind: 'evenement',
    id: i.id,
    title: `${i.data.titre}${i.data.exemple ? ' (exemple)' : ''}`,
    link: absolute(href(agendaPath.event(i.id)), site),
    pubDate: i.data.publie,
    description: `${i.data.exemple ? 'Exemple. ' : ''}${i.data.resume} — ${label('typeEvenement', i.data.type)} · ${frenchWhen(i)} · ${eventPlace(i)} · ${label('statutEvenement', i.statut)}.`,
    categories: [
      label('typeEvenement', i.data.type),
      ...i.data.thematiques.map((t) => names.themes.get(t.id) ?? t.id),
      ...i.data.organisateurs.map((l) => names.labs.get(l.id) ?? l.id),
    ],
  }));
  const trainings: FeedItem[] = a.formations.map((f) => ({
    kind: 'formation',
    id: f.id,
    title: `${f.data.titre}${f.data.exemple ? ' (exemple)' : ''}`,
    link: absolute(href(agendaPath.formation(f.id)), site),
    pubDate: f.data.publie,
    description: `${f.data.exemple ? 'Exemple. ' : ''}${f.data.resume} — Formation · ${f.data.duree}.`,
    categories: ['Formation', ...f.data.labs.map((l) => names.labs.get(l.id) ?? l.id)],
  }));
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
