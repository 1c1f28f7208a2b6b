/**
 * <carnet-recherche>: the search page. Pagefind runs in the browser (no server, no request leaving
 * the site); the state of the search is the page's URL. Renders DSFR markup only.
 *
 * Bytes: Pagefind keeps one filter chunk per facet (the lab and year chunks weigh tens of KB at 10 000
 * pages), and a search loads only the chunks of the facets it names. So each facet is a collapsed group,
 * open when it has an active filter; opening one loads its chunk, and its values come with their counts
 * for the current results. A first query thus loads no filter chunk but those of its own filters.
 */
import {
  FACETS,
  hasFilters,
  MAX_QUERY,
  pagefindFilters,
  parseState,
  serializeState,
  type FacetKey,
  type SearchState,
} from '../lib/search/state.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<PagefindSearch | null>;
}

const PAGE = 10;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** Pagefind's excerpt, rebuilt from text and <mark> only: nothing else from the index reaches the DOM. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const out: Node[] = [];
  doc.body.firstChild?.childNodes.forEach((n) => {
    if (n.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(n.textContent ?? ''));
    else if (n.nodeName === 'MARK') out.push(el('mark', {}, n.textContent ?? ''));
    else out.push(document.createTextNode(n.textContent ?? ''));
  });
  return out;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

class CarnetRecherche extends HTMLElement {
  private pagefind?: Pagefind;
  private state: SearchState = { q: '', filters: {}, sort: 'pertinence' };
  private results: PagefindResult[] = [];
  private shown = 0;
  private run = 0;
  /** Facet groups shown open: those with an active filter when the URL is read, and those the reader opened. */
  private open = new Set<FacetKey>();
  /** Counts per facet value for the current results, for the facets whose chunk is loaded. */
  private counts: Record<string, Record<string, number>> = {};
  /** Open facets whose values could not be loaded for the current search. */
  private failed = new Set<FacetKey>();
  /** The page's own title, before any search; a search puts its outcome in front (RGAA 8.6). */
  private pageTitle = document.title;

  private must<T extends Element>(selector: string): T {
    const node = this.querySelector<T>(selector);
    if (!node) throw new Error(`Recherche : élément ${selector} absent de la page.`);
    return node;
  }
  private get form() {
    return this.must<HTMLFormElement>('form');
  }
  private get input() {
    return this.must<HTMLInputElement>('input[name="q"]');
  }
  private get sortSelect() {
    return this.must<HTMLSelectElement>('select[name="tri"]');
  }
  private region(name: string) {
    return this.must<HTMLElement>(`[data-part="${name}"]`);
  }

  async connectedCallback() {
    // The facet groups and the query are in place before the app is shown, and the element keeps a
    // screen's height: nothing below jumps while Pagefind loads (Lighthouse measured a layout shift of 0.6).
    this.readUrl();
    this.renderFacets();
    this.region('app').hidden = false;
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.update({ q: this.input.value.trim().slice(0, MAX_QUERY) }, 'push');
    });
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.typing);
      this.typing = window.setTimeout(() => this.update({ q: this.input.value.trim().slice(0, MAX_QUERY) }, 'replace'), 300);
    });
    this.sortSelect.addEventListener('change', () =>
      this.update({ sort: this.sortSelect.value === 'date' ? 'date' : 'pertinence' }, 'push'),
    );
    this.region('facets').addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-facet]');
      if (button) this.toggleFacet(button.dataset.facet as FacetKey);
    });
    this.region('facets').addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      const key = box.name as FacetKey;
      const values = new Set(this.state.filters[key] ?? []);
      if (box.checked) values.add(box.value);
      else values.delete(box.value);
      void this.update({ filters: { ...this.state.filters, [key]: [...values] } }, 'push', box.id);
    });
    this.region('more').addEventListener('click', () => this.showMore(true));
    // The button disappears with the filters: the focus goes to the first facet rather than being lost.
    this.region('clear').addEventListener(
      'click',
      () =>
        void this.update({ filters: {} }, 'push').then(() => this.region('facets').querySelector<HTMLElement>('button, input')?.focus()),
    );
    window.addEventListener('popstate', () => this.restore());
    try {
      this.pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      // The index already holds site paths with the base (src/integrations/pagefind.ts): Pagefind must not
      // prefix them again with the folder it was loaded from (/carnet/carnet/… under BASE_PATH=/carnet/).
      await this.pagefind.options({ baseUrl: '/', excerptLength: 24 });
      await this.pagefind.init();
    } catch {
      this.status('La recherche n’a pas pu démarrer. Parcourez le plan du site ou les listes en attendant.', true);
      return;
    }
    this.restore();
  }

  private typing = 0;

  /** The state written in the page's URL, into the element: query, sort, filters (their groups open), notices. */
  private readUrl() {
    const { state, notices } = parseState(window.location.search);
    this.state = state;
    for (const { key } of FACETS) if (state.filters[key]?.length) this.open.add(key);
    this.region('notices').replaceChildren(...notices.map((n) => el('p', { class: 'fr-text--sm fr-mb-1w' }, n)));
    this.input.value = state.q;
    this.sortSelect.value = state.sort;
  }

  private restore() {
    this.readUrl();
    void this.search();
  }

  private update(change: Partial<SearchState>, history: 'push' | 'replace', focusId?: string): Promise<void> {
    this.state = { ...this.state, ...change };
    this.region('notices').replaceChildren();
    const url = `${window.location.pathname}${serializeState(this.state)}`;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    return this.search(focusId);
  }

  /**
   * The current search, with each open facet that has no active filter named by a filter that keeps every
   * page ("none of no value"): the results do not change, and Pagefind loads that facet's chunk and counts it.
   */
  private query(pagefind: Pagefind): Promise<PagefindSearch | null> {
    const { q, sort } = this.state;
    const filters: Record<string, unknown> = pagefindFilters(this.state);
    for (const key of this.open) filters[key] ??= { none: [] };
    return pagefind.search(q || null, { filters, ...(sort === 'date' ? { sort: { date: 'desc' } } : {}) });
  }

  /** Opens or closes a facet group; opening one whose values are not loaded yet loads them. */
  private toggleFacet(key: FacetKey) {
    if (this.open.has(key)) this.open.delete(key);
    else this.open.add(key);
    this.renderFacets();
    if (this.open.has(key) && !this.counts[key]) void this.refreshFacets(this.run);
  }

  /** Counts for the open facets the last search did not load; dropped if a newer search has started. */
  private async refreshFacets(ticket: number) {
    const pagefind = this.pagefind;
    if (!pagefind) return;
    const response = await this.query(pagefind).catch(() => null);
    if (ticket !== this.run) return;
    if (response) this.counts = response.filters;
    // Pagefind drops a chunk it cannot fetch: say so rather than "loading" for ever.
    for (const key of this.open) if (!this.counts[key]) this.failed.add(key);
    this.renderFacets();
  }

  private async search(focusId?: string) {
    const pagefind = this.pagefind;
    if (!pagefind) return;
    const ticket = ++this.run;
    const { q } = this.state;
    const filtered = hasFilters(this.state);
    this.failed.clear();
    if (!q && !filtered) {
      this.results = [];
      // Counts over the whole site, for the open facets only.
      this.counts = {};
      if (this.open.size > 0) {
        const all = await this.query(pagefind);
        if (ticket !== this.run) return;
        this.counts = all?.filters ?? {};
      }
      this.renderFacets();
      this.region('list').replaceChildren();
      this.region('more').hidden = true;
      this.region('empty').hidden = true;
      this.region('clear').hidden = true;
      this.status('Saisissez un mot, ou choisissez un filtre.');
      document.title = this.pageTitle;
      if (focusId) document.getElementById(focusId)?.focus();
      this.loadMissingFacets(ticket);
      return;
    }
    const response = await this.query(pagefind);
    if (ticket !== this.run || !response) return;
    this.results = response.results;
    this.counts = response.filters;
    this.renderFacets();
    this.region('clear').hidden = !filtered;
    this.region('list').replaceChildren();
    this.shown = 0;
    const found = this.results.length;
    this.region('empty').hidden = found > 0;
    await this.showMore(false);
    if (ticket !== this.run) return;
    const what = q ? ` pour « ${q} »` : '';
    const filters = filtered ? ` avec ${plural(Object.values(this.state.filters).flat().length, 'filtre', 'filtres')}` : '';
    const outcome = found ? `${plural(found, 'résultat', 'résultats')}${what}${filters}` : `Aucun résultat${what}${filters}`;
    this.status(`${outcome}.`);
    document.title = `${outcome} — ${this.pageTitle}`;
    if (focusId) document.getElementById(focusId)?.focus();
    this.loadMissingFacets(ticket);
  }

  /** A facet opened while a search ran may have missed it: its chunk is asked for again. */
  private loadMissingFacets(ticket: number) {
    if ([...this.open].some((key) => !this.counts[key])) void this.refreshFacets(ticket);
  }

  private async showMore(focusFirstNew: boolean) {
    const slice = this.results.slice(this.shown, this.shown + PAGE);
    const items = await Promise.all(slice.map((r) => r.data()));
    const list = this.region('list');
    const nodes = items.map((d, i) => {
      const meta = d.meta;
      const title = el('a', { href: d.url, id: `resultat-${this.shown + i}` }, meta.title ?? d.url);
      const detail = [
        meta.detail,
        meta.date
          ? new Date(`${meta.date}T00:00:00Z`).toLocaleDateString('fr-FR', {
              timeZone: 'UTC',
              year: 'numeric',
              month: 'long',
              day: 'numeric',
            })
          : '',
      ]
        .filter(Boolean)
        .join(' · ');
      return el(
        'li',
        { class: 'carnet-result fr-py-3w' },
        el('p', { class: 'fr-badge fr-badge--sm fr-badge--blue-cumulus fr-mb-1w' }, meta.type ?? 'Page'),
        ...(meta.provenance ? [el('p', { class: 'fr-badge fr-badge--sm fr-badge--warning fr-mb-1w fr-ml-1w' }, meta.provenance)] : []),
        el('h3', { class: 'fr-h6 fr-mb-1w' }, title),
        ...(detail ? [el('p', { class: 'fr-text--sm fr-mb-1w carnet-result__detail' }, detail)] : []),
        el('p', { class: 'fr-text--sm fr-mb-0' }, ...excerptNodes(d.excerpt)),
      );
    });
    list.append(...nodes);
    const firstNew = this.shown;
    this.shown += slice.length;
    const more = this.region('more');
    more.hidden = this.shown >= this.results.length;
    more.textContent = `Afficher plus de résultats (${this.results.length - this.shown} restants)`;
    if (focusFirstNew) document.getElementById(`resultat-${firstNew}`)?.focus();
  }

  /** One DSFR accordion-styled group per facet; the focus stays on the control it was on. */
  private renderFacets() {
    const container = this.region('facets');
    const focused = container.contains(document.activeElement) ? document.activeElement?.id : undefined;
    const groups = FACETS.map(({ key, label }) => {
      const selected = this.state.filters[key] ?? [];
      const expanded = this.open.has(key);
      const panelId = `facette-${key}-valeurs`;
      const button = el(
        'button',
        {
          type: 'button',
          class: 'fr-accordion__btn',
          id: `facette-${key}-bouton`,
          'aria-expanded': String(expanded),
          'aria-controls': panelId,
          'data-facet': key,
        },
        label,
        // Said even when the group is closed: a chosen filter is never out of sight.
        ...(selected.length ? [` (${plural(selected.length, 'filtre actif', 'filtres actifs')})`] : []),
      );
      const panel = el('div', { id: panelId, class: 'carnet-facet__values' });
      panel.hidden = !expanded;
      if (expanded) panel.append(this.facetValues(key, label, selected));
      return el('div', { class: 'fr-accordion', id: `facette-${key}` }, el('h3', { class: 'fr-accordion__title' }, button), panel);
    });
    container.replaceChildren(...groups);
    if (focused) document.getElementById(focused)?.focus();
  }

  /** The values of an open facet that match the current results (and the chosen ones), with their counts. */
  private facetValues(key: FacetKey, label: string, selected: string[]): Node {
    const counts = this.counts[key];
    if (!counts)
      return el(
        'p',
        { class: 'fr-text--sm fr-mb-0' },
        this.failed.has(key) ? 'Les valeurs de ce filtre n’ont pas pu être chargées.' : 'Chargement des valeurs…',
      );
    // Ids follow the value's rank among all the facet's values: stable from one search to the next.
    const values = Object.keys({ ...counts, ...Object.fromEntries(selected.map((s) => [s, 0])) }).sort((a, b) =>
      key === 'annee' ? b.localeCompare(a) : a.localeCompare(b, 'fr'),
    );
    const shown = values.filter((v) => selected.includes(v) || (counts[v] ?? 0) > 0);
    if (shown.length === 0) return el('p', { class: 'fr-text--sm fr-mb-0' }, 'Aucune valeur pour ces résultats.');
    return el(
      'fieldset',
      { class: 'fr-fieldset fr-mb-0' },
      el('legend', { class: 'fr-sr-only' }, label),
      ...shown.map((value) => {
        const id = `filtre-${key}-${values.indexOf(value)}`;
        const count = counts[value] ?? 0;
        const box = el('input', { type: 'checkbox', id, name: key, value });
        box.checked = selected.includes(value);
        return el(
          'div',
          { class: 'fr-fieldset__element' },
          el(
            'div',
            { class: 'fr-checkbox-group fr-checkbox-group--sm' },
            box,
            el(
              'label',
              { class: 'fr-label', for: id },
              value,
              el('span', { class: 'fr-hint-text' }, plural(count, 'résultat', 'résultats')),
            ),
          ),
        );
      }),
    );
  }

  private status(text: string, error = false) {
    const node = this.region('status');
    node.textContent = text;
    node.classList.toggle('fr-error-text', error);
  }
}

customElements.define('carnet-recherche', CarnetRecherche);
