/** src/lib/base-links.ts: root links of the maintainers' Markdown pages get the base path, in Markdown and MDX. */
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks, withBase } from '../../../src/lib/base-links.ts';

const SOURCE = [
  '[Publier](/contribuer/) · [plan][plan] · ![Logo](/images/logo.png)',
  '[ailleurs](https://www.data.gouv.fr/) · [protocole relatif](//cdn.exemple.fr/x) · [ancre](#haut) · [écrire](mailto:carnet@exemple.gouv.fr) · [relatif](./x/)',
  '',
  '[plan]: /plan-du-site/',
  '',
].join('\n');

describe('withBase', () => {
  it('ajoute le sous-chemin aux seuls liens depuis la racine', () => {
    expect(withBase('/contribuer/', '/carnet/')).toBe('/carnet/contribuer/');
    expect(withBase('/contribuer/', '/carnet')).toBe('/carnet/contribuer/');
    expect(withBase('/', '/carnet/')).toBe('/carnet/');
    for (const url of ['https://x.fr/', '//cdn.x/', '#id', 'mailto:a@b.fr', './x/', 'x/']) expect(withBase(url, '/carnet/')).toBe(url);
  });

  it('ne change rien à la racine du domaine', () => {
    expect(withBase('/contribuer/', '/')).toBe('/contribuer/');
  });
});

describe('le greffon mdast des pages Markdown des mainteneurs', () => {
  // With plugins, Sätteri may answer with a promise (asynchronous visitors): awaited either way.
  it('préfixe liens, définitions et images en Markdown', async () => {
    const { html } = await markdownToHtml(SOURCE, { mdastPlugins: [baseLinks('/carnet/')] });
    expect(html).toContain('<a href="/carnet/contribuer/">Publier</a>');
    expect(html).toContain('<a href="/carnet/plan-du-site/">plan</a>');
    expect(html).toContain('<img src="/carnet/images/logo.png" alt="Logo">');
    for (const kept of ['https://www.data.gouv.fr/', '//cdn.exemple.fr/x', '#haut', 'mailto:carnet@exemple.gouv.fr', './x/'])
      expect(html).toContain(`href="${kept}"`);
  });

  it('préfixe aussi en MDX (les pages src/pages/*.mdx)', async () => {
    const { code } = await mdxToJs(SOURCE, { mdastPlugins: [baseLinks('/carnet/')] });
    expect(code).toContain('"/carnet/contribuer/"');
    expect(code).toContain('"/carnet/plan-du-site/"');
    expect(code).toContain('"/carnet/images/logo.png"');
    expect(code).not.toMatch(/"\/contribuer\/"/);
  });

  it('laisse tout tel quel à la racine du domaine', async () => {
    const plain = (await markdownToHtml(SOURCE)).html;
    expect((await markdownToHtml(SOURCE, { mdastPlugins: [baseLinks('/')] })).html).toBe(plain);
  });
});
