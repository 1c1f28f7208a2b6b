/** /agenda/agenda.ics: the whole agenda as an iCalendar file to subscribe to. */
import type { APIRoute } from 'astro';
import { calendarFiles, calendarText } from '../../lib/agenda-calendars.ts';
import { siteUrl } from '../../lib/published.ts';
import { agendaNames, getAgenda } from '../../lib/routing.ts';

export const GET: APIRoute = async ({ site }) => {
  const [a, names] = await Promise.all([getAgenda(), agendaNames()]);
  const [all] = calendarFiles(a, names);
  if (!all) throw new Error('agenda.ics : le calendrier de tout l’agenda manque.');
  return new Response(
    calendarText(all, siteUrl(site), (id) => names.labs.get(id) ?? id),
    { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } },
  );
};
