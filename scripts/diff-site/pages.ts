/**
 * Compares two builds of the site page by page (`npm run diff-site -- AVANT APRES`): the pages a change
 * adds, changes and removes. Only what a reader is shown counts: the <title>, the meta description and
 * the text of <main>. Build noise is left out: hashed asset names, the Pagefind index, share images,
 * non-HTML files (feeds, sitemap, open data) and what depends on the day of the build.
 */

/** What a reader is shown of a page, once the build noise is taken out. */
export interface PageSignature {
  title: string;
  description: string;
  text: string;
}

/** Which part of a changed page differs. */
export type PagePart = 'titre' | 'description' | 'contenu';

export interface PageEntry {
  /** Site path, from the root of the build folder: "/projets/x/". */
  path: string;
  /** The page's title, without the site name. */
  title: string;
}

export interface ChangedPage extends PageEntry {
  parts: PagePart[];
}

export interface SiteDiff {
  added: PageEntry[];
  changed: ChangedPage[];
  removed: PageEntry[];
  /** Pages present in both builds. */
  compared: number;
}

/** Folders of a build that hold no page: hashed assets, the search index, share images. */
const NOT_PAGES = ['_assets/', 'pagefind/', 'partage/'];

/** "projets/x/index.html" → "/projets/x/", "404.html" → "/404.html"; undefined for a file that is not a page. */
export function pagePath(file: string): string | undefined {
  const rel = file
    .split('\\')
    .join('/')
    .replace(/^\.?\/+/, '');
  if (!rel.endsWith('.html') || NOT_PAGES.some((dir) => rel.startsWith(dir))) return undefined;
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  mdash: '—',
  ndash: '–',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Visible text of an HTML fragment, whitespace collapsed. */
function textOf(html: string): string {
  const withoutTags = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(withoutTags).replace(/\s+/g, ' ').trim();
}

/**
 * Build noise inside <main>:
 * - hashed asset names ("/_assets/site.B1x2C3d4.css" → "/_assets/site.css"), should one appear in a text;
 * - the "not reviewed for two years" notice of a content page, which depends on the day of the build
 *   (src/components/Freshness.astro): the dates next to it, which do come from the content, stay.
 */
export function withoutBuildNoise(html: string): string {
  return html
    .replace(/(\/_assets\/[\w.-]+?)\.[\w-]{8}(\.[a-z0-9]+)\b/gi, '$1$2')
    .replace(/(<div class="carnet-freshness[^"]*"[^>]*>\s*<p\b[\s\S]*?<\/p>)\s*<div class="fr-alert\b[^"]*">[\s\S]*?<\/div>/g, '$1');
}

/** The value of an attribute in one tag's source, decoded. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return match ? decodeEntities(match[1] ?? match[2] ?? '') : undefined;
}

export function pageSignature(html: string): PageSignature {
  const title = textOf(/<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '');
  const metaDescription = (html.match(/<meta\b[^>]*>/gi) ?? []).find((tag) => attribute(tag, 'name')?.toLowerCase() === 'description');
  const description = (metaDescription && attribute(metaDescription, 'content')?.replace(/\s+/g, ' ').trim()) ?? '';
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/i.exec(html)?.[1] ?? '';
  return { title, description, text: textOf(withoutBuildNoise(main)) };
}

/** "Études de cas — Carnet des labs" → "Études de cas". */
export function shortTitle(title: string): string {
  return title.replace(/\s+—\s+[^—]+$/, '') || title;
}

/** Compares two builds, each a map from page path to signature. Lists are sorted by path. */
export function diffSites(before: ReadonlyMap<string, PageSignature>, after: ReadonlyMap<string, PageSignature>): SiteDiff {
  const added: PageEntry[] = [];
  const changed: ChangedPage[] = [];
  const removed: PageEntry[] = [];
  let compared = 0;
  for (const [path, page] of after) {
    const old = before.get(path);
    if (!old) {
      added.push({ path, title: shortTitle(page.title) });
      continue;
    }
    compared += 1;
    const parts: PagePart[] = [];
    if (old.title !== page.title) parts.push('titre');
    if (old.description !== page.description) parts.push('description');
    if (old.text !== page.text) parts.push('contenu');
    if (parts.length) changed.push({ path, title: shortTitle(page.title), parts });
  }
  for (const [path, page] of before) if (!after.has(path)) removed.push({ path, title: shortTitle(page.title) });
  const byPath = (a: PageEntry, b: PageEntry) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { added: added.sort(byPath), changed: changed.sort(byPath), removed: removed.sort(byPath), compared };
}

/** "1 page ajoutée", "3 pages modifiées", "aucune page supprimée". */
function count(n: number, word: 'ajoutée' | 'modifiée' | 'supprimée'): string {
  if (n === 0) return `aucune page ${word}`;
  return n === 1 ? `1 page ${word}` : `${n} pages ${word}s`;
}

export function summaryLine(diff: SiteDiff): string {
  const line = `${count(diff.added.length, 'ajoutée')}, ${count(diff.changed.length, 'modifiée')}, ${count(diff.removed.length, 'supprimée')}`;
  return line.charAt(0).toUpperCase() + line.slice(1);
}

const partsText = (parts: PagePart[]) => parts.join(', ');

/** "(34 pages présentes dans les deux versions)". */
const comparedText = (n: number) => `(${n} page${n > 1 ? 's présentes' : ' présente'} dans les deux versions)`;

/** Plain text: one line per page ("ajoutée  /projets/x/  Titre"), then the counts. */
export function formatText(diff: SiteDiff): string {
  const lines = [
    ...diff.added.map((p) => `ajoutée   ${p.path}  ${p.title}`),
    ...diff.changed.map((p) => `modifiée  ${p.path}  ${p.title} (${partsText(p.parts)})`),
    ...diff.removed.map((p) => `supprimée ${p.path}  ${p.title}`),
  ];
  const total = `${summaryLine(diff)} ${comparedText(diff.compared)}.`;
  return [...(lines.length ? [...lines, ''] : ['Aucune page ne change.']), total].join('\n');
}

/** Text from a contribution, made inert inside Markdown (the job summary renders Markdown and some HTML). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~!]/g, (c) => `\\${c}`).replace(/&/g, '&amp;');
}

export interface MarkdownOptions {
  /** The "before" build, as shown to the reader: its folder, or a branch name. */
  before?: string;
  /** The "after" build. */
  after?: string;
  /** Longest list shown per section; the rest is counted (the job summary is limited to 1 Mio). */
  limit?: number;
}

/** The comparison for a pull request's job summary ($GITHUB_STEP_SUMMARY). */
export function formatMarkdown(diff: SiteDiff, options: MarkdownOptions = {}): string {
  const { limit = 200 } = options;
  const code = (label: string | undefined) => (label ? ` (\`${label.replace(/`/g, '')}\`)` : '');
  const item = (p: PageEntry, extra = '') => `- \`${p.path.replace(/`/g, '')}\` — ${escapeMarkdown(p.title)}${extra}`;
  const section = <P extends PageEntry>(title: string, pages: P[], render: (p: P) => string) => {
    if (pages.length === 0) return [];
    const shown = pages.slice(0, limit).map(render);
    const rest = pages.length - shown.length;
    return [`### ${title} (${pages.length})`, '', ...shown, ...(rest > 0 ? [`- … et ${rest} autres`] : []), ''];
  };
  const none = diff.added.length + diff.changed.length + diff.removed.length === 0;
  return [
    '## 🔎 Pages du site touchées',
    '',
    `Comparaison, page par page, du site construit avant${code(options.before)} et après${code(options.after)} : titre, description et texte de chaque page. Les fichiers de construction (noms des fichiers CSS et JavaScript, index de recherche, images de partage, flux, plan du site) ne comptent pas.`,
    '',
    `**${summaryLine(diff)}** ${comparedText(diff.compared)}.`,
    '',
    ...(none ? ['Aucune page ne change.', ''] : []),
    ...section('Pages ajoutées', diff.added, (p) => item(p)),
    ...section('Pages modifiées', diff.changed, (p) => item(p, ` (${partsText(p.parts)})`)),
    ...section('Pages supprimées', diff.removed, (p) => item(p)),
  ].join('\n');
}
