/**
 * Search on the built site, in real Chromium, as an agent uses it: words, accents, prefixes, acronyms, filters, keyboard;
 * and what it downloads: a facet's filter chunk only when the facet is opened or used.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allResultTitles, openSearch } from '../support/search.ts';
import type { StaticSite } from '../support/server.ts';
import { useBuiltSite } from '../support/site.ts';

let site: StaticSite;
let browser: BrowserContext;
let page: Page;
const scriptErrors: string[] = [];

useBuiltSite((built) => {
  ({ site, browser, page } = built);
  page.on('pageerror', (e) => scriptErrors.push(e.message));
});

/** Opens /recherche/ with a query string and waits for the search to answer. */
async function search(query: string): Promise<{ status: string; titles: string[] }> {
  await openSearch(page, site.url, query);
  return results();
}

async function results(): Promise<{ status: string; titles: string[] }> {
  const status = (await page.locator('[data-part="status"]').textContent()) ?? '';
  return { status, titles: await page.locator('.carnet-result h3').allTextContents() };
}

/** Opens a facet group and waits for its values (or its "no value" message). */
async function openFacet(key: string): Promise<void> {
  await page.locator(`#facette-${key}-bouton`).click();
  await page.waitForFunction((k) => {
    const panel = document.getElementById(`facette-${k}-valeurs`);
    return !!panel && !panel.hidden && (panel.querySelector('input') !== null || /Aucune valeur/.test(panel.textContent ?? ''));
  }, key);
}

/** The values of an open facet with the count each one shows. */
async function facetCounts(key: string): Promise<Record<string, number>> {
  return page.evaluate((k) => {
    const out: Record<string, number> = {};
    for (const label of document.querySelectorAll(`#facette-${k}-valeurs label`)) {
      const hint = label.querySelector('.fr-hint-text')?.textContent ?? '';
      out[(label.firstChild?.textContent ?? '').trim()] = Number(/\d+/.exec(hint)?.[0] ?? NaN);
    }
    return out;
  }, key);
}

/** Pagefind filter chunks (.pf_filter) the page requests from now on. */
function filterRequests(): string[] {
  const urls: string[] = [];
  page.context().on('request', (r) => {
    if (r.url().endsWith('.pf_filter')) urls.push(new URL(r.url()).pathname);
  });
  return urls;
}

describe('la recherche', () => {
  it('trouve les pages attendues pour un mot', async () => {
    const { status, titles } = await search('?q=conciergerie');
    expect(status).toMatch(/^\d+ résultats? pour « conciergerie »/);
    expect(titles).toEqual(expect.arrayContaining(['La conciergerie de rue de Bordeaux Métropole, projet fondateur de LaBase', 'LaBase']));
  });

  it('trouve les pages du site : le réseau par son histoire et le rôle de la DITP, les mentions légales', async () => {
    await search('?q=plan+de+relance');
    expect(await allResultTitles(page)).toContain('Le réseau des labs d’innovation territoriale');
    await search('?q=directeur+de+la+publication');
    expect(await allResultTitles(page)).toContain('Mentions légales');
  });

  it('rend les accents facultatifs, dans les deux sens', async () => {
    const sans = await search('?q=metier');
    const avec = await search('?q=m%C3%A9tier');
    expect(sans.titles.length).toBeGreaterThan(0);
    expect(sans.titles).toEqual(avec.titles);
  });

  it('trouve le début d’un mot et les mots composés (co-constr, l’usager)', async () => {
    await search('?q=co-constr');
    expect(await allResultTitles(page)).toContain('Atelier de co-construction');
    const apostrophe = await search('?q=l%27usager');
    expect(apostrophe.titles.length).toBeGreaterThan(0);
  });

  it('fait se retrouver les sigles et leurs développés', async () => {
    expect((await search('?q=FALC')).titles).toContain('Simplifier le langage administratif');
    expect((await search('?q=facile+%C3%A0+lire+et+%C3%A0+comprendre')).titles).toContain('Simplifier le langage administratif');
    expect((await search('?q=direction+d%C3%A9partementale+des+territoires')).titles).toContain(
      'Repenser l’accueil des usagers à la DDT des Vosges'.replace('’', "'"),
    );
    await search('?q=France+Travail');
    expect(await allResultTitles(page)).toContain("Un parcours de retour à l'emploi pour les personnes détenues");
  });

  it('réduit les résultats avec un filtre, le montre dans l’adresse, et la même adresse restaure tout', async () => {
    const all = await search('?q=accueil');
    await openFacet('type');
    await page.locator('#facette-type label', { hasText: /^Méthode/ }).click();
    await page.waitForURL(/type=M%C3%A9thode/);
    await page.waitForFunction((before) => document.querySelector('[data-part="status"]')?.textContent !== before, all.status);
    const narrowed = await results();
    expect(narrowed.titles.length).toBeGreaterThan(0);
    expect(narrowed.titles.length).toBeLessThan(all.titles.length + 1);
    expect(await page.locator('.carnet-result .fr-badge').allTextContents()).toEqual(narrowed.titles.map(() => 'Méthode'));
    const link = page.url();

    const fresh = await browser.newPage();
    await fresh.goto(link);
    await fresh.waitForFunction(() => (document.querySelector('[data-part="status"]')?.textContent ?? '').length > 0);
    expect(await fresh.locator('#recherche-champ').inputValue()).toBe('accueil');
    // A facet with an active filter is open from the start.
    expect(await fresh.locator('#facette-type-bouton').getAttribute('aria-expanded')).toBe('true');
    expect(await fresh.getByRole('checkbox', { name: /^Méthode/ }).isChecked()).toBe(true);
    expect(await fresh.locator('.carnet-result h3').allTextContents()).toEqual(narrowed.titles);
    await fresh.close();

    await page.goBack();
    await page.waitForFunction(() => !document.querySelector<HTMLInputElement>('input[name="type"]:checked'));
    expect((await results()).status).toBe(all.status);
  });

  it('ne télécharge au premier affichage aucun filtre, sauf celui d’un filtre actif', async () => {
    const plain = await browser.newPage();
    // Pagefind fetches from its Web Worker: the context sees those requests, the page object may not.
    const requested: string[] = [];
    const onRequest = (r: Request) => {
      if (r.url().endsWith('.pf_filter')) requested.push(new URL(r.url()).pathname);
    };
    browser.on('request', onRequest);
    await plain.goto(new URL('recherche/?q=usagers', site.url).href);
    await plain.waitForSelector('.carnet-result a');
    await plain.waitForLoadState('networkidle');
    expect(requested).toEqual([]);
    // Every facet is there, closed, with its name.
    expect(await plain.locator('[data-part="facets"] button[aria-expanded="false"]').allTextContents()).toEqual([
      'Type de contenu',
      'Thématique',
      'Région',
      'Lab',
      'Méthode utilisée',
      'Statut du projet',
      'Phase de la méthode',
      'Format de l’événement',
      'Mois de l’événement',
      'Année de publication',
    ]);

    await plain.goto(new URL('recherche/?q=accueil&type=M%C3%A9thode', site.url).href);
    await plain.waitForSelector('.carnet-result a');
    await plain.waitForLoadState('networkidle');
    expect(requested).toHaveLength(1);
    expect(await plain.locator('[data-part="facets"] button[aria-expanded="true"]').allTextContents()).toEqual([
      'Type de contenu (1 filtre actif)',
    ]);
    browser.off('request', onRequest);
    await plain.close();
  });

  it('ouvre un groupe de filtres à la demande : ses valeurs comptent les résultats affichés, sans les changer', async () => {
    const requested = filterRequests();
    const { status, titles } = await search('?q=accueil');
    const found = Number(/^(\d+)/.exec(status)?.[1]);
    expect(await page.locator('#facette-type-valeurs').isHidden()).toBe(true);
    await openFacet('type');
    expect(requested).toHaveLength(1);
    expect(await page.locator('#facette-type-bouton').getAttribute('aria-expanded')).toBe('true');
    // One type per page: the counts of the values add up to the results.
    const counts = await facetCounts('type');
    expect(Object.keys(counts)).toContain('Méthode');
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(found);
    // Loading the facet changes nothing to the results.
    expect((await results()).titles).toEqual(titles);
    expect((await results()).status).toBe(status);

    // Another facet loads its own chunk only; closing a group hides it, reopening it loads nothing more.
    await openFacet('region');
    expect(requested).toHaveLength(2);
    await page.locator('#facette-type-bouton').click();
    expect(await page.locator('#facette-type-valeurs').isHidden()).toBe(true);
    await page.locator('#facette-type-bouton').click();
    expect(await facetCounts('type')).toEqual(counts);
    expect(requested).toHaveLength(2);

    // A value's count is the number of results its filter gives.
    const label = page.locator('#facette-type label', { hasText: /^Méthode/ });
    await label.click();
    await page.waitForURL(/q=accueil&type=M%C3%A9thode/);
    await page.waitForFunction((before) => document.querySelector('[data-part="status"]')?.textContent !== before, status);
    expect((await results()).status).toBe(
      `${counts['Méthode']} résultat${(counts['Méthode'] ?? 0) > 1 ? 's' : ''} pour « accueil » avec 1 filtre.`,
    );
  });

  it('sans mot cherché, un groupe ouvert compte tout le site et un filtre seul donne ses résultats', async () => {
    const { status } = await search('');
    expect(status).toBe('Saisissez un mot, ou choisissez un filtre.');
    await openFacet('type');
    const counts = await facetCounts('type');
    expect(counts['Méthode']).toBeGreaterThan(0);
    await page.locator('#facette-type label', { hasText: /^Méthode/ }).click();
    await page.waitForURL(/\?type=M%C3%A9thode$/);
    await page.waitForFunction(() => /avec 1 filtre/.test(document.querySelector('[data-part="status"]')?.textContent ?? ''));
    expect((await results()).status).toBe(`${counts['Méthode']} résultat${(counts['Méthode'] ?? 0) > 1 ? 's' : ''} avec 1 filtre.`);
    expect(await allResultTitles(page)).toHaveLength(counts['Méthode'] ?? NaN);
  });

  it('se parcourt au clavier seul, de la recherche de l’en-tête jusqu’à un résultat', async () => {
    await page.goto(site.url);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Recherche' }).first();
    await skip.focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('recherche-entete-champ');
    await page.keyboard.type('personas');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/recherche\/\?q=personas/);
    await page.waitForSelector('.carnet-result a');
    await page.locator('#recherche-champ').focus();
    // From the search field, Tab reaches the button, the filters, the sort, then the first result.
    let reached = '';
    for (let i = 0; i < 80 && !reached.includes('/methodes/personas/'); i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
    }
    expect(reached).toContain('/methodes/personas/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/methodes\/personas\/$/);
  });

  it('propose des pistes quand rien ne correspond', async () => {
    const { status } = await search('?q=zzqxwv');
    expect(status).toBe('Aucun résultat pour « zzqxwv ».');
    await expect(page.locator('[data-part="empty"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-part="empty"] a').count()).resolves.toBeGreaterThan(3);
  });

  it('reste propre sur une adresse mal formée, des filtres inconnus ou une requête de 5 000 caractères', async () => {
    await search('?q=%E0%A4%A');
    expect((await results()).status).toContain('Aucun résultat');
    await search('?q=accueil&couleur=rouge');
    await expect(page.locator('[data-part="notices"]').textContent()).resolves.toContain('Filtre inconnu ignoré : couleur.');
    await search(`?q=${'accueil%20'.repeat(500)}`);
    await expect(page.locator('[data-part="notices"]').textContent()).resolves.toContain('200 premiers caractères');
    expect(scriptErrors).toEqual([]);
  });
});
