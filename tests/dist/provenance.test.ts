/**
 * Trust, read on the built site: every case study ends with its sources (unless it says it is entirely an
 * example), real projects and the network's labs carry no page-wide notice, examples are marked where they
 * stand, and sources reach the JSON-LD, the feed and the open data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = path.resolve(process.env.CARNET_DIST ?? 'dist');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const pages = (folder: string) =>
  readdirSync(path.join(dist, folder), { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[a-z0-9-]+$/.test(d.name) && existsSync(path.join(dist, folder, d.name, 'index.html')))
    .map((d) => ({ id: d.name, html: read(path.join(folder, d.name, 'index.html')) }))
    .filter((p) => /<h1/.test(p.html) && !/<title>[^<]*\(page \d+\)/.test(p.html));

const NOTICE = 'carnet-provenance-notice';
const sourcesSection = (html: string) => /<section aria-labelledby="sources-titre"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? '{}') as Record<string, unknown>);

const projets = pages('projets').filter((p) => /Étude de cas/.test(p.html) && /id="sources-titre"|class="carnet-prose"/.test(p.html));
const labs = pages('labs');

describe('la provenance dans le site construit', () => {
  it('termine chaque étude de cas par ses sources, en liens https, sauf celles qui se disent entièrement un exemple', () => {
    expect(projets.length).toBeGreaterThan(20);
    for (const p of projets) {
      const whole = p.html.includes(NOTICE);
      const section = sourcesSection(p.html);
      if (whole) expect(section, p.id).toContain('Aucune source publique');
      else expect(section.match(/<a href="https:\/\/[^"]+"/g)?.length ?? 0, p.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('ne met aucun avertissement de page sur au moins 15 études de cas ni sur les 17 labs', () => {
    expect(projets.filter((p) => !p.html.includes(NOTICE)).length).toBeGreaterThanOrEqual(15);
    expect(labs.length).toBe(17);
    expect(labs.filter((l) => l.html.includes(NOTICE)).map((l) => l.id)).toEqual([]);
  });

  it('marque un chiffre d’exemple à côté du chiffre, avec une explication accessible', () => {
    const page = projets.find((p) => /<strong>[^<]+<\/strong> <span>[^<]+<\/span> <a class="fr-tag fr-tag--sm carnet-exemple"/.test(p.html));
    expect(page).toBeDefined();
    expect(page?.html).toContain('href="#definition-exemple"');
    expect(page?.html).toMatch(/<span class="fr-sr-only"> : donné à titre d’illustration, sans source publique/);
    expect(page?.html).toContain('id="definition-exemple"');
  });

  it('relie un chiffre sourcé à sa source, et cite les sources en JSON-LD', () => {
    const coco = read('projets/coco-velten/index.html');
    expect(coco).not.toContain(NOTICE);
    expect(coco).toContain('href="#source-1"');
    expect(sourcesSection(coco)).toContain('href="https://cocovelten.org/"');
    const article = jsonLd(coco).find((d) => d['@type'] === 'Article');
    expect((article?.['citation'] as { url: string }[]).map((c) => c.url)).toContain('https://cocovelten.org/');
  });

  it('dit « exemple » dans la carte, le flux et les données ouvertes d’une fiche d’exemple', () => {
    const example = projets.find((p) => p.html.includes(NOTICE));
    expect(example).toBeDefined();
    const id = example?.id ?? '';
    const card = new RegExp(`<div class="fr-card[^"]*">(?:(?!<div class="fr-card )[\\s\\S])*?href="[^"]*/projets/${id}/"(?:(?!<div class="fr-card )[\\s\\S])*?Cas d’exemple`);
    expect(labs.some((l) => card.test(l.html))).toBe(true);
    const feed = read('flux.xml');
    const item = new RegExp(`<item>(?:(?!</item>)[\\s\\S])*?/projets/${id}/(?:(?!</item>)[\\s\\S])*?</item>`).exec(feed)?.[0] ?? '';
    expect(item).toContain('<category>Exemple illustratif</category>');
    const rows = JSON.parse(read('donnees/projets.json')) as { id: string; provenance: string }[];
    expect(rows.find((r) => r.id === id)?.provenance).toBe('exemple');
    expect(rows.find((r) => r.id === 'coco-velten')?.provenance).not.toBe('exemple');
  });

  it('signale les exemples sur /essaimage/ et /enseignements/, avec leur définition', () => {
    for (const page of ['essaimage/index.html', 'enseignements/index.html']) {
      const html = read(page);
      expect(html, page).toContain('id="definition-exemple"');
      expect(html, page).toContain('Cas d’exemple');
    }
  });

  it('ne présente jamais un exemple comme un fait dans la description', () => {
    for (const p of projets.filter((x) => x.html.includes(NOTICE))) {
      expect(/<meta name="description" content="([^"]*)"/.exec(p.html)?.[1], p.id).toMatch(/^Cas d’exemple/);
    }
  });
});
