/** Reads an iCalendar text with an independent parser (ical.js), resolving times through the file's own VTIMEZONE. */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string | undefined;
  url: string | undefined;
  status: string | undefined;
  allDay: boolean;
  /** UTC instants (for an all-day event, its dates at UTC midnight). */
  start: string;
  end: string;
}

export function parseIcs(text: string): { name: string | undefined; timezones: string[]; events: ParsedEvent[] } {
  const root = new ICAL.Component(ICAL.parse(text));
  const timezones = root.getAllSubcomponents('vtimezone').map((tz) => {
    const zone = new ICAL.Timezone(tz);
    ICAL.TimezoneService.register(zone, zone.tzid);
    return zone.tzid;
  });
  const events = root.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    const iso = (t: ICAL.Time) => (t.isDate ? `${t.toString()}` : t.toJSDate().toISOString());
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      location: e.location || undefined,
      url: (c.getFirstPropertyValue('url') as string | null) ?? undefined,
      status: (c.getFirstPropertyValue('status') as string | null) ?? undefined,
      allDay: e.startDate.isDate,
      start: iso(e.startDate),
      end: iso(e.endDate),
    };
  });
  for (const tz of timezones) ICAL.TimezoneService.remove(tz);
  return { name: (root.getFirstPropertyValue('x-wr-calname') as string | null) ?? undefined, timezones, events };
}
