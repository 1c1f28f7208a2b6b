/**
 * <carnet-recherche>: the search page. Pagefind runs in the browser (no server, no request leaving
 * the site); the state of the search is the page's URL. Renders DSFR markup only.
 */
import { FACETS, hasFilters, MAX_QUERY, pagefindFilters, parseState, serializeState, type FacetKey, type SearchState } from '../lib/search/state.ts';

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
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: Record<string, unknown>): Promise<PagefindSearch | null>;
  debouncedSearch(q: string | null, o?: Record<string, unknown>, ms?: number): Promise<PagefindSearch | null>;
}

const PAGE = 10;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
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
  private allFilters: Record<string, Record<string, number>> = {};
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
    this.region('app').hidden = false;
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.update({ q: this.input.value.trim().slice(0, MAX_QUERY) }, 'push');
    });
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.typing);
      this.typing = window.setTimeout(() => this.update({ q: this.input.value.trim().slice(0, MAX_QUERY) }, 'replace'), 300);
    });
    this.sortSelect.addEventListener('change', () => this.update({ sort: this.sortSelect.value === 'date' ? 'date' : 'pertinence' }, 'push'));
    this.region('facets').addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      const key = box.name as FacetKey;
      const values = new Set(this.state.filters[key] ?? []);
      if (box.checked) values.add(box.value);
      else values.delete(box.value);
      void this.update({ filters: { ...this.state.filters, [key]: [...values] } }, 'push', box.id);
    });
    this.region('more').addEventListener('click', () => this.showMore(true));
    // The button disappears with the filters: the focus goes to the first filter rather than being lost.
    this.region('clear').addEventListener('click', () => void this.update({ filters: {} }, 'push').then(() => this.region('facets').querySelector('input')?.focus()));
    window.addEventListener('popstate', () => this.restore());
    try {
      this.pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      // The index already holds site paths with the base (src/integrations/pagefind.ts): Pagefind must not
      // prefix them again with the folder it was loaded from (/carnet/carnet/… under BASE_PATH=/carnet/).
      await this.pagefind.options({ baseUrl: '/', excerptLength: 24 });
      await this.pagefind.init();
      this.allFilters = await this.pagefind.filters();
    } catch {
      this.status('La recherche n’a pas pu démarrer. Parcourez le plan du site ou les listes en attendant.', true);
      return;
    }
    this.restore();
  }

  private typing = 0;

  private restore() {
    const { state, notices } = parseState(window.location.search);
    this.state = state;
    this.region('notices').replaceChildren(...notices.map((n) => el('p', { class: 'fr-text--sm fr-mb-1w' }, n)));
    this.input.value = state.q;
    this.sortSelect.value = state.sort;
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

  private async search(focusId?: string) {
    const pagefind = this.pagefind;
    if (!pagefind) return;
    const ticket = ++this.run;
    const { q, sort } = this.state;
    const filtered = hasFilters(this.state);
    if (!q && !filtered) {
      this.results = [];
      this.renderFacets(this.allFilters);
      this.region('list').replaceChildren();
      this.region('more').hidden = true;
      this.region('empty').hidden = true;
      this.region('clear').hidden = true;
      this.status('Saisissez un mot, ou choisissez un filtre.');
      document.title = this.pageTitle;
      if (focusId) document.getElementById(focusId)?.focus();
      return;
    }
    const response = await pagefind.search(q || null, { filters: pagefindFilters(this.state), ...(sort === 'date' ? { sort: { date: 'desc' } } : {}) });
    if (ticket !== this.run || !response) return;
    this.results = response.results;
    this.renderFacets(q ? response.filters : this.allFilters, response.filters);
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
  }

  private async showMore(focusFirstNew: boolean) {
    const slice = this.results.slice(this.shown, this.shown + PAGE);
    const items = await Promise.all(slice.map((r) => r.data()));
    const list = this.region('list');
    const nodes = items.map((d, i) => {
      const meta = d.meta;
      const title = el('a', { href: d.url, id: `resultat-${this.shown + i}` }, meta.title ?? d.url);
      const detail = [meta.detail, meta.date ? new Date(`${meta.date}T00:00:00Z`).toLocaleDateString('fr-FR', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }) : ''].filter(Boolean).join(' · ');
      return el(
        'li',
        { class: 'carnet-result fr-py-3w' },
        el('p', { class: 'fr-badge fr-badge--sm fr-badge--blue-cumulus fr-mb-1w' }, meta.type ?? 'Page'),
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

  private renderFacets(counts: Record<string, Record<string, number>>, current: Record<string, Record<string, number>> = counts) {
    const container = this.region('facets');
    const groups = FACETS.map(({ key, label }) => {
      const selected = this.state.filters[key] ?? [];
      const values = Object.keys({ ...this.allFilters[key], ...Object.fromEntries(selected.map((s) => [s, 0])) }).sort((a, b) => (key === 'annee' ? b.localeCompare(a) : a.localeCompare(b, 'fr')));
      const shown = values.filter((v) => selected.includes(v) || (current[key]?.[v] ?? counts[key]?.[v] ?? 0) > 0);
      if (shown.length === 0) return null;
      return el(
        'fieldset',
        { class: 'fr-fieldset fr-mb-2w', id: `facette-${key}` },
        el('legend', { class: 'fr-fieldset__legend fr-text--md fr-text--bold' }, label),
        ...shown.map((value, i) => {
          const id = `filtre-${key}-${i}`;
          const count = current[key]?.[value] ?? 0;
          const box = el('input', { type: 'checkbox', id, name: key, value });
          box.checked = selected.includes(value);
          return el('div', { class: 'fr-fieldset__element' }, el('div', { class: 'fr-checkbox-group fr-checkbox-group--sm' }, box, el('label', { class: 'fr-label', for: id }, value, el('span', { class: 'fr-hint-text' }, plural(count, 'résultat', 'résultats')))));
        }),
      );
    }).filter((g): g is HTMLFieldSetElement => g !== null);
    container.replaceChildren(...groups);
  }

  private status(text: string, error = false) {
    const node = this.region('status');
    node.textContent = text;
    node.classList.toggle('fr-error-text', error);
  }
}

customElements.define('carnet-recherche', CarnetRecherche);
