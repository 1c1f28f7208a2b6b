/** Marianne in Chromium: French text takes the small cut files; any other character still gets DSFR's whole face. */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StaticSite } from '../support/server.ts';
import { useBuiltSite } from '../support/site.ts';

const DIST = path.resolve(process.env.CARNET_DIST ?? 'dist');

let site: StaticSite;
let browser: BrowserContext;

useBuiltSite((built) => ({ site, browser } = built));

/** The font files a fresh page fetches while `act` runs on it, with their sizes in dist/. */
async function fontsFetched(where: string, act: (page: Page) => Promise<unknown> = async () => undefined) {
  const page = await browser.newPage();
  const fonts: { file: string; size: number }[] = [];
  // Routed requests skip the browser's cache: each page shows what a first visit fetches.
  await page.route(/\.woff2?$/, async (route) => {
    const url = new URL(route.request().url());
    fonts.push({ file: path.basename(url.pathname), size: statSync(path.join(DIST, url.pathname)).size });
    await route.continue();
  });
  await page.goto(new URL(where, site.url).href);
  await act(page);
  await page.evaluate(() => document.fonts.ready);
  await page.close();
  return fonts;
}

/** Writes a paragraph in the page's main text and waits for the fonts its layout asks for (document.fonts.load would
 *  fetch every face whose range meets the text, DSFR's whole one included, which the page itself does not). */
const write = (text: string) => (page: Page) =>
  page.evaluate(async (t) => {
    const p = document.createElement('p');
    p.textContent = t;
    document.querySelector('main')?.append(p);
    p.getBoundingClientRect();
    await new Promise(requestAnimationFrame);
    await document.fonts.ready;
  }, text);

describe('les polices Marianne', () => {
  it('une étude de cas ne charge que les versions françaises : normal, moyen et gras, moins de 75 Ko', async () => {
    const fonts = await fontsFetched('projets/accueil-ddt-vosges/');
    expect(fonts.map((f) => f.file.replace(/\..*/, '')).sort()).toEqual(['Marianne-Bold', 'Marianne-Medium', 'Marianne-Regular']);
    for (const f of fonts) expect(f.file, 'version française').toMatch(/\.fr\./);
    expect(fonts.reduce((sum, f) => sum + f.size, 0)).toBeLessThan(75_000);
  });

  it('la page annonce ces trois fichiers dans son en-tête, et chacun n’est téléchargé qu’une fois', async () => {
    let preloaded: string[] = [];
    const fonts = await fontsFetched('projets/accueil-ddt-vosges/', async (page) => {
      preloaded = await page.$$eval('head link[rel="preload"][as="font"]', (links) =>
        links.map((l) => (l as HTMLLinkElement).href.split('/').pop() ?? ''),
      );
    });
    expect(preloaded.sort()).toEqual(fonts.map((f) => f.file).sort());
    expect(new Set(fonts.map((f) => f.file)).size).toBe(fonts.length);
  });

  it('un texte français complet ne demande aucun autre fichier', async () => {
    const fonts = await fontsFetched('a-propos/', write('« L’Haÿ-les-Roses : Œuvre, cœur, où, ça, naïf, Noël — 12 € … ÀÂÆÇÉÈÊËÎÏÔÙÛÜŸ »'));
    for (const f of fonts) expect(f.file).toMatch(/\.fr\./);
  });

  it('un caractère hors du français (Ω) fait venir la police entière du DSFR, sans perdre Marianne', async () => {
    const fonts = await fontsFetched('a-propos/', write('Ω'));
    expect(fonts.map((f) => f.file)).toContainEqual(expect.stringMatching(/^Marianne-Regular\.[\w-]+\.woff2$/));
  });

  it.each(['methodes/entretien-usager/', 'projets/accueil-ddt-vosges/'])(
    '%s est dessinée au pixel près comme avec les polices entières du DSFR',
    async (where) => {
      const shot = async (whole: boolean) => {
        const page = await browser.newPage();
        await page.setViewportSize({ width: 1280, height: 900 });
        // The stylesheet without the French cuts' @font-face rules: DSFR's own faces alone.
        if (whole)
          await page.route(/\.css$/, async (route) => {
            const response = await route.fetch();
            const css = (await response.text()).replace(/@font-face\{[^}]*\.fr\.[^}]*\}/g, '');
            await route.fulfill({ response, body: css });
          });
        await page.goto(new URL(where, site.url).href);
        await page.evaluate(() => document.fonts.ready);
        const png = await page.screenshot({ fullPage: true });
        await page.close();
        return png;
      };
      expect((await shot(false)).equals(await shot(true))).toBe(true);
    },
  );
});
