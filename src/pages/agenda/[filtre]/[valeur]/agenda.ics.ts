/** /agenda/lab|thematique|region/<valeur>/agenda.ics: the calendar of one lab, theme or region. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFiles, calendarText } from '../../../../lib/agenda-calendars.ts';
import { siteUrl } from '../../../../lib/published.ts';
import { agendaNames, getAgenda } from '../../../../lib/routing.ts';

export const getStaticPaths = (async () => {
  const [a, names] = await Promise.all([getAgenda(), agendaNames()]);
  return calendarFiles(a, names)
    .slice(1)
    .map((file) => {
      const [, filtre = '', valeur = ''] = /\/agenda\/([^/]+)\/([^/]+)\/agenda\.ics$/.exec(file.path) ?? [];
      return { params: { filtre, valeur }, props: { file } };
    });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const names = await agendaNames();
  const { file } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(
    calendarText(file, siteUrl(site), (id) => names.labs.get(id) ?? id),
    { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } },
  );
};
