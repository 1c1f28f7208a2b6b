/** What the agenda pages, calendars, feed, search and data show of events and trainings (pure modules). */
import { describe, expect, it } from 'vitest';
import { agendaFeed } from '../../../src/lib/agenda-feed.ts';
import { calendarFiles, calendarText } from '../../../src/lib/agenda-calendars.ts';
import { courseLd, eventBadges, eventCard, eventLd, eventPlace, formationCard, isoLocal } from '../../../src/lib/agenda-view.ts';
import { buildAgenda, buildDate, builtOn, frenchWhen, shortDate, type Evenement, type TempsFort } from '../../../src/lib/agenda.ts';
import { agendaRecords, recordHtml } from '../../../src/lib/search/records.ts';
import { parseIcs } from '../../support/ics.ts';
import { evenement, initiation } from '../../support/agenda.ts';

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
const site = new URL('https://carnet.exemple.gouv.fr/');
const labs = [
  { id: 'ti-lab', data: { nom: 'Ti Lab', region: '53' } },
  { id: 'lab-o', data: { nom: 'Lab’O', region: '76' } },
];
const names = { labs: new Map(labs.map((l) => [l.id, l.data.nom])), themes: new Map([['design', 'Design']]) };
const lieu = { nom: 'Ti Lab', adresse: '5 rue Martenot', ville: 'Rennes', region: '53', coordonnees: { lat: 48.11, lon: -1.68 } };
const mois: TempsFort = {
  id: 'mois-2020',
  data: {
    titre: 'Mois de l’innovation publique 2020',
    resume: 'Le premier Mois.',
    serie: 'mois-innovation-publique',
    debut: new Date('2020-11-02T00:00:00Z'),
    fin: new Date('2020-11-30T00:00:00Z'),
    organisateur: 'DITP',
    chiffres: [{ valeur: '57', nombre: 57, libelle: 'événements', thematique: ref('thematiques', 'design'), source: 1 }],
    sources: [{ titre: 'Communiqué', url: 'https://www.modernisation.gouv.fr/presse' }],
    publie: new Date('2026-11-20T00:00:00Z'),
    brouillon: false,
  } as TempsFort['data'],
};
const events: Evenement[] = [
  evenement('session', {
    type: 'formation',
    formation: ref('formations', 'initiation') as never,
    thematiques: [ref('thematiques', 'design')] as never,
  }),
  evenement('hybride-ete', {
    format: 'hybride',
    debut: '2027-06-10T09:30',
    fin: '2027-06-11T17:00',
    lieu,
    statut: 'complet',
    exemple: false,
    inscription: 'https://www.demarches-simplifiees.fr/commencer/x',
    methodes: [ref('methodes', 'personas')] as never,
    projets: [ref('projets', 'accueil')] as never,
  }),
  evenement('payant', {
    format: 'sur-place',
    debut: '2027-02-01',
    fin: '2027-02-02',
    lieu: { nom: 'Rennes', ville: 'Rennes', region: '53' },
    gratuit: false,
    tarif: '20 €',
    statut: 'annule',
  }),
  evenement('passe', {
    debut: '2020-11-17T11:00',
    fin: '2020-11-17T12:00',
    tempsFort: ref('temps-forts', 'mois-2020') as never,
    organisateurs: [ref('labs', 'lab-o')] as never,
  }),
];
const agenda = buildAgenda(
  { evenements: events, formations: [initiation], tempsForts: [mois], labs },
  buildDate({ CARNET_DATE: '2026-12-03' }),
);
const item = (id: string) => {
  const found = agenda.event(id);
  if (!found) throw new Error(`événement ${id} absent`);
  return found;
};

describe('cartes, badges et lieux', () => {
  it('signale l’exemple dans le titre et les badges, et dit où et quand', () => {
    expect(eventCard(item('session'))).toMatchObject({
      title: 'Événement session (exemple)',
      url: '/agenda/session/',
      badges: ['Session de formation', 'En ligne', 'Exemple'],
      detail: 'jeudi 14 janvier 2027, de 11 h à 12 h (heure de Paris) · En ligne',
    });
    expect(eventBadges(item('hybride-ete'))).toEqual(['Webinaire', 'Hybride', 'Complet']);
    expect(eventPlace(item('hybride-ete'))).toBe('Ti Lab, Rennes (Bretagne) et en ligne');
    expect(eventPlace(item('payant'))).toBe('Rennes (Bretagne)');
    expect(frenchWhen(item('payant'))).toBe('du 1er février au mardi 2 février 2027');
    expect(frenchWhen(item('hybride-ete'))).toBe('du jeudi 10 juin 2027 à 9 h 30 au vendredi 11 juin 2027 à 17 h (heure de Paris)');
    expect(shortDate('2027-02-01')).toBe('1er févr. 2027');
    expect(builtOn(new Date('2026-12-03T05:17:00Z'))).toBe('3 décembre 2026');
    expect(builtOn(new Date('2026-12-02T23:30:00Z'))).toBe('3 décembre 2026');
  });

  it('résume une formation avec sa prochaine session', () => {
    expect(formationCard(initiation, agenda.sessionsOf('initiation'))).toMatchObject({
      title: 'Initiation (exemple)',
      badges: ['Formation', '2 jours', 'Exemple'],
      detail: 'Prochaine session : 14 janv. 2027',
    });
    expect(formationCard(initiation, { upcoming: [], past: [] }).detail).toBe('Aucune session à venir');
  });

  it('regroupe ce que montrent les pages des labs, thématiques, régions, méthodes, études de cas et éditions', () => {
    expect(agenda.upcomingOfLab('ti-lab').map((i) => i.id)).toEqual(['session', 'payant', 'hybride-ete']);
    expect(agenda.upcomingOfTheme('design').map((i) => i.id)).toEqual(['session']);
    expect(agenda.upcomingOfRegion('53').map((i) => i.id)).toEqual(['session', 'payant', 'hybride-ete']);
    expect(agenda.upcomingOfMethode('personas').map((i) => i.id)).toEqual(['hybride-ete']);
    expect(agenda.upcomingOfProjet('accueil').map((i) => i.id)).toEqual(['hybride-ete']);
    expect(agenda.formationsOfLab('ti-lab')).toHaveLength(1);
    expect(agenda.formationsOfMethode('personas')).toHaveLength(0);
    expect(agenda.formationsOfTheme('design')).toHaveLength(0);
    expect(agenda.eventsOfEdition('mois-2020').map((i) => i.id)).toEqual(['passe']);
    expect(agenda.sessionCount).toBe(1);
  });
});

describe('schema.org', () => {
  it('décrit un événement : dates avec le décalage de Paris, mode, statut, lieu et lieu virtuel, organisateurs, gratuité', () => {
    const ld = eventLd(item('hybride-ete'), {
      url: 'https://x/agenda/hybride-ete/',
      site,
      labs: [{ name: 'Ti Lab', url: 'https://x/labs/ti-lab/' }],
    });
    expect(ld).toMatchObject({
      '@type': 'Event',
      startDate: '2027-06-10T09:30:00+02:00',
      endDate: '2027-06-11T17:00:00+02:00',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      organizer: { '@type': 'GovernmentOrganization', name: 'Ti Lab' },
      isAccessibleForFree: true,
      offers: { price: 0, availability: 'https://schema.org/SoldOut' },
    });
    expect((ld as unknown as { location: { '@type': string }[] }).location.map((l) => l['@type'])).toEqual(['Place', 'VirtualLocation']);
    const cancelled = eventLd(item('payant'), { url: 'https://x/', site, labs: [] });
    expect(cancelled).toMatchObject({ eventStatus: 'https://schema.org/EventCancelled', startDate: '2027-02-01', endDate: '2027-02-02' });
    expect(cancelled).not.toHaveProperty('offers');
    expect(eventLd(item('session'), { url: 'https://x/', site, labs: [] })).toMatchObject({
      '@type': 'EducationEvent',
      name: 'Événement session (exemple)',
    });
    expect(isoLocal(item('passe'), 'start')).toBe('2020-11-17T11:00:00+01:00');
  });

  it('décrit une formation comme un Course avec ses sessions', () => {
    const ld = courseLd(initiation, {
      url: 'https://x/formations/initiation/',
      provider: [{ name: 'Ti Lab', url: 'https://x/labs/ti-lab/' }],
      sessions: agenda.sessionsOf('initiation').upcoming,
      sessionUrl: (id) => `https://x/agenda/${id}/`,
    });
    expect(ld).toMatchObject({
      '@type': 'Course',
      timeRequired: 'PT14H',
      hasCourseInstance: [{ '@type': 'CourseInstance', courseMode: 'online' }],
    });
  });
});

describe('calendriers, flux et recherche', () => {
  it('fait un calendrier de tout l’agenda puis un par lab, thématique et région', () => {
    const files = calendarFiles(agenda, names);
    expect(files.map((f) => f.path)).toEqual([
      '/agenda/agenda.ics',
      '/agenda/lab/ti-lab/agenda.ics',
      '/agenda/lab/lab-o/agenda.ics',
      '/agenda/thematique/design/agenda.ics',
      '/agenda/region/53/agenda.ics',
      '/agenda/region/76/agenda.ics',
    ]);
    const [all] = files;
    if (!all) throw new Error('calendrier absent');
    const cal = parseIcs(calendarText(all, site, (id) => names.labs.get(id) ?? id));
    expect(cal.name).toBe('Carnet des labs — agenda');
    expect(cal.events).toHaveLength(4);
  });

  it('publie un flux RSS des événements et des formations', () => {
    const feed = agendaFeed(agenda, site, names);
    expect(feed.items.map((i) => i.kind).sort()).toEqual(['evenement', 'evenement', 'evenement', 'evenement', 'formation']);
    expect(feed.items.find((i) => i.id === 'payant')?.description).toMatch(/Annulé\.$/);
    expect(feed.self).toBe('https://carnet.exemple.gouv.fr/agenda/flux.xml');
  });

  it('indexe les événements, les formations et les éditions avec leurs filtres (type, format, mois, année)', () => {
    const records = agendaRecords(agenda, names, new Map([['personas', 'Personas']]), () => ({ html: '<p>Programme.</p>' }));
    expect(records.map((r) => r.url)).toEqual([
      '/agenda/session/',
      '/agenda/payant/',
      '/agenda/hybride-ete/',
      '/agenda/passe/',
      '/formations/initiation/',
      '/temps-forts/mois-2020/',
    ]);
    const [, , hybrid] = records;
    if (!hybrid) throw new Error('enregistrement absent');
    const html = recordHtml(hybrid);
    expect(html).toContain('data-pagefind-filter="type:Événement"');
    expect(html).toContain('data-pagefind-filter="format:Hybride"');
    expect(html).toContain('data-pagefind-filter="mois:juin 2027"');
    expect(html).toContain('data-pagefind-filter="annee:2027"');
    expect(html).toContain('data-pagefind-filter="methode:Personas"');
    expect(records[4]?.data.type).toBe('Formation');
    expect(records[5]?.facts).toContain('57 événements');
  });
});
