/** The map of the labs in Chromium: each lab mark is a named link the keyboard reaches, the map has a text alternative, nothing leaves the site. */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StaticSite } from '../support/server.ts';
import { useBuiltSite } from '../support/site.ts';

let site: StaticSite;
let browser: BrowserContext;
let page: Page;

useBuiltSite((built) => ({ site, browser, page } = built));

const MAP = 'figure.carnet-map';
const open = (path: string, waitUntil: 'networkidle' | 'domcontentloaded' = 'networkidle') =>
  page.goto(new URL(path, site.url).href, { waitUntil });

/** The links of the map as the accessibility tree exposes them: name and address. */
async function mapLinks(): Promise<{ name: string; href: string }[]> {
  const hrefs = await page.locator(`${MAP} svg a`).evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
  const snapshot = (await Promise.all((await page.locator(`${MAP} svg`).all()).map((svg) => svg.ariaSnapshot()))).join('\n');
  const names = [...snapshot.matchAll(/- link "([^"]+)"/g)].map((m) => m[1] ?? '');
  expect(names, 'un nom accessible par lien').toHaveLength(hrefs.length);
  return hrefs.map((href, i) => ({ href, name: names[i] ?? '' }));
}

describe('la carte des labs', () => {
  it('montre chaque lab de la liste par un lien nommé vers sa page', async () => {
    await open('labs/');
    const listed = await page
      .locator('#liste-labs .fr-card__title a')
      .evaluateAll((els) => els.map((e) => ({ href: e.getAttribute('href') ?? '', nom: e.textContent?.trim() ?? '' })));
    expect(listed.length).toBeGreaterThan(10);
    const links = await mapLinks();
    expect(links.map((l) => l.href).sort()).toEqual(listed.map((l) => l.href).sort());
    for (const lab of listed) {
      const link = links.find((l) => l.href === lab.href);
      expect(link?.name, lab.href).toMatch(new RegExp(`^${lab.nom.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `));
    }
  });

  it('se parcourt au clavier : la touche Tab atteint chaque lab de la carte', async () => {
    await open('labs/');
    const expected = new Set((await mapLinks()).map((l) => l.href));
    const reached = new Set<string>();
    for (let i = 0; i < 150 && reached.size < expected.size; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('figure.carnet-map svg') ? el.getAttribute('href') : null;
      });
      if (href) reached.add(href);
    }
    expect([...reached].sort()).toEqual([...expected].sort());
  });

  it('mène, par la touche Entrée sur un lab, à la page de ce lab', async () => {
    await open('labs/');
    const links = await mapLinks();
    for (const { href, name } of links) {
      await open('labs/', 'domcontentloaded');
      await page.locator(`${MAP} svg a[href="${href}"]`).focus();
      await Promise.all([page.waitForURL((u) => u.pathname === href), page.keyboard.press('Enter')]);
      expect(await page.locator('h1').textContent(), href).toBe(name.split(', ').slice(0, -1).join(', '));
    }
  });

  it('a une alternative textuelle : la liste des labs par région, reliée depuis la légende', async () => {
    for (const [path, listId] of [
      ['labs/', 'liste-labs'],
      ['', 'labs-par-region'],
    ] as const) {
      await open(path);
      const toList = page.locator(`${MAP} figcaption a[href="#${listId}"]`);
      await expect(toList.count(), path).resolves.toBe(1);
      const listHrefs = await page.locator(`#${listId} a`).evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      for (const { href } of await mapLinks()) expect(listHrefs, `${path} : ${href} dans la liste`).toContain(href);
      expect(await page.locator(`${MAP} figcaption`).textContent()).toContain('Contours : IGN GEOFLA, Licence Ouverte');
    }
  });

  it('ne fait aucune requête hors du site en chargeant /labs/ et l’accueil', async () => {
    const requests: string[] = [];
    const record = (r: { url(): string }) => requests.push(r.url());
    page.on('request', record);
    try {
      await open('labs/');
      await open('');
    } finally {
      page.off('request', record);
    }
    expect(requests.length).toBeGreaterThan(2);
    const outside = requests.filter((u) => !/^(data:|http:\/\/(127\.0\.0\.1|localhost)[:/])/.test(u));
    expect(outside).toEqual([]);
  });

  it('tient dans un écran de 320 px de large, sans défilement horizontal', async () => {
    const narrow = await browser.newPage();
    try {
      await narrow.setViewportSize({ width: 320, height: 640 });
      await narrow.goto(new URL('labs/', site.url).href, { waitUntil: 'networkidle' });
      const { scroll, map } = await narrow.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        map: document.querySelector('figure.carnet-map svg')?.getBoundingClientRect().right ?? Number.POSITIVE_INFINITY,
      }));
      expect(scroll).toBeLessThanOrEqual(320);
      expect(map).toBeLessThanOrEqual(320);
    } finally {
      await narrow.close();
    }
  });
});
