/**
 * The one label lookup: the French name a reader sees for an id of a closed list (statut, phase…), a
 * region code, or a referenced entry (thématique, lab, méthode, projet). Pages, view models, feeds and
 * cards all ask here, so a name is spelled and chosen in one place.
 */
import type { Lab, Methode, Projet, Thematique } from './graph.ts';
import { REGIONS } from './regions.ts';
import {
  APPROXIMATIONS,
  DIFFICULTES,
  FORMATS_EVENEMENT,
  PUBLICS_EVENEMENT,
  SERIES_TEMPS_FORT,
  STATUTS_EVENEMENT,
  TYPES_EVENEMENT,
  type FormatEvenement,
  type StatutEvenement,
  type TypeEvenement,
  PHASES,
  PUBLICS,
  SERIES_RESEAU,
  STATUTS,
  UNITES_DUREE,
  type Difficulte,
  type Phase,
  type Public,
  type Statut,
  type UniteDuree,
} from './vocabulary.ts';

/** Kinds whose names are constants of the code, with the type of their ids. */
export interface Fixed {
  statut: Statut;
  phase: Phase;
  public: Public;
  difficulte: Difficulte;
  unite: UniteDuree;
  region: string;
  /** An event's type, format, declared or derived status (« passe »), public; an edition's series. */
  typeEvenement: TypeEvenement;
  format: FormatEvenement;
  statutEvenement: StatutEvenement | 'passe';
  publicEvenement: (typeof PUBLICS_EVENEMENT.ids)[number];
  serieTempsFort: (typeof SERIES_TEMPS_FORT.ids)[number];
  serie: (typeof SERIES_RESEAU.ids)[number];
  approximation: (typeof APPROXIMATIONS.ids)[number];
}

/** Kinds whose names come from the corpus: a reference's target entry. */
export type Named = 'thematique' | 'lab' | 'methode' | 'projet';

/** The entries a named label is read from (the content graph has them). */
export interface Names {
  themes: ReadonlyMap<string, Thematique>;
  labs: ReadonlyMap<string, Lab>;
  methodes: ReadonlyMap<string, Methode>;
  projetsById: ReadonlyMap<string, Projet>;
}

const regionNames = new Map(REGIONS.map((r) => [r.code, r.nom]));

const fixed: { [K in keyof Fixed]: (id: Fixed[K]) => string } = {
  statut: (id) => STATUTS.label(id),
  phase: (id) => PHASES.label(id),
  public: (id) => PUBLICS.label(id),
  difficulte: (id) => DIFFICULTES.label(id),
  unite: (id) => UNITES_DUREE.label(id),
  region: (code) => regionNames.get(code) ?? code,
  typeEvenement: (id) => TYPES_EVENEMENT.label(id),
  format: (id) => FORMATS_EVENEMENT.label(id),
  statutEvenement: (id) => (id === 'passe' ? 'Passé' : STATUTS_EVENEMENT.label(id)),
  publicEvenement: (id) => PUBLICS_EVENEMENT.label(id),
  serieTempsFort: (id) => SERIES_TEMPS_FORT.label(id),
  serie: (id) => SERIES_RESEAU.label(id),
  approximation: (id) => APPROXIMATIONS.label(id),
};

/**
 * The French label of an id: "deploye" → "Déployé", "53" → "Bretagne", a thématique's id → its libellé,
 * a lab's id → its name, a method's or a project's id → its title. An id the corpus does not know (the
 * content checker rejects those before a build) reads as itself.
 */
export function label<K extends keyof Fixed>(kind: K, id: Fixed[K]): string;
export function label(kind: Named, id: string, names: Names): string;
export function label(kind: keyof Fixed | Named, id: string, names?: Names): string {
  switch (kind) {
    case 'thematique':
      return names?.themes.get(id)?.data.libelle ?? id;
    case 'lab':
      return names?.labs.get(id)?.data.nom ?? id;
    case 'methode':
      return names?.methodes.get(id)?.data.titre ?? id;
    case 'projet':
      return names?.projetsById.get(id)?.data.titre ?? id;
    default:
      return (fixed[kind] as (id: string) => string)(id);
  }
}
