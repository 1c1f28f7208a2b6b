/** A small agenda for the feed and open data tests: an upcoming session of a training, a past whole-day visit. */
import type { AgendaInput, Evenement, Formation } from '../../src/lib/agenda.ts';

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });

export function evenement(id: string, data: Partial<Evenement['data']>): Evenement {
  return {
    id,
    data: {
      titre: `Événement ${id}`,
      resume: `Résumé de ${id}.`,
      type: 'webinaire',
      format: 'en-ligne',
      debut: '2027-01-14T11:00',
      fin: '2027-01-14T12:00',
      organisateurs: [ref('labs', 'ti-lab')],
      autresOrganisateurs: [],
      thematiques: [],
      methodes: [],
      projets: [],
      public: ['agents'],
      gratuit: true,
      statut: 'prevu',
      supports: [],
      exemple: true,
      inscription: '/agenda/exemple/',
      sources: [],
      publie: new Date('2026-11-20T00:00:00Z'),
      brouillon: false,
      ...data,
    } as Evenement['data'],
  };
}

export const initiation: Formation = {
  id: 'initiation',
  data: {
    titre: 'Initiation',
    resume: 'Deux jours.',
    objectifs: ['Observer'],
    duree: '2 jours',
    heures: 14,
    public: ['agents'],
    prerequis: [],
    methodes: [],
    thematiques: [],
    labs: [ref('labs', 'ti-lab')],
    modalites: 'En présentiel.',
    exemple: true,
    sources: [],
    publie: new Date('2026-09-01T00:00:00Z'),
    brouillon: false,
  } as Formation['data'],
};

export function agendaInput(labs: AgendaInput['labs']): AgendaInput {
  return {
    evenements: [
      evenement('webinaire-hiver', { type: 'formation', formation: ref('formations', 'initiation') as Evenement['data']['formation'] }),
      evenement('visite-passee', {
        type: 'visite-de-lab',
        format: 'sur-place',
        debut: '2026-06-05',
        fin: undefined,
        lieu: { nom: 'Ti Lab', adresse: '5 rue Martenot', ville: 'Rennes', region: '53' },
      }),
    ],
    formations: [initiation],
    tempsForts: [],
    labs,
  };
}
