/** The agenda's components rendered by Astro itself (container API): event lists, the hub block, the subscribe block. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import EventList from '../../../../src/components/EventList.astro';
import Subscribe from '../../../../src/components/Subscribe.astro';
import UpcomingEvents from '../../../../src/components/UpcomingEvents.astro';
import { buildAgenda, buildDate } from '../../../../src/lib/agenda.ts';
import { evenement, initiation } from '../../../support/agenda.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const agenda = buildAgenda(
  {
    evenements: [
      evenement('decembre', { debut: '2026-12-10T14:00', fin: '2026-12-10T15:00' }),
      evenement('janvier', {
        debut: '2027-01-14T11:00',
        fin: '2027-01-14T12:00',
        formation: { collection: 'formations', id: 'initiation' } as never,
      }),
    ],
    formations: [initiation],
    tempsForts: [],
    labs: [{ id: 'ti-lab', data: { nom: 'Ti Lab', region: '53' } }],
  },
  buildDate({ CARNET_DATE: '2026-12-03' }),
);

describe('EventList', () => {
  it('met un titre par mois, puis les cartes des événements', async () => {
    const html = await container.renderToString(EventList, { props: { items: agenda.upcoming, monthLevel: 3 } });
    expect(html).toMatch(
      /<h3 class="fr-mt-4w carnet-agenda__month">Décembre 2026<\/h3>[\s\S]*<h4 class="fr-card__title"><a href="\/agenda\/decembre\/">[\s\S]*<h3[^>]*>Janvier 2027<\/h3>/,
    );
  });

  it('sans titres de mois, une seule liste', async () => {
    const html = await container.renderToString(EventList, { props: { items: agenda.upcoming } });
    expect(html).not.toContain('carnet-agenda__month');
    expect(html.match(/fr-card__title/g)).toHaveLength(2);
  });
});

describe('UpcomingEvents', () => {
  it('montre les prochains événements et les formations, avec le lien vers l’agenda filtré', async () => {
    const html = await container.renderToString(UpcomingEvents, {
      props: {
        items: agenda.upcoming,
        formations: agenda.formations,
        sessionsOf: agenda.sessionsOf,
        more: { url: '/agenda/lab/ti-lab/', label: 'Tout l’agenda du lab' },
      },
    });
    expect(html).toContain('Prochains événements (2)');
    expect(html).toContain('Formations (1)');
    expect(html).toContain('href="/agenda/lab/ti-lab/"');
  });

  it('ne montre rien quand il n’y a ni événement ni formation', async () => {
    expect((await container.renderToString(UpcomingEvents, { props: { items: [] } })).trim()).toBe('');
  });
});

describe('Subscribe', () => {
  it('donne le fichier, l’adresse à copier et la marche à suivre pour Outlook, Thunderbird et un téléphone', async () => {
    const html = await container.renderToString(Subscribe, { props: { ics: '/agenda/agenda.ics', what: 'tout l’agenda' } });
    expect(html).toContain('href="/agenda/agenda.ics"');
    expect(html).toMatch(/Outlook[\s\S]*Thunderbird[\s\S]*Téléphone/);
    expect(html).toContain('webcal://');
  });
});
