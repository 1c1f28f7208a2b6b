/**
 * In Chromium: each template prints on its stated paper size (A4 or A3, portrait or landscape) through the
 * browser's own PDF, and the network page reads with JavaScript off (charts drawn, tables there).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StaticSite } from '../support/server.ts';
import { useBuiltSite } from '../support/site.ts';

let site: StaticSite;
let page: Page;

useBuiltSite((built) => ({ site, page } = built));

/** Paper sizes in PDF points, portrait (Chromium rounds them to the nearest point or so). */
const POINTS = { A4: [595, 842], A3: [842, 1191] } as const;

const TEMPLATES = readdirSync(path.resolve('content/modeles')).map((f) => {
  const source = readFileSync(path.resolve('content/modeles', f), 'utf8');
  return {
    id: f.replace(/\.md$/, ''),
    papier: (/^papier: (A3|A4)$/m.exec(source)?.[1] ?? 'A4') as keyof typeof POINTS,
    paysage: /^orientation: paysage$/m.test(source),
  };
});

describe('l’impression des modèles', () => {
  it.each(TEMPLATES)('$id s’imprime sur son format ($papier)', async ({ id, papier, paysage }) => {
    await page.goto(new URL(`modeles/${id}/`, site.url).href);
    await page.evaluate(() => document.fonts.ready);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: false })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThanOrEqual(1);
    expect(boxes.length, `${id} : ${boxes.length} pages`).toBeLessThanOrEqual(2);
    const [short, long] = POINTS[papier];
    const expected = paysage ? [long, short] : [short, long];
    for (const [w = 0, h = 0] of boxes) {
      expect(Math.abs(w - (expected[0] ?? 0)), `${id} : largeur ${w}`).toBeLessThan(3);
      expect(Math.abs(h - (expected[1] ?? 0)), `${id} : hauteur ${h}`).toBeLessThan(3);
    }
  });

  it('n’imprime que la feuille du modèle, sans le menu ni les boutons', async () => {
    await page.goto(new URL('modeles/guide-entretien/', site.url).href);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.carnet-modele__screen').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.locator('.carnet-modele').evaluate((el) => getComputedStyle(el).display)).toBe('block');
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('la page du réseau sans JavaScript', () => {
  it('montre chaque graphique, son tableau et sa phrase de lecture', async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    try {
      await page.goto(new URL('reseau/', site.url).href);
      const charts = page.locator('figure.carnet-chart');
      expect(await charts.count()).toBe(5);
      for (const chart of await charts.all()) {
        const svg = await chart.locator('svg').boundingBox();
        expect(svg?.width ?? 0).toBeGreaterThan(100);
        expect(await chart.locator('table tbody tr').count()).toBeGreaterThan(0);
        await expect.poll(() => chart.locator('table').isVisible()).toBe(true);
        expect((await chart.locator('.carnet-chart__reading').innerText()).length).toBeGreaterThan(20);
      }
    } finally {
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
      await cdp.detach();
    }
  });
});
