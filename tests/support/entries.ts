/** Small typed entries for graph tests, with only the fields a test cares about. */
import {
  buildGraph,
  type Corpus,
  type Graph,
  type Lab,
  type Methode,
  type Pratique,
  type Projet,
  type Thematique,
} from '../../src/lib/graph.ts';

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });

export function lab(id: string, region: string): Lab {
  return {
    id,
    data: {
      nom: id,
      region,
      ville: 'Ville',
      coordonnees: { lat: 0, lon: 0 },
      porteur: 'Préfecture',
      partenaires: [],
      creation: 2017,
      financements: [],
      actif: true,
      sources: [],
      illustratif: false,
    },
  };
}

export function methode(id: string, phase: Methode['data']['phase'] = 'decouvrir'): Methode {
  return {
    id,
    data: {
      titre: `Méthode ${id}`,
      resume: 'r',
      publie: new Date('2025-01-01'),
      auteurs: ['a'],
      brouillon: false,
      phase,
      duree: { min: 1, unite: 'heures' },
      participants: { min: 1, max: 2 },
      difficulte: 'facile',
      materiel: [],
      livrables: [],
      quandUtiliser: 'q',
      ressources: [],
      methodesLiees: [],
      sources: [],
    },
  };
}

export function theme(id: string): Thematique {
  return { id, data: { id, libelle: `Thème ${id}`, description: 'd', sources: [] } };
}

export function projet(
  id: string,
  o: { lab: string; methodes?: string[]; themes?: string[]; from?: string; region?: string; publie?: string },
): Projet {
  return {
    id,
    data: {
      titre: `Projet ${id}`,
      resume: 'r',
      publie: new Date(o.publie ?? '2025-01-01'),
      auteurs: ['a'],
      brouillon: false,
      lab: ref('labs', o.lab),
      autresLabs: [],
      ...(o.region ? { region: o.region } : {}),
      thematiques: (o.themes ?? ['t']).map((t) => ref('thematiques', t)),
      methodes: (o.methodes ?? []).map((m) => ref('methodes', m)),
      publics: ['usagers'],
      partenaires: [],
      statut: 'en-cours',
      debut: new Date('2024-01-01'),
      financements: [],
      chiffres: [],
      leviers: [],
      blocages: [],
      adaptations: [],
      contacts: [],
      exemples: [],
      sources: [],
      illustratif: false,
      ...(o.from ? { essaimeDepuis: ref('projets', o.from) } : {}),
    },
  };
}

export function pratique(id: string, o: { themes?: string[]; projets?: string[]; methodes?: string[] } = {}): Pratique {
  return {
    id,
    data: {
      titre: `Pratique ${id}`,
      resume: 'r',
      publie: new Date('2025-01-01'),
      auteurs: ['a'],
      brouillon: false,
      thematiques: (o.themes ?? ['t']).map((t) => ref('thematiques', t)),
      projets: (o.projets ?? []).map((x) => ref('projets', x)),
      methodes: (o.methodes ?? []).map((m) => ref('methodes', m)),
      sources: [],
    },
  };
}

export function corpus(parts: Partial<Corpus>): Corpus {
  return { labs: [], projets: [], methodes: [], pratiques: [], thematiques: [], ...parts };
}

/**
 * The graph of `count` case studies p0, p1… of the lab ti-lab (Mayenne), each with `o`, plus the entries of `parts`:
 * a list longer than a page shows.
 */
export function graphOfMany(count: number, o: Omit<Parameters<typeof projet>[1], 'lab'>, parts: Partial<Corpus> = {}): Graph {
  const projets = Array.from({ length: count }, (_, i) => projet(`p${i}`, { lab: 'ti-lab', ...o }));
  return buildGraph(corpus({ labs: [lab('ti-lab', '53')], ...parts, projets }));
}
