/**
 * What the RGAA asks of a public site besides its pages' accessibility, checked on the built HTML: the compliance
 * status in every footer, a déclaration d'accessibilité on the model of the RGAA, a plan du site listing every
 * section, and two ways to reach every page (plan du site, menu and its listing pages; the search is the third).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, sitemapPaths } from '../support/a11y.ts';

const STATUS = /Accessibilité : (non conforme|partiellement conforme|totalement conforme)/;
const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');
/** The built page of a path: /plan-du-site/ → plan-du-site/index.html. */
const fileOf = (p: string) => `${p.replace(/^\//, '')}index.html`;
const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ');
const text = (html: string) => decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
/** The part of a page inside its first <tag …>…</tag>. */
function part(html: string, tag: string): string {
  const start = html.search(new RegExp(`<${tag}[\\s>]`));
  const end = html.indexOf(`</${tag}>`, start);
  return start < 0 || end < 0 ? '' : html.slice(start, end);
}
/** The site paths a piece of HTML links to, without fragment or query. */
function links(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"#?]*)[^"]*"/g)].map((m) => m[1] ?? '').filter((h) => h.startsWith('/'));
}

describe('les obligations du RGAA', () => {
  const declaration = read('accessibilite/index.html');
  const declared = STATUS.exec(`Accessibilité : ${/est <strong>([^<]+)<\/strong>/.exec(declaration)?.[1] ?? ''}`)?.[1];

  it('affiche l’état de conformité, celui de la déclaration, et un lien vers le plan du site dans le pied de chaque page', () => {
    expect(declared).toBe('partiellement conforme');
    const files = htmlFiles().filter((f) => !f.startsWith('admin/'));
    expect(files.length).toBeGreaterThan(100);
    const missing = files.filter((f) => {
      const footer = part(read(f), 'footer');
      const link = [...footer.matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].find((m) => STATUS.test(m[2] ?? ''));
      return !link || !link[1]?.endsWith('/accessibilite/') || STATUS.exec(link[2] ?? '')?.[1] !== declared;
    });
    expect(missing, `sans « Accessibilité : ${declared} » dans le pied de page : ${missing.join(', ')}`).toEqual([]);
    const noPlan = files.filter((f) => !links(part(read(f), 'footer')).includes('/plan-du-site/'));
    expect(noPlan, `sans lien vers le plan du site dans le pied de page : ${noPlan.join(', ')}`).toEqual([]);
  });

  it('publie une déclaration d’accessibilité sur le modèle du RGAA', () => {
    const headings = [...declaration.matchAll(/<h([23])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => text(m[2] ?? '').trim());
    for (const h of [
      'État de conformité',
      'Résultats des tests',
      'Contenus non accessibles',
      'Non-conformités connues',
      'Dérogations pour charge disproportionnée',
      'Contenus non soumis à l’obligation d’accessibilité',
      'Établissement de cette déclaration',
      'Technologies utilisées',
      'Environnement de test',
      'Outils pour évaluer l’accessibilité',
      'Pages du site ayant fait l’objet de la vérification de conformité',
      'Retour d’information et contact',
      'Voies de recours',
    ]) {
      expect(headings, h).toContain(h);
    }
    const body = text(part(declaration, 'main'));
    expect(body).toMatch(/est partiellement conforme avec le référentiel général d’amélioration de l’accessibilité \(RGAA\), version 4\.1/);
    // Honest: no external audit yet, and what the automated checks measured.
    expect(body).toContain('audit');
    expect(body).toMatch(/axe-core/);
    expect(body).toMatch(/Cette déclaration a été établie le \d{1,2}(er)? [a-zéû]+ \d{4}/);
    expect(declaration).toMatch(/href="mailto:[^"]+@[^"]+"/);
    expect(body).toContain('Défenseur des droits');
    expect(declaration).toContain('https://formulaire.defenseurdesdroits.fr/');
    expect(declaration).toContain('https://www.defenseurdesdroits.fr/saisir/delegues');
    expect(body).toContain('Libre réponse 71120');
  });

  const home = read('index.html');
  const plan = new Set(links(part(read('plan-du-site/index.html'), 'main')));

  it('liste dans le plan du site chaque rubrique du menu, de l’en-tête et du pied de page', () => {
    const header = part(home, 'header');
    const footer = part(home, 'footer');
    const sections = [...new Set([...links(header), ...links(footer)])].filter((h) => h !== '/plan-du-site/');
    expect(links(part(header, 'nav')).length).toBeGreaterThan(4);
    const missing = sections.filter((s) => !plan.has(s));
    expect(missing, `absentes du plan du site : ${missing.join(', ')}`).toEqual([]);
  });

  it('donne deux façons d’atteindre chaque page : le plan du site ou le menu et ses listes, et la recherche', () => {
    // From each page of the main menu, its pagination pages, then every page they link to in their content.
    const menu = links(part(part(home, 'header'), 'nav'));
    const listings = new Set(menu);
    for (const m of menu) for (const p of links(part(read(fileOf(m)), 'main'))) if (p.startsWith(`${m}page/`)) listings.add(p);
    const fromMenu = new Set<string>(listings);
    for (const l of listings) for (const p of links(part(read(fileOf(l)), 'main'))) fromMenu.add(p);

    const paths = sitemapPaths();
    // The home page is linked from every page's logo, the plan du site from every page's footer (tested above).
    const unreachable = paths.filter((p) => !plan.has(p) && !fromMenu.has(p) && p !== '/' && p !== '/plan-du-site/');
    const both = paths.filter((p) => plan.has(p) && fromMenu.has(p)).length;
    console.log(
      `${paths.length} pages du plan du site (sitemap) : ${paths.filter((p) => plan.has(p)).length} liées par le plan du site, ${paths.filter((p) => fromMenu.has(p)).length} par le menu et ses listes, ${both} par les deux.`,
    );
    expect(unreachable, `ni dans le plan du site ni dans le menu et ses listes : ${unreachable.join(', ')}`).toEqual([]);
    // The search (a third way) sits in every page's header.
    expect(part(home, 'header')).toMatch(/<form[^>]*role="search"/);
  });
});
