/** The links of a listing's DSFR pagination (components/Pagination.astro). */
import type { PageLink } from '../lib/listing.ts';

/** One link of the pagination: an end (first, previous, next, last page) or a page number. */
export interface PaginationLink {
  /** fr-pagination__link and its modifier. */
  class: string;
  text: string;
  /** Where it leads; none for the current page, nor for an end with nowhere to go. */
  url?: string | undefined;
  /** An end with nowhere to go (previous on the first page…): shown, disabled. */
  disabled?: boolean;
  /** The page shown. */
  current?: boolean;
  title?: string;
}

// The classes are written out whole: the CSS purge keeps only the DSFR classes it finds in the sources.
const end = (classes: string, text: string, target: PageLink | undefined): PaginationLink => ({
  class: classes,
  text,
  ...(target ? { url: target.url } : { disabled: true }),
});

/** First and previous page, every page by its number, next and last page; nothing when there is one page. */
export function paginationLinks(pages: PageLink[], current: number): PaginationLink[] {
  if (pages.length <= 1) return [];
  return [
    end('fr-pagination__link fr-pagination__link--first', 'Première page', current > 1 ? pages[0] : undefined),
    end('fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label', 'Page précédente', pages[current - 2]),
    ...pages.map((p) => ({
      class: 'fr-pagination__link',
      text: String(p.number),
      ...(p.number === current ? { current: true } : { url: p.url }),
      title: `Page ${p.number}`,
    })),
    end('fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label', 'Page suivante', pages[current]),
    end('fr-pagination__link fr-pagination__link--last', 'Dernière page', current < pages.length ? pages.at(-1) : undefined),
  ];
}
