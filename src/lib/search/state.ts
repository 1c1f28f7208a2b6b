/**
 * The whole state of a search lives in the URL (?q=…&thematique=…&tri=date), so a link reproduces
 * it and back/forward work. Parsing never throws: a malformed or hostile URL gives a clean state.
 */

/** The filters people can combine, in the order they are shown, with their French names. */
export const FACETS = [
  { key: 'type', label: 'Type de contenu' },
  { key: 'thematique', label: 'Thématique' },
  { key: 'region', label: 'Région' },
  { key: 'lab', label: 'Lab' },
  { key: 'methode', label: 'Méthode utilisée' },
  { key: 'statut', label: 'Statut du projet' },
  { key: 'phase', label: 'Phase de la méthode' },
  { key: 'format', label: 'Format de l’événement' },
  { key: 'mois', label: 'Mois de l’événement' },
  { key: 'annee', label: 'Année de publication' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];
export type Sort = 'pertinence' | 'date';

export interface SearchState {
  q: string;
  filters: Partial<Record<FacetKey, string[]>>;
  sort: Sort;
}

export interface ParsedState {
  state: SearchState;
  /** Parameters that were dropped, to tell the reader (unknown filter, too long a query). */
  notices: string[];
}

export const MAX_QUERY = 200;
const MAX_VALUES = 20;
const KEYS = new Set<string>(FACETS.map((f) => f.key));

/** Decodes a query string leniently: a broken %-sequence is kept as typed instead of throwing. */
function params(search: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const [rawKey = '', ...rest] = part.split('=');
    const decode = (s: string) => {
      const plus = s.replace(/\+/g, ' ');
      try {
        return decodeURIComponent(plus);
      } catch {
        return plus;
      }
    };
    out.push([decode(rawKey), decode(rest.join('='))]);
  }
  return out;
}

export function parseState(search: string): ParsedState {
  const state: SearchState = { q: '', filters: {}, sort: 'pertinence' };
  const notices: string[] = [];
  const unknown = new Set<string>();
  for (const [key, value] of params(search)) {
    if (key === 'q') {
      const clean = value
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (clean.length > MAX_QUERY) {
        state.q = clean.slice(0, MAX_QUERY);
        notices.push(`Votre recherche était très longue : seuls ses ${MAX_QUERY} premiers caractères sont utilisés.`);
      } else state.q = clean;
    } else if (key === 'tri') {
      state.sort = value === 'date' ? 'date' : 'pertinence';
    } else if (KEYS.has(key)) {
      const list = (state.filters[key as FacetKey] ??= []);
      const v = value.trim().slice(0, 120);
      if (v && !list.includes(v) && list.length < MAX_VALUES) list.push(v);
    } else if (key) {
      unknown.add(key.slice(0, 40));
    }
  }
  if (unknown.size)
    notices.push(
      `Filtre${unknown.size > 1 ? 's' : ''} inconnu${unknown.size > 1 ? 's' : ''} ignoré${unknown.size > 1 ? 's' : ''} : ${[...unknown].join(', ')}.`,
    );
  return { state, notices };
}

export function serializeState(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const { key } of FACETS) for (const v of state.filters[key] ?? []) p.append(key, v);
  if (state.sort === 'date') p.set('tri', 'date');
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Pagefind's filter object: values of one facet are alternatives (any), facets combine (all). */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters)) if (values?.length) out[key] = { any: values };
  return out;
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((v) => v && v.length > 0);
}
