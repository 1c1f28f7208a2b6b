/** How each kind of entry appears as a card and in listings' facets. */
import type { Facet } from './listing.ts';
import type { Graph, Lab, Methode, Pratique, Projet } from './graph.ts';
import { url } from './paths.ts';
import { label, type Fixed } from './labels.ts';
import { REGIONS } from './regions.ts';
import { DIFFICULTES, PHASES, STATUTS } from './vocabulary.ts';
import { formatPeriod } from './dates.ts';
import { PROVENANCE_TEXT, provenanceOf } from './provenance.ts';

/** The card's provenance badge: empty for an entry made only of public facts. */
export function provenanceBadge(data: Parameters<typeof provenanceOf>[0]): string | undefined {
  const status = provenanceOf(data);
  return status === 'public' ? undefined : PROVENANCE_TEXT[status].badge;
}

export function projetCard(p: Projet, g: Graph) {
  return {
    title: p.data.titre,
    url: url.projet(p.id),
    description: p.data.resume,
    badges: [label('statut', p.data.statut)],
    provenance: provenanceBadge(p.data),
    detail: [label('lab', p.data.lab.id, g), label('region', g.regionOf(p)), formatPeriod(p.data.debut, p.data.fin)]
      .filter(Boolean)
      .join(' · '),
  };
}

/** "2 à 3 heures", "1 jour". */
export function formatDuree(d: Methode['data']['duree']): string {
  const unit = label('unite', d.unite);
  const n = d.max ?? d.min;
  const singular = n <= 1 ? unit.replace(/s$/, '') : unit;
  return d.max && d.max !== d.min ? `${d.min} à ${d.max} ${singular}` : `${d.min} ${singular}`;
}

export function methodeCard(m: Methode, g: Graph) {
  const uses = g.projetsOfMethode(m.id).length;
  return {
    title: m.data.titre,
    url: url.methode(m.id),
    description: m.data.resume,
    badges: [label('phase', m.data.phase)],
    detail: [
      formatDuree(m.data.duree),
      label('difficulte', m.data.difficulte),
      uses ? `utilisée dans ${uses} projet${uses > 1 ? 's' : ''}` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  };
}

export function pratiqueCard(p: Pratique, g: Graph) {
  return {
    title: p.data.titre,
    url: url.pratique(p.id),
    description: p.data.resume,
    badges: ['Bonne pratique'],
    detail: p.data.thematiques.map((t) => label('thematique', t.id, g)).join(', '),
  };
}

export function labCard(l: Lab, g: Graph) {
  const n = g.projetsOfLab(l.id).length;
  return {
    title: l.data.nom,
    url: url.lab(l.id),
    description: `${l.data.ville}, ${label('region', l.data.region)}. Porté par ${l.data.porteur}.`,
    badges: l.data.actif ? [] : [l.data.fermeture ? `Fermé en ${l.data.fermeture}` : 'Fermé'],
    provenance: provenanceBadge(l.data),
    detail: `${l.data.creation ? `Créé en ${l.data.creation}` : 'Date de création non publiée'}${n ? ` · ${n} projet${n > 1 ? 's' : ''}` : ''}`,
  };
}

/** The values of the theme facet: every theme, by its name. */
const themeValues = (g: Graph) => [...g.themes.values()].map((t) => ({ id: t.id, label: t.data.libelle }));

/** The theme facet of an entry that names its themes. */
function themeFacet<T extends { data: { thematiques: { id: string }[] } }>(g: Graph): Facet<T> {
  return { key: 'thematique', label: 'Thématique', values: themeValues(g), of: (e) => e.data.thematiques.map((t) => t.id) };
}

/** A facet over a closed list of the vocabulary, its values named by label(). */
function closedFacet<T, K extends 'statut' | 'phase' | 'difficulte'>(
  key: K,
  name: string,
  ids: readonly Fixed[K][],
  of: (entry: T) => Fixed[K][],
): Facet<T> {
  return { key, label: name, values: ids.map((id) => ({ id, label: label(key, id) })), of };
}

export function projetFacets(g: Graph): Facet<Projet>[] {
  return [
    themeFacet(g),
    { key: 'region', label: 'Région', values: REGIONS.map((r) => ({ id: r.code, label: r.nom })), of: (p) => [g.regionOf(p)] },
    closedFacet('statut', 'Statut', STATUTS.ids, (p) => [p.data.statut]),
  ];
}

export function methodeFacets(g: Graph): Facet<Methode>[] {
  return [
    closedFacet('phase', 'Phase', PHASES.ids, (m) => [m.data.phase]),
    closedFacet('difficulte', 'Difficulté', DIFFICULTES.ids, (m) => [m.data.difficulte]),
    {
      key: 'thematique',
      label: 'Utilisée sur la thématique',
      values: themeValues(g),
      of: (m) => [...new Set(g.projetsOfMethode(m.id).flatMap((p) => p.data.thematiques.map((t) => t.id)))],
    },
  ];
}

export function pratiqueFacets(g: Graph): Facet<Pratique>[] {
  return [themeFacet(g)];
}
