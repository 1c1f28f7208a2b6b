/**
 * The network's figures on the built site: every chart of /reseau/ has a table with the numbers of
 * content/reseau.yaml, the home page shows the network's key figures with their date and source apart from
 * the Carnet's own counts, and each template's Word file is a valid archive holding its headings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { childrenNamed, parseXml, textOf, type XmlElement } from '../support/xml.ts';

const dist = path.resolve(process.env.CARNET_DIST ?? 'dist');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .trim();

interface Chiffre {
  serie: string;
  periode: string;
  valeur: number;
  date: string;
  source: number;
  cle?: boolean;
}
const data = parse(readFileSync(path.resolve('content/reseau.yaml'), 'utf8')) as { chiffres: Chiffre[]; sources: { url: string }[] };
const CHARTS = ['labs', 'reseau', 'evenements', 'themes-2020', 'financements'];

/** The rows of a chart's table: the label of each row and the value in its data-valeur. */
function tableRows(html: string, serie: string): { label: string; value: number }[] {
  const table = new RegExp(`<table[^>]*data-graphique-table="graphique-${serie}"[^>]*>([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => ({
    label: decode(/<th[^>]*>([\s\S]*?)<\/th>/.exec(m[1] ?? '')?.[1] ?? ''),
    value: Number(/data-valeur="([^"]+)"/.exec(m[1] ?? '')?.[1]),
  }));
}

describe('la page du réseau', () => {
  const html = read('reseau/index.html');

  it.each(CHARTS)('le graphique « %s » a un tableau avec les mêmes nombres que content/reseau.yaml', (serie) => {
    const expected = data.chiffres.filter((c) => c.serie === serie).map((c) => ({ label: c.periode, value: c.valeur }));
    expect(expected.length).toBeGreaterThan(0);
    expect(tableRows(html, serie)).toEqual(expected);
    const figure = new RegExp(`<figure[^>]*data-graphique="graphique-${serie}"[^>]*>([\\s\\S]*?)</figure>`).exec(html)?.[1] ?? '';
    expect(figure.match(/<rect class="carnet-chart__bar"/g)).toHaveLength(expected.length);
    expect(figure).toMatch(/<p class="carnet-chart__reading">[^<]{20,}<\/p>/);
  });

  it('n’a besoin d’aucun script pour ses graphiques', () => {
    const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
    expect(main.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '')).not.toContain('<script');
    expect(main).toContain('<svg');
  });

  it('donne l’histoire, l’espace presse, les données ouvertes et le contact', () => {
    for (const id of ['histoire', 'role-ditp', 'presse']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('href="/reseau/chiffres.csv"');
    const csv = read('reseau/chiffres.csv').trim().split('\r\n');
    expect(csv).toHaveLength(data.chiffres.length + 1);
  });
});

describe('la page d’accueil', () => {
  const html = read('index.html');
  const block = (name: string) => new RegExp(`<ul[^>]*data-chiffres="${name}"[^>]*>([\\s\\S]*?)</ul>`).exec(html)?.[1] ?? '';

  it('montre les chiffres clés du réseau avec leur date et un lien vers leur source, et renvoie à /reseau/', () => {
    const keys = data.chiffres.filter((c) => c.cle);
    expect(keys.length).toBeGreaterThan(0);
    const network = block('reseau');
    for (const c of keys) {
      const source = data.sources[c.source - 1];
      expect(network).toContain(`href="${source?.url}"`);
      expect(decode(network)).toContain(c.date.slice(0, 4));
    }
    expect(html).toMatch(/<a href="\/reseau\/">[^<]*chiffres/);
  });

  it('compte à part ce que contient le Carnet', () => {
    const carnet = block('carnet');
    const projets = readdirSync(path.resolve('content/projets')).filter(
      (f) => !/^brouillon: true$/m.test(readFileSync(path.resolve('content/projets', f), 'utf8')),
    ).length;
    expect(decode(carnet)).toMatch(new RegExp(`${projets}\\s*études de cas`));
    expect(block('reseau')).not.toContain('études de cas');
    expect(html.indexOf('data-chiffres="reseau"')).toBeLessThan(html.indexOf('data-chiffres="carnet"'));
  });
});

describe('les fichiers Word des modèles', () => {
  const ids = readdirSync(path.resolve('content/modeles')).map((f) => f.replace(/\.md$/, ''));
  const find = (el: XmlElement, name: string): XmlElement[] =>
    el.children.flatMap((c) => (typeof c === 'string' ? [] : [...(c.name === name ? [c] : []), ...find(c, name)]));

  it.each(ids)('%s.docx s’ouvre comme une archive dont le XML contient les titres du modèle', (id) => {
    const source = readFileSync(path.resolve(`content/modeles/${id}.md`), 'utf8');
    const files = unzipSync(new Uint8Array(readFileSync(path.join(dist, `modeles/${id}.docx`))));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const doc = parseXml(strFromU8(files['word/document.xml'] ?? new Uint8Array()));
    const headings = find(doc, 'w:p')
      .filter((p) => find(p, 'w:pStyle').some((s) => s.attributes['w:val'] === 'Heading1'))
      .map((p) => find(p, 'w:t').map(textOf).join(''));
    const expected = [...source.matchAll(/^## (.+)$/gm)].map((m) => (m[1] ?? '').replace(/\*\*/g, ''));
    expect(headings).toEqual(expected);
    const title = /^titre: "(.+)"$/m.exec(source)?.[1] ?? '';
    expect(find(doc, 'w:t').map(textOf).join('')).toContain(title.replace(/\\"/g, '"'));
    const size = find(doc, 'w:pgSz')[0]?.attributes ?? {};
    const paper = /^papier: (A\d)$/m.exec(source)?.[1];
    const landscape = /^orientation: paysage$/m.test(source);
    const long = paper === 'A3' ? '23811' : '16838';
    expect(landscape ? size['w:w'] : size['w:h']).toBe(long);
    expect(childrenNamed(doc, 'w:body').length).toBe(1);
  });
});
