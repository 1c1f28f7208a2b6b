/**
 * The agenda of the built site (issue 15): its order and filters, registration only while an event is to
 * come, every .ics file read by an independent parser (ical.js) with the right UTC instants on both sides of
 * the daylight-saving changes, the Event JSON-LD of every event page, the agenda's feed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../support/ics.ts';

const dist = path.resolve(process.env.CARNET_DIST ?? 'dist');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const index = read('agenda/index.html');
const built = new Date(/data-agenda-maj="([^"]+)"/.exec(index)?.[1] ?? 'absente');
const eventIds = readdirSync(path.join(dist, 'agenda')).flatMap((f) => (/^(.+)\.ics$/.exec(f)?.[1] && f !== 'agenda.ics' ? [f.slice(0, -4)] : []));
const page = (id: string) => read(`agenda/${id}/index.html`);
const section = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
};
const cardIds = (html: string) => [...html.matchAll(/class="fr-card__title"><a href="[^"]*\/agenda\/([a-z0-9-]+)\/"/g)].map((m) => m[1] ?? '');
const all = parseIcs(read('agenda/agenda.ics'));
const byId = new Map(all.events.map((e) => [e.uid.replace(/^evenement-/, '').replace(/@.*$/, ''), e]));
const startOf = (id: string) => {
  const e = byId.get(id);
  if (!e) throw new Error(`${id} absent de agenda.ics`);
  return e.allDay ? Date.parse(`${e.start}T00:00:00+01:00`) : Date.parse(e.start);
};
const endOf = (id: string) => {
  const e = byId.get(id);
  if (!e) throw new Error(`${id} absent de agenda.ics`);
  return e.allDay ? Date.parse(`${e.end}T00:00:00+01:00`) : Date.parse(e.end);
};

describe('la page /agenda/', () => {
  it('dit quand l’agenda a été mis à jour', () => {
    expect(Number.isNaN(built.getTime())).toBe(false);
    expect(index).toMatch(/Agenda mis à jour le \d{1,2}(er)? \S+ \d{4}\./);
  });

  it('montre d’abord les événements à venir, par date, puis les passés, du plus récent au plus ancien, sous des titres de mois', () => {
    const upcoming = cardIds(section(index, 'a-venir-titre'));
    const past = cardIds(section(index, 'passes-titre'));
    expect(upcoming.length).toBeGreaterThan(10);
    expect(past.length).toBeGreaterThan(10);
    expect(upcoming.length + past.length).toBe(eventIds.length);
    const starts = upcoming.map(startOf);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const id of upcoming) expect(endOf(id), id).toBeGreaterThan(built.getTime());
    const pastStarts = past.map(startOf);
    expect(pastStarts).toEqual([...pastStarts].sort((a, b) => b - a));
    for (const id of past) expect(endOf(id), id).toBeLessThanOrEqual(built.getTime());
    expect(section(index, 'a-venir-titre')).toMatch(/<h3[^>]*>[A-ZÉ][a-zéû]+ \d{4}<\/h3>/);
  });

  it('a des pages de filtre statiques (type, format, région, thématique, lab) qui ne gardent que leurs événements', () => {
    for (const facet of ['type', 'format', 'region', 'thematique', 'lab']) {
      const values = readdirSync(path.join(dist, 'agenda', facet));
      expect(values.length, facet).toBeGreaterThan(1);
      expect(index).toContain(`/agenda/${facet}/${values[0]}/`);
    }
    const webinaires = read('agenda/type/webinaire/index.html');
    const ids = [...cardIds(section(webinaires, 'a-venir-titre')), ...cardIds(section(webinaires, 'passes-titre'))];
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) expect(page(id)).toMatch(/fr-badge[^"]*">Webinaire</);
  });

  it('annonce son calendrier et son flux, et explique comment s’abonner', () => {
    expect(index).toMatch(/<link rel="alternate" type="text\/calendar"[^>]*href="\/agenda\/agenda\.ics"/);
    expect(index).toMatch(/S’abonner à l’agenda[\s\S]*Outlook[\s\S]*Thunderbird[\s\S]*iPhone/);
    expect(read('agenda/lab/ti-lab/index.html')).toContain('href="/agenda/lab/ti-lab/agenda.ics"');
  });
});

describe('les pages d’événement', () => {
  it('ne proposent jamais de s’inscrire à un événement passé, complet ou annulé', () => {
    let past = 0;
    for (const id of eventIds) {
      const html = page(id);
      const ended = endOf(id) <= built.getTime();
      const closed = /fr-badge[^"]*">(Complet|Annulé)</.test(html);
      if (ended) past++;
      if (ended || closed) expect(html, id).not.toContain('data-inscription');
    }
    expect(past).toBeGreaterThan(10);
    expect(page('webinaire-entretiens-decembre')).toContain('data-inscription');
  });

  it('signale un événement d’exemple près du titre, et son inscription ne quitte jamais le site', () => {
    for (const id of eventIds) {
      const html = page(id);
      if (!/Événement d’exemple : il n’a pas lieu/.test(html)) continue;
      expect(html, id).toMatch(/<h1[^>]*>[^<]+<span class="fr-badge[^"]*">Exemple<\/span>/);
      const link = /<a class="fr-btn fr-btn--lg" href="([^"]+)" data-inscription/.exec(html)?.[1];
      if (link) expect(link, id).toBe('/agenda/exemple/');
      expect(byId.get(id)?.summary, id).toMatch(/^\[Exemple\] /);
    }
  });

  it('décrivent chaque événement en JSON-LD (Event ou EducationEvent) avec son mode, son statut, son lieu et ses organisateurs', () => {
    for (const id of eventIds) {
      const blocks = [...page(id).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? '{}') as Record<string, unknown>);
      const ld = blocks.find((b) => b['@type'] === 'Event' || b['@type'] === 'EducationEvent');
      expect(ld, id).toBeDefined();
      expect(ld?.['startDate'], id).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00[+-]\d{2}:00)?$/);
      expect(ld?.['eventAttendanceMode'], id).toMatch(/^https:\/\/schema\.org\/(Online|Offline|Mixed)EventAttendanceMode$/);
      expect(ld?.['eventStatus'], id).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Cancelled|Postponed)$/);
      const locations = [ld?.['location']].flat() as { '@type': string }[];
      expect(locations.every((l) => l['@type'] === 'Place' || l['@type'] === 'VirtualLocation'), id).toBe(true);
      expect(ld?.['organizer'], id).toBeDefined();
    }
    const online = JSON.stringify(page('webinaire-avant-heure-ete'));
    expect(online).toContain('2027-03-25T14:00:00+01:00');
    expect(page('webinaire-apres-heure-ete')).toContain('2027-04-01T14:00:00+02:00');
  });
});

describe('les calendriers .ics, relus par ical.js', () => {
  const files = [
    ...eventIds.map((id) => `agenda/${id}.ics`),
    'agenda/agenda.ics',
    ...['lab', 'thematique', 'region'].flatMap((facet) => readdirSync(path.join(dist, 'agenda', facet)).map((v) => `agenda/${facet}/${v}/agenda.ics`)),
  ];

  it('se lisent tous, avec le fuseau Europe/Paris et des identifiants stables', () => {
    expect(files.length).toBeGreaterThan(eventIds.length + 20);
    for (const file of files) {
      const cal = parseIcs(read(file));
      expect(cal.events.length, file).toBeGreaterThan(0);
      // Times are written in Paris time with its VTIMEZONE; whole days are plain dates, with no zone.
      expect(cal.timezones, file).toEqual(cal.events.some((e) => !e.allDay) ? ['Europe/Paris'] : []);
      for (const e of cal.events) {
        expect(e.uid, file).toMatch(/^evenement-[a-z0-9-]+@/);
        expect(e.url, file).toMatch(/\/agenda\/[a-z0-9-]+\/$/);
        expect(e.location, file).toBeTruthy();
      }
    }
    const one = parseIcs(read('agenda/webinaire-avant-heure-ete.ics')).events[0];
    expect(one?.uid).toBe(byId.get('webinaire-avant-heure-ete')?.uid);
  });

  it('donne les bons instants UTC de part et d’autre des changements d’heure', () => {
    expect([byId.get('webinaire-avant-heure-ete')?.start, byId.get('webinaire-avant-heure-ete')?.end]).toEqual([
      '2027-03-25T13:00:00.000Z',
      '2027-03-25T14:00:00.000Z',
    ]);
    expect(byId.get('webinaire-apres-heure-ete')?.start).toBe('2027-04-01T12:00:00.000Z');
    expect(byId.get('visite-ti-lab-octobre')?.start).toBe('2026-10-24T08:00:00.000Z');
    expect(byId.get('webinaire-robots-lab-o')?.start).toBe('2026-10-15T09:00:00.000Z');
    expect(byId.get('session-animer-a-distance-2026-11')?.start).toBe('2026-11-10T13:00:00.000Z');
    expect(byId.get('inauguration-ti-lab')).toMatchObject({ allDay: true, start: '2017-11-23', end: '2017-11-24' });
  });

  it('marque les événements annulés', () => {
    expect(byId.get('conference-annulee-reunion')?.status).toBe('CANCELLED');
    expect(byId.get('hackathon-simplification-lyon')?.status).toBe('CONFIRMED');
  });
});

describe('les formations, les temps forts, le flux et les données', () => {
  it('décrit chaque formation en Course avec ses sessions', () => {
    const html = read('formations/initiation-design-de-services/index.html');
    expect(html).toMatch(/"@type":"Course"/);
    expect(html).toMatch(/"hasCourseInstance":\[\{"@type":"CourseInstance"/);
    expect(html).toMatch(/Sessions à venir \(\d+\)/);
  });

  it('dessine les chiffres du Mois 2020 par thématique, avec leur tableau', () => {
    const html = read('temps-forts/mois-innovation-publique-2020/index.html');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toMatch(/<table[\s\S]*Service à l(&#39;|’)usager[\s\S]*une centaine[\s\S]*Innovation managériale[\s\S]*plus de 65[\s\S]*Innovation territoriale[\s\S]*<\/table>/);
    expect(html).toContain('https://www.modernisation.gouv.fr/presse/une-nouvelle-ambition-pour-les-laboratoires-dinnovation-territoriale');
  });

  it('publie un flux RSS des événements et des formations', () => {
    const rss = read('agenda/flux.xml');
    expect(rss).toMatch(/<item><title>[^<]+<\/title><link>[^<]+\/(agenda|formations)\/[a-z0-9-]+\/<\/link>/);
  });

  it('exporte les événements en JSON avec les dates de Paris et les instants UTC', () => {
    const rows = JSON.parse(read('donnees/evenements.json')) as Record<string, unknown>[];
    expect(rows).toHaveLength(eventIds.length);
    expect(rows.find((r) => r['id'] === 'webinaire-apres-heure-ete')).toMatchObject({ debut: '2027-04-01T14:00', debut_utc: '2027-04-01T12:00:00.000Z' });
  });
});
