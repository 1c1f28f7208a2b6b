/** A method card printed from Chromium for tomorrow's workshop: at most two A4 pages, no site chrome. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StaticSite } from '../support/server.ts';
import { useBuiltSite } from '../support/site.ts';

let site: StaticSite;
let page: Page;

useBuiltSite((built) => ({ site, page } = built));

/** Every method of the corpus: the longest one must fit too. */
const METHODS = readdirSync(path.resolve('content/methodes')).map((f) => f.replace(/\.mdx?$/, ''));

describe('l’impression d’une fiche méthode', () => {
  it.each(METHODS)('%s tient sur deux pages A4 au plus', async (id) => {
    await page.goto(new URL(`methodes/${id}/`, site.url).href);
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages, `${id} : ${pages} pages`).toBeLessThanOrEqual(2);
  });

  it('n’imprime ni l’en-tête, ni le pied de page, ni la navigation, et montre les adresses des liens', async () => {
    await page.goto(new URL('methodes/entretien-usager/', site.url).href);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header.fr-header', 'footer.fr-footer', '.fr-breadcrumb', '.fr-skiplinks', '[data-imprimer]']) {
      expect(
        await page
          .locator(selector)
          .first()
          .evaluate((el) => getComputedStyle(el).display),
        selector,
      ).toBe('none');
    }
    expect(await page.locator('.carnet-print-only').evaluate((el) => getComputedStyle(el).display)).toBe('block');
    const after = await page
      .locator('main .carnet-prose a[href^="/"]')
      .first()
      .evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain('/projets/');
    await page.emulateMedia({ media: 'screen' });
  });

  it('propose un bouton « Imprimer la fiche » qui ouvre l’impression', async () => {
    await page.goto(new URL('methodes/entretien-usager/', site.url).href);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Imprimer la fiche' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });
});
