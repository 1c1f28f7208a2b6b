/** The agenda's logic (src/lib/agenda.ts, paris-time.ts, ical.ts): order, filters, registration, French dates, calendars. */
import { describe, expect, it } from 'vitest';
import {
  buildAgenda,
  buildDate,
  byMonth,
  canRegister,
  agendaFacets,
  facetValues,
  frenchWhen,
  type Evenement,
} from '../../../src/lib/agenda.ts';
import { calendar, eventUid } from '../../../src/lib/ical.ts';
import { existsInParis, parisOffsetMinutes, toInstant } from '../../../src/model/paris-time.ts';
import { parseIcs } from '../../support/ics.ts';

const NOW = buildDate({ CARNET_DATE: '2026-12-03' });
const site = new URL('https://carnet.exemple.gouv.fr/');

function ev(id: string, debut: string, fin: string | undefined, extra: Partial<Evenement['data']> = {}): Evenement {
  return {
    id,
    data: {
      titre: `Événement ${id}`,
      resume: 'Un résumé.',
      type: 'webinaire',
      format: 'en-ligne',
      debut,
      fin,
      organisateurs: [{ collection: 'labs', id: 'ti-lab' }],
      autresOrganisateurs: [],
      thematiques: [{ collection: 'thematiques', id: 'design' }],
      methodes: [],
      projets: [],
      public: ['agents'],
      inscription: 'https://www.demarches-simplifiees.fr/commencer/x',
      gratuit: true,
      statut: 'prevu',
      supports: [],
      exemple: false,
      sources: [],
      publie: new Date('2026-11-20T00:00:00Z'),
      brouillon: false,
      ...extra,
    } as Evenement['data'],
  };
}

const labs = [
  { id: 'ti-lab', data: { nom: 'Ti Lab', region: '53' } },
  { id: 'lab-o', data: { nom: 'Lab’O', region: '76' } },
];
const lieu = { nom: 'Lab’O', adresse: '32 rue Pierre Paul Riquet', ville: 'Toulouse', region: '76' };

const events = [
  ev('avant-ete', '2027-03-25T14:00', '2027-03-25T15:00'),
  ev('apres-ete', '2027-04-01T14:00', '2027-04-01T15:00', { statut: 'annule' }),
  ev('passe', '2026-11-17T11:00', '2026-11-17T12:00'),
  ev('tres-passe', '2017-11-23', undefined, { format: 'sur-place', type: 'inauguration', lieu }),
  ev('aujourdhui-toute-la-journee', '2026-12-03', undefined, {
    format: 'sur-place',
    lieu,
    organisateurs: [{ collection: 'labs', id: 'lab-o' }],
  }),
  ev('complet', '2026-12-10T09:00', '2026-12-11T17:00', { statut: 'complet' }),
  ev('hiver', '2026-10-26T10:00', '2026-10-26T11:00'),
];
const agenda = buildAgenda({ evenements: events, formations: [], tempsForts: [], labs }, NOW);
/** An event of the test agenda, by id (the test fails if it is missing). */
function item(id: string) {
  const found = agenda.event(id);
  if (!found) throw new Error(`événement ${id} absent`);
  return found;
}

describe('heure de Paris', () => {
  it('CARNET_DATE fixe la date de construction à minuit, heure de Paris', () => {
    expect(NOW.toISOString()).toBe('2026-12-02T23:00:00.000Z');
    expect(() => buildDate({ CARNET_DATE: '3 décembre' })).toThrow(/CARNET_DATE.*AAAA-MM-JJ/);
  });
  it('donne le bon instant UTC de part et d’autre des changements d’heure', () => {
    expect(toInstant({ date: '2027-03-27', time: '14:00' }).toISOString()).toBe('2027-03-27T13:00:00.000Z');
    expect(toInstant({ date: '2027-03-28', time: '14:00' }).toISOString()).toBe('2027-03-28T12:00:00.000Z');
    expect(toInstant({ date: '2026-10-24', time: '10:00' }).toISOString()).toBe('2026-10-24T08:00:00.000Z');
    expect(toInstant({ date: '2026-10-26', time: '10:00' }).toISOString()).toBe('2026-10-26T09:00:00.000Z');
    expect(parisOffsetMinutes(new Date('2027-07-01T00:00:00Z'))).toBe(120);
    expect(existsInParis({ date: '2027-03-28', time: '02:30' })).toBe(false);
  });
});

describe('agenda', () => {
  it('met les événements à venir d’abord, par date, puis les passés, du plus récent au plus ancien', () => {
    expect(agenda.ordered.map((i) => i.id)).toEqual([
      'aujourdhui-toute-la-journee',
      'complet',
      'avant-ete',
      'apres-ete',
      'passe',
      'hiver',
      'tres-passe',
    ]);
  });
  it('déduit « passé », sans toucher à « annulé »', () => {
    expect(agenda.event('passe')?.statut).toBe('passe');
    expect(agenda.event('apres-ete')?.statut).toBe('annule');
    expect(agenda.event('aujourdhui-toute-la-journee')?.past).toBe(false);
  });
  it('ne propose jamais de s’inscrire à un événement passé, complet ou annulé', () => {
    const can = Object.fromEntries(agenda.items.map((i) => [i.id, canRegister(i)]));
    expect(can).toMatchObject({ passe: false, 'tres-passe': false, complet: false, 'apres-ete': false, 'avant-ete': true });
  });
  it('regroupe par mois', () => {
    expect(byMonth(agenda.upcoming).map((g) => [g.label, g.items.length])).toEqual([
      ['décembre 2026', 2],
      ['mars 2027', 1],
      ['avril 2027', 1],
    ]);
  });
  it('filtre par type, format, région, thématique et lab (la région d’un événement en ligne est celle de ses labs)', () => {
    const facets = agendaFacets({ themes: new Map([['design', 'Design']]), labs: new Map(labs.map((l) => [l.id, l.data.nom])) });
    const values = Object.fromEntries(facets.map((f) => [f.key, facetValues(f, agenda.items).map((v) => `${v.label}:${v.count}`)]));
    expect(values).toEqual({
      type: ['Inauguration:1', 'Webinaire:6'],
      format: ['En ligne:5', 'Sur place:2'],
      region: ['Bretagne:5', 'Occitanie:2'],
      thematique: ['Design:7'],
      lab: ['Lab’O:1', 'Ti Lab:6'],
    });
  });
  it('écrit les dates en français avec le fuseau', () => {
    expect(frenchWhen(item('avant-ete'))).toBe('jeudi 25 mars 2027, de 14 h à 15 h (heure de Paris)');
    expect(frenchWhen(item('complet'))).toBe('du jeudi 10 décembre 2026 à 9 h au vendredi 11 décembre 2026 à 17 h (heure de Paris)');
    expect(frenchWhen(item('tres-passe'))).toBe('jeudi 23 novembre 2017, toute la journée');
  });
});

describe('calendriers iCalendar, relus par ical.js', () => {
  const text = calendar(agenda.ordered, {
    name: 'Agenda',
    description: 'Tout l’agenda',
    url: site.href,
    site,
    eventUrl: (id) => new URL(`/agenda/${id}/`, site).href,
    labName: (id) => labs.find((l) => l.id === id)?.data.nom ?? id,
  }).toString();
  const parsed = parseIcs(text);
  const byUid = new Map(parsed.events.map((e) => [e.uid, e]));
  const of = (id: string) => byUid.get(eventUid(id, site));

  it('déclare Europe/Paris et un événement par fiche, avec un identifiant stable', () => {
    expect(parsed.timezones).toEqual(['Europe/Paris']);
    expect(parsed.events).toHaveLength(events.length);
    expect(of('avant-ete')?.uid).toBe('evenement-avant-ete@carnet.exemple.gouv.fr');
  });
  it('donne les bons instants UTC de part et d’autre du passage à l’heure d’été et à l’heure d’hiver', () => {
    expect([of('avant-ete')?.start, of('avant-ete')?.end]).toEqual(['2027-03-25T13:00:00.000Z', '2027-03-25T14:00:00.000Z']);
    expect([of('apres-ete')?.start, of('apres-ete')?.end]).toEqual(['2027-04-01T12:00:00.000Z', '2027-04-01T13:00:00.000Z']);
    expect(of('hiver')?.start).toBe('2026-10-26T09:00:00.000Z');
  });
  it('écrit une journée entière en dates, la fin étant le lendemain', () => {
    expect(of('tres-passe')).toMatchObject({ allDay: true, start: '2017-11-23', end: '2017-11-24' });
  });
  it('marque l’annulation, le lieu ou « En ligne », et l’adresse de la page', () => {
    expect(of('apres-ete')?.status).toBe('CANCELLED');
    expect(of('avant-ete')?.status).toBe('CONFIRMED');
    expect(of('tres-passe')?.location).toBe('Lab’O, 32 rue Pierre Paul Riquet, Toulouse, Occitanie');
    expect(of('avant-ete')?.location).toBe('En ligne');
    expect(of('avant-ete')?.url).toBe('https://carnet.exemple.gouv.fr/agenda/avant-ete/');
  });
  it('signale un événement d’exemple dans son titre et sa description', () => {
    const example = calendar([{ ...item('avant-ete'), data: { ...item('avant-ete').data, exemple: true } }], {
      name: 'x',
      description: 'x',
      url: site.href,
      site,
      eventUrl: (id) => new URL(`/agenda/${id}/`, site).href,
      labName: (id) => id,
    }).toString();
    const [e] = parseIcs(example).events;
    expect(e?.summary).toMatch(/^\[Exemple\] /);
    expect(e?.description).toMatch(/^Événement d’exemple : il n’a pas lieu/);
  });
});
