/**
 * Contributed Markdown and MDX, parsed (never compiled to code), checked against the allowed subset,
 * then rendered to HTML. Nothing in a contributed file can run at build time: MDX is only parsed.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { MDX_COMPONENTS } from '../../components/mdx/index.ts';
import type { Problem } from './problems.ts';
import { classifyUrl } from './urls.ts';
import { SITE_PATH } from '../../model/fields.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface BodyImage {
  url: string;
  alt: string;
  line: number;
  column: number;
}

/** A link of a body to a page or file of this site ("/methodes/personas/"); the links step checks it exists. */
export interface SiteLink {
  url: string;
  line: number;
  column: number;
}

/** A step of a method (the ordered list under "## Étapes"), for schema.org HowTo. */
export interface Step {
  name: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  headings: Heading[];
  /** Items of the first ordered list under a "## Étapes" heading, each with an id etape-N. */
  steps: Step[];
  /** Images the body refers to; the corpus checks the files exist and fit the budget. */
  images: BodyImage[];
  /** Links to pages and files of this site. */
  links: SiteLink[];
  problems: Problem[];
}

interface MdxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: unknown;
}

type AnyNode = MdastNodes & { children?: AnyNode[]; position?: { start: { line: number; column: number } } };

const allowed = Object.keys(MDX_COMPONENTS).join(', ');

export interface RenderOptions {
  /** Base path the site is served under ("/carnet/"): root-relative links and images get it. */
  base?: string;
}

/** Ids the page layout already uses: a heading with the same text gets a suffixed id instead. */
const RESERVED_IDS = ['contenu', 'navigation', 'pied-de-page', 'fil-ariane', 'sommaire-titre', 'fiche-meta-titre', 'chiffres-titre', 'enbref-titre', 'lignee-titre', 'pratiques-titre', 'proches-titre', 'utilisee-titre', 'liees-titre', 'ressources-titre', 'exemples-titre', 'methodes-titre', 'projets-titre'];

/**
 * Deepest nesting of a body's tree (a list in a list item in a quote…). Real bodies stay under twenty; the
 * walks below recurse, and a few thousand levels would overflow the call stack.
 */
export const MAX_BODY_DEPTH = 64;

/** The first node deeper than MAX_BODY_DEPTH, found with an explicit stack (no recursion). */
function tooDeep(root: AnyNode): AnyNode | undefined {
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [AnyNode, number];
    if (depth > MAX_BODY_DEPTH) return node;
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
  }
  return undefined;
}

/** Parses, checks and renders one body; `file` is the path shown in messages. */
export function renderBody(source: string, file: string, mdx: boolean, options: RenderOptions = {}): RenderedBody {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const problems: Problem[] = [];
  const images: BodyImage[] = [];
  const links: SiteLink[] = [];
  let tree: MdastRoot;
  try {
    tree = (mdx ? mdxToMdast(source) : markdownToMdast(source)) as unknown as MdastRoot;
  } catch (error) {
    const { line, column, reason } = parseErrorPosition(error);
    const comment = /comment in MDX/.test(reason);
    problems.push({
      file,
      ...(line ? { line, column } : {}),
      message: comment
        ? 'les commentaires HTML <!-- … --> ne sont pas acceptés dans une fiche.'
        : `syntaxe MDX invalide (un caractère < ou { est pris pour du code) ; détail technique : ${reason}.`,
      fix: comment
        ? 'Supprimez le commentaire : une note pour les relecteurs a sa place dans la demande de fusion.'
        : 'Une balise ouverte doit être fermée (<Encadre>…</Encadre>) ; pour écrire les caractères < { } comme du texte, faites-les précéder de \\ (\\< \\{ \\}).',
    });
    return { html: '', headings: [], steps: [], images, links, problems };
  }

  const report = (node: AnyNode, message: string, fix: string) => {
    const start = node.position?.start;
    problems.push({ file, ...(start ? { line: start.line, column: start.column } : {}), message, fix });
  };

  const deep = tooDeep(tree as AnyNode);
  if (deep) {
    report(
      deep,
      `texte trop imbriqué : plus de ${MAX_BODY_DEPTH} niveaux de citations, de listes ou de composants les uns dans les autres.`,
      'Une fiche se lit à plat : gardez au plus quelques niveaux de listes ou de citations (> >), et fermez chaque composant avant d’en ouvrir un autre.',
    );
    return { html: '', headings: [], steps: [], images, links, problems };
  }

  let previousDepth = 1;
  const walk = (node: AnyNode): void => {
    switch (node.type as string) {
      case 'mdxjsEsm':
        report(node, 'les lignes import et export sont interdites dans une contribution (elles exécuteraient du code).', 'Supprimez cette ligne ; les composants autorisés (' + allowed + ') sont disponibles sans import.');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, 'les expressions entre accolades { } sont interdites (elles exécuteraient du code).', 'Supprimez les accolades, ou écrivez \\{ et \\} pour afficher ces caractères.');
        return;
      case 'html':
        report(node, 'le HTML brut est interdit dans une contribution.', 'Utilisez la syntaxe Markdown (titres ##, listes, **gras**, [liens](https://…)) ou un composant autorisé : ' + allowed + '.');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkComponent(node as AnyNode & { name: string | null; attributes: MdxAttribute[] }, report);
        break;
      case 'heading': {
        const depth = (node as { depth: number }).depth;
        if (depth === 1) report(node, 'titre de niveau 1 (#) dans le corps : le titre de la page vient déjà du champ « titre ».', 'Commencez les sections par ## (niveau 2).');
        else if (depth > previousDepth + 1) report(node, `saut de niveau de titre : un titre de niveau ${depth} suit un titre de niveau ${previousDepth}.`, `Utilisez un titre de niveau ${previousDepth + 1} (${'#'.repeat(previousDepth + 1)}) ou ajoutez le niveau manquant.`);
        previousDepth = depth;
        break;
      }
      case 'link':
      case 'definition':
      case 'image': {
        const url = (node as { url: string }).url;
        if (classifyUrl(url) === null) {
          report(node, `adresse de lien non autorisée : « ${url.slice(0, 80)} ».`, 'Seuls les liens https://, http://, mailto:, tel:, relatifs (/methodes/personas/) et les ancres (#section) sont acceptés.');
        }
        if (node.type !== 'image' && SITE_PATH.test(url)) {
          const start = node.position?.start ?? { line: 0, column: 0 };
          links.push({ url, line: start.line, column: start.column });
        }
        if (node.type === 'image') {
          const alt = (node as { alt?: string | null }).alt ?? '';
          const start = node.position?.start ?? { line: 0, column: 0 };
          images.push({ url, alt, line: start.line, column: start.column });
          if (!alt.trim()) report(node, `image sans texte alternatif : « ${url} ».`, 'Décrivez l’image entre les crochets : ![Ce que montre l’image](chemin).');
        }
        break;
      }
      default:
        break;
    }
    node.children?.forEach(walk);
  };
  walk(tree as AnyNode);

  if (problems.length > 0) return { html: '', headings: [], steps: [], images, links, problems };

  if (base !== '/') prefixRootLinks(tree as AnyNode, base);
  const hast = toHast(tree, { handlers: componentHandlers, allowDangerousHtml: false }) as HastRoot;
  const headings = addHeadingIds(hast);
  const steps = markSteps(hast);
  return { html: toHtml(hast), headings, steps, images, links, problems };
}

function checkComponent(
  node: AnyNode & { name: string | null; attributes: MdxAttribute[] },
  report: (node: AnyNode, message: string, fix: string) => void,
): void {
  const name = node.name ?? '';
  const component = MDX_COMPONENTS[name];
  if (!component) {
    const isHtml = /^[a-z]/.test(name) || name === '';
    report(
      node,
      isHtml ? `balise HTML <${name}> interdite dans une contribution.` : `composant <${name}> inconnu : il n’est pas dans la liste des composants autorisés.`,
      `Utilisez la syntaxe Markdown ou l’un des composants autorisés : ${allowed}.`,
    );
    return;
  }
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      report(node, `<${name}> : les attributs calculés ({...}) sont interdits.`, 'Écrivez chaque attribut avec une valeur entre guillemets : titre="…".');
      continue;
    }
    const prop = component.props[attribute.name];
    if (!prop) {
      report(node, `<${name}> : attribut « ${attribute.name} » inconnu.`, `Attributs possibles : ${Object.keys(component.props).join(', ')}.`);
      continue;
    }
    seen.add(attribute.name);
    if (typeof attribute.value !== 'string') {
      report(node, `<${name}> : l’attribut « ${attribute.name} » doit être un texte entre guillemets, pas une expression.`, `Écrivez ${attribute.name}="…".`);
    } else if (prop.values && !prop.values.includes(attribute.value)) {
      report(node, `<${name}> : valeur « ${attribute.value} » non reconnue pour « ${attribute.name} ».`, `Choisissez l’une des valeurs : ${prop.values.join(', ')}.`);
    }
  }
  for (const [propName, prop] of Object.entries(component.props)) {
    if (prop.required && !seen.has(propName)) report(node, `<${name}> : attribut obligatoire « ${propName} » manquant (${prop.description}).`, `Ajoutez ${propName}="…" dans la balise.`);
  }
}

const renderComponent: Handler = (state: State, node) => {
  const jsx = node as unknown as { name: string; attributes: MdxAttribute[] };
  const component = MDX_COMPONENTS[jsx.name];
  const props = Object.fromEntries(jsx.attributes.map((a) => [a.name ?? '', String(a.value)]));
  const children = state.all(node) as ElementContent[];
  return component ? component.render(props, children) : undefined;
};

const componentHandlers = { mdxJsxFlowElement: renderComponent, mdxJsxTextElement: renderComponent } as Record<string, Handler>;

/** "/methodes/x/" → "/carnet/methodes/x/" when the site is served under a sub-path. */
function prefixRootLinks(node: AnyNode, base: string): void {
  if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && /^\/(?!\/)/.test((node as { url: string }).url)) {
    (node as { url: string }).url = base + (node as { url: string }).url.slice(1);
  }
  node.children?.forEach((child) => prefixRootLinks(child, base));
}

function addHeadingIds(tree: HastRoot): Heading[] {
  const slugger = new GithubSlugger();
  for (const id of RESERVED_IDS) slugger.slug(id);
  const headings: Heading[] = [];
  const visit = (node: HastRoot | ElementContent) => {
    if (node.type === 'element' && /^h[2-6]$/.test(node.tagName)) {
      const text = textOf(node);
      const slug = slugger.slug(text);
      node.properties = { ...node.properties, id: slug };
      headings.push({ depth: Number(node.tagName[1]), slug, text });
      return;
    }
    if ('children' in node) node.children.forEach((child) => visit(child as ElementContent));
  };
  visit(tree);
  return headings;
}

/** Finds the ordered list that follows "## Étapes", gives each item an id and returns name and text. */
function markSteps(tree: HastRoot): Step[] {
  const children = tree.children.filter((c): c is Element => c.type === 'element');
  const heading = children.findIndex((c) => c.tagName === 'h2' && textOf(c).trim().toLowerCase() === 'étapes');
  if (heading < 0) return [];
  const list = children.slice(heading + 1).find((c) => c.tagName === 'ol' || /^h[1-2]$/.test(c.tagName));
  if (!list || list.tagName !== 'ol') return [];
  const items = list.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
  return items.map((li, i) => {
    li.properties = { ...li.properties, id: `etape-${i + 1}` };
    const full = textOf(li).replace(/\s+/g, ' ').trim();
    const strong = findFirst(li, 'strong');
    const name = strong ? textOf(strong).replace(/[.:\s]+$/, '').trim() : full.split(/[.:]/)[0]?.trim() ?? full;
    const text = strong ? full.slice(textOf(strong).length).replace(/^[\s.:–-]+/, '').trim() : full;
    return { name, text: text || full };
  });
}

function findFirst(node: Element, tagName: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) return child;
    const found = findFirst(child, tagName);
    if (found) return found;
  }
  return undefined;
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map((c) => textOf(c)).join('');
  return '';
}

function parseErrorPosition(error: unknown): { line?: number; column?: number; reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const match = /(\d+):(\d+)/.exec(message);
  const reason = message.replace(/^\d+:\d+:\s*/, '').replace(/\s+/g, ' ').trim();
  return match ? { line: Number(match[1]), column: Number(match[2]), reason } : { reason };
}
