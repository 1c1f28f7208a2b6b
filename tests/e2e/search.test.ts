/** Search on the built site, in real Chromium, as an agent uses it: words, accents, prefixes, acronyms, filters, keyboard. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser.ts';
import { serveDist, type StaticSite } from '../support/server.ts';

let site: StaticSite;
let browser: BrowserContext;
let page: Page;
const scriptErrors: string[] = [];

beforeAll(async () => {
  site = await serveDist();
  browser = await launch();
  page = await browser.newPage();
  page.on('pageerror', (e) => scriptErrors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens /recherche/ with a query string and waits for the search to answer. */
async function search(query: string): Promise<{ status: string; titles: string[] }> {
  await page.goto(new URL(`recherche/${query}`, site.url).href);
  await page.waitForFunction(() => (document.querySelector('[data-part="status"]')?.textContent ?? '').length > 0);
  return results();
}

async function results(): Promise<{ status: string; titles: string[] }> {
  const status = (await page.locator('[data-part="status"]').textContent()) ?? '';
  return { status, titles: await page.locator('.carnet-result h3').allTextContents() };
}

/** Every result of the current search, pressing "Afficher plus" until all are shown. */
async function allTitles(): Promise<string[]> {
  const more = page.locator('[data-part="more"]');
  while (await more.isVisible()) {
    const count = await page.locator('.carnet-result').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.carnet-result').length > n, count);
  }
  return page.locator('.carnet-result h3').allTextContents();
}

describe('la recherche', () => {
  it('trouve les pages attendues pour un mot', async () => {
    const { status, titles } = await search('?q=conciergerie');
    expect(status).toMatch(/^\d+ résultats? pour « conciergerie »/);
    expect(titles).toEqual(expect.arrayContaining(['Une conciergerie de rue pour les personnes sans domicile', 'LaBase']));
  });

  it('rend les accents facultatifs, dans les deux sens', async () => {
    const sans = await search('?q=metier');
    const avec = await search('?q=m%C3%A9tier');
    expect(sans.titles.length).toBeGreaterThan(0);
    expect(sans.titles).toEqual(avec.titles);
  });

  it('trouve le début d’un mot et les mots composés (co-constr, l’usager)', async () => {
    await search('?q=co-constr');
    expect(await allTitles()).toContain('Atelier de co-construction');
    const apostrophe = await search('?q=l%27usager');
    expect(apostrophe.titles.length).toBeGreaterThan(0);
  });

  it('fait se retrouver les sigles et leurs développés', async () => {
    expect((await search('?q=FALC')).titles).toContain('Simplifier le langage administratif');
    expect((await search('?q=facile+%C3%A0+lire+et+%C3%A0+comprendre')).titles).toContain('Simplifier le langage administratif');
    expect((await search('?q=direction+d%C3%A9partementale+des+territoires')).titles).toContain('Repenser l’accueil des usagers à la DDT des Vosges'.replace('’', "'"));
    await search('?q=France+Travail');
    expect(await allTitles()).toContain("Un parcours de retour à l'emploi pour les personnes détenues");
  });

  it('réduit les résultats avec un filtre, le montre dans l’adresse, et la même adresse restaure tout', async () => {
    const all = await search('?q=accueil');
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
    expect(await fresh.getByRole('checkbox', { name: /^Méthode/ }).isChecked()).toBe(true);
    expect(await fresh.locator('.carnet-result h3').allTextContents()).toEqual(narrowed.titles);
    await fresh.close();

    await page.goBack();
    await page.waitForFunction(() => !document.querySelector<HTMLInputElement>('input[name="type"]:checked'));
    expect((await results()).status).toBe(all.status);
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
