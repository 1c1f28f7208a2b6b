/** /agenda/<id>.ics: one event, for « Ajouter à mon agenda ». */
import type { APIRoute, GetStaticPaths } from 'astro';
import { agendaPath } from '../../lib/agenda.ts';
import { calendarText } from '../../lib/agenda-calendars.ts';
import { href } from '../../lib/paths.ts';
import { siteUrl } from '../../lib/published.ts';
import { agendaNames, getAgenda } from '../../lib/routing.ts';

export const getStaticPaths = (async () => {
  const a = await getAgenda();
  return a.items.map((item) => ({ params: { id: item.id }, props: { item } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const names = await agendaNames();
  const { item } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const text = calendarText(
    { name: item.data.titre, description: item.data.resume, page: href(agendaPath.event(item.id)), items: [item] },
    siteUrl(site),
    (id) => names.labs.get(id) ?? id,
  );
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
