/** What search engines and link previews see, on every page of the built site's sitemap. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = path.resolve(process.env.CARNET_DIST ?? 'dist');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

interface Page {
  url: string;
  lastmod: string | undefined;
  html: string;
}

function sitemapPages(): Page[] {
  const xml = read('sitemap-0.xml');
  return [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => {
    const url = m[1] ?? '';
    const pathname = new URL(url).pathname;
    return { url, lastmod: m[2], html: read(path.join(pathname, 'index.html')) };
  });
}

const meta = (html: string, attr: 'name' | 'property', key: string) =>
  new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html)?.[1];
const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

const pages = sitemapPages();

describe('chaque page du plan du site', () => {
  it('a un titre et une description uniques et parlants', () => {
    const titles = pages.map((p) => decode(/<title>([^<]+)<\/title>/.exec(p.html)?.[1] ?? ''));
    const descriptions = pages.map((p) => decode(meta(p.html, 'name', 'description') ?? ''));
    expect(pages.length).toBeGreaterThan(100);
    for (const [i, t] of titles.entries()) expect(t.length, pages[i]?.url).toBeGreaterThan(15);
    for (const [i, d] of descriptions.entries()) expect(d.length, pages[i]?.url).toBeGreaterThan(50);
    const dupes = (list: string[]) => list.filter((x, i) => list.indexOf(x) !== i);
    expect(dupes(titles)).toEqual([]);
    expect(dupes(descriptions)).toEqual([]);
  });

  it('a une URL canonique absolue (la sienne) et les balises Open Graph et Twitter', () => {
    for (const p of pages) {
      expect(/<link rel="canonical" href="([^"]+)"/.exec(p.html)?.[1], p.url).toBe(p.url);
      expect(meta(p.html, 'property', 'og:url'), p.url).toBe(p.url);
      for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:locale'])
        expect(meta(p.html, 'property', key), `${p.url} ${key}`).toBeTruthy();
      expect(meta(p.html, 'name', 'twitter:card'), p.url).toBe('summary_large_image');
      const image = meta(p.html, 'property', 'og:image') ?? '';
      expect(image, p.url).toMatch(/^https?:\/\/.+\.png$/);
      expect(existsSync(path.join(dist, new URL(image).pathname)), `${p.url} : ${image}`).toBe(true);
      expect(/<html lang="fr"/.test(p.html), p.url).toBe(true);
    }
  });

  it('a une image de partage propre pour chaque étude de cas, méthode, pratique et lab', () => {
    for (const p of pages.filter((x) => /\/(projets|methodes|pratiques|labs)\/[a-z0-9-]+\/$/.test(new URL(x.url).pathname))) {
      const segments = new URL(p.url).pathname.split('/').filter(Boolean);
      expect(meta(p.html, 'property', 'og:image'), p.url).toContain(`/partage/${segments.at(-2)}/${segments.at(-1)}.png`);
    }
    const png = readFileSync(path.join(dist, 'partage/projets/conciergerie-de-rue.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

type Ld = Record<string, unknown> & { '@type': string };

describe('les données structurées (JSON-LD)', () => {
  const blocks = pages.flatMap((p) =>
    [...p.html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => ({ url: p.url, text: m[1] ?? '' })),
  );

  it('se lisent toutes et ont les propriétés que leur type exige', () => {
    const required: Record<string, string[]> = {
      Article: ['headline', 'description', 'datePublished', 'dateModified', 'author', 'publisher', 'about'],
      HowTo: ['name', 'description', 'step', 'totalTime', 'supply'],
      GovernmentOrganization: ['name', 'url', 'location'],
      BreadcrumbList: ['itemListElement'],
      WebSite: ['name', 'url'],
      // Google's event rich results: name, startDate, location; and what the issue asks (mode, status, organizer).
      Event: ['name', 'description', 'startDate', 'endDate', 'location', 'eventAttendanceMode', 'eventStatus', 'organizer', 'url'],
      EducationEvent: ['name', 'description', 'startDate', 'endDate', 'location', 'eventAttendanceMode', 'eventStatus', 'organizer', 'url'],
      Course: ['name', 'description', 'provider', 'url'],
    };
    for (const block of blocks) {
      const data = JSON.parse(block.text) as Ld;
      expect(data['@context'], block.url).toBe('https://schema.org');
      for (const key of required[data['@type']] ?? ['__type inconnu__'])
        expect(data[key], `${block.url} ${data['@type']}.${key}`).toBeDefined();
    }
  });

  it('chaque page a son fil d’Ariane, et chaque type de fiche son objet', () => {
    const byUrl = new Map<string, string[]>();
    for (const b of blocks) byUrl.set(b.url, [...(byUrl.get(b.url) ?? []), (JSON.parse(b.text) as Ld)['@type']]);
    for (const p of pages) expect(byUrl.get(p.url), p.url).toContain('BreadcrumbList');
    const typeOf = (section: string) =>
      pages.filter((p) => new RegExp(`/${section}/[a-z0-9-]+/$`).test(p.url)).map((p) => byUrl.get(p.url) ?? []);
    for (const types of typeOf('projets')) expect(types).toContain('Article');
    for (const types of typeOf('pratiques')) expect(types).toContain('Article');
    for (const types of typeOf('methodes')) expect(types).toContain('HowTo');
    for (const types of typeOf('labs')) expect(types).toContain('GovernmentOrganization');
    for (const types of typeOf('formations')) expect(types).toContain('Course');
    const events = pages.filter((p) => /\/agenda\/(?!exemple\/)[a-z0-9-]+\/$/.test(p.url)).map((p) => byUrl.get(p.url) ?? []);
    expect(events.length).toBeGreaterThan(40);
    for (const types of events) expect(types.some((t) => t === 'Event' || t === 'EducationEvent')).toBe(true);
  });

  it('décrit une étude de cas avec sa région, ses auteurs et ses dates, et une méthode avec ses étapes', () => {
    const find = (suffix: string, type: string) =>
      blocks
        .filter((b) => b.url.endsWith(suffix))
        .map((b) => JSON.parse(b.text) as Ld)
        .find((d) => d['@type'] === type);
    const article = find('/projets/conciergerie-de-rue/', 'Article');
    expect(article?.spatialCoverage).toMatchObject({ '@type': 'AdministrativeArea', name: 'Nouvelle-Aquitaine' });
    expect(article?.author).toEqual([expect.objectContaining({ '@type': 'GovernmentOrganization', name: 'LaBase' })]);
    const howto = find('/methodes/entretien-usager/', 'HowTo');
    expect((howto?.step as unknown[]).length).toBeGreaterThanOrEqual(5);
    expect((howto?.step as Record<string, unknown>[])[0]).toMatchObject({ '@type': 'HowToStep', position: 1 });
    const lab = find('/labs/ti-lab/', 'GovernmentOrganization');
    expect(lab?.location).toMatchObject({ '@type': 'Place', geo: { '@type': 'GeoCoordinates' } });
  });
});

describe('le plan du site et robots.txt', () => {
  it('robots.txt nomme le plan du site et écarte l’éditeur web', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
    expect(robots).toMatch(/^Disallow: \/(\S+\/)?admin\/$/m);
    expect(read('sitemap-index.xml')).toContain('sitemap-0.xml');
  });

  it('écarte les brouillons, l’éditeur web et la page 404, et date les fiches', () => {
    const urls = pages.map((p) => new URL(p.url).pathname);
    expect(urls.filter((u) => /tiers-lieu-services-publics|\/admin\/|404/.test(u))).toEqual([]);
    for (const p of pages.filter((x) => /\/(projets|methodes|pratiques)\/[a-z0-9-]+\/$/.test(x.url)))
      expect(p.lastmod, p.url).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });
});
