import { describe, expect, it } from 'vitest';
import { buildGraph, type Projet } from '../../../../src/lib/graph.ts';
import { projetPanel, projetView } from '../../../../src/views/projet.ts';
import { corpus, lab, methode, pratique, projet, theme } from '../../../support/entries.ts';

const source = projet('source', { lab: 'ti-lab', methodes: ['immersion'], themes: ['emploi'], publie: '2024-01-01' });
const copie: Projet = {
  ...projet('copie', { lab: 'labase', methodes: ['immersion', 'personas'], themes: ['emploi', 'usager'], from: 'source' }),
};
copie.data = {
  ...copie.data,
  autresLabs: [{ collection: 'labs', id: 'ti-lab' }],
  territoire: 'Gironde',
  statut: 'essaime',
  publics: ['usagers', 'elus'],
  financements: [{ source: 'FTAP', montant: 250000 }, { source: 'Région' }],
  contacts: [{ nom: 'Camille Dupont', role: 'cheffe de projet', courriel: 'camille@exemple.gouv.fr' }, { nom: 'Lab' }],
  adaptations: ['Un seul guichet'],
};
const g = buildGraph(
  corpus({
    labs: [lab('ti-lab', '53'), lab('labase', '75')],
    methodes: [methode('immersion'), methode('personas', 'definir')],
    thematiques: [theme('emploi'), theme('usager')],
    projets: [source, copie, projet('petite-fille', { lab: 'ti-lab', from: 'copie', publie: '2026-01-01' })],
    pratiques: [pratique('ecouter', { projets: ['copie'], themes: ['usager'] })],
  }),
);
const view = projetView(copie, g, new URL('https://carnet.exemple.gouv.fr'));
const row = (label: string) => view.meta.find((r) => r.label === label)?.value;

describe('la vue d’une étude de cas', () => {
  it('donne les 13 lignes de la fiche projet dans l’ordre, les noms lus dans le corpus', () => {
    expect(view.meta.map((r) => r.label)).toEqual([
      'Lab',
      'Région',
      'Territoire',
      'Statut',
      'Période',
      'Thématiques',
      'Méthodes utilisées',
      'Publics',
      'Partenaires',
      'Financements',
      'Essaimé depuis',
      'Essaimé vers',
      'Contacts',
    ]);
    expect(row('Lab')).toEqual([
      { text: 'labase', url: '/labs/labase/' },
      { text: 'ti-lab', url: '/labs/ti-lab/' },
    ]);
    expect(row('Région')).toEqual([{ text: 'Nouvelle-Aquitaine', url: '/regions/75/' }]);
    expect(row('Statut')).toBe('Essaimé');
    expect(row('Thématiques')).toEqual([
      { text: 'Thème emploi', url: '/thematiques/emploi/' },
      { text: 'Thème usager', url: '/thematiques/usager/' },
    ]);
    expect(row('Méthodes utilisées')).toEqual([
      { text: 'Méthode immersion', url: '/methodes/immersion/' },
      { text: 'Méthode personas', url: '/methodes/personas/' },
    ]);
    expect(row('Publics')).toEqual([{ text: 'Usagers' }, { text: 'Élus' }]);
    expect(row('Essaimé depuis')).toEqual([{ text: 'Projet source', url: '/projets/source/' }]);
    expect(row('Essaimé vers')).toEqual([{ text: 'Projet petite-fille', url: '/projets/petite-fille/' }]);
  });

  it('écrit les montants en euros et les contacts avec leur courriel', () => {
    expect(row('Financements')).toEqual([{ text: 'FTAP : 250\u202f000\u00a0€' }, { text: 'Région' }]);
    expect(row('Contacts')).toEqual([
      { text: 'Camille Dupont, cheffe de projet', url: 'mailto:camille@exemple.gouv.fr' },
      { text: 'Lab', url: undefined },
    ]);
  });

  it('laisse vides les lignes sans donnée (la fiche les omet)', () => {
    expect(row('Partenaires')).toEqual([]);
    expect(projetView(source, g, undefined).meta.find((r) => r.label === 'Territoire')?.value).toBeUndefined();
  });

  it('donne au moteur de recherche le type, les filtres et la ligne de détail', () => {
    expect(projetPanel(copie, g).search).toEqual({
      type: 'Étude de cas',
      thematiques: ['Thème emploi', 'Thème usager'],
      region: 'Nouvelle-Aquitaine',
      lab: 'labase',
      methodes: ['Méthode immersion', 'Méthode personas'],
      statut: 'Essaimé',
      date: '2025-01-01',
      detail: 'labase · Nouvelle-Aquitaine',
    });
  });

  it('place la page sous « Études de cas » et donne au JSON-LD des adresses absolues', () => {
    expect(view.trail).toEqual({ items: [{ label: 'Études de cas', path: '/projets/' }], current: 'Projet copie' });
    expect(view.ld).toMatchObject({
      url: 'https://carnet.exemple.gouv.fr/projets/copie/',
      labUrl: 'https://carnet.exemple.gouv.fr/labs/labase/',
      regionCode: '75',
      themes: ['Thème emploi', 'Thème usager'],
    });
    expect(view.ld.lab?.id).toBe('labase');
  });

  it('dessine la lignée : la source avec son lab et sa région, les reprises avec leur génération, les adaptations', () => {
    expect(view.lineage.ancestors).toEqual([{ title: 'Projet source', url: '/projets/source/', where: 'ti-lab, Bretagne' }]);
    expect(view.lineage.descendants).toEqual([
      { title: 'Projet petite-fille', url: '/projets/petite-fille/', where: 'ti-lab, Bretagne', depth: 1 },
    ]);
    expect(view.lineage.adaptations).toEqual({ from: { title: 'Projet source', url: '/projets/source/' }, items: ['Un seul guichet'] });
    expect(projetView(source, g, undefined).lineage.adaptations).toBeUndefined();
  });

  it('donne « En bref » : ce qui a aidé puis ce qui a freiné, chaque colonne seulement quand elle a des éléments', () => {
    const withBoth = projet('both', { lab: 'ti-lab' });
    withBoth.data = { ...withBoth.data, leviers: ['Un élu moteur'], blocages: ['Le budget'] };
    expect(projetView(withBoth, g, undefined).enBref).toEqual([
      { titre: 'Ce qui a aidé', items: ['Un élu moteur'] },
      { titre: 'Ce qui a freiné', items: ['Le budget'] },
    ]);
    withBoth.data = { ...withBoth.data, leviers: [] };
    expect(projetView(withBoth, g, undefined).enBref).toEqual([{ titre: 'Ce qui a freiné', items: ['Le budget'] }]);
    expect(view.enBref).toEqual([]);
  });

  it('signe la page du lab porteur, des labs associés, de la région et de la période', () => {
    expect(view.byline.labs.map((l) => l.text)).toEqual(['labase', 'ti-lab']);
    expect(view.byline).toMatchObject({ region: { text: 'Nouvelle-Aquitaine' }, territoire: 'Gironde', periode: 'depuis janvier 2024' });
  });

  it('propose les bonnes pratiques illustrées et les projets proches avec leurs raisons', () => {
    expect(view.pratiques.map((c) => c.title)).toEqual(['Pratique ecouter']);
    expect(view.related[0]).toMatchObject({
      title: 'Projet source',
      detail: 'même méthode : Méthode immersion · même thématique : Thème emploi',
    });
  });
});
