/**
 * iCalendar files of the agenda (RFC 5545), written by ical-generator: the whole agenda, one per lab, theme
 * and region, and one per event. Times are written in Europe/Paris with its VTIMEZONE (summer and winter
 * rules), UIDs are stable (the event's id and the site's host), a cancelled event is STATUS:CANCELLED, and an
 * example event says so in its title and description. Pure apart from the two libraries.
 */
import { label } from './labels.ts';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import type { AgendaItem } from './agenda.ts';
import { frenchWhen } from './agenda.ts';
import { TIME_ZONE } from '../model/paris-time.ts';

export interface CalendarOptions {
  /** Calendar name, as it shows in the person's calendar app. */
  name: string;
  description: string;
  /** Absolute URL of the page the calendar stands for. */
  url: string;
  /** The site's origin with its base path, for event URLs and UIDs. */
  site: URL;
  /** Absolute URL of an event's page. */
  eventUrl(id: string): string;
  /** Names of the labs, by id, for the organisers line. */
  labName(id: string): string;
}

/** The stable identifier of an event in every calendar: it never changes while the file keeps its name. */
export function eventUid(id: string, site: URL): string {
  return `evenement-${id}@${site.host}`;
}

export const EXAMPLE_TITLE = '[Exemple] ';
export const EXAMPLE_NOTICE =
  'Événement d’exemple : il n’a pas lieu, il montre ce que publie le Carnet des labs. On ne peut pas s’y inscrire.';

/** Minutes the calendar apps are asked to wait before fetching a subscribed calendar again (the site is rebuilt daily). */
const REFRESH = { hours: 12 };

export function calendar(items: readonly AgendaItem[], o: CalendarOptions): ICalCalendar {
  const cal = ical({
    name: o.name,
    description: o.description,
    url: o.url,
    prodId: { company: 'DITP', product: 'Carnet des labs', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone: DTSTAMP stays in UTC; each timed event carries TZID=Europe/Paris, whose VTIMEZONE is written once.
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: REFRESH.hours * 3600,
  });
  for (const item of items) {
    const d = item.data;
    const page = o.eventUrl(item.id);
    const organisers = [...d.organisateurs.map((l) => o.labName(l.id)), ...d.autresOrganisateurs];
    const place = d.lieu
      ? [d.lieu.nom, d.lieu.adresse, d.lieu.ville, label('region', d.lieu.region)].filter(Boolean).join(', ')
      : undefined;
    const description = [
      d.exemple ? EXAMPLE_NOTICE : undefined,
      d.resume,
      frenchWhen(item),
      organisers.length ? `Organisé par : ${organisers.join(', ')}.` : undefined,
      d.format === 'en-ligne' ? 'En ligne : le lien de connexion est envoyé aux personnes inscrites.' : undefined,
      `Page de l’événement : ${page}`,
    ]
      .filter(Boolean)
      .join('\n\n');
    cal.createEvent({
      id: eventUid(item.id, o.site),
      // All-day events are written as dates (VALUE=DATE); the end is the day after the last one (exclusive).
      start: item.allDay ? item.start.date : DateTime.fromJSDate(item.startsAt, { zone: TIME_ZONE }),
      end: item.allDay ? nextDate(item.end.date) : DateTime.fromJSDate(item.endsAt, { zone: TIME_ZONE }),
      allDay: item.allDay,
      timezone: item.allDay ? null : TIME_ZONE,
      stamp: new Date(`${(d.misAJour ?? d.publie).toISOString().slice(0, 10)}T00:00:00Z`),
      summary: `${d.exemple ? EXAMPLE_TITLE : ''}${d.titre}${d.statut === 'annule' ? ' (annulé)' : ''}`,
      description,
      location: place ?? 'En ligne',
      url: page,
      status: d.statut === 'annule' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal;
}

function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
