/** The built site in real Chromium: a reader's path through it, every page, the 404. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StaticSite } from '../support/server.ts';
import { useBuiltSite } from '../support/site.ts';

let site: StaticSite;
let page: Page;
const errors: string[] = [];

useBuiltSite((built) => {
  ({ site, page } = built);
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${page.url()} : ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()} : ${e.message}`));
  // A request cut short by the next navigation is not a failure of the site.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED')
      errors.push(`${page.url()} : requête échouée ${r.url()} (${r.failure()?.errorText})`);
  });
});

/** Every URL of the sitemap, rewritten to the local server. */
function sitemapPaths(): string[] {
  const dist = path.resolve(process.env.CARNET_DIST ?? 'dist');
  const xml = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

describe('un agent public parcourt le carnet', () => {
  it('va de l’accueil à une liste, à une étude de cas puis à une méthode, par des liens', async () => {
    await page.goto(site.url);
    await expect(page.locator('h1').textContent()).resolves.toContain('labs');
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Études de cas' }).click();
    await page.waitForURL(/\/projets\/$/);
    expect(await page.locator('h1').textContent()).toBe('Études de cas');

    const filter = page.locator('a.fr-tag', { hasText: 'Essaimé' }).first();
    await filter.click();
    await page.waitForURL(/\/projets\/statut\/essaime\/$/);
    expect(await page.locator('h1').textContent()).toBe('Études de cas : Essaimé');

    await page.locator('.fr-card__title a').first().click();
    await page.waitForURL(/\/projets\/[a-z0-9-]+\/$/);
    const caseTitle = await page.locator('h1').textContent();
    expect(caseTitle?.length).toBeGreaterThan(10);
    expect(await page.locator('article h2').allTextContents()).toEqual(
      expect.arrayContaining(['Contexte', 'Démarche', 'Résultats', 'Leviers', 'Points de blocage', 'Et après ?']),
    );

    const methodLink = page.locator('.carnet-meta dt', { hasText: 'Méthodes utilisées' }).locator('xpath=..').locator('a').first();
    const methodName = await methodLink.textContent();
    await methodLink.click();
    await page.waitForURL(/\/methodes\/[a-z0-9-]+\/$/);
    expect(await page.locator('h1').textContent()).toBe(methodName);
    // The method links back to the case study that used it.
    await expect(page.locator('#utilisee-titre ~ ul a', { hasText: caseTitle ?? '' }).count()).resolves.toBe(1);
  });

  // One visit per page of the sitemap: its time grows with the corpus, hence its own timeout.
  it('sert chaque page du plan du site avec un statut 200, sans erreur de console', async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(100);
    for (const p of paths) {
      const response = await page.goto(new URL(p.replace(/^\//, ''), site.url).href, { waitUntil: 'domcontentloaded' });
      expect(response?.status(), p).toBe(200);
      expect(await page.locator('h1').count(), `${p} : un seul h1`).toBe(1);
      // The search page's content comes from the search itself; every other page has real text.
      if (p !== '/recherche/') expect((await page.locator('main').innerText()).length, `${p} : contenu réel`).toBeGreaterThan(200);
    }
    expect(errors).toEqual([]);
  }, 180_000);

  it('répond 404 avec une page utile pour une adresse inconnue', async () => {
    const response = await page.goto(new URL('projets/nexiste-pas/', site.url).href);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page introuvable');
    await page.getByRole('link', { name: 'Plan du site' }).first().click();
    await page.waitForURL(/\/plan-du-site\/$/);
  });

  it('ne charge sur une étude de cas que le JavaScript du DSFR', async () => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(new URL('projets/conciergerie-de-rue/', site.url).href);
    expect(await page.locator('script:not([type="module"][src]):not([type="application/ld+json"])').count()).toBe(0);
    expect(scripts).toHaveLength(1);
    const source = await (await fetch(scripts[0] ?? '')).text();
    expect(source).toContain('dsfr');
  });
});
