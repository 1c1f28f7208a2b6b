/**
 * The site published under a sub-path, as on GitHub Pages or GitLab Pages (https://exemple.gouv.fr/carnet/):
 * built here with BASE_PATH=/carnet/ into a temporary folder, served under /carnet/ only, then crawled
 * whole by linkinator (every page, asset, CSS url(), share image, canonical address), searched in
 * Chromium, and its feeds, sitemap, robots.txt, _headers and open data read for the base.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { check, LinkState } from 'linkinator';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser.ts';
import { buildSite } from '../support/build.ts';
import { serveDist, type StaticSite } from '../support/server.ts';
import { child, childrenNamed, parseXml, textOf } from '../support/xml.ts';

const BASE = '/carnet/';
const SITE_URL = 'https://exemple.gouv.fr';
const PUBLIC = `${SITE_URL}${BASE}`;

let out = '';
let dist = '';
let site: StaticSite;
let browser: BrowserContext | undefined;

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'carnet-sous-chemin-'));
  dist = path.join(out, 'site');
  const ms = buildSite(dist, { BASE_PATH: BASE, SITE_URL });
  console.log(`site construit sous ${BASE} en ${ms} ms`);
  site = await serveDist(dist, BASE);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const files = (ext: RegExp) =>
  readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => path.relative(dist, path.join(e.parentPath, e.name)));
/** A public address of the site, as the local server serves it. */
const local = (address: string) => {
  expect(address.startsWith(PUBLIC), `${address} : sous ${PUBLIC}`).toBe(true);
  return new URL(address.slice(PUBLIC.length), site.url).href;
};
const sitemap = () => [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');

describe(`le site publié sous ${BASE}`, () => {
  it('n’a aucun lien ni fichier cassé : linkinator parcourt tout le site depuis l’accueil', async () => {
    const origin = new URL(site.url).origin;
    const started = performance.now();
    const result = await check({
      path: site.url,
      recurse: true,
      checkCss: true,
      concurrency: 16,
      // The absolute addresses (canonical, og:image, JSON-LD) are checked against the local server too.
      urlRewriteExpressions: [{ pattern: new RegExp(`^${SITE_URL.replace(/\./g, '\\.')}/`), replacement: `${origin}/` }],
      // Other sites are not ours to check (and the tests stay off the network).
      linksToSkip: async (link) => !link.startsWith(origin) && !link.startsWith(`${SITE_URL}/`),
    });
    console.log(`linkinator : ${result.links.length} liens en ${Math.round(performance.now() - started)} ms`);
    const broken = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map((l) => `${l.status ?? '?'} ${l.url} (dans ${l.parent ?? '?'})`);
    expect(broken).toEqual([]);
    // Every page of the sitemap was reached by following links, so the crawl did cover the whole site.
    const reached = new Set(result.links.filter((l) => l.state === LinkState.OK).map((l) => l.url.replace(origin, SITE_URL)));
    const pages = sitemap();
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((p) => !reached.has(p))).toEqual([]);
  }, 120_000);

  it('n’écrit aucun lien depuis la racine du domaine, dans aucune page, et ne sert rien hors du sous-chemin', async () => {
    const home = await fetch(site.url);
    expect(home.status).toBe(200);
    const html = await home.text();
    const outside = [...html.matchAll(/\s(?:href|src|srcset|action)="(\/[^"]*)"/g)].map((m) => m[1]).filter((p) => !p?.startsWith(BASE));
    expect(outside).toEqual([]);
    expect((await fetch(new URL('/projets/', site.url))).status).toBe(404);
    // Every HTML page, not only the home page: no root link left anywhere.
    const offenders = files(/\.html$/).flatMap((file) =>
      [...read(file).matchAll(/\s(?:href|src|srcset|action|content)="(\/(?!\/)[^"]*)"/g)]
        .map((m) => m[1] ?? '')
        .filter((p) => !p.startsWith(BASE))
        .map((p) => `${file} : ${p}`),
    );
    expect(offenders).toEqual([]);
  });

  it('trouve des résultats dans la recherche (/carnet/recherche/?q=accueil), avec des liens sous /carnet/', async () => {
    browser = await launch();
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('pageerror', (e) => failures.push(e.message));
    page.on('requestfailed', (r) => failures.push(`${r.url()} : ${r.failure()?.errorText ?? ''}`));
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(new URL('recherche/?q=accueil', site.url).href);
    await page.waitForFunction(() => (document.querySelector('[data-part="status"]')?.textContent ?? '').length > 0);
    expect(await page.locator('[data-part="status"]').textContent()).toMatch(/^\d+ résultats? pour « accueil »/);
    const links = await page.locator('.carnet-result h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    // Each result is a page of the site, its base written once (not /carnet/carnet/…).
    const pages = new Set(sitemap());
    for (const link of links) expect(pages.has(`${SITE_URL}${link}`), link).toBe(true);
    await page.locator('.carnet-result h3 a').first().click();
    await page.waitForURL((u) => u.pathname !== `${BASE}recherche/`);
    expect(await page.locator('h1').count()).toBe(1);
    expect(failures).toEqual([]);
  });

  it('met le sous-chemin dans le plan du site, les flux, robots.txt et les données ouvertes', async () => {
    const index = parseXml(read('sitemap-index.xml'));
    const parts = childrenNamed(index, 'sitemap').map((s) => textOf(child(s, 'loc')));
    expect(parts).toEqual([`${PUBLIC}sitemap-0.xml`]);
    const pages = sitemap();
    expect(pages).toContain(PUBLIC);
    for (const address of pages) expect((await fetch(local(address))).status, address).toBe(200);

    const feeds = files(/^flux\.xml$/);
    expect(feeds.length).toBeGreaterThan(1);
    for (const file of feeds) {
      const channel = child(parseXml(read(file)), 'channel');
      const self = child(channel, 'atom:link').attributes['href'] ?? '';
      expect(self, file).toBe(`${PUBLIC}${file.split(path.sep).join('/')}`);
      const addresses = [
        textOf(child(channel, 'link')),
        ...childrenNamed(channel, 'item').flatMap((item) => [textOf(child(item, 'link')), textOf(child(item, 'guid'))]),
      ];
      for (const address of new Set(addresses)) expect((await fetch(local(address))).status, `${file} : ${address}`).toBe(200);
    }
    // Pages announce their feeds under the base.
    expect(read('index.html')).toContain(`type="application/rss+xml" title="Nouveautés — Carnet des labs" href="${BASE}flux.xml"`);

    expect(read('robots.txt')).toContain(`Disallow: ${BASE}admin/`);
    expect(read('robots.txt')).toContain(`Sitemap: ${PUBLIC}sitemap-index.xml`);

    // Any absolute address of the site written anywhere in the build carries the base.
    const stray = files(/\.(html|xml|json|csv|txt)$/).flatMap((file) =>
      [...read(file).matchAll(new RegExp(`${SITE_URL.replace(/\./g, '\\.')}(/[^\\s"'<>,)]*)?`, 'g'))]
        .map((m) => m[1] ?? '')
        .filter((p) => !p.startsWith(BASE))
        .map((p) => `${file} : ${SITE_URL}${p}`),
    );
    expect(stray).toEqual([]);
  });

  it('écrit les règles de _headers (sécurité, cache, éditeur web) sous le sous-chemin', () => {
    const rules = read('_headers')
      .split('\n')
      .filter((line) => line.startsWith('/'));
    expect(rules).toEqual(expect.arrayContaining([`${BASE}*`, `${BASE}_assets/*`, `${BASE}pagefind/*`, `${BASE}admin/*`]));
    for (const rule of rules) expect(rule.startsWith(BASE), rule).toBe(true);
  });

  it('configure l’éditeur web /carnet/admin/ avec l’adresse publique du site', () => {
    const json = /<script type="application\/json" id="carnet-decap">([\s\S]*?)<\/script>/.exec(read('admin/index.html'))?.[1] ?? '{}';
    const data = JSON.parse(json) as { script: string; config: { site_url?: string; display_url?: string } };
    expect(data.script.startsWith(`${BASE}admin/`)).toBe(true);
    expect(data.config.site_url).toBe(PUBLIC);
    expect(data.config.display_url).toBe(PUBLIC);
  });
});
