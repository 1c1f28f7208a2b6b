import { describe, expect, it } from 'vitest';
import { buildAgenda, buildDate } from '../../../../src/lib/agenda.ts';
import { upcomingOf } from '../../../../src/views/upcoming.ts';
import { agendaInput } from '../../../support/agenda.ts';

const agenda = buildAgenda(
  agendaInput([{ id: 'ti-lab', data: { region: '53', nom: 'Ti Lab' } }]),
  buildDate({ CARNET_DATE: '2026-12-03' }),
);

describe('le bloc « Agenda et formations » d’une page', () => {
  it('donne au lab ses événements à venir, ses formations et son agenda filtré', () => {
    const block = upcomingOf(agenda, 'lab', 'ti-lab');
    expect(block.items.map((i) => i.id)).toEqual(['webinaire-hiver']);
    expect(block.formations.map((f) => f.id)).toEqual(['initiation']);
    expect(block.sessionsOf('initiation').upcoming.map((i) => i.id)).toEqual(['webinaire-hiver']);
    expect(block.more).toEqual({ url: '/agenda/lab/ti-lab/', label: 'Tout l’agenda du lab et son calendrier' });
  });

  it('lie la thématique et la région à leur agenda filtré, pas la méthode ni l’étude de cas', () => {
    expect(upcomingOf(agenda, 'thematique', 'emploi').more?.label).toBe('Tout l’agenda de la thématique et son calendrier');
    expect(upcomingOf(agenda, 'region', '53').more?.url).toBe('/agenda/region/53/');
    expect(upcomingOf(agenda, 'methode', 'personas').more).toBeUndefined();
    expect(upcomingOf(agenda, 'projet', 'a')).toMatchObject({ items: [], formations: [], more: undefined });
  });
});
