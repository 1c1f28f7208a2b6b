/** The Pagefind attributes of a content page: its filters, its metadata for the result list, its sort key. */

/** One "key:value" string per value: Pagefind reads one filter or meta pair per element. */
function pairs(entries: [string, string | string[] | undefined][]): string[] {
  return entries.flatMap(([key, value]) => (Array.isArray(value) ? value : value ? [value] : []).map((v) => `${key}:${v}`));
}

export interface SearchData {
  /** "Étude de cas", "Méthode", "Bonne pratique", "Lab"…; none for the site's own pages (the result says « Page »). */
  type?: string | undefined;
  thematiques?: string[];
  region?: string | undefined;
  lab?: string | undefined;
  methodes?: string[];
  statut?: string | undefined;
  phase?: string | undefined;
  /** Event format (en ligne, sur place, hybride). */
  format?: string | undefined;
  /** Month of an event, "décembre 2026". */
  mois?: string | undefined;
  /** Publication (or creation) date, ISO: gives the year filter and the date sort. */
  date?: string | undefined;
  /** Line under the result title: lab, region. */
  detail?: string | undefined;
  /** Said on the result when the entry is entirely or partly an example ("Cas d’exemple"). */
  provenance?: string | undefined;
}

export interface SearchAttributes {
  filters: string[];
  meta: string[];
  sort?: string;
}

export function searchAttributes(d: SearchData): SearchAttributes {
  const year = d.date?.slice(0, 4);
  const filter = pairs([
    ['type', d.type],
    ['thematique', d.thematiques],
    ['region', d.region],
    ['lab', d.lab],
    ['methode', d.methodes],
    ['statut', d.statut],
    ['phase', d.phase],
    ['format', d.format],
    ['mois', d.mois],
    ['annee', year],
  ]);
  const meta = pairs([
    ['type', d.type],
    ['detail', d.detail],
    ['date', d.date],
    ['provenance', d.provenance],
  ]);
  return { filters: filter, meta, ...(d.date ? { sort: `date:${d.date}` } : {}) };
}
