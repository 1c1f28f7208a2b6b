/** What view models hand to components: the shapes the page maps onto MetaPanel, Card, Breadcrumb and SearchData. */
import type { SearchData } from '../lib/search/attributes.ts';

/** One text of a metadata row, possibly a link. */
export interface MetaLink {
  text: string;
  url?: string | undefined;
  /** Completes the link's name for screen readers, when the text alone is vague out of context (RGAA 6.1). */
  hint?: string | undefined;
}

/** A row of a page's metadata panel (MetaPanel). */
export interface MetaRow {
  label: string;
  /** One text, or several (each possibly a link). Rows with nothing are left out. */
  value: string | MetaLink[] | undefined;
  /** The row's facts are examples, not published facts: they carry the mark "exemple". */
  exemple?: boolean | undefined;
}

/** What a Card shows. */
export interface CardData {
  title: string;
  /** Full URL of the page the card opens. */
  url: string;
  description: string;
  /** Short labels shown above the title (type, status). */
  badges?: string[];
  /** One line under the description (lab, region, date). */
  detail?: string | undefined;
  /** Said on the card when the entry is entirely or partly an example ("Cas d’exemple"). */
  provenance?: string | undefined;
}

/** The trail above a page's title (Breadcrumb): its ancestors from the home page's first child, and itself. */
export interface Trail {
  items: { label: string; path: string }[];
  current: string;
}

/** What a hub page (layouts/HubPage.astro) says of itself: its title (also its heading), description, lead and breadcrumb. */
export interface HubText {
  title: string;
  description: string;
  lead: string;
  trail: Trail;
}

export type { SearchData };
