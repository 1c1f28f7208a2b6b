/**
 * What the agenda pages show of an event, a training and an edition: card props, badges, places, and their
 * schema.org descriptions (Event, Course with its CourseInstances). Pure.
 */
import { label } from './labels.ts';
import type { Course, CourseInstance, EducationEvent, Event, EventStatusType, WithContext } from 'schema-dts';
import { agendaPath, frenchWhen, shortDate, type AgendaItem, type Formation } from './agenda.ts';
import { href } from './paths.ts';

/** Badges of an event: its type, its format, its status unless simply planned, and « Exemple ». */
export function eventBadges(item: AgendaItem): string[] {
  return [
    label('typeEvenement', item.data.type),
    label('format', item.data.format).replace(/ \(.*\)$/, ''),
    ...(item.statut === 'prevu' ? [] : [label('statutEvenement', item.statut)]),
    ...(item.data.exemple ? ['Exemple'] : []),
  ];
}

/** Where, in one line: "Ti Lab, Rennes (Bretagne)" or "En ligne". */
export function eventPlace(item: AgendaItem): string {
  const l = item.data.lieu;
  const where = l ? `${l.nom === l.ville ? l.ville : `${l.nom}, ${l.ville}`} (${label('region', l.region)})` : 'En ligne';
  return item.data.format === 'hybride' ? `${where} et en ligne` : where;
}

/** Props of the Card component for an event. */
export function eventCard(item: AgendaItem) {
  return {
    title: `${item.data.titre}${item.data.exemple ? ' (exemple)' : ''}`,
    url: href(agendaPath.event(item.id)),
    description: item.data.resume,
    badges: eventBadges(item),
    detail: `${frenchWhen(item)} · ${eventPlace(item)}`,
  };
}

/** Props of the Card component for a training. */
export function formationCard(f: Formation, sessions: { upcoming: AgendaItem[]; past: AgendaItem[] }) {
  const next = sessions.upcoming[0];
  return {
    title: `${f.data.titre}${f.data.exemple ? ' (exemple)' : ''}`,
    url: href(agendaPath.formation(f.id)),
    description: f.data.resume,
    badges: ['Formation', f.data.duree, ...(f.data.exemple ? ['Exemple'] : [])],
    detail: next ? `Prochaine session : ${shortDate(next.start.date)}` : 'Aucune session à venir',
  };
}

const STATUS: Record<string, EventStatusType> = {
  annule: 'https://schema.org/EventCancelled',
  reporte: 'https://schema.org/EventPostponed',
};
const MODE = {
  'en-ligne': 'https://schema.org/OnlineEventAttendanceMode',
  'sur-place': 'https://schema.org/OfflineEventAttendanceMode',
  hybride: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/** ISO 8601 with the Paris offset ("2026-12-10T14:00:00+01:00"), or the date alone for a whole day. */
export function isoLocal(item: AgendaItem, which: 'start' | 'end'): string {
  const l = item[which];
  if (!l.time) return l.date;
  const instant = which === 'start' ? item.startsAt : item.endsAt;
  const naive = Date.parse(`${l.date}T${l.time}:00Z`);
  const offset = Math.round((naive - instant.getTime()) / 60_000);
  const sign = offset >= 0 ? '+' : '-';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${l.date}T${l.time}:00${sign}${hh}:${mm}`;
}

/** The schema.org Event (or EducationEvent for a training session) of an event page, for Google's event rich results. */
export function eventLd(
  item: AgendaItem,
  o: { url: string; site: URL; labs: { name: string; url: string }[]; registration?: string | undefined },
): WithContext<Event | EducationEvent> {
  const d = item.data;
  const place = d.lieu
    ? {
        '@type': 'Place' as const,
        name: d.lieu.nom,
        address: {
          '@type': 'PostalAddress' as const,
          ...(d.lieu.adresse ? { streetAddress: d.lieu.adresse } : {}),
          addressLocality: d.lieu.ville,
          addressRegion: label('region', d.lieu.region),
          addressCountry: 'FR',
        },
        ...(d.lieu.coordonnees
          ? { geo: { '@type': 'GeoCoordinates' as const, latitude: d.lieu.coordonnees.lat, longitude: d.lieu.coordonnees.lon } }
          : {}),
      }
    : undefined;
  const virtual = d.format !== 'sur-place' ? { '@type': 'VirtualLocation' as const, url: o.url } : undefined;
  const location = [place, virtual].filter((x) => x !== undefined);
  const organizers = [
    ...o.labs.map((l) => ({ '@type': 'GovernmentOrganization' as const, name: l.name, url: l.url })),
    ...d.autresOrganisateurs.map((name) => ({ '@type': 'Organization' as const, name })),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': d.formation ? 'EducationEvent' : 'Event',
    name: `${d.titre}${d.exemple ? ' (exemple)' : ''}`,
    description: d.exemple ? `Exemple : ${d.resume}` : d.resume,
    url: o.url,
    startDate: isoLocal(item, 'start'),
    endDate: isoLocal(item, 'end'),
    eventAttendanceMode: MODE[d.format],
    eventStatus: STATUS[d.statut] ?? 'https://schema.org/EventScheduled',
    location: location.length === 1 ? location[0] : location,
    organizer: organizers.length === 1 ? organizers[0] : organizers,
    inLanguage: 'fr',
    ...(d.gratuit
      ? {
          isAccessibleForFree: true,
          offers: {
            '@type': 'Offer',
            price: 0,
            priceCurrency: 'EUR',
            url: o.registration ?? o.url,
            availability: d.statut === 'complet' ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
          },
        }
      : {}),
  } as WithContext<Event | EducationEvent>;
}

/** The schema.org Course of a training, with its sessions as CourseInstances. */
export function courseLd(
  f: Formation,
  o: { url: string; provider: { name: string; url: string }[]; sessions: AgendaItem[]; sessionUrl: (id: string) => string },
): WithContext<Course> {
  const instances: CourseInstance[] = o.sessions.map((s) => ({
    '@type': 'CourseInstance',
    name: s.data.titre,
    url: o.sessionUrl(s.id),
    courseMode: s.data.format === 'en-ligne' ? 'online' : s.data.format === 'hybride' ? 'blended' : 'onsite',
    startDate: isoLocal(s, 'start'),
    endDate: isoLocal(s, 'end'),
    ...(s.data.lieu
      ? {
          location: {
            '@type': 'Place',
            name: s.data.lieu.nom,
            address: `${s.data.lieu.adresse ? `${s.data.lieu.adresse}, ` : ''}${s.data.lieu.ville}`,
          },
        }
      : {}),
    courseWorkload: `PT${f.data.heures}H`,
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: `${f.data.titre}${f.data.exemple ? ' (exemple)' : ''}`,
    description: f.data.exemple ? `Exemple : ${f.data.resume}` : f.data.resume,
    url: o.url,
    inLanguage: 'fr',
    teaches: f.data.objectifs,
    timeRequired: `PT${f.data.heures}H`,
    ...(f.data.prerequis.length ? { coursePrerequisites: f.data.prerequis } : {}),
    provider: o.provider.map((p) => ({ '@type': 'GovernmentOrganization', name: p.name, url: p.url })),
    ...(instances.length ? { hasCourseInstance: instances } : {}),
  };
}
