/**
 * The feeds and open data files of the built site (CARNET_DIST, dist/ by default), checked against the
 * corpus as the content checker reads it: every published entry where it belongs, no draft anywhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemas } from '../../src/model/index.ts';
import { loadCorpus, type CorpusEntry } from '../../src/lib/content/corpus.ts';
import { DATASETS } from '../../src/lib/opendata.ts';
import { FEED_SIZE } from '../../src/lib/feeds.ts';
import { parseCsv } from '../support/csv.ts';
import { child, childrenNamed, parseXml, textOf, type XmlElement } from '../support/xml.ts';

const dist = path.resolve(process.env.CARNET_DIST ?? 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const DRAFT = 'tiers-lieu-services-publics';

const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
/** The file of the build an href of the site points to ("/carnet/regions/53/flux.xml" → "regions/53/flux.xml"). */
const fileOf = (href: string) => {
  const pathname = new URL(href, 'http://site.test/').pathname;
  expect(pathname.startsWith(base), href).toBe(true);
  return pathname.slice(base.length);
};

function walk(dir: string): string[] {
  return readdirSync(path.join(dist, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(dir, d.name);
    return d.isDirectory() ? walk(rel) : [rel];
  });
}

interface Expected {
  published: Record<'projets' | 'methodes' | 'pratiques' | 'labs' | 'thematiques' | 'evenements' | 'formations', string[]>;
  drafts: string[];
  themesOf: Map<string, string[]>;
  labsOf: Map<string, string[]>;
  regionOf: Map<string, string>;
}
let expected: Expected;

beforeAll(() => {
  const { entries, problems } = loadCorpus(path.resolve(process.env.CARNET_CONTENT_ROOT ?? '.'), schemas);
  expect(problems).toEqual([]);
  const live = (list: CorpusEntry[]) => list.filter((e) => !e.draft);
  const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const labRegion = new Map(entries.labs.map((l) => [l.id, String(l.raw['region'])]));
  const projets = live(entries.projets);
  expected = {
    published: {
      projets: projets.map((e) => e.id),
      methodes: live(entries.methodes).map((e) => e.id),
      pratiques: live(entries.pratiques).map((e) => e.id),
      labs: entries.labs.map((e) => e.id),
      thematiques: entries.thematiques.map((e) => e.id),
      evenements: live(entries.evenements).map((e) => e.id),
      formations: live(entries.formations).map((e) => e.id),
    },
    drafts: [...entries.projets, ...entries.methodes, ...entries.pratiques].filter((e) => e.draft).map((e) => e.id),
    themesOf: new Map([...projets, ...live(entries.pratiques)].map((e) => [`${e.collection}/${e.id}`, strings(e.raw['thematiques'])])),
    labsOf: new Map(projets.map((e) => [e.id, [String(e.raw['lab']), ...strings(e.raw['autresLabs'])]])),
    regionOf: new Map(projets.map((e) => [e.id, String(e.raw['region'] ?? labRegion.get(String(e.raw['lab'])))])),
  };
  expect(expected.drafts).toContain(DRAFT);
});

interface ParsedFeed {
  file: string;
  channel: XmlElement;
  /** "projets/x", "methodes/y", "pratiques/z", in the feed's order. */
  entries: string[];
  dates: number[];
}

function readFeed(file: string): ParsedFeed {
  const rss = parseXml(read(file));
  expect(rss.name, file).toBe('rss');
  expect(rss.attributes['version'], file).toBe('2.0');
  const channel = child(rss, 'channel');
  const items = childrenNamed(channel, 'item');
  const entries = items.map((item) => {
    const link = textOf(child(item, 'link'));
    const m = /\/(projets|methodes|pratiques)\/([a-z0-9-]+)\/$/.exec(new URL(link).pathname);
    expect(m, `${file} : lien ${link}`).not.toBeNull();
    expect(textOf(child(item, 'guid')), file).toBe(link);
    expect(textOf(child(item, 'title')).length, file).toBeGreaterThan(5);
    expect(textOf(child(item, 'description')).length, file).toBeGreaterThan(40);
    return `${m?.[1]}/${m?.[2]}`;
  });
  const dates = items.map((item) => Date.parse(textOf(child(item, 'pubDate'))));
  for (const d of dates) expect(Number.isNaN(d), file).toBe(false);
  return { file, channel, entries, dates };
}

const sorted = (list: string[]) => [...list].sort();

describe('les flux RSS du site construit', () => {
  let feeds: ParsedFeed[];
  beforeAll(() => {
    feeds = walk('.')
      // The agenda's feed (events and trainings) has its own test (tests/dist/agenda.test.ts).
      .filter((f) => path.basename(f) === 'flux.xml' && !f.startsWith('agenda/'))
      .map(readFeed);
  });
  const feed = (file: string) => {
    const found = feeds.find((f) => f.file === file);
    if (!found) throw new Error(`${file} absent du site construit`);
    return found;
  };

  it('sont du XML bien formé, RSS 2.0 en français, avec leur propre adresse et celle de leur page', () => {
    const regions = new Set(expected.regionOf.values());
    expect(feeds.length).toBe(1 + expected.published.thematiques.length + regions.size + expected.published.labs.length);
    for (const f of feeds) {
      expect(textOf(child(f.channel, 'language')), f.file).toBe('fr');
      expect(textOf(child(f.channel, 'title')), f.file).toMatch(/ — Carnet des labs$/);
      expect(textOf(child(f.channel, 'description')).length, f.file).toBeGreaterThan(40);
      expect(fileOf(child(f.channel, 'atom:link').attributes['href'] ?? ''), f.file).toBe(f.file);
      const page = fileOf(textOf(child(f.channel, 'link')));
      expect(existsSync(path.join(dist, page, 'index.html')), `${f.file} : page ${page}`).toBe(true);
      expect(f.dates, `${f.file} : du plus récent au plus ancien`).toEqual([...f.dates].sort((a, b) => b - a));
    }
  });

  it('le flux des nouveautés a chaque étude de cas, méthode et bonne pratique publiée, une fois', () => {
    const all = feed('flux.xml');
    const { projets, methodes, pratiques } = expected.published;
    const published = [
      ...projets.map((id) => `projets/${id}`),
      ...methodes.map((id) => `methodes/${id}`),
      ...pratiques.map((id) => `pratiques/${id}`),
    ];
    // Beyond FEED_SIZE entries, the feed keeps the newest ones only.
    expect(all.entries).toHaveLength(Math.min(FEED_SIZE, published.length));
    expect(new Set(all.entries).size).toBe(all.entries.length);
    for (const entry of all.entries) expect(published).toContain(entry);
  });

  it('le flux d’une thématique a exactement ses études de cas et bonnes pratiques', () => {
    for (const theme of expected.published.thematiques) {
      const wanted = [...expected.themesOf].filter(([, themes]) => themes.includes(theme)).map(([key]) => key);
      expect(sorted(feed(`thematiques/${theme}/flux.xml`).entries), theme).toEqual(sorted(wanted));
    }
  });

  it('le flux d’une région a exactement ses études de cas, et seules les régions qui en ont ont un flux', () => {
    const regions = new Set(expected.regionOf.values());
    expect(sorted(feeds.filter((f) => f.file.startsWith('regions/')).map((f) => f.file))).toEqual(
      sorted([...regions].map((r) => `regions/${r}/flux.xml`)),
    );
    for (const code of regions) {
      const wanted = [...expected.regionOf].filter(([, r]) => r === code).map(([id]) => `projets/${id}`);
      expect(sorted(feed(`regions/${code}/flux.xml`).entries), code).toEqual(sorted(wanted));
    }
  });

  it('le flux d’un lab a exactement les études de cas qu’il a conduites ou rejointes', () => {
    for (const lab of expected.published.labs) {
      const wanted = [...expected.labsOf].filter(([, labs]) => labs.includes(lab)).map(([id]) => `projets/${id}`);
      expect(sorted(feed(`labs/${lab}/flux.xml`).entries), lab).toEqual(sorted(wanted));
    }
  });
});

describe('les données ouvertes du site construit', () => {
  const documented = (id: string): string[] => {
    const html = read('donnees/index.html');
    const start = html.indexOf(`id="jeu-${id}"`);
    expect(start, `/donnees/ documente le jeu ${id}`).toBeGreaterThan(0);
    const section = html.slice(start, html.indexOf('</section>', start));
    return [...section.matchAll(/<th scope="row"[^>]*><code[^>]*>([^<]+)<\/code><\/th>/g)].map((m) => m[1] ?? '');
  };

  it('publie chaque jeu en JSON et en CSV, avec toutes les fiches publiées et les champs documentés, dans l’ordre', () => {
    for (const dataset of DATASETS) {
      const id = dataset.id as keyof Expected['published'];
      const columns = documented(id);
      expect(columns, id).toEqual(dataset.columns.map((c) => c.name));

      const json = JSON.parse(read(`donnees/${id}.json`)) as Record<string, unknown>[];
      expect(sorted(json.map((r) => String(r['id']))), `${id}.json`).toEqual(sorted(expected.published[id]));
      for (const row of json) expect(Object.keys(row), `${id}.json`).toEqual(columns);

      const text = read(`donnees/${id}.csv`);
      expect(text.startsWith('\uFEFF'), `${id}.csv : BOM UTF-8`).toBe(true);
      const [header, ...rows] = parseCsv(text.slice(1), ';');
      expect(header, `${id}.csv : en-tête`).toEqual(columns);
      for (const row of rows) expect(row.length, `${id}.csv : ${row[0]}`).toBe(columns.length);
      expect(
        rows.map((r) => r[0]),
        `${id}.csv`,
      ).toEqual(json.map((r) => String(r['id'])));
    }
  });

  it('écrit les dates au format AAAA-MM-JJ', () => {
    const json = JSON.parse(read('donnees/projets.json')) as Record<string, unknown>[];
    for (const row of json) {
      expect(row['publie']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row['debut']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('est liée depuis le pied de page et le plan du site', () => {
    expect(read('index.html')).toContain(`href="${base}donnees/">Données ouvertes</a>`);
    expect(read('plan-du-site/index.html')).toContain(`href="${base}donnees/">Données ouvertes</a>`);
  });
});

describe('les brouillons', () => {
  it(`n’apparaissent nulle part : ni page, ni flux, ni export (${DRAFT})`, () => {
    const texts = walk('.').filter((f) => /\.(html|xml|json|csv|txt)$/.test(f));
    expect(texts.length).toBeGreaterThan(100);
    for (const file of texts) {
      const text = read(file);
      for (const draft of expected.drafts) expect(text.includes(draft), `${draft} dans ${file}`).toBe(false);
    }
  });
});

describe('l’annonce des flux sur les pages', () => {
  /** The feeds a page announces in its head, and its visible "S’abonner (RSS)" link. */
  function announced(page: string): { alternates: string[]; visible: string[] } {
    const html = read(page);
    const alternates = [...html.matchAll(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="([^"]+)">/g)].map((m) =>
      fileOf(m[1] ?? ''),
    );
    const visible = [...html.matchAll(/<a class="fr-link" href="([^"]+)" type="application\/rss\+xml">S’abonner \(RSS\)/g)].map((m) =>
      fileOf(m[1] ?? ''),
    );
    return { alternates, visible };
  }

  it('l’accueil et la liste des études de cas annoncent le flux des nouveautés', () => {
    for (const page of ['index.html', 'projets/index.html']) {
      expect(announced(page), page).toEqual({ alternates: ['flux.xml'], visible: ['flux.xml'] });
    }
  });

  it('chaque page de thématique, de région et de lab annonce son flux, qui existe', () => {
    const pages = [
      ...expected.published.thematiques.map((id) => `thematiques/${id}/`),
      ...[...new Set(expected.regionOf.values())].map((code) => `regions/${code}/`),
      ...expected.published.labs.map((id) => `labs/${id}/`),
    ];
    for (const page of pages) {
      const { alternates, visible } = announced(`${page}index.html`);
      expect(alternates, page).toEqual([`${page}flux.xml`]);
      expect(visible, page).toEqual([`${page}flux.xml`]);
      expect(existsSync(path.join(dist, page, 'flux.xml')), page).toBe(true);
    }
  });

  it('une liste filtrée par thématique annonce aussi le flux de la thématique', () => {
    const theme = expected.published.thematiques[0] ?? '';
    const page = `projets/thematique/${theme}/index.html`;
    expect(announced(page).alternates, page).toEqual([`thematiques/${theme}/flux.xml`, 'flux.xml']);
  });
});
