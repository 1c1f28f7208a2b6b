/**
 * RSS feeds: what is new on the whole site, and per theme, region and lab. Pure: the flux.xml.ts
 * routes under src/pages hand the result to @astrojs/rss, and the pages announce the feeds.
 */
import { metaDescription, PROVENANCE_TEXT, provenanceOf } from './provenance.ts';
import type { RSSOptions } from '@astrojs/rss';
import { formatDuree } from './cards.ts';
import { escapeAttribute } from './html.ts';
import { buildGraph, type Corpus, type Graph, type Methode, type Pratique, type Projet } from './graph.ts';
import { absolute, href, url } from './paths.ts';
import { withoutDrafts } from './published.ts';
import { label } from './labels.ts';
import { region, REGIONS } from './regions.ts';
import { SITE } from './site.ts';

export type FeedItemKind = 'projet' | 'methode' | 'pratique' | 'evenement' | 'formation';

export interface FeedItem {
  kind: FeedItemKind;
  /** Id of the entry in its collection. */
  id: string;
  title: string;
  /** Absolute URL of the entry's page. */
  link: string;
  /** First publication (`publie`), not the last update: a feed announces what is new. */
  pubDate: Date;
  /** The summary, then the entry's kind, lab, region and themes, as plain text. */
  description: string;
  /** Kind, themes, region and lab names, for readers that sort by category. */
  categories: string[];
}

export interface Feed {
  title: string;
  description: string;
  /** Site path of the feed, with the base path (for <link rel="alternate"> and visible links). */
  path: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  self: string;
  /** Absolute URL of the page the feed belongs to (the channel's <link>). */
  link: string;
  /** Newest first. */
  items: FeedItem[];
}

/** Where each feed is served; the routes under src/pages mirror these paths. */
export const feedPath = {
  all: () => href('/flux.xml'),
  theme: (id: string) => href(`/thematiques/${id}/flux.xml`),
  region: (code: string) => href(`/regions/${code}/flux.xml`),
  lab: (id: string) => href(`/labs/${id}/flux.xml`),
};

const KIND_LABEL: Record<FeedItemKind, string> = {
  projet: 'Étude de cas',
  methode: 'Fiche méthode',
  pratique: 'Bonne pratique',
  evenement: 'Événement',
  formation: 'Formation',
};

const newestFirst = (a: FeedItem, b: FeedItem) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link);
const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

/** "Résumé. — Étude de cas · Lab : Ti Lab · Région : Bretagne · Thématiques : Design, Emploi." */
function describe(resume: string, facts: [string, string[]][], kind: FeedItemKind): string {
  const parts = [
    KIND_LABEL[kind],
    ...facts.filter(([, values]) => values.length > 0).map(([label, values]) => `${label} : ${values.join(', ')}`),
  ];
  return `${resume} — ${parts.join(' · ')}.`;
}

/** Every feed of the published corpus, with absolute links on `site` (Astro.site). */
/** Feed readers want what is new, not the whole archive: the most recent entries only. */
export const FEED_SIZE = 50;

export function buildFeeds(input: Corpus, site: URL | string) {
  const corpus = withoutDrafts(input);
  const g: Graph = buildGraph(corpus);
  const themeName = (id: string) => label('thematique', id, g);
  const labName = (id: string) => label('lab', id, g);
  const regionName = (code: string) => label('region', code);

  /** The item of an entry's page: its title, address and first publication, its summary and facts, its categories. */
  function item(
    kind: 'projet' | 'methode' | 'pratique',
    entry: { id: string; data: { titre: string; publie: Date } },
    resume: string,
    facts: [string, string[]][],
    categories: string[],
  ): FeedItem {
    return {
      kind,
      id: entry.id,
      title: entry.data.titre,
      link: absolute(url[kind](entry.id), site),
      pubDate: entry.data.publie,
      description: describe(resume, facts, kind),
      categories,
    };
  }

  function projetItem(p: Projet): FeedItem {
    const themes = p.data.thematiques.map((t) => themeName(t.id));
    const labs = [p.data.lab.id, ...p.data.autresLabs.map((l) => l.id)].map(labName);
    const reg = regionName(g.regionOf(p));
    const status = provenanceOf(p.data);
    return item(
      'projet',
      p,
      metaDescription(p.data.resume, status),
      [
        [labs.length > 1 ? 'Labs' : 'Lab', labs],
        ['Région', [reg]],
        [themes.length > 1 ? 'Thématiques' : 'Thématique', themes],
      ],
      unique([KIND_LABEL.projet, PROVENANCE_TEXT[status].category, ...themes, reg, ...labs]),
    );
  }

  function methodeItem(m: Methode): FeedItem {
    const d = m.data;
    return item(
      'methode',
      m,
      d.resume,
      [
        ['Phase', [label('phase', d.phase)]],
        ['Durée', [formatDuree(d.duree)]],
        ['Difficulté', [label('difficulte', d.difficulte)]],
      ],
      [KIND_LABEL.methode, label('phase', d.phase)],
    );
  }

  function pratiqueItem(p: Pratique): FeedItem {
    const themes = p.data.thematiques.map((t) => themeName(t.id));
    const examples = p.data.projets.flatMap((ref) => {
      const projet = g.projetsById.get(ref.id);
      return projet ? [projet] : [];
    });
    const labs = unique(examples.map((x) => labName(x.data.lab.id)));
    const regions = unique(examples.map((x) => regionName(g.regionOf(x))));
    return item(
      'pratique',
      p,
      p.data.resume,
      [
        [themes.length > 1 ? 'Thématiques' : 'Thématique', themes],
        [labs.length > 1 ? 'Labs' : 'Lab', labs],
        [regions.length > 1 ? 'Régions' : 'Région', regions],
      ],
      unique([KIND_LABEL.pratique, ...themes, ...regions, ...labs]),
    );
  }

  const projetItems = new Map(g.projets.map((p) => [p.id, projetItem(p)]));
  const pratiqueItems = new Map(corpus.pratiques.map((p) => [p.id, pratiqueItem(p)]));
  const ofProjets = (list: Projet[]) => list.flatMap((p) => projetItems.get(p.id) ?? []);
  const ofPratiques = (list: Pratique[]) => list.flatMap((p) => pratiqueItems.get(p.id) ?? []);

  function feed(title: string, description: string, path: string, page: string, items: FeedItem[]): Feed {
    return {
      title: `${title} — ${SITE.name}`,
      description,
      path,
      self: absolute(path, site),
      link: absolute(page, site),
      items: [...items].sort(newestFirst).slice(0, FEED_SIZE),
    };
  }

  const all = feed(
    'Nouveautés',
    'Les dernières études de cas, fiches méthodes et bonnes pratiques publiées par les laboratoires d’innovation territoriale.',
    feedPath.all(),
    url.home(),
    [...projetItems.values(), ...corpus.methodes.map(methodeItem), ...pratiqueItems.values()],
  );

  /** A theme's case studies and best practices (methods have no theme). */
  function theme(id: string): Feed | undefined {
    const t = g.themes.get(id);
    if (!t) return undefined;
    return feed(
      `Thématique « ${t.data.libelle} »`,
      `Les nouvelles études de cas et bonnes pratiques des labs d’innovation territoriale sur la thématique « ${t.data.libelle} ». ${t.data.description}`,
      feedPath.theme(id),
      url.thematique(id),
      [...ofProjets(g.projetsOfTheme(id)), ...ofPratiques(g.pratiquesOfTheme(id))],
    );
  }

  /** A region's case studies; none for a region without any, where a feed would stay empty. */
  function regionFeed(code: string): Feed | undefined {
    const projets = g.projetsOfRegion(code);
    if (projets.length === 0 || !REGIONS.some((r) => r.code === code)) return undefined;
    const r = region(code);
    return feed(
      `Innovation publique ${r.dans}`,
      `Les nouvelles études de cas des laboratoires d’innovation territoriale ${r.dans}.`,
      feedPath.region(code),
      url.region(code),
      ofProjets(projets),
    );
  }

  /** A lab's case studies, led or joined; every lab has one, so readers can follow a lab before its first publication. */
  function lab(id: string): Feed | undefined {
    const l = g.labs.get(id);
    if (!l) return undefined;
    return feed(
      l.data.nom,
      `Les nouvelles études de cas du laboratoire d’innovation territoriale « ${l.data.nom} » (${l.data.ville}, ${label('region', l.data.region)}).`,
      feedPath.lab(id),
      url.lab(id),
      ofProjets(g.projetsOfLab(id)),
    );
  }

  return {
    all,
    theme,
    region: regionFeed,
    lab,
    /** Themes, regions and labs that have a feed, for the routes' getStaticPaths. */
    themeIds: [...g.themes.keys()],
    regionCodes: REGIONS.map((r) => r.code).filter((code) => g.projetsOfRegion(code).length > 0),
    labIds: [...g.labs.keys()],
  };
}

export type Feeds = ReturnType<typeof buildFeeds>;

/** How a page announces a feed (BaseLayout's `feeds` prop). */
export function feedLink(feed: Feed): { title: string; href: string } {
  return { title: feed.title, href: feed.path };
}

/** The options @astrojs/rss turns into the XML: French channel, self link, licence. */
export function rssOptions(feed: Feed): RSSOptions {
  return {
    title: feed.title,
    description: feed.description,
    site: feed.link,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>fr</language>',
      `<copyright>Licence Ouverte / Etalab 2.0 — ${SITE.publisher}</copyright>`,
      `<atom:link href="${escapeAttribute(feed.self)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: feed.items.map((i) => ({
      title: i.title,
      link: i.link,
      pubDate: i.pubDate,
      description: i.description,
      categories: i.categories,
    })),
  };
}
