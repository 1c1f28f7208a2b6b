/**
 * Listing pages that work without JavaScript: every filter value and every page of results is a
 * static URL (/projets/statut/deploye/page/2/). Pure, so the paths are unit-tested.
 */

export interface FacetValue {
  id: string;
  label: string;
}

export interface Facet<T> {
  /** URL segment and query name ("statut"). */
  key: string;
  /** Shown above the filter links ("Statut"). */
  label: string;
  values: FacetValue[];
  /** Ids of the facet's values that an item has. */
  of(item: T): string[];
}

export interface PageLink {
  number: number;
  url: string;
}

export interface FilterLink {
  label: string;
  url: string;
  count: number;
  current: boolean;
}

export interface FilterGroup {
  key: string;
  label: string;
  links: FilterLink[];
}

// A type alias, not an interface: Astro's page props need an implicit index signature.
export type ListingProps<T> = {
  items: T[];
  /** Total matching items across all pages. */
  total: number;
  /** Items past the last page built (listings capped by `maxPages`): the search lists them. */
  beyond: number;
  page: number;
  pages: PageLink[];
  /** The active filter, if any. */
  filter?: { facet: string; value: FacetValue };
  filters: FilterGroup[];
  /** Link back to the unfiltered listing. */
  allUrl: string;
};

export interface ListingPath<T> {
  params: { slug: string | undefined };
  props: ListingProps<T>;
}

export const PAGE_SIZE = 24;

/**
 * Pages built per listing and per filter value, at most, for listings that hand the rest to the search
 * (the case studies: at 10 000 of them, 2 100 pages that no one would page through, each with a link to
 * every other page). The search shows the same list, filtered and sorted by date, from its URL.
 */
export const MAX_PAGES = 10;

/** How many cards a hub page (lab, method, theme, region) shows before linking to the full list. */
export const HUB_LIMIT = 12;

/**
 * Every page of a listing: the whole list, then each facet value, each split into pages (`maxPages` at most:
 * the items past them are counted in `beyond`).
 * `base` is the listing's URL with its base path ("/projets/"); `slug` is the rest of the URL.
 */
export function listingPaths<T>(
  base: string,
  items: T[],
  facets: Facet<T>[],
  { pageSize = PAGE_SIZE, maxPages = Infinity }: { pageSize?: number; maxPages?: number } = {},
): ListingPath<T>[] {
  // Counts are the same on every page of the listing: computed once, not once per page (O(N) not O(N²)).
  const counts = facets.map((facet) => {
    const byValue = new Map<string, number>();
    for (const item of items) for (const id of new Set(facet.of(item))) byValue.set(id, (byValue.get(id) ?? 0) + 1);
    return byValue;
  });
  const filters = (active?: { facet: string; value: string }): FilterGroup[] =>
    facets.map((facet, i) => ({
      key: facet.key,
      label: facet.label,
      links: facet.values
        .map((v) => ({
          label: v.label,
          url: `${base}${facet.key}/${v.id}/`,
          count: counts[i]?.get(v.id) ?? 0,
          current: active?.facet === facet.key && active.value === v.id,
        }))
        .filter((l) => l.count > 0),
    }));

  const paginate = (subset: T[], prefix: string, filter?: { facet: string; value: FacetValue }): ListingPath<T>[] => {
    const count = Math.min(maxPages, Math.max(1, Math.ceil(subset.length / pageSize)));
    const beyond = Math.max(0, subset.length - count * pageSize);
    const pageUrl = (n: number) => `${base}${prefix}${n > 1 ? `page/${n}/` : ''}`;
    const pages = Array.from({ length: count }, (_, i) => ({ number: i + 1, url: pageUrl(i + 1) }));
    return pages.map(({ number }) => {
      const slug = `${prefix}${number > 1 ? `page/${number}/` : ''}`.replace(/\/$/, '');
      return {
        params: { slug: slug || undefined },
        props: {
          items: subset.slice((number - 1) * pageSize, number * pageSize),
          total: subset.length,
          beyond,
          page: number,
          pages,
          ...(filter ? { filter } : {}),
          filters: filters(filter ? { facet: filter.facet, value: filter.value.id } : undefined),
          allUrl: base,
        },
      };
    });
  };

  const paths = paginate(items, '');
  for (const facet of facets) {
    const subsets = new Map<string, T[]>();
    for (const item of items) {
      for (const id of new Set(facet.of(item))) {
        const list = subsets.get(id);
        if (list) list.push(item);
        else subsets.set(id, [item]);
      }
    }
    for (const value of facet.values) {
      const subset = subsets.get(value.id) ?? [];
      if (subset.length) paths.push(...paginate(subset, `${facet.key}/${value.id}/`, { facet: facet.key, value }));
    }
  }
  return paths;
}
