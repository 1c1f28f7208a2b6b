/**
 * Accessibility audit of the built site in real Chromium, in one pass over every page of the sitemap, the search
 * page with results and the 404: axe-core (WCAG 2.2 A and AA) in the light and dark themes at 1280 and 320 px,
 * the structure of each page (headings, landmarks, title, link names, images, tables, language), and reflow at
 * 320 px (no horizontal scroll, WCAG 1.4.10).
 */
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inParallel, settle, sitemapPaths, useSystemTheme, type Theme } from '../support/a11y.ts';
import { launch } from '../support/browser.ts';
import { serveDist, type StaticSite } from '../support/server.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [1280, 320] as const;
const THEMES: Theme[] = ['clair', 'sombre'];
const TABS = 3;
/** Link names that say nothing out of context (RGAA 6.1), compared lower-cased, without final punctuation. */
const GENERIC_LINKS = new Set([
  'ici',
  'cliquez ici',
  'cliquer ici',
  'en savoir plus',
  'savoir plus',
  'lire la suite',
  'la suite',
  'suite',
  'lire plus',
  'voir plus',
  'plus',
  'voir',
  'lien',
  'cliquez',
  'détails',
  'plus de détails',
  'plus d’informations',
  "plus d'informations",
  'accéder',
  'découvrir',
  'télécharger',
  'page',
  'consulter',
]);

/**
 * axe-core itself, as @axe-core/playwright ships it: injected once per page load and run for both themes, which
 * halves the time of AxeBuilder (it injects again and serializes every result at each analysis).
 */
const AXE_SOURCE: string = (createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core') as { source: string })
  .source;

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: (string | string[])[] }[];
}

let site: StaticSite;
let browser: BrowserContext;
let tabs: Page[];
/** The audited pages: the sitemap, the search with results, the 404. */
const targets = [...sitemapPaths(), '/recherche/?q=accueil', '/page-qui-nexiste-pas/', '/agenda/exemple/'];
const violations: string[] = [];
const structure: string[] = [];
const reflow: string[] = [];
const titles = new Map<string, string[]>();
let audits = 0;
let seconds = 0;

interface AxNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  backendDOMNodeId?: number;
}

interface DomNode {
  backendNodeId: number;
  children?: DomNode[];
}

/** Position of every DOM node in document order: the flat accessibility tree lists nodes in an order of its own. */
function documentOrder(root: DomNode): Map<number, number> {
  const order = new Map<number, number>();
  const stack = [root];
  while (stack.length) {
    const node = stack.pop() as DomNode;
    order.set(node.backendNodeId, order.size);
    stack.push(...(node.children ?? []).toReversed());
  }
  return order;
}

/** Headings, landmarks and links as Chromium's accessibility tree exposes them (names computed by the browser). */
async function accessibilityTree(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: DomNode };
    const order = documentOrder(root);
    const position = (n: AxNode) => order.get(n.backendDOMNodeId ?? -1) ?? Number.MAX_SAFE_INTEGER;
    const shown = nodes.filter((n) => !n.ignored).sort((a, b) => position(a) - position(b));
    const prop = (n: AxNode, name: string) => n.properties?.find((p) => p.name === name)?.value.value;
    return {
      headings: shown
        .filter((n) => n.role?.value === 'heading')
        .map((n) => ({ level: Number(prop(n, 'level')), name: n.name?.value ?? '' })),
      landmarks: shown.map((n) => n.role?.value ?? ''),
      links: shown
        .filter((n) => n.role?.value === 'link')
        .map((n) => ({
          name: (n.name?.value ?? '').trim(),
          description: (n.description?.value ?? '').trim(),
          url: String(prop(n, 'url') ?? ''),
        })),
    };
  } finally {
    await cdp.detach();
  }
}

/** What the accessibility tree cannot say: the markup of images, SVG, tables and languages, the title. */
function domFacts() {
  const problems: string[] = [];
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `<${el.tagName.toLowerCase()}${id}${cls}>`;
  };
  const lang = document.documentElement.getAttribute('lang');
  if (lang !== 'fr') problems.push(`<html lang="${lang ?? ''}"> au lieu de lang="fr"`);
  for (const img of document.querySelectorAll('img'))
    if (!img.hasAttribute('alt')) problems.push(`image sans attribut alt : ${img.getAttribute('src') ?? ''}`);
  for (const svg of document.querySelectorAll('svg')) {
    if (svg.parentElement?.closest('svg') || svg.closest('[aria-hidden="true"]')) continue;
    const role = svg.getAttribute('role');
    const named = svg.hasAttribute('aria-label') || svg.hasAttribute('aria-labelledby') || svg.querySelector(':scope > title') !== null;
    if (!role || (['img', 'group', 'graphics-document'].includes(role) && !named))
      problems.push(`SVG sans aria-hidden ni rôle et nom : ${describe(svg)}`);
  }
  for (const table of document.querySelectorAll('table:not([role="presentation"]):not([role="none"])')) {
    if (!table.querySelector('th')) problems.push(`tableau sans en-tête <th> : ${describe(table)}`);
    if (!table.querySelector(':scope > caption') && !table.hasAttribute('aria-label') && !table.hasAttribute('aria-labelledby'))
      problems.push(`tableau sans titre (caption) : ${describe(table)}`);
  }
  for (const el of document.querySelectorAll('[lang]'))
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(el.getAttribute('lang') ?? ''))
      problems.push(`langue invalide lang="${el.getAttribute('lang') ?? ''}" : ${describe(el)}`);
  // A passage in English without its lang: many English function words in a block whose language is French.
  const english = new Set([
    'the',
    'and',
    'with',
    'is',
    'are',
    'this',
    'that',
    'you',
    'your',
    'our',
    'which',
    'will',
    'have',
    'has',
    'been',
    'were',
    'what',
    'when',
    'how',
    'of',
    'to',
    'for',
  ]);
  for (const block of document.querySelectorAll('main :is(p, li, blockquote, dd, td, th, figcaption, h1, h2, h3, h4, h5, h6)')) {
    if (block.closest('code, pre') || !(block.closest('[lang]')?.getAttribute('lang') ?? 'fr').startsWith('fr')) continue;
    const words = (block.textContent ?? '').toLowerCase().match(/[a-zà-ÿ]+/g) ?? [];
    const hits = words.filter((w) => english.has(w)).length;
    if (hits >= 3 && hits / words.length >= 0.15)
      problems.push(`passage en anglais sans lang="en" : « ${(block.textContent ?? '').trim().slice(0, 80)} »`);
  }
  return { problems, title: document.title.trim(), h1: document.querySelector('h1')?.textContent?.trim() ?? '' };
}

/** Structure of one page: one h1, no skipped level, landmarks, title, link names, images, tables, languages. */
async function checkStructure(page: Page, where: string): Promise<void> {
  const problems: string[] = [];
  const tree = await accessibilityTree(page);
  const level1 = tree.headings.filter((h) => h.level === 1);
  if (level1.length !== 1) problems.push(`${level1.length} titres de niveau 1 au lieu d’un`);
  let previous = 0;
  for (const h of tree.headings) {
    if (h.level > previous + 1) problems.push(`niveau de titre sauté : h${h.level} « ${h.name} » après h${previous}`);
    previous = h.level;
  }
  for (const [role, label] of [
    ['banner', 'en-tête (header)'],
    ['main', 'contenu principal (main)'],
    ['contentinfo', 'pied de page (footer)'],
  ] as const) {
    const n = tree.landmarks.filter((r) => r === role).length;
    if (n !== 1) problems.push(`${n} régions « ${label} » au lieu d’une`);
  }
  if (!tree.landmarks.includes('navigation')) problems.push('aucune région de navigation (nav)');
  for (const link of tree.links) {
    const name = link.name
      .toLowerCase()
      .replace(/[\s.:…!]+$/u, '')
      .replace(/\s+/g, ' ');
    if (!name) problems.push(`lien sans nom accessible : ${link.url}`);
    else if (
      (GENERIC_LINKS.has(name) || /^\d+$/.test(name)) &&
      !(link.description.length > name.length && link.description.toLowerCase().includes(name))
    ) {
      problems.push(`lien à l’intitulé vague hors contexte « ${link.name} » : ${link.url}`);
    }
  }
  const dom = await page.evaluate(domFacts);
  problems.push(...dom.problems);
  if (!/ — Carnet des labs$/.test(dom.title) && !dom.title.startsWith('Carnet des labs — '))
    problems.push(`titre de page sans le nom du site : « ${dom.title} »`);
  // Meaningful: the title names the page's subject, as its h1 does (the one contains the other, or they share a word).
  const norm = (t: string) => t.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
  const subject = norm(dom.title.replace(/ — Carnet des labs$/, ''));
  const h1 = norm(dom.h1);
  const words = (t: string) => new Set(t.match(/[a-zà-ÿ0-9']{4,}/g) ?? []);
  const shared = [...words(subject)].some((w) => words(h1).has(w));
  if (where !== '/' && !subject.includes(h1) && !h1.includes(subject) && !shared)
    problems.push(`titre de page « ${dom.title} » sans rapport avec le h1 « ${dom.h1} »`);
  titles.set(dom.title, [...(titles.get(dom.title) ?? []), where]);
  for (const p of problems) structure.push(`${where} : ${p}`);
}

async function axe(page: Page, where: string, theme: Theme, width: number): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))),
    TAGS,
  );
  audits++;
  for (const v of found) {
    for (const node of v.nodes) violations.push(`${where} [${theme}, ${width} px] ${v.id} : ${node.target.flat().join(' ')} — ${v.help}`);
  }
}

async function auditPage(page: Page, { path, width }: { path: string; width: number }): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  const response = await page.goto(new URL(path.replace(/^\//, ''), site.url).href, { waitUntil: 'domcontentloaded' });
  if (!response) throw new Error(`${path} : pas de réponse`);
  if (path === '/recherche/?q=accueil') await page.waitForSelector('.carnet-result a');
  for (const theme of THEMES) {
    if (theme === 'clair') await settle(page, theme);
    else await useSystemTheme(page, theme);
    await axe(page, path, theme, width);
    if (theme === 'clair' && width === 1280) await checkStructure(page, path);
    if (theme === 'clair' && width === 320) {
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (scroll > client) reflow.push(`${path} : ${scroll} px de large pour ${client} px visibles`);
    }
  }
}

beforeAll(async () => {
  site = await serveDist();
  browser = await launch();
  tabs = await Promise.all(Array.from({ length: TABS }, () => browser.newPage()));
  const started = performance.now();
  const jobs = targets.flatMap((path) => WIDTHS.map((width) => ({ path, width })));
  await inParallel(jobs, tabs, auditPage);
  seconds = (performance.now() - started) / 1000;
  console.log(
    `Audit d’accessibilité : ${targets.length} pages × ${WIDTHS.length} largeurs × ${THEMES.length} thèmes = ${audits} analyses axe en ${seconds.toFixed(0)} s (${TABS} onglets).`,
  );
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('accessibilité de chaque page (axe-core, structure, redimensionnement)', () => {
  it('audite chaque page du plan du site, la recherche avec résultats et la 404, dans les deux thèmes et les deux largeurs', () => {
    expect(targets.length).toBeGreaterThan(100);
    expect(audits).toBe(targets.length * WIDTHS.length * THEMES.length);
  });

  it('n’a aucune violation axe-core WCAG 2.2 A et AA', () => {
    expect(violations, `${violations.length} violations :\n${violations.join('\n')}`).toEqual([]);
  });

  it('structure chaque page : un h1, pas de niveau sauté, régions, titre, liens, images, tableaux, langue', () => {
    expect(structure, structure.join('\n')).toEqual([]);
  });

  it('donne à chaque page un titre unique', () => {
    const duplicates = [...titles].filter(([, paths]) => paths.length > 1).map(([title, paths]) => `« ${title} » : ${paths.join(', ')}`);
    expect(duplicates, duplicates.join('\n')).toEqual([]);
  });

  it('n’a pas de défilement horizontal à 320 px de large (WCAG 1.4.10)', () => {
    expect(reflow, reflow.join('\n')).toEqual([]);
  });
});
