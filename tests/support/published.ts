/** A small corpus for the feed and open data tests: two regions, a lab without projects, and drafts. */
import type { Methode, Pratique, Projet } from '../../src/lib/graph.ts';
import { corpus, lab, methode, projet, theme } from './entries.ts';

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });

export function pratique(
  id: string,
  o: { themes: string[]; projets?: string[]; methodes?: string[]; publie: string; brouillon?: boolean },
): Pratique {
  return {
    id,
    data: {
      titre: `Pratique ${id}`,
      resume: `Résumé de ${id}.`,
      publie: new Date(o.publie),
      auteurs: ['Équipe'],
      brouillon: o.brouillon ?? false,
      thematiques: o.themes.map((t) => ref('thematiques', t)),
      projets: (o.projets ?? []).map((p) => ref('projets', p)),
      methodes: (o.methodes ?? []).map((m) => ref('methodes', m)),
      sources: [],
    },
  };
}

/** An entry with some fields changed, the rest as the builder made them. */
export function withData<E extends Projet | Methode | Pratique>(entry: E, data: Partial<E['data']>): E {
  return { ...entry, data: { ...entry.data, ...data } };
}

export const SITE_URL = 'https://carnet.exemple.gouv.fr/';

export const small = corpus({
  labs: [lab('ti-lab', '53'), lab('lab-est', '44'), lab('lab-vide', '84')],
  thematiques: [theme('emploi'), theme('usager')],
  methodes: [
    withData(methode('immersion'), { publie: new Date('2025-02-01') }),
    withData(methode('personas', 'definir'), { publie: new Date('2025-01-01'), duree: { min: 2, max: 3, unite: 'heures' } }),
  ],
  projets: [
    withData(projet('source', { lab: 'ti-lab', themes: ['emploi'], methodes: ['immersion'], publie: '2024-01-01' }), {
      resume: 'Un résumé; avec un point-virgule.',
      fin: new Date('2024-12-31'),
      chiffres: [{ valeur: '-40 %', libelle: 'de délais', exemple: true }],
      partenaires: ['=HYPERLINK("x")', 'Mairie'],
    }),
    withData(
      projet('copie', {
        lab: 'lab-est',
        themes: ['emploi', 'usager'],
        methodes: ['immersion', 'personas'],
        from: 'source',
        publie: '2025-06-01',
      }),
      {
        autresLabs: [ref('labs', 'ti-lab')],
        misAJour: new Date('2026-01-15'),
        financements: [{ source: 'FTAP', montant: 1000 }, { source: 'Région' }, { source: 'Europe', montant: 500 }],
      },
    ),
    withData(projet('brouillon', { lab: 'ti-lab', themes: ['usager'], methodes: ['personas'], publie: '2026-01-01' }), { brouillon: true }),
  ],
  pratiques: [
    pratique('impliquer', { themes: ['usager'], projets: ['copie'], methodes: ['personas'], publie: '2025-03-01' }),
    pratique('pratique-brouillon', { themes: ['emploi'], publie: '2026-02-01', brouillon: true }),
  ],
});

/** Ids of the drafts above: they must appear in no feed and no export. */
export const DRAFTS = ['brouillon', 'pratique-brouillon'];
