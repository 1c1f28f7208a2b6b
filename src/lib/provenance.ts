/**
 * Where an entry's facts come from: the one function that says whether an entry is entirely an example,
 * partly made of examples, or only public facts, and the French words that say so on pages, cards, feeds,
 * open data and meta descriptions.
 */
import { FAITS_EXEMPLE } from './vocabulary.ts';

/** Entirely an example (an invented case), some facts given as examples, or only public facts. */
export type Provenance = 'exemple' | 'mixte' | 'public';

export type FaitExemple = (typeof FAITS_EXEMPLE.ids)[number];

/** The parts of any entry's data this module reads; every field is optional so that every collection fits. */
export interface ProvenanceData {
  illustratif?: boolean | undefined;
  chiffres?: readonly { exemple?: boolean | undefined }[] | undefined;
  exemples?: readonly FaitExemple[] | undefined;
}

/** The one decision: what an entry's provenance is. */
export function provenanceOf(data: ProvenanceData): Provenance {
  if (data.illustratif) return 'exemple';
  if ((data.chiffres ?? []).some((c) => c.exemple) || (data.exemples ?? []).length > 0) return 'mixte';
  return 'public';
}

/** True when a header fact of the entry is an example (the whole entry being one, or the field listed). */
export function isExampleFact(data: ProvenanceData, fact: FaitExemple): boolean {
  return !!data.illustratif || (data.exemples ?? []).includes(fact);
}

/** True when this figure is an example (every figure of an entirely invented entry is one). */
export function isExampleFigure(data: ProvenanceData, figure: { exemple?: boolean | undefined }): boolean {
  return !!data.illustratif || !!figure.exemple;
}

/** The anchor of the definition the "exemple" markers link to, on every page that has one. */
export const EXAMPLE_DEFINITION_ID = 'definition-exemple';

/** The words, by status: short badge, notice, the open-data value and the RSS category. */
export const PROVENANCE_TEXT = {
  exemple: {
    badge: 'Cas d’exemple',
    notice: 'Cas inventé pour l’exemple',
    explanation:
      'Ce projet n’a pas existé tel quel : il est décrit pour montrer une démarche. Ses chiffres, dates et partenaires ne sont pas des faits publics.',
    data: 'exemple',
    category: 'Exemple illustratif',
  },
  mixte: {
    badge: 'Contient des exemples',
    notice: 'Certains détails sont des exemples',
    explanation:
      'Le projet est réel et ses faits publics sont sourcés en fin de page ; les éléments marqués « exemple » n’ont pas de source publique et illustrent seulement le propos.',
    data: 'en-partie',
    category: 'Contient des exemples',
  },
  public: {
    badge: '',
    notice: '',
    explanation: '',
    data: 'faits-publics',
    category: '',
  },
} as const satisfies Record<Provenance, Record<string, string>>;

/** What the marker "exemple" means, for the definition the markers point to. */
export const EXAMPLE_DEFINITION =
  'Un élément marqué « exemple » n’a pas de source publique : il est donné à titre d’illustration et ne doit pas être cité comme un fait.';

/** The meta description: never states an example as fact. */
export function metaDescription(resume: string, status: Provenance): string {
  if (status === 'exemple') return `Cas d’exemple, inventé pour illustrer une démarche : ${resume}`;
  if (status === 'mixte') return `${resume} Certains détails de la fiche sont donnés à titre d’exemple.`;
  return resume;
}
