import { describe, expect, it } from 'vitest';
import { buildGraph, type Lab } from '../../../../src/lib/graph.ts';
import { HUB_LIMIT } from '../../../../src/lib/listing.ts';
import { labPanel, labView } from '../../../../src/views/lab.ts';
import { corpus, graphOfMany, lab, projet } from '../../../support/entries.ts';

const tiLab: Lab = { ...lab('ti-lab', '53') };
tiLab.data = {
  ...tiLab.data,
  nom: 'Ti Lab',
  ville: 'Rennes',
  financements: [{ source: 'État', montant: 80000 }],
  site: 'https://www.ti-lab.bzh/accueil',
  contact: 'contact@ti-lab.bzh',
};
const g = buildGraph(corpus({ labs: [tiLab], projets: [projet('a', { lab: 'ti-lab' })] }));
const view = labView(tiLab, g, new URL('https://carnet.exemple.gouv.fr'));

describe('la vue d’un lab', () => {
  it('donne les lignes « Le lab » : la région en lien, le site par son nom d’hôte, le contact en courriel', () => {
    expect(view.meta).toEqual([
      { label: 'Ville', value: 'Rennes' },
      { label: 'Région', value: [{ text: 'Bretagne', url: '/regions/53/' }] },
      { label: 'Porté par', value: 'Préfecture' },
      { label: 'Création', value: '2017' },
      { label: 'Fermeture', value: undefined },
      { label: 'Partenaires', value: [] },
      { label: 'Financements', value: [{ text: 'État : 80\u202f000\u00a0€' }] },
      { label: 'Site', value: [{ text: 'www.ti-lab.bzh', url: 'https://www.ti-lab.bzh/accueil' }] },
      { label: 'Contact', value: [{ text: 'contact@ti-lab.bzh', url: 'mailto:contact@ti-lab.bzh' }] },
    ]);
  });

  it('nomme le lab avec sa région, sans répéter « laboratoire d’innovation territoriale » quand son nom le dit', () => {
    expect(view.title).toBe('Ti Lab, laboratoire d’innovation territoriale en Bretagne');
    const named: Lab = { ...tiLab, data: { ...tiLab.data, nom: 'Laboratoire d’innovation territoriale de Bretagne' } };
    expect(labView(named, g, undefined).title).toBe('Laboratoire d’innovation territoriale de Bretagne');
    expect(view.lead).toBe('Laboratoire d’innovation territoriale en Bretagne, à Rennes, créé en 2017.');
    expect(view.description).toContain('ses 1 projets documentés');
  });

  it('indexe le lab par sa région et son nom, et le place sous « Les labs »', () => {
    expect(labPanel(tiLab).search).toEqual({ type: 'Lab', region: 'Bretagne', lab: 'Ti Lab', detail: 'Rennes · Bretagne' });
    expect(view.trail).toEqual({ items: [{ label: 'Les labs', path: '/labs/' }], current: 'Ti Lab' });
    expect(view.ld).toEqual({ url: 'https://carnet.exemple.gouv.fr/labs/ti-lab/' });
  });

  it('montre ses études de cas, et au-delà de la limite un lien vers la recherche filtrée sur le lab', () => {
    expect(view.projets).toMatchObject({ count: 1, more: undefined });
    const big = labView(tiLab, graphOfMany(HUB_LIMIT + 2, {}, { labs: [tiLab] }), undefined);
    expect(big.projets.cards).toHaveLength(HUB_LIMIT);
    expect(big.projets.more).toBe('/recherche/?type=%C3%89tude%20de%20cas&lab=Ti%20Lab&tri=date');
  });
});
