/**
 * What the « Agenda et formations » block (components/UpcomingEvents.astro) shows on the page of a lab, a theme,
 * a region, a method or a case study.
 */
import { agendaPath, type Agenda, type AgendaItem, type Formation } from '../lib/agenda.ts';
import { href } from '../lib/paths.ts';

type Subject = 'lab' | 'thematique' | 'region' | 'methode' | 'projet';
type Of<T> = (a: Agenda, id: string) => T[];

/** Per kind of page: its upcoming events, its trainings, and whose agenda the filtered agenda is (when there is one). */
const SUBJECTS: Record<Subject, { items: Of<AgendaItem>; formations?: Of<Formation>; whose?: string }> = {
  lab: { items: (a, id) => a.upcomingOfLab(id), formations: (a, id) => a.formationsOfLab(id), whose: 'du lab' },
  thematique: { items: (a, id) => a.upcomingOfTheme(id), formations: (a, id) => a.formationsOfTheme(id), whose: 'de la thématique' },
  region: { items: (a, id) => a.upcomingOfRegion(id), whose: 'de la région' },
  methode: { items: (a, id) => a.upcomingOfMethode(id), formations: (a, id) => a.formationsOfMethode(id) },
  projet: { items: (a, id) => a.upcomingOfProjet(id) },
};

/** The props of UpcomingEvents for the page of `id`: its events, its trainings and the link to its filtered agenda. */
export function upcomingOf(agenda: Agenda, subject: Subject, id: string) {
  const { items, formations, whose } = SUBJECTS[subject];
  return {
    items: items(agenda, id),
    formations: formations?.(agenda, id) ?? [],
    sessionsOf: agenda.sessionsOf,
    more:
      whose === undefined ? undefined : { url: href(agendaPath.filter(subject, id)), label: `Tout l’agenda ${whose} et son calendrier` },
  };
}
