/** The second wall: with the site's Content-Security-Policy, a script planted in a page does not run, and search still works. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser.ts';
import { serveDist, type StaticSite } from '../support/server.ts';

let copy: string;
let site: StaticSite;
let browser: BrowserContext;

beforeAll(async () => {
  copy = mkdtempSync(path.join(tmpdir(), 'carnet-csp-'));
  cpSync(path.resolve(process.env.CARNET_DIST ?? 'dist'), copy, { recursive: true });
  // What a contribution that slipped past the guard could plant: an inline script and an event handler.
  const page = path.join(copy, 'projets/conciergerie-de-rue/index.html');
  const planted =
    '<script>document.title = "pirate"; window.__pirate = 1;</script><img src="/nexiste-pas.png" alt="" onerror="window.__pirate = 2">';
  writeFileSync(page, readFileSync(page, 'utf8').replace('</article>', `${planted}</article>`));
  site = await serveDist(copy);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(copy, { recursive: true, force: true });
});

describe('la politique de sécurité du contenu (CSP)', () => {
  it('est envoyée en en-tête et en balise meta', async () => {
    const response = await fetch(new URL('projets/conciergerie-de-rue/', site.url));
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(header).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('http-equiv="Content-Security-Policy"');
  });

  it('empêche un script planté dans une page de s’exécuter', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) violations.push(m.text());
    });
    await page.goto(new URL('projets/conciergerie-de-rue/', site.url).href);
    await page.waitForLoadState('load');
    expect(await page.title()).not.toBe('pirate');
    expect(await page.evaluate(() => (window as unknown as { __pirate?: number }).__pirate)).toBeUndefined();
    expect(violations.length).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('laisse fonctionner la recherche (WebAssembly de Pagefind)', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(new URL('recherche/?q=conciergerie', site.url).href);
    await page.waitForSelector('.carnet-result');
    expect(await page.locator('.carnet-result').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
